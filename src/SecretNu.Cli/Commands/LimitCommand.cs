using System.CommandLine;
using SecretNu.Decays;
using SecretNu.Fluxes;
using SecretNu.Measurements;
using SecretNu.Output;
using SecretNu.Scans;

namespace SecretNu.Cli.Commands;

/// <summary><c>secretnu limit</c>: 90 % CL bound curves for experiments and couplings.</summary>
public static class LimitCommand
{
    /// <summary>The command: parses the options into a <see cref="CampaignRequest"/>, runs <see cref="BoundCampaign.Run"/>, writes
    /// <see cref="LimitReport.Write"/> and prints each curve's bounds at 1, 10 and 100 MeV.</summary>
    public static Command Create(CliContext context)
    {
        var experiments = new Option<string[]>("--experiment")
        {
            Description = "Experiment card(s); several give one curve each (e.g. --experiment faser-nu faser2-nu-x100).",
            DefaultValueFactory = _ => ["faser-nu"],
            AllowMultipleArgumentsPerToken = true,
        };
        var coupling = new Option<string>("--coupling") { Description = "ee, emu, etau, mutau (comma list: one curve each) or a direction etau=1,ee=0.5.", Required = true };
        var data = CommonOptions.Data();
        var outDir = new Option<string>("--out") { Description = "Output directory.", Required = true };
        var light = new Option<string?>("--generator") { Description = "Light-hadron generator (default: the card's first)." };
        var charm = new Option<string?>("--charm-generator") { Description = "Charm generator (default: the card's first)." };
        var observed = new Option<bool>("--observed")
        {
            Description = "Bounds from the card's published measurement ([data] measurement, e.g. --experiment faser-2025-numu): the observed " +
                "bound (g90_observed) beside the expected one (g90: Asimov, SM truth) with its 16–84 % band, the best fit and the SM goodness of " +
                "fit; Poisson on the observed counts with the published background and efficiencies (docs/observed.md).",
        };
        var toys = new Option<int>("--toys") { Description = "With --observed: SM pseudo-data sets per mass for the expected band (0–10000; 0: no band).", DefaultValueFactory = _ => 100 };
        var seed = SeedModeOptions.Create();
        var bound = new BoundOptions();
        var scanOptions = new ScanOptions();
        var command = new Command("limit",
            "90 % CL upper bounds on a coupling versus m_Z′ (Asimov data, per-bin Gaussian/Poisson χ² with a profiled 10 % flux " +
            "normalisation per flavour sample, Δχ² = 2.70554). Writes limit.csv (with diagnostics), one two-column text file per " +
            "curve (mass [GeV], coupling), limit.json (metadata) and limit.png/svg.\n\n" +
            "Examples:\n  secretnu limit --experiment faser-nu --coupling etau --out out/etau\n" +
            "  secretnu limit --experiment faser-nu faser2-nu-x100 faser2-nu-x1000 --coupling ee,mutau --masses 1MeV:300MeV:31 --out out/l\n" +
            "  secretnu limit --experiment faser-nu --coupling etau=1,ee=0.5 --poisson --common-pull --out out/dir")
        { experiments, coupling, data, outDir, light, charm, observed, toys };
        seed.AddTo(command);
        bound.AddTo(command);
        scanOptions.AddTo(command);
        command.SetAction(parse =>
        {
            var dataDir = DataDirectory.Resolve(parse.GetValue(data));
            var cards = CommonOptions.LoadCards(parse.GetValue(experiments)!);
            var couplings = BoundOptions.ParseCouplings(parse.GetValue(coupling)!);
            var masses = MassGrid.Parse(parse.GetValue(bound.Masses)!);
            OpenChannels.Require(couplings, masses, parse.GetValue(bound.Masses)!);
            var (mode, options) = seed.Read(parse);
            if (parse.GetValue(observed)) return Observed(context, parse, dataDir, cards, couplings, masses, options, bound.Finder(parse), parse.GetValue(toys), parse.GetValue(outDir)!);
            if (parse.GetResult(toys) is { Implicit: false }) throw new InputException("--toys needs --observed");
            GeneratorChoice? gens = parse.GetValue(light) is null && parse.GetValue(charm) is null ? null
                : CommonOptions.Generators(dataDir, cards, parse.GetValue(light), parse.GetValue(charm));
            var request = new CampaignRequest(cards, couplings, masses, mode, options, bound.Statistics(parse), bound.Finder(parse),
                gens, Band: !parse.GetValue(bound.NoBand), Flavours: bound.Flavours(parse), TruthScale: bound.Truth(parse), Systematics: bound.Systematics(parse));
            string dir = parse.GetValue(outDir)!;
            CommonOptions.RequireWritableDirectory(dir);
            var execution = scanOptions.Read(parse, dir, context);
            var result = new Progress(context).Run("bounds", report => BoundCampaign.Run(dataDir, request, report, execution));
            if (execution.Shard is not null) return ScanOptions.CompleteShard(context, execution, dir, result.InputFiles, dataDir);
            var files = LimitReport.Write(result, request, dir, "limit");
            foreach (var c in result.Curves)
                context.Out.WriteLine($"{c.Experiment} g_{c.Coupling}: {c.Points.Count(p => p.Coupling is not null)}/{c.Points.Count} masses with a bound; " +
                    string.Join(", ", new[] { 1e-3, 1e-2, 0.1 }.Select(m => $"{m * 1e3:G3} MeV: {LimitReport.AtText(c, m)}")));
            context.Out.WriteLine($"wrote {string.Join(", ", files)}");
            ScanOptions.Finish(context, execution);
            return 0;
        });
        return command;
    }

    /// <summary>Options of the projection likelihood that the observed likelihood does not take.</summary>
    static readonly string[] NotWithObserved = ["--poisson", "--variance-prediction", "--common-pull", "--normalisation-uncertainty", "--tilt",
        "--samples", "--truth-coupling", "--systematics", "--generator", "--charm-generator", "--shard", "--resume", "--no-band"];

    static int Observed(CliContext context, System.CommandLine.ParseResult parse, DataDirectory data, Detection.ExperimentCard[] cards,
        IReadOnlyList<(string Label, Physics.CouplingMatrix Direction)> couplings, IReadOnlyList<double> masses, ZPrimeOptions options,
        Statistics.LimitFinderOptions finder, int toys, string dir)
    {
        if (parse.Tokens.FirstOrDefault(t => NotWithObserved.Contains(t.Value)) is { } clash)
            throw new InputException($"--observed uses the measurement's own likelihood (docs/observed.md): it does not combine with {clash.Value}");
        if (cards.Length != 1) throw new InputException($"--observed takes one card with a measurement, not {cards.Length}");
        if (cards[0].Measurement is null)
            throw new InputException($"--observed: card '{cards[0].Name}' has no [data] measurement (cards with data: faser-2025-numu)", cards[0].SourcePath);
        if (toys is < 0 or > 10000) throw new InputException($"--toys {toys}: give 0 to 10000");
        CommonOptions.RequireWritableDirectory(dir);
        var results = couplings.Select(c => new Progress(context).Run($"observed bounds on g_{c.Label}", report =>
            ObservedScan.Run(data, new ObservedRequest(cards[0], c.Label, c.Direction, masses, finder, toys, options), (done, total) => report("mass points", done, total)))).ToArray();
        var files = ObservedReport.Write(results, data, dir);
        foreach (var r in results) context.Out.WriteLine(ObservedReport.Headline(r));
        context.Out.WriteLine($"wrote {string.Join(", ", files.Select(Path.GetFileName))}");
        return 0;
    }
}
