using System.Text.Json.Serialization;
using System.Text;
using SecretNu.Physics;
using SecretNu.Spectra;

namespace SecretNu.Output;

/// <summary>
/// The content of <c>secretnu spectrum</c>: rest-frame neutrino numbers per meson decay in logarithmic energy bins,
/// per species, with the Standard-Model part, the primary ν of M → ℓνZ′ and the ν/ν̄ of Z′ → νν̄ for a Z′ that
/// decays (P_dec = 1) kept apart; a spectrum for another P_dec is SM + primary + P_dec × Z′-decay part.
/// </summary>
public sealed class SpectrumReport
{
    /// <summary>The rest-frame spectra reported.</summary>
    public MesonNeutrinoSpectra Spectra { get; }
    /// <summary>Energy bin edges [GeV]: log-uniform, <c>decades</c> decades below the top (about m_M/2).</summary>
    public double[] Edges { get; }

    /// <summary>A report of <paramref name="spectra"/> on log-uniform bins.</summary>
    /// <param name="spectra">The spectra.</param>
    /// <param name="binsPerDecade">Bins per decade of energy (&gt; 0).</param>
    /// <param name="decades">Decades covered below the top edge (&gt; 0).</param>
    public SpectrumReport(MesonNeutrinoSpectra spectra, int binsPerDecade = 10, double decades = 5)
    {
        Spectra = spectra;
        double top = Math.Pow(10, Math.Ceiling(Math.Log10(0.5 * spectra.Meson.Mass) * binsPerDecade) / binsPerDecade);
        int n = (int)Math.Round(decades * binsPerDecade);
        Edges = Enumerable.Range(0, n + 1).Select(i => top * Math.Pow(10, -decades + (double)i / binsPerDecade)).ToArray();
    }

    string Name => (Spectra.IsAntiparticle ? Spectra.Meson.Name.Replace('+', '-') : Spectra.Meson.Name);

    /// <summary>The spectra per bin and species as CSV (SM, primary and Z′ → νν̄ parts).</summary>
    public string ToCsv()
    {
        var sb = new StringBuilder();
        sb.Append($"# secretnu {BuildInfo.Version} spectrum: {Name}, {Spectra.Model}; numbers per meson decay in each rest-frame energy bin\n");
        sb.Append("# zprime_decay assumes every Z′ decays (P_dec = 1); for P_dec < 1 scale that column\n");
        sb.Append("species,e_low_GeV,e_high_GeV,sm_per_decay,zprime_primary_per_decay,zprime_decay_per_decay\n");
        foreach (var s in FlavorExtensions.AllSpecies)
        {
            var sm = Spectra.StandardModel(s); var pr = Spectra.Primary(s); var zd = Spectra.ZDecay(s);
            for (int i = 0; i + 1 < Edges.Length; i++)
            {
                double a = Edges[i], b = Edges[i + 1];
                sb.Append(s.Name()).Append(',').Append(OutputNumber.Text(a, "e_low_GeV")).Append(',').Append(OutputNumber.Text(b, "e_high_GeV")).Append(',')
                  .Append(OutputNumber.Text(Bin(sm, a, b), "sm_per_decay")).Append(',').Append(OutputNumber.Text(Bin(pr, a, b), "zprime_primary_per_decay"))
                  .Append(',').Append(OutputNumber.Text(Bin(zd, a, b), "zprime_decay_per_decay")).Append('\n');
            }
        }
        return sb.ToString();
    }

    static double Bin(RestFrameSpectrum s, double a, double b) => Math.Max(0, s.Cumulative(b) - s.Cumulative(a));

    /// <summary>spectrum.json: totals, mean energies, lines and bins per species (<see cref="SpectrumJson"/>).</summary>
    public string ToJson() => JsonOutput.Serialize(ToDocument());

    /// <summary>The report as its JSON document.</summary>
    public SpectrumJson ToDocument() => new(Name, Spectra.Model.Mass, JsonOutput.Named(Spectra.Model.Couplings.Entries()), Spectra.Meson.Width,
        Spectra.NewWidth, "numbers per meson decay; zprime_decay for P_dec = 1 (scale by P_dec); lines are two-body decays",
        FlavorExtensions.AllSpecies.Select(Species).ToArray(),
        "e_low_GeV, e_high_GeV, sm_per_decay, zprime_primary_per_decay, zprime_decay_per_decay");

