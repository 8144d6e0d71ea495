using SecretNu.Detection;
using System.Diagnostics;
using SecretNu.Bounds;
using SecretNu.Fluxes;
using SecretNu.Output;

namespace SecretNu.Scans;

/// <summary>What <c>secretnu reproduce</c> computes and where it writes.</summary>
/// <param name="Campaign">The bound curves: cards, masses, acceptance, Z′ options, statistics, finder, band, samples, truth
/// and systematics. Its couplings are the recipe's (<see cref="ReproductionRecipe.Couplings"/>).</param>
/// <param name="SeedComparison">Also compute the seed-mode curves (no band) that tell which of the paper's statements hold
/// only with its simplifications; not needed when the campaign is in seed mode already.</param>
/// <param name="Directory">Output directory (it must exist and be writable).</param>
/// <param name="Execution">Checkpoints and shard; a shard computes its share of the mass points and writes no files.</param>
public sealed record ReproductionRequest(CampaignRequest Campaign, bool SeedComparison, string Directory, ScanExecution? Execution = null)
{
    /// <summary>Which figure shows what (default: the seed paper's).</summary>
    public ReproductionRecipe Recipe { get; init; } = ReproductionRecipe.SeedPaper;
}

/// <summary>The curves of a reproduction and the files written.</summary>
/// <param name="Main">The requested campaign: curves, band, reference flux calculation, input files.</param>
/// <param name="SeedMode">The seed-mode comparison curves (no band), or null.</param>
/// <param name="Realistic">The same curves under realistic systematics (no band), or null when the campaign is realistic already.</param>
/// <param name="Files">The paths written (none for a shard).</param>
/// <param name="Timing">Elapsed time from the start at the end of each stage (the stage list of summary.md).</param>
public sealed record ReproductionResult(CampaignResult Main, CampaignResult? SeedMode, CampaignResult? Realistic, IReadOnlyList<string> Files,
    IReadOnlyDictionary<string, TimeSpan> Timing);

