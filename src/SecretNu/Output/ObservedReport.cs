using System.Globalization;
using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization;
using SecretNu.Bounds;
using SecretNu.Measurements;
using SecretNu.Physics;
using SecretNu.Statistics;

namespace SecretNu.Output;

/// <summary>The outputs of an observed-data scan (<c>limit --observed</c>): limit.csv with the observed bound beside the
/// expected one, limit.json, the figure, and a markdown section for summaries (docs/outputs.md).</summary>
public static class ObservedReport
{
    /// <summary>Writes limit.csv (every coupling), observed-&lt;coupling&gt;.json and .png/.svg, and summary.md into
    /// <paramref name="directory"/>, all built before any is written; returns the paths.</summary>
    public static IReadOnlyList<string> Write(IReadOnlyList<ObservedResult> results, DataDirectory data, string directory)
    {
        var files = new OutputFiles();
        files.Text("limit.csv", Csv([.. results]));
        var summary = new StringBuilder("# Observed bounds\n\n");
        foreach (var r in results)
        {
            files.Text($"observed-{r.Request.Coupling}.json", Json(r, data));
            var existing = ExistingBounds.For(r.Request.Direction, r.Request.Masses, r.Request.Options.Normalisation, r.Request.Finder.ConfidenceLevel);
            files.Figure($"observed-{r.Request.Coupling}", Figure(r, existing));
            summary.Append(Markdown(r)).Append('\n');
        }
        files.Text("summary.md", summary.ToString());
        return files.WriteTo(directory);
    }

    /// <summary>One line for the terminal: the SM fit and the observed / expected bounds at 1, 10 and 100 MeV.</summary>
    public static string Headline(ObservedResult r)
    {
        var fit = r.StandardModelFits[0];
        static string B(Exclusion x) => x.Bound?.ToString("G3", CultureInfo.InvariantCulture) ?? "none";
        return string.Create(CultureInfo.InvariantCulture, $"{r.Request.Card.Name} g_{r.Request.Coupling}: SM fit chi2 = {fit.Chi2:F2}/{fit.Dof}, p = {fit.PValue:F3}; ") +
            "observed / expected at 1, 10, 100 MeV: " + string.Join(", ", new[] { 1e-3, 1e-2, 0.1 }
                .Select(m => Near(r, m)).Select(p => $"{B(p.Observed)} / {B(p.Expected)}"));
    }

    /// <summary>limit.csv: one row per coupling and mass; empty cells where there is no bound.</summary>
    public static string Csv(params ObservedResult[] results)
    {
        static string G(Exclusion x, string what) => x.Bound is double g ? OutputNumber.Text(g, what) : "";
        static string W(Exclusion x) => string.Join(";", x.Windows.Select(w => $"{OutputNumber.Text(w.Low, "window")}:{OutputNumber.Text(w.High, "window")}"));
        static string N(double? x, string what) => x is double v ? OutputNumber.Text(v, what) : "";
        var first = results[0];
        var csv = new StringBuilder(Provenance.CommentLine($"{first.Request.Finder.ConfidenceLevel:P0} CL bounds on " +
            $"{string.Join(", ", results.Select(r => "g_" + r.Request.Coupling))} from {first.Analysis.Measurement.Citation}: " +
            "g90 expected (Asimov, SM truth), g90_observed from the observed counts", "observed-<coupling>.json"));
        csv.Append("experiment,coupling,mass_GeV,g90,g90_observed,g90_expected_16,g90_expected_84,best_fit_g,delta_chi2_sm,windows,windows_observed\n");
        foreach (var result in results)
            foreach (var p in result.Points)
                csv.Append(string.Join(',', result.Request.Card.Name, result.Request.Coupling, OutputNumber.Text(p.Mass, "mass_GeV"), G(p.Expected, "g90"),
                    G(p.Observed, "g90_observed"), N(p.ExpectedLow, "g90_expected_16"), N(p.ExpectedHigh, "g90_expected_84"),
                    OutputNumber.Text(p.BestFit, "best_fit_g"), OutputNumber.Text(Math.Max(0, p.DeltaChi2Sm), "delta_chi2_sm"), W(p.Expected), W(p.Observed))).Append('\n');
        return csv.ToString();
    }

