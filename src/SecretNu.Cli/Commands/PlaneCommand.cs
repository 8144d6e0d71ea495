using System.CommandLine;
using SecretNu.Decays;
using SecretNu.Output;
using SecretNu.Physics;
using SecretNu.Scans;

namespace SecretNu.Cli.Commands;

/// <summary><c>secretnu plane</c>: the exclusion contour in the plane of two couplings at fixed m_Z′.</summary>
public static class PlaneCommand
{
    /// <summary>The command: parses the options into a <see cref="PlaneRequest"/>, runs <see cref="PlaneCampaign.Run"/>, writes
    /// <see cref="PlaneReport.Write"/> and prints each contour.</summary>
    public static Command Create(CliContext context)
    {
        var experiment = CommonOptions.Experiment();
        var data = CommonOptions.Data();
        var couplings = new Option<string>("--couplings") { Description = "Two couplings, e.g. ee,etau (the axes g1, g2).", Required = true };
        var mass = new Option<string>("--mass") { Description = "m_Z′ with a unit, or a comma list (one contour each), e.g. 10MeV or 10MeV,100MeV.", Required = true };
        var cl = new Option<double>("--cl") { Description = "Confidence level, 0.9 or 0.95 (Δχ² = 4.605 or 5.991 for two parameters).", DefaultValueFactory = _ => 0.9 };
        var truth = new Option<string?>("--truth-coupling") { Description = "Asimov data from a Z′ with these couplings at each mass, e.g. ee=0.02,etau=0.02 (default: the SM)." };
        var outDir = new Option<string>("--out") { Description = "Output directory (plane.csv, plane.json, plane.png, plane.svg).", Required = true };
        var seed = SeedModeOptions.Create();
        var command = new Command("plane",
            "The exclusion contour in the plane of two couplings at fixed m_Z′ (two-parameter Δχ², profiled normalisation pulls as in " +
            "limit). The rates depend on the couplings through g² only, so the positive quadrant is drawn. With --truth-coupling the " +
            "allowed region around a Z′ shows whether the samples tell the two couplings apart. Writes plane.csv (mass_GeV,g1,g2, in order " +
            "around each contour), plane.json and plane.png/svg.\n\n" +
            "Examples:\n  secretnu plane --experiment faser-nu --couplings ee,etau --mass 10MeV --out out/plane\n" +
            "  secretnu plane --experiment faser2-nu-x1000 --couplings ee,etau --mass 10MeV --truth-coupling ee=0.01,etau=0.01 --out out/p")
        { experiment, data, couplings, mass, cl, truth, outDir };
        seed.AddTo(command);
        command.SetAction(parse =>
        {
            var dataDir = DataDirectory.Resolve(parse.GetValue(data));
            var card = CommonOptions.LoadCard(parse.GetValue(experiment)!);
            var axes = BoundOptions.ParseCouplings(parse.GetValue(couplings)!);
            if (axes.Count != 2 || axes.Any(a => a.Direction.Entries().Count(e => e.Value != 0) != 1))
                throw new InputException($"--couplings '{parse.GetValue(couplings)}' must name two different couplings, e.g. ee,etau");
            var pairs = axes.Select(a => a.Direction.Entries().Single(e => e.Value != 0).Name).Select(n =>
            {
                CouplingMatrix.TryParseEntry(n, out var x, out var y);
                return (x, y);
            }).ToArray();
            var masses = parse.GetValue(mass)!.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Select(t => Units.ParseZMass(t, "--mass")).ToArray();
            if (masses.Length == 0) throw new InputException("--mass names no mass");
            if (masses.Distinct().Count() != masses.Length) throw new InputException($"--mass '{parse.GetValue(mass)}' names a mass twice");
            OpenChannels.Require(axes, masses, parse.GetValue(mass)!);
            double level = CommonOptions.ConfidenceLevel(parse.GetValue(cl));
            CouplingMatrix? truthModel = parse.GetValue(truth) is string t ? CommonOptions.ForFlag("--truth-coupling", t, () => CouplingMatrix.Parse(t)) : null;
            if (truthModel is { IsZero: true }) throw new InputException("--truth-coupling has no non-zero coupling (omit it for SM truth)");
            var (mode, options) = seed.Read(parse);
            string dir = parse.GetValue(outDir)!;
            var request = new PlaneRequest(card, (axes[0].Label, pairs[0].x, pairs[0].y), (axes[1].Label, pairs[1].x, pairs[1].y), masses, level, truthModel, mode, options);
            CommonOptions.RequireWritableDirectory(dir); // an input error found while computing removes it again
            var result = new Progress(context).Run($"plane {axes[0].Label}–{axes[1].Label}", report => PlaneCampaign.Run(dataDir, request, report));
            var files = PlaneReport.Write(result, dir);
            foreach (var p in result.Contours)
                context.Out.WriteLine($"m_Z′ = {Units.FormatEnergy(p.Mass)}: {p.Points.Count} contour points; {p.Describe(axes[0].Label, axes[1].Label)}");
            context.Out.WriteLine($"wrote {string.Join(", ", files)}");
            return 0;
        });
        return command;
    }
}
