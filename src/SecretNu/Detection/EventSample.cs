using SecretNu.Physics;

namespace SecretNu.Detection;

/// <summary>
/// A CC event sample: the species whose interactions it collects. Emulsion cannot tell ν from ν̄ for e and τ, so
/// those are combined; ν_μ and ν̄_μ are separate when the card has charge identification (muon spectrometer).
/// </summary>
public sealed record EventSample(string Name, NeutrinoSpecies[] Species)
{
    /// <summary>ν_e and ν̄_e CC combined ("nu_e CC").</summary>
    public static EventSample Electron => new("nu_e CC", [NeutrinoSpecies.NuE, NeutrinoSpecies.NuEBar]);
    /// <summary>ν_τ and ν̄_τ CC combined ("nu_tau CC").</summary>
    public static EventSample Tau => new("nu_tau CC", [NeutrinoSpecies.NuTau, NeutrinoSpecies.NuTauBar]);
    /// <summary>ν_μ and ν̄_μ CC combined, for a detector without charge identification ("nu_mu CC").</summary>
    public static EventSample Muon => new("nu_mu CC", [NeutrinoSpecies.NuMu, NeutrinoSpecies.NuMuBar]);
    /// <summary>ν_μ CC only (μ⁻ identified), "nu_mu CC (mu-)".</summary>
    public static EventSample MuonOnly => new("nu_mu CC (mu-)", [NeutrinoSpecies.NuMu]);
    /// <summary>ν̄_μ CC only (μ⁺ identified), "nubar_mu CC (mu+)".</summary>
    public static EventSample AntiMuonOnly => new("nubar_mu CC (mu+)", [NeutrinoSpecies.NuMuBar]);

    /// <summary>The sample of a flavour for a card (μ split by charge when the card can).</summary>
    public static IEnumerable<EventSample> Of(Flavor f, bool chargeIdentification) => f switch
    {
        Flavor.E => [Electron],
        Flavor.Tau => [Tau],
        _ => chargeIdentification ? [MuonOnly, AntiMuonOnly] : [Muon],
    };

    /// <summary>The flavours of a bound's samples: those asked for (a command's --samples), else the card's
    /// [analysis] samples, else the seed paper's for the direction (<see cref="SeedFlavours"/>).</summary>
    public static Flavor[] Choose(Flavor[]? asked, ExperimentCard card, CouplingMatrix direction) =>
        asked ?? (card.Samples is { } s ? [.. s] : SeedFlavours(direction));

    /// <summary>
    /// The seed paper's samples (physics.md §8): g_ee and g_eμ → ν_e; g_eτ → ν_e and ν_τ; g_μτ → ν_τ. For another
    /// direction: ν_e if any coupling involves e, ν_τ if any involves τ; ν_μ only when asked (its 20000 events would fix
    /// a shared normalisation pull).
    /// </summary>
    public static Flavor[] SeedFlavours(CouplingMatrix g)
    {
        var list = new List<Flavor>();
        if (g.RowSumSquares(Flavor.E) > 0) list.Add(Flavor.E);
        if (g.RowSumSquares(Flavor.Tau) > 0) list.Add(Flavor.Tau);
        if (list.Count == 0) list.Add(Flavor.Mu); // a pure g_μμ model has nothing else
        return list.ToArray();
    }
}