    /// <summary>The scanned point nearest to <paramref name="mass"/> [GeV] in log m.</summary>
    static ObservedPoint Near(ObservedResult result, double mass) => result.Points.MinBy(p => Math.Abs(Math.Log(p.Mass / mass)))!;

    /// <summary>limit.json: provenance, card, measurement, nuisances, SM fits and the points.</summary>
    public static string Json(ObservedResult result, DataDirectory data)
    {
        var a = result.Analysis;
        var r = result.Request;
        return JsonOutput.Serialize(new ObservedJson(JsonOutput.CardElement(r.Card), a.Measurement.Name, a.Measurement.Citation, r.Coupling,
            r.Finder.ConfidenceLevel, r.Finder.Threshold, ObservedScan.Cap, r.Toys,
            "Poisson in every bin on the observed counts with the published background; our signal = published total efficiency × " +
            "target nucleons × Σ flux × σ (reconstructed = true bins); nuisances: " + string.Join("; ", a.Modifiers.Select(m => m.Name)),
            a.Measurement.Bins.Select((b, i) => new ObservedBinJson(b.Index, b.Label, b.Observed, b.Background, b.PredictedSignal, a.StandardModel[i],
                b.Efficiency)).ToArray(),
            result.StandardModelFits.Select(f => new StandardModelFitJson(f.Generators.ToString(), f.Chi2, f.Dof, f.PValue)).ToArray(),
            result.Points.Select(p => new ObservedPointJson(p.Mass, p.Expected.Bound, p.Observed.Bound, p.ExpectedLow, p.ExpectedHigh, p.BestFit,
                Math.Max(0, p.DeltaChi2Sm), p.Expected.Detail, p.Observed.Detail,
                p.Expected.Windows.Select(w => new[] { w.Low, w.High }).ToArray(), p.Observed.Windows.Select(w => new[] { w.Low, w.High }).ToArray())).ToArray())
        {
            Inputs = Provenance.Inputs(data, a.InputFiles),
        });
    }

    /// <summary>Observed bound (black), expected (dashed) with its 16–84 % band, over the existing constraints.</summary>
    public static Figure Figure(ObservedResult result, IReadOnlyList<ExistingBound> existing)
    {
        var r = result.Request;
        string g = BoundFigure.CouplingMarkup(r.Coupling);
        var fig = new Figure
        {
            Title = $"{r.Card.Name}: observed and expected bounds",
            Width = BoundFigure.PixelWidth,
            Height = BoundFigure.PixelHeight,
            XLabel = "m_{Z′} [MeV]",
            YLabel = $"{g} ({r.Finder.ConfidenceLevel * 100:G3} % CL)",
            Legend = LegendPosition.OutsideRight,
        };
        BoundFigure.ExistingConstraints(fig, existing);
        var band = result.Points.Where(p => p.ExpectedLow is not null && p.ExpectedHigh is not null).ToArray();
        if (band.Length > 1)
            fig.Band(band.Select(p => p.Mass * 1e3).ToArray(), band.Select(p => p.ExpectedLow!.Value).ToArray(), band.Select(p => p.ExpectedHigh!.Value).ToArray(),
                FigureColor.Blue, "expected, 16–84 % of SM pseudo-data", 0.2);
        var expected = result.Points.Where(p => p.Expected.Bound is not null).ToArray();
        fig.Line(expected.Select(p => p.Mass * 1e3).ToArray(), expected.Select(p => p.Expected.Bound!.Value).ToArray(), LineStyle.Dashed(FigureColor.Blue, 2.2),
            "expected (Asimov, SM)");
        var observed = result.Points.Where(p => p.Observed.Bound is not null).ToArray();
        fig.Line(observed.Select(p => p.Mass * 1e3).ToArray(), observed.Select(p => p.Observed.Bound!.Value).ToArray(), LineStyle.Solid(FigureColor.Black, 2.8),
            "observed (excluded above)");
        // excluded windows below the bound: vertical strokes at their masses
        bool first = true;
        foreach (var p in result.Points)
            foreach (var (lo, hi) in p.Observed.Windows)
            {
                fig.Line([p.Mass * 1e3, p.Mass * 1e3], [lo, hi], LineStyle.Solid(FigureColor.Black, 1.2), first ? "observed, excluded window below the bound" : null);
                first = false;
            }
        fig.HorizontalLine(1, LineStyle.Dotted(FigureColor.Grey, 1.2), "g = 1 (above: not perturbative)", nameOnLine: true);
        return fig.SetXLimits(1e-3, 600).SetYLimits(1e-10, ObservedScan.Cap);
    }

