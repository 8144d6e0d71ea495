using System.CommandLine;
using SecretNu.Bounds;
using SecretNu.Decays;
using SecretNu.Output;
using SecretNu.Physics;

namespace SecretNu.Cli.Commands;

/// <summary><c>secretnu bounds</c>: the landscape of existing constraints on a coupling, without any flux calculation.</summary>
public static class BoundsCommand
{
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
            var grid = BoundOptions.ParseMasses(massText);
            var norm = parse.GetValue(seed) ? RateNormalisation.Seed : RateNormalisation.Derived;
            var existing = couplings.ToDictionary(c => c.Label, c => ExistingBounds.For(c.Direction, grid, norm));
            foreach (var (label, list) in existing)
                if (list.Count == 0)
                    throw new InputException($"--masses '{massText}': no existing constraint on g_{label} covers {Units.FormatEnergy(grid.Min())}–{Units.FormatEnergy(grid.Max())}");
            string dir = parse.GetValue(outDir)!;
            // every text and figure is built before the directory is made
            string csv = Provenance.CommentLine("existing constraints, long format", "bounds.json") + ConstraintReport.Csv(existing);
            string json = ConstraintReport.BoundsJson(existing, norm, massText);
            var figures = existing.Select(kv => (Stem: existing.Count == 1 ? "bounds" : $"bounds-{kv.Key}", Figure: BoundFigure.Constraints(kv.Key, kv.Value))).ToArray();
            CommonOptions.RequireWritableDirectory(dir);
            AtomicFiles.WriteText(Path.Combine(dir, "bounds.csv"), csv);
            AtomicFiles.WriteText(Path.Combine(dir, "bounds.json"), json);
            foreach (var (stem, figure) in figures) figure.Save(Path.Combine(dir, stem), BoundFigure.Width, BoundFigure.Height);
            foreach (var (label, list) in existing)
                context.Out.WriteLine($"g_{label}: {list.Count} constraints ({list.Count(b => b.Default)} in the default envelope)");
            context.Out.WriteLine($"wrote {string.Join(", ", new[] { "bounds.csv", "bounds.json" }.Concat(figures.SelectMany(f => new[] { f.Stem + ".png", f.Stem + ".svg" })).Select(f => Path.Combine(dir, f)))}");
            return 0;
        });
        return command;
    }
}
