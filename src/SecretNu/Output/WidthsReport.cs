using System.Text.Json.Serialization;
using SecretNu.Decays;
using SecretNu.Physics;

namespace SecretNu.Output;

/// <summary>One open (meson, lepton) pair at a Z′ mass: SM two-body and new three-body rates (per unit Σ_β g_αβ²).</summary>
public sealed record ChannelRates(string Meson, string Lepton, double SmWidth, double SmBranchingFraction,
    double WidthPerG2, double BranchingFractionPerG2, double Longitudinal, double Plus, double Minus,
    double MeanLepton, double MeanNeutrino, double MeanZ);

/// <summary>The content of <c>secretnu widths</c>: every kinematically open channel at one mass, and the Z′ width.</summary>
public sealed record WidthsReport(double Mass, RateNormalisation Normalisation, IReadOnlyList<ChannelRates> Channels,
    double ZWidthDiagonal, double ZWidthOffDiagonal)
{
    /// <summary>Computes the report; throws <see cref="KinematicsException"/> when the mass closes every channel.</summary>
    public static WidthsReport Compute(double mass, RateNormalisation normalisation = RateNormalisation.Derived)
    {
        var rows = new List<ChannelRates>();
        foreach (var meson in ChargedMeson.All)
            foreach (var lepton in ChargedLepton.All)
            {
                if (!ThreeBodyDecay.IsOpen(meson, lepton, mass)) continue;
                var d = new ThreeBodyDecay(meson, lepton, mass, normalisation);
                var h = d.WidthByHelicity();
                var mean = d.MeanEnergies();
                double w = d.Width(), sm = TwoBodyDecay.Width(meson, lepton);
                rows.Add(new ChannelRates(meson.Name, lepton.Name, sm, sm / meson.Width, w, w / meson.Width,
                    h.Longitudinal / h.Total, h.Plus / h.Total, h.Minus / h.Total, mean.Lepton, mean.Neutrino, mean.ZPrime));
            }
        if (rows.Count == 0)
        {
            var largest = ChargedMeson.All.SelectMany(m => ChargedLepton.All.Select(l => (m, l, close: m.Mass - l.Mass)))
                .Where(x => x.close > 0).MaxBy(x => x.close);
            throw new KinematicsException(
                $"m_Z′ = {mass:G6} GeV is above every threshold: no meson decay M → ℓνZ′ is open (the largest reach is " +
                $"{largest.m.Name} → {largest.l.Name}νZ′, m_Z′ < {largest.close:G6} GeV)");
        }
        var (diag, off) = ZPrimeDecay.UnitWidths(mass);
        return new WidthsReport(mass, normalisation, rows, diag, off);
    }

    /// <summary>The documented JSON shape (keys are a public interface: scripts read them).</summary>
    public string ToJson() => JsonOutput.Serialize(ToDocument());

    /// <summary>The report as its JSON document (<see cref="WidthsJson"/>).</summary>
    public WidthsJson ToDocument() => new(Mass, Normalisation.Name(),
        Channels.Select(c => new WidthsChannelJson(c.Meson, c.Lepton, c.SmWidth, c.SmBranchingFraction, c.WidthPerG2, c.BranchingFractionPerG2,
            new HelicityFractionsJson(c.Longitudinal, c.Plus, c.Minus), new MeanEnergiesJson(c.MeanLepton, c.MeanNeutrino, c.MeanZ))).ToArray(),
        new ZPrimeWidthJson(new ZPrimeUnitWidthsJson(ZWidthDiagonal, ZWidthOffDiagonal)));
}

/// <summary>widths.json (<c>secretnu widths --format json</c>, docs/outputs.md): provenance, the mass, the rate
/// normalisation, every open channel and the Z′ width.</summary>
/// <param name="MassGeV">"mass_GeV": m_Z′</param>
/// <param name="Normalisation">"normalisation": the rate normalisation's name</param>
/// <param name="Channels">"channels": one per open (meson, lepton) pair</param>
/// <param name="Zprime">"zprime": the Z′ width</param>
public sealed record WidthsJson(
    [property: JsonPropertyName("mass_GeV")] double MassGeV,
    string Normalisation,
    IReadOnlyList<WidthsChannelJson> Channels,
    ZPrimeWidthJson Zprime) : OutputDocument;

/// <summary>One channel of widths.json (rates per unit Σ_β g_αβ² for the three-body decay).</summary>
/// <param name="Meson">"meson": e.g. "K+"</param>
/// <param name="Lepton">"lepton": "e", "mu" or "tau"</param>
/// <param name="SmWidthGeV">"sm_width_GeV": Γ(M → ℓν)</param>
/// <param name="SmBr">"sm_br": its branching fraction</param>
/// <param name="ThreeBodyWidthPerG2GeV">"three_body_width_per_g2_GeV": Γ(M → ℓνZ′)/g²</param>
/// <param name="ThreeBodyBrPerG2">"three_body_br_per_g2": its branching fraction per g²</param>
/// <param name="HelicityFractions">"helicity_fractions": of the Z′</param>
/// <param name="MeanEnergyGeV">"mean_energy_GeV": rest-frame mean energies</param>
public sealed record WidthsChannelJson(
    string Meson,
    string Lepton,
    [property: JsonPropertyName("sm_width_GeV")] double SmWidthGeV,
    double SmBr,
    [property: JsonPropertyName("three_body_width_per_g2_GeV")] double ThreeBodyWidthPerG2GeV,
    double ThreeBodyBrPerG2,
    HelicityFractionsJson HelicityFractions,
    [property: JsonPropertyName("mean_energy_GeV")] MeanEnergiesJson MeanEnergyGeV);

/// <summary>"helicity_fractions" of a channel: the Z′ helicities' shares of the three-body width.</summary>
/// <param name="Longitudinal">"0"</param>
/// <param name="Plus">"+1"</param>
/// <param name="Minus">"-1"</param>
public sealed record HelicityFractionsJson(
    [property: JsonPropertyName("0")] double Longitudinal,
    [property: JsonPropertyName("+1")] double Plus,
    [property: JsonPropertyName("-1")] double Minus);

/// <summary>"mean_energy_GeV" of a channel: mean rest-frame energies of the decay products [GeV].</summary>
/// <param name="Lepton">"lepton"</param>
/// <param name="Neutrino">"neutrino"</param>
/// <param name="Zprime">"zprime"</param>
public sealed record MeanEnergiesJson(double Lepton, double Neutrino, double Zprime);

/// <summary>"zprime" of widths.json.</summary>
/// <param name="WidthPerG2GeV">"width_per_g2_GeV": the Z′ → νν̄ width per g²</param>
public sealed record ZPrimeWidthJson([property: JsonPropertyName("width_per_g2_GeV")] ZPrimeUnitWidthsJson WidthPerG2GeV);

/// <summary>The Z′ width per g² [GeV] for a diagonal and an off-diagonal coupling.</summary>
/// <param name="Diagonal">"diagonal"</param>
/// <param name="OffDiagonal">"off_diagonal"</param>
public sealed record ZPrimeUnitWidthsJson(double Diagonal, double OffDiagonal);