    /// <summary>A markdown section: the SM fit by generator choice, whether the data prefer a Z′, and the bounds at 1, 10 and 100 MeV.</summary>
    public static string Markdown(ObservedResult result)
    {
        var a = result.Analysis;
        var r = result.Request;
        var sb = new StringBuilder();
        var inv = CultureInfo.InvariantCulture;
        sb.Append(inv, $"## Observed bound on g_{r.Coupling}: {r.Card.Name}\n\n");
        sb.Append(inv, $"Data: {a.Measurement.Citation}; {a.Measurement.Bins.Sum(b => b.Observed)} observed events in {a.Measurement.Bins.Count} bins.\n\n");
        sb.Append("| bin | observed | background | published signal | our SM signal |\n|---|---|---|---|---|\n");
        for (int i = 0; i < a.Measurement.Bins.Count; i++)
        {
            var b = a.Measurement.Bins[i];
            sb.Append(inv, $"| {b.Label} | {b.Observed} | {b.Background:F1} | {b.PredictedSignal:G3} | {a.StandardModel[i]:F1} |\n");
        }
        sb.Append("\n**SM-only goodness of fit** (Poisson deviance, nuisances profiled, one degree of freedom per bin):\n\n| nominal generators | χ² | dof | p-value |\n|---|---|---|---|\n");
        foreach (var f in result.StandardModelFits) sb.Append(inv, $"| {f.Generators} | {f.Chi2:F2} | {f.Dof} | {f.PValue:F3} |\n");
        var best = result.Points.MaxBy(p => p.DeltaChi2Sm)!;
        if (best.DeltaChi2Sm < 1e-3)
            sb.Append("\n**Does the data prefer a Z′?** No: at every mass the best fit is the SM (Δχ² < 0.001).\n\n");
        else
        {
            sb.Append(inv, $"\n**Does the data prefer a Z′?** The largest improvement over the SM is Δχ² = {best.DeltaChi2Sm:F2} " +
                $"(best fit g = {best.BestFit:G3} at m_Z′ = {Units.FormatEnergy(best.Mass)}); ");
            sb.Append(best.DeltaChi2Sm < 1 ? "below 1 everywhere: the data do not prefer a Z′.\n\n"
                : best.DeltaChi2Sm < r.Finder.Threshold ? $"below the {r.Finder.ConfidenceLevel:P0} CL threshold {r.Finder.Threshold:F2}: no significant preference.\n\n"
                : "above the CL threshold: a preference to be examined, not a discovery (the flux uncertainty is profiled with the generator spread only).\n\n");
        }
        sb.Append("| m_Z′ | observed | expected | expected 16–84 % |\n|---|---|---|---|\n");
        foreach (double m in new[] { 1e-3, 1e-2, 0.1 })
        {
            var p = Near(result, m);
            if (Math.Abs(Math.Log(p.Mass / m)) > 0.05) continue;
            static string T(Exclusion x) => (x.Bound is double b ? b.ToString("G3", CultureInfo.InvariantCulture) : "none below 4π") +
                (x.Windows.Count > 0 ? " (also " + string.Join(", ", x.Windows.Select(w => string.Create(CultureInfo.InvariantCulture, $"{w.Low:G2}–{w.High:G2}"))) + ")" : "");
            string band = p.ExpectedLow is double lo && p.ExpectedHigh is double hi ? string.Create(inv, $"{lo:G3}–{hi:G3}") : "—";
            sb.Append(inv, $"| {Units.FormatEnergy(p.Mass)} | {T(p.Observed)} | {T(p.Expected)} | {band} |\n");
        }
        return sb.ToString();
    }
}

