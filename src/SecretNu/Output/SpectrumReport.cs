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
    public MesonNeutrinoSpectra Spectra { get; }
    public double[] Edges { get; }

    public SpectrumReport(MesonNeutrinoSpectra spectra, int binsPerDecade = 10, double decades = 5)
    {
        Spectra = spectra;
        double top = Math.Pow(10, Math.Ceiling(Math.Log10(0.5 * spectra.Meson.Mass) * binsPerDecade) / binsPerDecade);
        int n = (int)Math.Round(decades * binsPerDecade);
        Edges = Enumerable.Range(0, n + 1).Select(i => top * Math.Pow(10, -decades + (double)i / binsPerDecade)).ToArray();
    }

    string Name => (Spectra.IsAntiparticle ? Spectra.Meson.Name.Replace('+', '-') : Spectra.Meson.Name);

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

    public string ToJson() => JsonOutput.Write(w =>
    {
        w.WriteStartObject();
        Provenance.Write(w, null, []);
        w.WriteString("meson", Name);
        w.WriteFinite("mass_GeV", Spectra.Model.Mass);
        w.WriteStartObject("couplings");
        foreach (var (name, value) in Spectra.Model.Couplings.Entries()) w.WriteFinite(name, value);
        w.WriteEndObject();
        w.WriteFinite("meson_width_GeV", Spectra.Meson.Width);
        w.WriteFinite("new_width_GeV", Spectra.NewWidth);
        w.WriteString("note", "numbers per meson decay; zprime_decay for P_dec = 1 (scale by P_dec); lines are two-body decays");
        w.WriteStartArray("species");
        foreach (var s in FlavorExtensions.AllSpecies)
        {
            var sm = Spectra.StandardModel(s); var pr = Spectra.Primary(s); var zd = Spectra.ZDecay(s);
            w.WriteStartObject();
            w.WriteString("species", s.Name());
            w.WriteFinite("sm_per_decay", sm.Total);
            w.WriteFinite("sm_mean_energy_GeV", sm.MeanEnergy);
            w.WriteStartArray("sm_lines");
            foreach (var l in sm.Lines)
            {
                w.WriteStartObject();
                w.WriteFinite("energy_GeV", l.Energy);
                w.WriteFinite("per_decay", l.Weight);
                w.WriteEndObject();
            }
            w.WriteEndArray();
            w.WriteFinite("zprime_primary_per_decay", pr.Total);
            w.WriteFinite("zprime_primary_mean_energy_GeV", pr.MeanEnergy);
            w.WriteFinite("zprime_decay_per_decay", zd.Total);
            w.WriteFinite("zprime_decay_mean_energy_GeV", zd.MeanEnergy);
            w.WriteStartArray("bins");
            for (int i = 0; i + 1 < Edges.Length; i++)
            {
                w.WriteStartArray();
                w.WriteFiniteValue(Edges[i], "e_low_GeV"); w.WriteFiniteValue(Edges[i + 1], "e_high_GeV");
                w.WriteFiniteValue(Bin(sm, Edges[i], Edges[i + 1]), $"{s.Name()} sm_per_decay");
                w.WriteFiniteValue(Bin(pr, Edges[i], Edges[i + 1]), $"{s.Name()} zprime_primary_per_decay");
                w.WriteFiniteValue(Bin(zd, Edges[i], Edges[i + 1]), $"{s.Name()} zprime_decay_per_decay");
                w.WriteEndArray();
            }
            w.WriteEndArray();
            w.WriteEndObject();
        }
        w.WriteEndArray();
        w.WriteString("bin_columns", "e_low_GeV, e_high_GeV, sm_per_decay, zprime_primary_per_decay, zprime_decay_per_decay");
        w.WriteEndObject();
    });
}
