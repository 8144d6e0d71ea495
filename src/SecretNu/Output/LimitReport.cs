using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization;
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
    /// <summary>The files of <c>secretnu limit</c>: stem.csv, stem.json, the two-column and HEPData files of every curve,
    /// and one figure per coupling (stem-coupling.png/svg) with the existing constraints. Every text is built (and
    /// checked) before any file is written.</summary>
    /// <param name="result">The campaign's curves and band.</param>
    /// <param name="request">What the campaign computed (couplings, masses, options, confidence level).</param>
    /// <param name="directory">Output directory.</param>
    /// <param name="stem">Name of the CSV, JSON and figures, e.g. "limit".</param>
    /// <returns>The paths written: texts first, then each figure's PNG and SVG.</returns>
    public static IReadOnlyList<string> Write(CampaignResult result, CampaignRequest request, string directory, string stem)
    {
        double cl = request.Finder.ConfidenceLevel;
        var norm = request.Options.Normalisation;
        var existing = request.Couplings.ToDictionary(c => c.Label, c => ExistingBounds.For(c.Direction, request.Masses, norm, cl));
        var band = request.Band ? result.Band : null;
        var files = new OutputFiles();
        // the figures first: they render in the background while the verdicts and texts are built (files are written texts first)
        foreach (var (label, _) in request.Couplings)
            files.Figure($"{stem}-{label}", BoundFigure.Create(label, result.Curves.Where(x => x.Coupling == label).ToArray(), band, existing[label], cl: cl));
        var verdicts = VerdictSet.For(result.Curves, request.Couplings.ToDictionary(c => c.Label, c => c.Direction), norm, cl: cl);
        files
            .Text($"{stem}.csv", Provenance.CommentLine("90% CL bounds with diagnostics", $"{stem}.json") + Csv(result.Curves, band))
            .Text($"{stem}.json", Json(result.Curves, request.Cards, result.Reference, result.Data, request.Options, request.Statistics, request.Finder, existing, verdicts,
                result.BandGenerators, result.InputFiles,
                [new("masses", $"{request.Masses.Count} from {request.Masses[0]:G4} to {request.Masses[^1]:G4} GeV"),
                 new("truth", request.TruthScale is double t ? $"Z′ with scale {t:G4}" : "standard model")]));
        foreach (var c in result.Curves)
            files.Text($"{FileStem(c)}.txt", TwoColumn(c, $"{stem}.json")).Text($"{FileStem(c)}.yaml", HepDataYaml.Curve(c, cl, $"{stem}.json"));
        return files.WriteTo(directory);
    }

    /// <summary>limit.csv without its comment line: per curve and mass the bound g90, its status, Δχ² and evaluations, each sample's new and SM
    /// events at the bound, and (with a band) the band's range.</summary>
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

    /// <summary>The status of a bound as written in limit.csv ("found", "no bound below cap", …).</summary>
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

    /// <summary>File stem of a curve's two-column and YAML files, "&lt;experiment&gt;_&lt;coupling&gt;".</summary>
    public static string FileStem(LimitCurve c) => $"{c.Experiment}_{c.Coupling}";

    /// <summary>The metadata (limit.json, limits.json): what was computed and how (<see cref="LimitJson"/>).</summary>
    /// <param name="curves">the bound curves</param>
    /// <param name="cards">the experiment cards</param>
    /// <param name="calc">the reference flux calculation (generators, settings), or null when every card is a beam-dump card</param>
    /// <param name="data">the data directory</param>
    /// <param name="options">the Z′ options of the run (those of <paramref name="calc"/> when it is given)</param>
    /// <param name="stats">the statistical choices</param>
    /// <param name="finder">the limit-finder settings (threshold, CL)</param>
    /// <param name="existing">existing constraints per coupling</param>
    /// <param name="verdicts">the verdicts against them</param>
    /// <param name="bandGenerators">generator choices of the band</param>
    /// <param name="inputs">every input file (listed with its SHA-256)</param>
    /// <param name="extra">settings of the command, each a string: "masses" and "truth" (their place in the document is fixed)</param>
    /// <param name="statements">the paper's statements checked, or null</param>
    /// <exception cref="ArgumentException">An <paramref name="extra"/> key other than "masses" or "truth".</exception>
    public static string Json(IReadOnlyList<LimitCurve> curves, IReadOnlyList<Detection.ExperimentCard> cards, Fluxes.FluxCalculation? calc, DataDirectory data,
        Fluxes.ZPrimeOptions options, StatisticsOptions stats, LimitFinderOptions finder, IReadOnlyDictionary<string, IReadOnlyList<ExistingBound>> existing, IReadOnlyList<Verdict> verdicts,
        IReadOnlyList<Fluxes.GeneratorChoice> bandGenerators, IReadOnlyList<string> inputs, IEnumerable<KeyValuePair<string, string>>? extra = null,
        IReadOnlyList<StatementCheck>? statements = null) =>
        JsonOutput.Serialize(Document(curves, cards, calc, data, options, stats, finder, existing, verdicts, bandGenerators, inputs, extra, statements));

    /// <summary>The JSON document of <see cref="Json"/>.</summary>
    /// <exception cref="ArgumentException">An <paramref name="extra"/> key other than "masses" or "truth".</exception>
    public static LimitJson Document(IReadOnlyList<LimitCurve> curves, IReadOnlyList<Detection.ExperimentCard> cards, Fluxes.FluxCalculation? calc, DataDirectory data,
        Fluxes.ZPrimeOptions options, StatisticsOptions stats, LimitFinderOptions finder, IReadOnlyDictionary<string, IReadOnlyList<ExistingBound>> existing, IReadOnlyList<Verdict> verdicts,
        IReadOnlyList<Fluxes.GeneratorChoice> bandGenerators, IReadOnlyList<string> inputs, IEnumerable<KeyValuePair<string, string>>? extra = null,
        IReadOnlyList<StatementCheck>? statements = null)
    {
        var settings = (extra ?? []).ToArray();
        if (settings.FirstOrDefault(kv => kv.Key is not ("masses" or "truth")) is { Key: not null } unknown)
            throw new ArgumentException($"limit.json has no setting '{unknown.Key}' (only masses and truth)", nameof(extra));
        string? Setting(string key) => settings.LastOrDefault(kv => kv.Key == key).Value;
        var (main, scenarios) = ConstraintReport.Verdicts(verdicts);
        // a run of beam-dump cards alone has no hadron-flux calculation: its generators are the flux release and reconstruction
        var generators = calc?.Generators ?? Dune.BeamDumpScan.Generators();
        string acceptance = calc is null ? "on-axis (beam dump)" : calc.Mode == Fluxes.AcceptanceMode.Exact ? "exact" : "collinear";
        return new LimitJson(data.Root, cards.Select(c => new LimitExperimentJson(JsonOutput.CardElement(c),
                c.Kind == Detection.CardKinds.BeamDump || c.RecoBinsPerDecade is not null ? c.RecoEdges : null)).ToArray(),
            generators.Light, generators.Charm, bandGenerators.Select(g => g.ToString()).ToArray(),
            acceptance, JsonOutput.Typed((calc?.Options ?? options).Describe()), JsonOutput.Typed(stats.Describe()),
            finder.ConfidenceLevel, JsonOutput.Typed(finder.Describe()), Setting("masses"), Setting("truth"), Fluxes.AnalysisGrid.RecoEdges,
            curves.Select(c => new LimitCurveJson(c.Experiment, c.Coupling, c.Generators.ToString(), c.Samples, c.Points.Count,
                c.Points.Count(p => p.Coupling is not null))).ToArray(),
            ConstraintReport.Existing(existing), main, scenarios, statements is null ? null : ConstraintReport.Statements(statements))
        {
            Inputs = Provenance.Inputs(data, inputs),
        };
    }
}

