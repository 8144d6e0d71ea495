using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization;
using SecretNu.Fluxes;
using SecretNu.Physics;

namespace SecretNu.Output;

/// <summary>Writes a <see cref="FluxValidation"/>: CSV (per species and bin), JSON (totals, ratios, checks), Markdown
/// (the summary for docs/validation) and a three-panel overlay figure (PNG + SVG).</summary>
public static class FluxValidationReport
{
    static string P(double x) => OutputNumber.Text(x, "ratio", "F3");

    /// <summary>File stem of the validation outputs, "flux-&lt;card&gt;".</summary>
    public static string Stem(FluxValidation v) => $"flux-{v.Setup.Card.Name}";

    /// <summary>Writes flux-&lt;card&gt;.csv, .json, .md, .png and .svg into <paramref name="directory"/>; returns their
    /// paths in that order. Every text is built (and checked) before any file is written.</summary>
    public static IReadOnlyList<string> Write(FluxValidation v, string directory) =>
        new OutputFiles()
            .Text(Stem(v) + ".csv", Provenance.CommentLine("flux validation", Stem(v) + ".json") + Csv(v))
            .Text(Stem(v) + ".json", Json(v))
            .Text(Stem(v) + ".md", Markdown(v))
            .Figure(Stem(v), Figure(v))
            .WriteTo(directory);

    /// <summary>The per-bin table: our flux per generator choice beside the published one, and their ratios.</summary>
    public static string Csv(FluxValidation v)
    {
        var sb = new StringBuilder();
        sb.Append($"# neutrinos through the face of {v.Setup.Card.Name} per energy bin; published: {v.Setup.Card.PublishedLabel}; ours: default {v.Default}, min/max over {v.Ours.Count} generator pairs\n");
        sb.Append("species,e_low_GeV,e_high_GeV,published,ours_default,ours_min,ours_max\n");
        foreach (var s in FlavorExtensions.AllSpecies)
            for (int k = 0; k < v.Edges.Length - 1; k++)
            {
                double min = v.Ours.Values.Min(o => o[s][k]), max = v.Ours.Values.Max(o => o[s][k]);
                sb.Append($"{s.Name()},{OutputNumber.Text(v.Edges[k], "e_low_GeV")},{OutputNumber.Text(v.Edges[k + 1], "e_high_GeV")},{OutputNumber.Text(v.Published[s][k], "published")}," +
                    $"{OutputNumber.Text(v.Ours[v.Default][s][k], "ours_default")},{OutputNumber.Text(min, "ours_min")},{OutputNumber.Text(max, "ours_max")}\n");
            }
        return sb.ToString();
    }

    /// <summary>flux-&lt;card&gt;.json: provenance, card, setup, and per flavour the totals, ratios and checks.</summary>
    public static string Json(FluxValidation v) => JsonOutput.Serialize(Document(v));

    /// <summary>The JSON document of a validation (<see cref="FluxValidationJson"/>).</summary>
    public static FluxValidationJson Document(FluxValidation v) => new(
        JsonOutput.CardElement(v.Setup.Card), v.Setup.Card.Name, v.Setup.Card.PublishedLabel, v.Setup.Card.EnergyLabel, v.Setup.Beamline.Name,
        v.Setup.Face.ToString(), v.Setup.Luminosity, v.Default.ToString(), v.Passes,
        FlavorExtensions.AllFlavors.Select(f =>
        {
            var (lo, hi) = v.Envelope(f);
            var (worst, bin) = v.WorstBin(f);
            return new FlavourValidationJson(f.Name(), v.PublishedTotal(f), v.OurTotal(v.Default, f), v.Ratio(v.Default, f),
                FluxValidation.TotalTolerance(f), lo, hi, v.InsideEnvelope(f), worst, bin >= 0 ? 0.5 * (v.Edges[bin] + v.Edges[bin + 1]) : 0,
                JsonOutput.Named(v.Ours.Keys.Select(g => (g.ToString(), v.Ratio(g, f)))));
        }).ToArray())
    {
        Inputs = Provenance.Inputs(v.Setup.Data, v.InputFiles),
    };

