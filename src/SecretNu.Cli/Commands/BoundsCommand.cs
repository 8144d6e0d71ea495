using System.CommandLine;
using SecretNu.Bounds;
using SecretNu.Decays;
using SecretNu.Output;
using SecretNu.Scans;

namespace SecretNu.Cli.Commands;

/// <summary><c>secretnu bounds</c>: the landscape of existing constraints on a coupling, without any flux calculation.</summary>
public static class BoundsCommand
{
    /// <summary>The command: tabulates <see cref="ExistingBounds.ForCouplings"/>, writes <see cref="ConstraintReport.BoundsFiles"/> and
    /// prints how many constraints each coupling has.</summary>
    public static Command Create(CliContext context)
    {
        var coupling = new Option<string>("--coupling") { Description = "ee, emu, etau, mutau (comma list: one set each) or a direction etau=1,ee=0.5.", Required = true };
        var masses = new Option<string>("--masses") { Description = "Mass range LOW:HIGH:N or a comma list, with units; the constraints are tabulated over its range.", DefaultValueFactory = _ => "1keV:500MeV:61" };
        var outDir = new Option<string>("--out") { Description = "Output directory.", Required = true };
        var seed = CommonOptions.SeedNormalisation();
        var command = new Command("bounds",
            "The existing constraints on a coupling versus m_Z′ (computed from SecretNu's rates with each experiment's selection, or " +
            "quoted), without any flux calculation: bounds.csv (long format: constraint, source, method, computed, cl, default, mass, g), " +
            "bounds.json (with every constraint's citation, selection and status) and bounds.png/svg with every constraint labelled.\n\n" +
            "Examples:\n  secretnu bounds --coupling etau --out out/bounds\n  secretnu bounds --coupling ee,mutau --masses 1MeV:500MeV:50 --out out/b")
        { coupling, masses, outDir, seed };
        command.SetAction(parse =>
        {
            var couplings = BoundOptions.ParseCouplings(parse.GetValue(coupling)!);
            string massText = parse.GetValue(masses)!;
            var norm = parse.GetValue(seed) ? RateNormalisation.Seed : RateNormalisation.Derived;
            var existing = ExistingBounds.ForCouplings(couplings, MassGrid.Parse(massText), norm, massText);
            var files = ConstraintReport.BoundsFiles(existing, norm, massText); // built before the directory is made
            string dir = parse.GetValue(outDir)!;
            CommonOptions.RequireWritableDirectory(dir);
            var written = files.WriteTo(dir);
            foreach (var (label, list) in existing)
                context.Out.WriteLine($"g_{label}: {list.Count} constraints ({list.Count(b => b.Default)} in the default envelope)");
            context.Out.WriteLine($"wrote {string.Join(", ", written)}");
            return 0;
        });
        return command;
    }
}