/// <summary>limit.json of <c>limit --observed</c> (docs/outputs.md).</summary>
/// <param name="Experiment">"experiment": the card</param>
/// <param name="Measurement">"measurement": its name</param>
/// <param name="Citation">"citation"</param>
/// <param name="Coupling">"coupling"</param>
/// <param name="ConfidenceLevel">"confidence_level"</param>
/// <param name="DeltaChi2">"delta_chi2": the threshold</param>
/// <param name="Cap">"cap": largest coupling scanned</param>
/// <param name="Toys">"toys": SM pseudo-data sets per mass for the expected band</param>
/// <param name="Likelihood">"likelihood": in words</param>
/// <param name="Bins">"bins"</param>
/// <param name="StandardModelFits">"standard_model_fits": by nominal generator choice</param>
/// <param name="Points">"points": one per mass</param>
public sealed record ObservedJson(JsonElement Experiment, string Measurement, string Citation, string Coupling, double ConfidenceLevel, double DeltaChi2,
    double Cap, int Toys, string Likelihood, IReadOnlyList<ObservedBinJson> Bins, IReadOnlyList<StandardModelFitJson> StandardModelFits,
    IReadOnlyList<ObservedPointJson> Points) : OutputDocument;

/// <summary>One bin in limit.json of an observed scan.</summary>
/// <param name="Bin">"bin": published number</param>
/// <param name="Label">"label"</param>
/// <param name="Observed">"observed"</param>
/// <param name="Background">"background": published</param>
/// <param name="PublishedSignal">"published_signal": the publication's prediction</param>
/// <param name="OurSignal">"our_signal": ours, default generators</param>
/// <param name="Efficiency">"efficiency": published total efficiency</param>
public sealed record ObservedBinJson(int Bin, string Label, int Observed, double Background, double PublishedSignal, double OurSignal, double Efficiency);

/// <summary>The SM-only fit with one nominal generator choice.</summary>
/// <param name="Generators">"generators"</param>
/// <param name="Chi2">"chi2"</param>
/// <param name="Dof">"dof"</param>
/// <param name="PValue">"p_value"</param>
public sealed record StandardModelFitJson(string Generators, double Chi2, int Dof, double PValue);

/// <summary>One mass in limit.json of an observed scan.</summary>
/// <param name="MassGeV">"mass_GeV"</param>
/// <param name="G90">"g90": expected bound, or null</param>
/// <param name="G90Observed">"g90_observed", or null</param>
/// <param name="G90Expected16">"g90_expected_16", or null</param>
/// <param name="G90Expected84">"g90_expected_84", or null</param>
/// <param name="BestFitG">"best_fit_g"</param>
/// <param name="DeltaChi2Sm">"delta_chi2_sm": χ²(SM) − χ²(best fit)</param>
/// <param name="Expected">"expected": the exclusion in words</param>
/// <param name="ObservedNote">"observed": the exclusion in words</param>
/// <param name="Windows">"windows": expected excluded intervals [g_low, g_high] below the bound</param>
/// <param name="WindowsObserved">"windows_observed": the same for the observed counts</param>
public sealed record ObservedPointJson([property: JsonPropertyName("mass_GeV")] double MassGeV, double? G90, double? G90Observed,
    [property: JsonPropertyName("g90_expected_16")] double? G90Expected16, [property: JsonPropertyName("g90_expected_84")] double? G90Expected84,
    double BestFitG, double DeltaChi2Sm, string Expected, [property: JsonPropertyName("observed")] string ObservedNote,
    IReadOnlyList<double[]> Windows, IReadOnlyList<double[]> WindowsObserved);
