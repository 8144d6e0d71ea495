using System.CommandLine;
using SecretNu.Decays;
using SecretNu.Output;
using SecretNu.Scans;

namespace SecretNu.Cli.Commands;

/// <summary><c>secretnu reproduce</c>: the seed paper's Fig. 1 and Figs. 2–5 with their CSVs and a summary.</summary>
public static class ReproduceCommand
{
    /// <summary>The command: parses the options into a <see cref="ReproductionRequest"/>, runs <see cref="Reproduction.Run"/> and prints
    /// the first card's bounds at 1, 10 and 100 MeV and the number of files written.</summary>
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
            DefaultValueFactory = _ => [.. ReproductionRecipe.SeedPaper.Experiments],
            AllowMultipleArgumentsPerToken = true,
        };
        var recipeFile = new Option<string?>("--recipe")
        {
            Description = "A JSON figure recipe (experiments, the Z′ of Fig. 1, the coupling of each bound figure) in the form of the built-in " +
                "src/SecretNu/Scans/reproduce-seed-paper.json; default: the seed paper's. --experiment, when given, overrides its experiments.",
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
        { data, outDir, experiments, recipeFile, noSeedComparison };
        seed.AddTo(command);
        bound.AddTo(command);
        scanOptions.AddTo(command);
        command.SetAction(parse =>
        {
            var clock = System.Diagnostics.Stopwatch.StartNew();
            var recipe = parse.GetValue(recipeFile) is string path ? ReproductionRecipe.Read(path) : ReproductionRecipe.SeedPaper;
            var dataDir = DataDirectory.Resolve(parse.GetValue(data));
            var cards = CommonOptions.LoadCards(parse.GetResult(experiments) is { Implicit: false } ? parse.GetValue(experiments)! : [.. recipe.Experiments]);
            var masses = MassGrid.Parse(parse.GetValue(bound.Masses)!);
            var (mode, options) = seed.Read(parse);
            OpenChannels.Require(recipe.Couplings, masses, parse.GetValue(bound.Masses)!);
            var campaign = new CampaignRequest(cards, recipe.Couplings, masses, mode, options, bound.Statistics(parse), bound.Finder(parse),
                Band: !parse.GetValue(bound.NoBand), Flavours: bound.Flavours(parse), TruthScale: bound.Truth(parse), Systematics: bound.Systematics(parse));
            string dir = parse.GetValue(outDir)!;
            CommonOptions.RequireWritableDirectory(dir);
            var execution = scanOptions.Read(parse, dir, context);
            var request = new ReproductionRequest(campaign, SeedComparison: !parse.GetValue(noSeedComparison), dir, execution) { Recipe = recipe };
            var result = new Progress(context).Run("reproducing the seed's figures", report => Reproduction.Run(dataDir, request, report));
            if (execution.Shard is not null) return ScanOptions.CompleteShard(context, execution, dir, result.Main.InputFiles, dataDir);
            context.Out.WriteLine($"{cards[0].Name} bounds (90 % CL) at 1 / 10 / 100 MeV:");
            foreach (var figure in recipe.BoundFigures)
            {
                var c = result.Main.Curves.First(x => x.Coupling == figure.Coupling && x.Experiment == cards[0].Name);
                context.Out.WriteLine($"  g_{figure.Coupling,-6} " + string.Join(" / ", new[] { 1e-3, 1e-2, 0.1 }.Select(m => LimitReport.AtText(c, m))));
            }
            context.Out.WriteLine($"wrote {result.Files.Count} files to {dir} in {clock.Elapsed.TotalSeconds:F1} s");
            ScanOptions.Finish(context, execution);
            return 0;
        });
        return command;
    }
}