/// <summary>limit.json of <c>secretnu limit</c> and limits.json of <c>reproduce</c> (docs/outputs.md): provenance, cards,
/// generators, options, the curves, the existing constraints, the verdicts and (reproduce) the paper's statements.</summary>
/// <param name="DataDirectory">"data_directory"</param>
/// <param name="Experiments">"experiments": the cards</param>
/// <param name="LightGenerator">"light_generator": the light-hadron table of the curves</param>
/// <param name="CharmGenerator">"charm_generator": the charm table of the curves</param>
/// <param name="BandGenerators">"band_generators": the generator pairs of the band</param>
/// <param name="Acceptance">"acceptance": "exact" or "collinear"</param>
/// <param name="ZprimeOptions">"zprime_options": the Z′ model options (numbers and switches typed)</param>
/// <param name="Statistics">"statistics": the statistics options</param>
/// <param name="ConfidenceLevel">"confidence_level" of the bounds</param>
/// <param name="LimitFinder">"limit_finder": the limit finder's options</param>
/// <param name="Masses">"masses": the masses scanned, in words (absent if not given)</param>
/// <param name="Truth">"truth": what the pseudo-data are (absent if not given)</param>
/// <param name="RecoBinsGeV">"reco_bins_GeV": the reconstructed-energy bin edges [GeV] of every card without its own [analysis] reco_bins_per_decade</param>
/// <param name="Curves">"curves": one per experiment and coupling</param>
/// <param name="ExistingConstraints">"existing_constraints"</param>
/// <param name="Verdicts">"verdicts": against "all" and "computed"</param>
/// <param name="VerdictScenarios">"verdict_scenarios": against each disputed reading</param>
/// <param name="PaperStatements">"paper_statements": reproduce only (absent otherwise)</param>
public sealed record LimitJson(
    string DataDirectory,
    IReadOnlyList<LimitExperimentJson> Experiments,
    string LightGenerator,
    string CharmGenerator,
    IReadOnlyList<string> BandGenerators,
    string Acceptance,
    IReadOnlyDictionary<string, JsonElement> ZprimeOptions,
    IReadOnlyDictionary<string, JsonElement> Statistics,
    double ConfidenceLevel,
    IReadOnlyDictionary<string, JsonElement> LimitFinder,
    string? Masses,
    string? Truth,
    [property: JsonPropertyName("reco_bins_GeV")] IReadOnlyList<double> RecoBinsGeV,
    IReadOnlyList<LimitCurveJson> Curves,
    IReadOnlyList<ExistingConstraintJson> ExistingConstraints,
    IReadOnlyList<VerdictJson> Verdicts,
    IReadOnlyList<VerdictJson> VerdictScenarios,
    IReadOnlyList<PaperStatementJson>? PaperStatements) : OutputDocument;

/// <summary>One entry of "experiments" in limit.json.</summary>
/// <param name="Card">"card": the experiment card (as <see cref="CardJson"/> writes it)</param>
/// <param name="RecoBinsGeV">"reco_bins_GeV": the card's own reconstructed-energy edges [GeV] when it sets
/// [analysis] reco_bins_per_decade (omitted otherwise: the run's reco_bins_GeV)</param>
public sealed record LimitExperimentJson(JsonElement Card, [property: JsonPropertyName("reco_bins_GeV")] IReadOnlyList<double>? RecoBinsGeV = null);

/// <summary>One bound curve of "curves" in limit.json (its points are in limit.csv).</summary>
/// <param name="Experiment">"experiment": the card's name</param>
/// <param name="Coupling">"coupling": the coupling label</param>
/// <param name="Generators">"generators": light + charm tables</param>
/// <param name="Samples">"samples": the event samples fitted</param>
/// <param name="Points">"points": masses scanned</param>
/// <param name="BoundsFound">"bounds_found": masses with a bound</param>
public sealed record LimitCurveJson(string Experiment, string Coupling, string Generators, IReadOnlyList<string> Samples, int Points, int BoundsFound);
