using System.CommandLine;
using SecretNu.Decays;
using SecretNu.Fluxes;
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
        { experiments, coupling, data, outDir, light, charm };
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
}