    SpectrumSpeciesJson Species(NeutrinoSpecies s)
    {
        var sm = Spectra.StandardModel(s); var pr = Spectra.Primary(s); var zd = Spectra.ZDecay(s);
        var bins = new double[Edges.Length - 1][];
        for (int i = 0; i + 1 < Edges.Length; i++)
            bins[i] =
            [
                OutputNumber.Finite(Edges[i], "e_low_GeV"), OutputNumber.Finite(Edges[i + 1], "e_high_GeV"),
                OutputNumber.Finite(Bin(sm, Edges[i], Edges[i + 1]), $"{s.Name()} sm_per_decay"),
                OutputNumber.Finite(Bin(pr, Edges[i], Edges[i + 1]), $"{s.Name()} zprime_primary_per_decay"),
                OutputNumber.Finite(Bin(zd, Edges[i], Edges[i + 1]), $"{s.Name()} zprime_decay_per_decay"),
            ];
        return new SpectrumSpeciesJson(s.Name(), sm.Total, sm.MeanEnergy, sm.Lines.Select(l => new SpectrumLineJson(l.Energy, l.Weight)).ToArray(),
            pr.Total, pr.MeanEnergy, zd.Total, zd.MeanEnergy, bins);
    }
}

/// <summary>spectrum.json (<c>secretnu spectrum --format json</c>): rest-frame neutrino numbers per meson decay.</summary>
/// <param name="Meson">"meson": the decaying meson ("Ds-" for the antiparticle)</param>
/// <param name="MassGeV">"mass_GeV": m_Z′</param>
/// <param name="Couplings">"couplings": g_αβ by name ("ee", "emu", …)</param>
/// <param name="MesonWidthGeV">"meson_width_GeV": the SM width of the meson</param>
/// <param name="NewWidthGeV">"new_width_GeV": the width added by M → ℓνZ′</param>
/// <param name="Note">"note": how to read the numbers</param>
/// <param name="Species">"species": one per neutrino species</param>
/// <param name="BinColumns">"bin_columns": the meaning of each number of a bin</param>
public sealed record SpectrumJson(
    string Meson,
    [property: JsonPropertyName("mass_GeV")] double MassGeV,
    IReadOnlyDictionary<string, double> Couplings,
    [property: JsonPropertyName("meson_width_GeV")] double MesonWidthGeV,
    [property: JsonPropertyName("new_width_GeV")] double NewWidthGeV,
    string Note,
    IReadOnlyList<SpectrumSpeciesJson> Species,
    string BinColumns) : OutputDocument;

/// <summary>One species of spectrum.json: SM, primary ν of M → ℓνZ′ and ν of Z′ → νν̄ (P_dec = 1), per decay.</summary>
/// <param name="Species">"species": e.g. "nu_mu"</param>
/// <param name="SmPerDecay">"sm_per_decay"</param>
/// <param name="SmMeanEnergyGeV">"sm_mean_energy_GeV"</param>
/// <param name="SmLines">"sm_lines": the two-body lines of the SM part</param>
/// <param name="ZprimePrimaryPerDecay">"zprime_primary_per_decay"</param>
/// <param name="ZprimePrimaryMeanEnergyGeV">"zprime_primary_mean_energy_GeV"</param>
/// <param name="ZprimeDecayPerDecay">"zprime_decay_per_decay"</param>
/// <param name="ZprimeDecayMeanEnergyGeV">"zprime_decay_mean_energy_GeV"</param>
/// <param name="Bins">"bins": [e_low_GeV, e_high_GeV, sm, primary, Z′ decay] per bin (see "bin_columns")</param>
public sealed record SpectrumSpeciesJson(
    string Species,
    double SmPerDecay,
    [property: JsonPropertyName("sm_mean_energy_GeV")] double SmMeanEnergyGeV,
    IReadOnlyList<SpectrumLineJson> SmLines,
    double ZprimePrimaryPerDecay,
    [property: JsonPropertyName("zprime_primary_mean_energy_GeV")] double ZprimePrimaryMeanEnergyGeV,
    double ZprimeDecayPerDecay,
    [property: JsonPropertyName("zprime_decay_mean_energy_GeV")] double ZprimeDecayMeanEnergyGeV,
    IReadOnlyList<IReadOnlyList<double>> Bins);

/// <summary>A two-body line of a spectrum.</summary>
/// <param name="EnergyGeV">"energy_GeV": the neutrino's rest-frame energy</param>
/// <param name="PerDecay">"per_decay": neutrinos per meson decay in the line</param>
public sealed record SpectrumLineJson([property: JsonPropertyName("energy_GeV")] double EnergyGeV, double PerDecay);