    /// <summary>The summary: per-flavour totals, the generator envelope, the worst bins and the checks.</summary>
    public static string Markdown(FluxValidation v)
    {
        var sb = new StringBuilder();
        var card = v.Setup.Card;
        sb.Append($"# SM flux validation: {card.Name} against the published `{card.PublishedLabel}` files\n\n");
        sb.Append($"Made by secretnu {BuildInfo.Version}; inputs (with SHA-256) in {Stem(v)}.json. Regenerate with `secretnu validate-flux --experiment {card.Name}`. Our fluxes: hadron tables at {card.EnergyLabel} TeV, " +
                  $"{v.Setup.Beamline.Name} beam line, face {v.Setup.Face}, {card.LuminosityFb} fb⁻¹. ");
        sb.Append($"Default generators: **{v.Default}** (light + charm; '+' inside a name = average of those tables).\n\n");
        sb.Append("| flavour (ν+ν̄) | published | ours (default) | ratio | tolerance | generator envelope | published inside | worst bin 50 GeV–3 TeV |\n");
        sb.Append("|---|---|---|---|---|---|---|---|\n");
        foreach (var f in FlavorExtensions.AllFlavors)
        {
            var (lo, hi) = v.Envelope(f);
            var (worst, bin) = v.WorstBin(f);
            string at = bin >= 0 ? $" at {0.5 * (v.Edges[bin] + v.Edges[bin + 1]):F0} GeV" : "";
            sb.Append($"| {f.Name()} | {v.PublishedTotal(f):E3} | {v.OurTotal(v.Default, f):E3} | {P(v.Ratio(v.Default, f))} | ±{FluxValidation.TotalTolerance(f):P0} | " +
                      $"{lo:E3} – {hi:E3} | {(v.InsideEnvelope(f) ? "yes" : "**no**")} | ×{worst:F2}{at} |\n");
        }
        sb.Append($"\nAll checks (published inside the envelope; default within tolerance; every bin from 50 GeV to 3 TeV within a factor 2): **{(v.Passes ? "pass" : "FAIL")}**.\n\n");
        sb.Append("Ratio ours/published of the flavour totals for every generator pair:\n\n| light + charm | ν_e+ν̄_e | ν_μ+ν̄_μ | ν_τ+ν̄_τ |\n|---|---|---|---|\n");
        foreach (var g in v.Ours.Keys)
            sb.Append($"| {g} | {P(v.Ratio(g, Flavor.E))} | {P(v.Ratio(g, Flavor.Mu))} | {P(v.Ratio(g, Flavor.Tau))} |\n");
        sb.Append("\nPer-bin ratios of the default (ν+ν̄), bin centres in GeV:\n\n| E [GeV] | ν_e | ν_μ | ν_τ |\n|---|---|---|---|\n");
        for (int k = 0; k < v.Edges.Length - 1; k++)
        {
            sb.Append($"| {0.5 * (v.Edges[k] + v.Edges[k + 1]):F0} ");
            foreach (var f in FlavorExtensions.AllFlavors)
            {
                double p = v.PublishedBins(f)[k], o = v.FlavourBins(v.Default, f)[k];
                sb.Append(p > 0 ? $"| {P(o / p)} " : "| – ");
            }
            sb.Append("|\n");
        }
        return sb.ToString();
    }