/// <summary>
/// The seed paper's figures from first principles: Fig. 1 (fluxes with and without a Z′), the bound figures with the
/// generator band, the existing constraints and the realistic-systematics curves, their CSV, two-column and HEPData
/// files, limits.json, and summary.md with the verdicts and the paper's statements (also checked in seed mode).
/// </summary>
public static class Reproduction
{
    /// <summary>Runs the campaigns, then builds every file and writes them together (none is written if one fails).</summary>
    /// <param name="data">Data directory (hadron tables, published fluxes, cross sections).</param>
    /// <param name="request">What to compute and where to write.</param>
    /// <param name="progress">progress(description, done, total); the side campaigns' descriptions start with their name.</param>
    public static ReproductionResult Run(DataDirectory data, ReproductionRequest request, Action<string, int, int>? progress = null)
    {
        var clock = Stopwatch.StartNew();
        var (campaign, recipe, execution) = (request.Campaign, request.Recipe, request.Execution);
        if (campaign.Cards.Count == 0 || campaign.Cards[0].Kind != CardKinds.Collider)
            throw new InputException("reproduce draws Fig. 1 at its first experiment: give a collider card first (e.g. --experiment faser-nu dune-nd)");
        var main = BoundCampaign.Run(data, campaign, progress, execution);
        // the side campaigns (seed mode, realistic systematics) concern the LHC cards: a beam-dump card has neither a seed-mode
        // flux nor [realistic] nuisances
        var colliders = campaign with { Cards = [.. campaign.Cards.Where(c => c.Kind == CardKinds.Collider)] };
        var stages = new Dictionary<string, TimeSpan> { ["main campaign (fluxes, bounds, band)"] = clock.Elapsed };
        // the paper's statements are also checked with its own simplifications (seed mode, no band)
        bool seedMode = campaign.Mode == AcceptanceMode.Collinear && campaign.Options == ZPrimeOptions.Seed;
        var seed = request.SeedComparison && !seedMode
            ? BoundCampaign.Run(data, colliders with { Mode = AcceptanceMode.Collinear, Options = ZPrimeOptions.Seed, Band = false },
                Stage(progress, "seed-mode comparison curves"), execution)
            : null;
        stages["seed-mode comparison curves"] = clock.Elapsed;
        // the same curves under realistic systematics (no band), drawn beside the paper's (issue 13 point 3)
        var realistic = campaign.Systematics == Systematics.Paper
            ? BoundCampaign.Run(data, colliders with { Systematics = Systematics.Realistic, Band = false }, Stage(progress, "realistic-systematics curves"), execution)
            : null;
        stages["realistic-systematics curves"] = clock.Elapsed;
        if (execution?.Shard is not null) return new(main, seed, realistic, [], stages);

        // Fig. 1 at the first card (with the main campaign's generators), the existing constraints and the verdicts, and the
        // separation example are independent: they run side by side (each is deterministic, so the outputs do not depend on it)
        var files = new OutputFiles();
        double cl = campaign.Finder.ConfidenceLevel;
        var norm = campaign.Options.Normalisation;
        var directions = campaign.Couplings.ToDictionary(c => c.Label, c => c.Direction);
        var fig1Task = Task.Run(() => ReproductionReport.Figure1(new FluxSetup(data, campaign.Cards[0], FluxSettings.Default with { Mode = campaign.Mode }),
            main.Reference!.Generators, campaign.Mode, campaign.Options, recipe.Figure1));
        var separationTask = Task.Run(() => SeparationExample.Markdown(data, campaign.Cards[0], main, cl));
        var existing = directions.ToDictionary(kv => kv.Key, kv => ExistingBounds.For(kv.Value, campaign.Masses, norm, cl));
        // the verdicts run beside the figures, which need only the curves and the constraints (their files keep their order)
        var verdictsTask = Task.Run(() => VerdictSet.For(main.Curves, directions, norm, cl: cl));
        var seedVerdictsTask = seed is null ? null : Task.Run(() => VerdictSet.For(seed.Curves, directions, ZPrimeOptions.Seed.Normalisation, scenarios: false, cl: cl));
        var realisticVerdictsTask = realistic is null ? null : Task.Run(() => VerdictSet.For(realistic.Curves, directions, norm, scenarios: false, cl: cl));
        ReproductionReport.AddFigure1(files, Await(fig1Task));
        foreach (var figure in recipe.BoundFigures)
            ReproductionReport.AddBoundFigure(files, figure, main.Curves, campaign.Band ? main.Band : null, existing[figure.Coupling], realistic?.Curves, cl);
        var verdicts = Await(verdictsTask);
        var seedVerdicts = seedVerdictsTask is not null ? Await(seedVerdictsTask) : seedMode ? verdicts : null;
        var statements = StatementCheck.For(verdicts, seedVerdicts);
        var separation = Await(separationTask);
        var realisticVerdicts = realisticVerdictsTask is null ? null : Await(realisticVerdictsTask);
        stages["Fig. 1 fluxes, existing constraints, verdicts, the g_ee–g_eτ separation example"] = clock.Elapsed;

        files.Text("limits.json", LimitReport.Json(main.Curves, campaign.Cards, main.Reference, data, campaign.Options, campaign.Statistics, campaign.Finder,
            existing, verdicts, main.BandGenerators, main.InputFiles,
            [new("masses", $"{campaign.Masses.Count} from {campaign.Masses[0]:G4} to {campaign.Masses[^1]:G4} GeV (log-spaced, with every kinematic end point inside)")],
            statements));
        stages["figures built"] = clock.Elapsed;
        var timing = new Dictionary<string, TimeSpan>(main.Timing);
        foreach (var (stage, elapsed) in stages) timing[stage] = elapsed;
        timing["all, including figures"] = clock.Elapsed;
        files.Text("summary.md", SummaryReport.Write(main.Curves, existing, verdicts, statements, ReproductionReport.Options(campaign, main), timing, cl,
            separation, realistic?.Curves, realisticVerdicts));
        return new(main, seed, realistic, files.WriteTo(request.Directory), timing);
    }

    /// <summary>The result of a task, with its own exception (an <see cref="InputException"/> stays one) rather than an AggregateException.</summary>
    static T Await<T>(Task<T> task) => task.GetAwaiter().GetResult();

    /// <summary>The progress of a side campaign: its descriptions start with <paramref name="name"/>.</summary>
    static Action<string, int, int>? Stage(Action<string, int, int>? progress, string name) =>
        progress is null ? null : (what, done, total) => progress($"{name}: {what}", done, total);
}
