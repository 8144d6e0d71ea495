using System.Text;
using SecretNu.Bounds;
using SecretNu.Scans;
using SecretNu.Statistics;

namespace SecretNu.Output;

/// <summary>
/// Bound curves as files: a CSV with diagnostics (limit.csv), the two-column text FORESEE and others use to share curves
/// (mass [GeV], coupling; one file per curve), and JSON metadata (inputs, generators, normalisation, statistics, version).
/// </summary>
public static class LimitReport
{
    public static string Csv(IReadOnlyList<LimitCurve> curves, IReadOnlyList<LimitCurve>? band = null)
    {
        var sb = new StringBuilder();
        int maxSamples = curves.Max(c => c.Samples.Count);
        sb.Append("experiment,coupling,light_generator,charm_generator,mass_GeV,g90,status,delta_chi2_at_g90,evaluations");
        for (int s = 0; s < maxSamples; s++) sb.Append($",sample{s + 1},new_events{s + 1},sm_events{s + 1}");
        if (band is not null) sb.Append(",g90_band_min,g90_band_max");
        sb.Append('\n');
        foreach (var c in curves)
            foreach (var p in c.Points)
            {
                sb.Append(c.Experiment).Append(',').Append(c.Coupling).Append(',').Append(c.Generators.Light).Append(',').Append(c.Generators.Charm)
                  .Append(',').Append(OutputNumber.Text(p.Mass, "mass_GeV")).Append(',').Append(p.Coupling is double g ? OutputNumber.Text(g, "g90") : "")
                  .Append(',').Append(Status(p.Result.Status))
                  .Append(',').Append(p.Coupling is null ? "" : OutputNumber.Text(p.Result.DeltaChi2AtCoupling, "delta_chi2_at_g90")).Append(',').Append(p.Result.Evaluations);
                for (int s = 0; s < maxSamples; s++)
                {
                    if (s < c.Samples.Count && s < p.StandardModelEvents.Count)
                        sb.Append(',').Append(c.Samples[s]).Append(',').Append(p.Coupling is null ? "" : OutputNumber.Text(p.NewEventsAtBound[s], "new_events"))
                          .Append(',').Append(OutputNumber.Text(p.StandardModelEvents[s], "sm_events"));
                    else sb.Append(",,,");
                }
                if (band is not null)
                {
                    var (lo, hi) = BandAt(band, c, p.Mass);
                    sb.Append(',').Append(lo is double a ? OutputNumber.Text(a, "g90_band_min") : "").Append(',').Append(hi is double b ? OutputNumber.Text(b, "g90_band_max") : "");
                }
                sb.Append('\n');
            }
        return sb.ToString();
    }

    public static string Status(LimitStatus s) => s switch
    {
        LimitStatus.Found => "found",
        LimitStatus.NoBoundBelowCap => "no bound below cap",
        LimitStatus.BelowScanStart => "below scan start",
        _ => "non-monotonic",
    };

    /// <summary>min/max of the band curves of the same experiment and coupling at a mass (nearest point, by log mass).</summary>
    public static (double? Min, double? Max) BandAt(IReadOnlyList<LimitCurve> band, LimitCurve c, double mass)
    {
        var values = band.Where(b => b.Experiment == c.Experiment && b.Coupling == c.Coupling)
            .Select(b => Interpolate(b, mass)).Where(v => v is not null).Select(v => v!.Value).Append(c.Points.FirstOrDefault(p => p.Mass == mass)?.Coupling ?? double.NaN)
            .Where(double.IsFinite).ToArray();
        return values.Length == 0 ? (null, null) : (values.Min(), values.Max());
    }

    /// <summary>Log-log interpolation of a curve at a mass (null outside or where there is no bound).</summary>
    public static double? Interpolate(LimitCurve c, double mass)
    {
        var pts = c.Points.Where(p => p.Coupling is not null).ToArray();
        for (int i = 0; i + 1 < pts.Length; i++)
        {
            if (mass < pts[i].Mass || mass > pts[i + 1].Mass) continue;
            return LogLogInterpolation.Segment(pts[i].Mass, pts[i].Coupling!.Value, pts[i + 1].Mass, pts[i + 1].Coupling!.Value, mass);
        }
        return pts.FirstOrDefault(p => p.Mass == mass)?.Coupling;
    }