    /// <summary>The overlay figure, 1800 × 600 px: per flavour (ν + ν̄) our default flux with the generator spread and the published one.</summary>
    public static FigureRow Figure(FluxValidation v)
    {
        var panels = new List<Figure>();
        var centres = Enumerable.Range(0, v.Edges.Length - 1).Select(k => Math.Sqrt(v.Edges[k] * v.Edges[k + 1])).ToArray();
        foreach (var (f, color) in new[] { (Flavor.E, FigureColor.Black), (Flavor.Mu, FigureColor.Blue), (Flavor.Tau, FigureColor.Red) })
        {
            string name = f switch { Flavor.E => "ν_e + ν̄_e", Flavor.Mu => "ν_μ + ν̄_μ", _ => "ν_τ + ν̄_τ" };
            var fig = new Figure { Title = $"{v.Setup.Card.Name}: {name}", XLabel = "E_ν [GeV]", YLabel = "neutrinos per bin" };
            var ours = v.FlavourBins(v.Default, f);
            var lo = centres.Select((_, k) => v.Ours.Values.Min(o => o[f.Neutrino()][k] + o[f.Antineutrino()][k])).ToArray();
            var hi = centres.Select((_, k) => v.Ours.Values.Max(o => o[f.Neutrino()][k] + o[f.Antineutrino()][k])).ToArray();
            fig.Band(centres, lo, hi, color, "generator spread", 0.25);
            fig.Line(centres, ours, LineStyle.Solid(color), $"SecretNu ({v.Default})");
            fig.Line(centres, v.PublishedBins(f), LineStyle.Dashed(FigureColor.Grey, 2.5), $"published ({v.Setup.Card.PublishedLabel})");
            double max = Math.Max(hi.Max(), v.PublishedBins(f).Max());
            fig.SetXLimits(10, 7000).SetYLimits(max * 1e-4, max * 3);
            panels.Add(fig);
        }
        return new FigureRow(panels.ToArray()) { Width = 1800, Height = 600 };
    }
}

/// <summary>flux-&lt;card&gt;.json of <c>secretnu validate-flux</c>: our SM fluxes against the published ones.</summary>
/// <param name="Card">"card": the experiment card (as <see cref="CardJson"/> writes it)</param>
/// <param name="Experiment">"experiment": the card's name</param>
/// <param name="PublishedFolder">"published_folder": the published files compared with (null for a card without them)</param>
/// <param name="SqrtSTeV">"sqrt_s_TeV": the collision energy as labelled</param>
/// <param name="Beamline">"beamline"</param>
/// <param name="Face">"face": the detector face</param>
/// <param name="LuminosityPb">"luminosity_pb-1"</param>
/// <param name="DefaultGenerators">"default_generators": light + charm tables of the default</param>
/// <param name="Passes">"passes": every check passes</param>
/// <param name="Flavours">"flavours": one per flavour (ν + ν̄)</param>
public sealed record FluxValidationJson(
    JsonElement Card,
    string Experiment,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.Never)] string? PublishedFolder,
    [property: JsonPropertyName("sqrt_s_TeV")] string SqrtSTeV,
    string Beamline,
    string Face,
    [property: JsonPropertyName("luminosity_pb-1")] double LuminosityPb,
    string DefaultGenerators,
    bool Passes,
    IReadOnlyList<FlavourValidationJson> Flavours) : OutputDocument;

/// <summary>One flavour (ν + ν̄) of a flux validation.</summary>
/// <param name="Flavour">"flavour": "e", "mu" or "tau"</param>
/// <param name="PublishedTotal">"published_total"</param>
/// <param name="DefaultTotal">"default_total": ours, default generators</param>
/// <param name="DefaultRatio">"default_ratio": ours/published</param>
/// <param name="Tolerance">"tolerance": allowed |ratio − 1|</param>
/// <param name="EnvelopeMin">"envelope_min": smallest total over the generator pairs</param>
/// <param name="EnvelopeMax">"envelope_max": largest total over the generator pairs</param>
/// <param name="InsideEnvelope">"inside_envelope": the published total lies inside</param>
/// <param name="WorstBinFactor">"worst_bin_factor_50GeV_3TeV": the largest factor between ours and published in a bin</param>
/// <param name="WorstBinCentreGeV">"worst_bin_centre_GeV": where (0 when no bin)</param>
/// <param name="RatiosByGenerators">"ratios_by_generators": ours/published for every generator pair</param>
public sealed record FlavourValidationJson(
    string Flavour,
    double PublishedTotal,
    double DefaultTotal,
    double DefaultRatio,
    double Tolerance,
    double EnvelopeMin,
    double EnvelopeMax,
    bool InsideEnvelope,
    [property: JsonPropertyName("worst_bin_factor_50GeV_3TeV")] double WorstBinFactor,
    [property: JsonPropertyName("worst_bin_centre_GeV")] double WorstBinCentreGeV,
    IReadOnlyDictionary<string, double> RatiosByGenerators);
