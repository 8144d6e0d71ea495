using System.CommandLine;
using System.Globalization;
using SecretNu.Bounds;
using SecretNu.Detection;
using SecretNu.Fluxes;
using SecretNu.Output;
using SecretNu.Physics;
using SecretNu.Scans;
using SecretNu.Statistics;

namespace SecretNu.Cli.Commands;

/// <summary><c>secretnu reproduce</c>: the seed paper's Fig. 1 and Figs. 2–5 with their CSVs and a summary.</summary>
public static class ReproduceCommand
{
    /// <summary>The seed's figures: number, coupling.</summary>
    public static readonly (int Figure, string Coupling)[] BoundFigures = [(2, "etau"), (3, "ee"), (4, "mutau"), (5, "emu")];
    public static readonly string[] Experiments = ["faser-nu", "faser2-nu-x100", "faser2-nu-x1000"];

    public static Command Create(CliContext context)
    {
        var data = CommonOptions.Data();
        var outDir = new Option<string>("--out") { Description = "Output directory.", DefaultValueFactory = _ => "out" };
        var seed = SeedModeOptions.Create();
        var bound = new BoundOptions();
        var scanOptions = new ScanOptions();
        var experiments = new Option<string[]>("--experiment")
        {
            Description = "Experiment cards of the bound figures (names or .toml paths; the first is drawn solid). Default: the paper's FASERν, FASER2ν ×100, ×1000.",
            DefaultValueFactory = _ => Experiments,
            AllowMultipleArgumentsPerToken = true,
        };
        var noSeedComparison = new Option<bool>("--no-seed-comparison")
        {
            Description = "Skip the seed-mode curves (no band) that tell which of the paper's statements hold only with its simplifications.",
        };
        var command = new Command("reproduce",
            "Reproduce the seed paper's figures: Fig. 1 (fluxes at FASERν, SM and SM + Z′ for m_Z′ = 10 MeV and g_ee = g_eτ = " +
            "g_μτ = 1e-3) and Figs. 2–5 (90 % CL bounds on g_eτ, g_ee, g_μτ, g_eμ vs m_Z′ for FASERν and FASER2ν ×100, ×1000, " +
            "with the generator band and the existing bounds), each as PNG + SVG with a CSV, plus summary.md and limits.json.\n\n" +
            "Examples:\n  secretnu reproduce --out out\n  secretnu reproduce --seed-mode --out out-seed\n  secretnu reproduce --masses 1keV:500MeV:21 --no-band --out quick")
        { data, outDir, experiments, noSeedComparison };
        seed.AddTo(command);
        bound.AddTo(command);
        scanOptions.AddTo(command);
        command.SetAction(parse =>
        {
            var clock = System.Diagnostics.Stopwatch.StartNew();
            var dataDir = DataDirectory.Resolve(parse.GetValue(data));
            var cards = CommonOptions.LoadCards(parse.GetValue(experiments)!);
            var masses = BoundOptions.ParseMasses(parse.GetValue(bound.Masses)!);
            var (mode, options) = seed.Read(parse);
            var couplings = BoundFigures.Select(f => (f.Coupling, CouplingMatrix.Parse($"{f.Coupling}=1"))).ToArray();
            BoundOptions.RequireOpenMasses(couplings, masses, parse.GetValue(bound.Masses)!);
            var request = new CampaignRequest(cards, couplings, masses, mode, options, bound.Statistics(parse), bound.Finder(parse),
                Band: !parse.GetValue(bound.NoBand), Flavours: bound.Flavours(parse), TruthScale: bound.Truth(parse), Systematics: bound.Systematics(parse));
            string dir = parse.GetValue(outDir)!;
            CommonOptions.RequireWritableDirectory(dir);
            var execution = scanOptions.Read(parse, dir, context);
            var progress = new Progress(context);
            var result = progress.Run("reproducing the seed's figures", report => BoundCampaign.Run(dataDir, request, report, execution));
            // the paper's statements are also checked with its own simplifications (seed mode, no band)
            bool seedComparison = !parse.GetValue(noSeedComparison) && !(mode == AcceptanceMode.Collinear && options == ZPrimeOptions.Seed);
            var seedRequest = request with { Mode = AcceptanceMode.Collinear, Options = ZPrimeOptions.Seed, Band = false };
            var stages = new Dictionary<string, TimeSpan> { ["main campaign (fluxes, bounds, band)"] = clock.Elapsed };
            var seedResult = seedComparison
                ? progress.Run("seed-mode comparison curves", report => BoundCampaign.Run(dataDir, seedRequest, report, execution)) : null;
            // the same curves under realistic systematics (no band), drawn beside the paper's (issue 13 point 3)
            stages["seed-mode comparison curves"] = clock.Elapsed;
            var realisticResult = request.Systematics == Systematics.Paper
                ? progress.Run("realistic-systematics curves", report => BoundCampaign.Run(dataDir, request with { Systematics = Systematics.Realistic, Band = false }, report, execution))
                : null;
            if (execution.Shard is not null) return ScanOptions.CompleteShard(context, execution, dir, result.InputFiles, dataDir);
            // every text is built (and checked) before any file is written
            var texts = new List<(string Name, string Text)>();
            var figures = new List<(string Stem, FigureBase Figure, int Width, int Height)>();

            // Fig. 1: the flux at FASERν for m_Z′ = 10 MeV, g_ee = g_eτ = g_μτ = 1e-3
            var fig1Model = new ZPrimeModel(0.01, CouplingMatrix.Parse("ee=1e-3,etau=1e-3,mutau=1e-3"));
            var fluxCalc = new FluxCalculation(new FluxSetup(dataDir, cards[0], FluxSettings.Default with { Mode = mode }), result.Reference.Generators, mode, options);
            var fig1Flux = fluxCalc.ZPrimeModel(fig1Model.Mass, fig1Model.Couplings).Evaluate(1.0);
            figures.Add(("fig1", FluxReport.Figure1(fluxCalc, fig1Model, fig1Flux), FluxReport.Figure1Width, FluxReport.Figure1Height));
            texts.Add(("fig1.csv", Provenance.CommentLine("Fig. 1: neutrinos through the FASERν face per energy bin", "fig1.json") + FluxReport.Csv(fluxCalc, fig1Flux)));
            texts.Add(("fig1.json", FluxReport.Json(fluxCalc, fig1Model, fig1Flux)));

            // Figs. 2–5
            double cl = request.Finder.ConfidenceLevel;
            stages["realistic-systematics curves"] = clock.Elapsed;
            var existing = couplings.ToDictionary(c => c.Item1, c => ExistingBounds.For(c.Item2, masses, options.Normalisation, cl));
            var directions = couplings.ToDictionary(c => c.Item1, c => c.Item2);
            var verdicts = VerdictSet.For(result.Curves, directions, options.Normalisation, cl: cl);
            var seedVerdicts = seedResult is null ? (mode == AcceptanceMode.Collinear && options == ZPrimeOptions.Seed ? verdicts : null)
                : VerdictSet.For(seedResult.Curves, directions, ZPrimeOptions.Seed.Normalisation, scenarios: false, cl: cl);
            var statements = StatementCheck.For(verdicts, seedVerdicts);
            stages["Fig. 1 fluxes, existing constraints, verdicts"] = clock.Elapsed;
            var separation = SeparationExample.Markdown(dataDir, cards[0], result, cl);
            stages["the g_ee–g_eτ separation example"] = clock.Elapsed;
            var realisticVerdicts = realisticResult is null ? null : VerdictSet.For(realisticResult.Curves, directions, options.Normalisation, scenarios: false, cl: cl);
            foreach (var (number, coupling) in BoundFigures)
            {
                var curves = result.Curves.Where(c => c.Coupling == coupling).ToArray();
                var band = request.Band ? result.Band.Where(c => c.Coupling == coupling).ToArray() : null;
                var realistic = realisticResult?.Curves.Where(c => c.Coupling == coupling).ToArray();
                figures.Add(($"fig{number}", BoundFigure.Create(coupling, curves, band, existing[coupling], $"Fig. {number}: bound on g_{{{Greek(coupling)}}}", cl, realistic), BoundFigure.Width, BoundFigure.Height));
                if (realistic is not null)
                    texts.Add(($"fig{number}-realistic.csv", Provenance.CommentLine($"Fig. {number}: {cl:P0} CL bounds on g_{coupling} under realistic systematics (docs/statistics.md)", "limits.json") +
                        LimitReport.Csv(realistic, null)));
                texts.Add(($"fig{number}.csv", Provenance.CommentLine($"Fig. {number}: {cl:P0} CL bounds on g_{coupling}", "limits.json") + LimitReport.Csv(curves, band)));
                texts.Add(($"fig{number}-existing.csv", Provenance.CommentLine($"Fig. {number}: existing constraints on g_{coupling}", "limits.json") +
                    ConstraintReport.Csv(new Dictionary<string, IReadOnlyList<ExistingBound>> { [coupling] = existing[coupling] })));
                foreach (var c in curves)
                {
                    texts.Add(($"{LimitReport.FileStem(c)}.txt", LimitReport.TwoColumn(c, "limits.json")));
                    texts.Add(($"{LimitReport.FileStem(c)}.yaml", HepDataYaml.Curve(c, request.Finder.ConfidenceLevel, "limits.json")));
                }
            }
            texts.Add(("limits.json", LimitReport.Json(result.Curves, cards, result.Reference, request.Statistics, request.Finder,
                existing, verdicts, result.BandGenerators, result.InputFiles,
                [new("masses", $"{masses.Count} from {masses[0]:G4} to {masses[^1]:G4} GeV (log-spaced, with every kinematic end point inside)")], statements)));
            foreach (var (stem, figure, width, height) in figures) figure.Save(Path.Combine(dir, stem), width, height);
            stages["figures built"] = clock.Elapsed;
            var timing = new Dictionary<string, TimeSpan>(result.Timing);
            foreach (var (k, v) in stages) timing[k] = v;
            timing["all, including figures"] = clock.Elapsed;
            string optionsText = $"Generators: {result.Reference.Generators} (band: {string.Join("; ", result.BandGenerators)}); acceptance " +
                $"{(mode == AcceptanceMode.Exact ? "exact" : "collinear")}; Z′ options: {string.Join(", ", options.Describe().Select(kv => $"{kv.Key} = {kv.Value}"))}; " +
                $"statistics ({request.Systematics.ToString().ToLowerInvariant()}): {string.Join(", ", request.Statistics.Describe().Select(kv => $"{kv.Key} = {kv.Value}"))}.";
            texts.Add(("summary.md", SummaryReport.Write(result.Curves, existing, verdicts, statements, optionsText, timing, cl, separation, realisticResult?.Curves, realisticVerdicts)));
            foreach (var (name, text) in texts) AtomicFiles.WriteText(Path.Combine(dir, name), text);
            context.Out.WriteLine($"{cards[0].Name} bounds (90 % CL) at 1 / 10 / 100 MeV:");
            foreach (var (_, coupling) in BoundFigures)
            {
                var c = result.Curves.First(x => x.Coupling == coupling && x.Experiment == cards[0].Name);
                context.Out.WriteLine($"  g_{coupling,-6} " + string.Join(" / ", new[] { 1e-3, 1e-2, 0.1 }.Select(m => LimitReport.AtText(c, m))));
            }
            int written = texts.Count + 2 * figures.Count; // every text, and a PNG and an SVG per figure
            context.Out.WriteLine($"wrote {written} files to {dir} in {clock.Elapsed.TotalSeconds:F1} s");
            ScanOptions.Finish(context, execution);
            return 0;
        });
        return command;
    }

    static string Greek(string c) => c.Replace("mu", "μ").Replace("tau", "τ");
}