    /// <summary>The bound at a mass as text: "1.65E-2", "no bound" (scanned, none found), or "not scanned" (outside the masses).</summary>
    public static string AtText(LimitCurve c, double mass) =>
        Interpolate(c, mass) is double g ? g.ToString("0.00E+0", System.Globalization.CultureInfo.InvariantCulture)
        : c.Points.Count > 0 && mass >= c.Points.Min(p => p.Mass) && mass <= c.Points.Max(p => p.Mass) ? "no bound" : "not scanned";

    /// <summary>"mass_GeV coupling" lines of the points with a bound.</summary>
    public static string TwoColumn(LimitCurve c, string sidecar)
    {
        var sb = new StringBuilder();
        sb.Append(Provenance.CommentLine($"90% CL upper bound on g_{c.Coupling} vs m_Z' for {c.Experiment} ({c.Generators})", sidecar));
        sb.Append("# m_Z' [GeV]   g\n");
        foreach (var p in c.Points)
            if (p.Coupling is double g) sb.Append(OutputNumber.Text(p.Mass, "mass_GeV")).Append(' ').Append(OutputNumber.Text(g, $"g_{c.Coupling}")).Append('\n');
        return sb.ToString();
    }

    public static string FileStem(LimitCurve c) => $"{c.Experiment}_{c.Coupling}";

    /// <summary>The metadata: what was computed and how.</summary>
    public static string Json(IReadOnlyList<LimitCurve> curves, IReadOnlyList<Detection.ExperimentCard> cards, Fluxes.FluxCalculation calc,
        StatisticsOptions stats, LimitFinderOptions finder, IReadOnlyDictionary<string, IReadOnlyList<ExistingBound>> existing, IReadOnlyList<Verdict> verdicts,
        IReadOnlyList<Fluxes.GeneratorChoice> bandGenerators, IReadOnlyList<string> inputs, IEnumerable<KeyValuePair<string, string>>? extra = null,
        IReadOnlyList<StatementCheck>? statements = null) => JsonOutput.Write(w =>
    {
        w.WriteStartObject();
        Provenance.Write(w, calc.Setup.Data, inputs);
        w.WriteString("data_directory", calc.Setup.Data.Root);
        w.WriteStartArray("experiments");
        foreach (var card in cards)
        {
            w.WriteStartObject();
            CardJson.Write(w, "card", card);
            w.WriteEndObject();
        }
        w.WriteEndArray();
        w.WriteString("light_generator", calc.Generators.Light);
        w.WriteString("charm_generator", calc.Generators.Charm);
        w.WriteStartArray("band_generators");
        foreach (var g in bandGenerators) w.WriteStringValue(g.ToString());
        w.WriteEndArray();
        w.WriteString("acceptance", calc.Mode == Fluxes.AcceptanceMode.Exact ? "exact" : "collinear");
        w.WriteStartObject("zprime_options");
        foreach (var kv in calc.Options.Describe()) w.WriteTyped(kv.Key, kv.Value);
        w.WriteEndObject();
        w.WriteStartObject("statistics");
        foreach (var kv in stats.Describe()) w.WriteTyped(kv.Key, kv.Value);
        w.WriteEndObject();
        w.WriteNumber("confidence_level", finder.ConfidenceLevel);
        w.WriteStartObject("limit_finder");
        foreach (var kv in finder.Describe()) w.WriteTyped(kv.Key, kv.Value);
        w.WriteEndObject();
        if (extra is not null)
            foreach (var kv in extra) w.WriteString(kv.Key, kv.Value);
        w.WriteStartArray("reco_bins_GeV");
        foreach (double e in Fluxes.AnalysisGrid.RecoEdges) w.WriteFiniteValue(e, "reco_bins_GeV");
        w.WriteEndArray();
        w.WriteStartArray("curves");
        foreach (var c in curves)
        {
            w.WriteStartObject();
            w.WriteString("experiment", c.Experiment);
            w.WriteString("coupling", c.Coupling);
            w.WriteString("generators", c.Generators.ToString());
            w.WriteStartArray("samples");
            foreach (var s in c.Samples) w.WriteStringValue(s);
            w.WriteEndArray();
            w.WriteNumber("points", c.Points.Count);
            w.WriteNumber("bounds_found", c.Points.Count(p => p.Coupling is not null));
            w.WriteEndObject();
        }
        w.WriteEndArray();
        ConstraintReport.WriteExisting(w, existing);
        ConstraintReport.WriteVerdicts(w, verdicts);
        if (statements is not null) ConstraintReport.WriteStatements(w, statements);
        w.WriteEndObject();
    });
}
