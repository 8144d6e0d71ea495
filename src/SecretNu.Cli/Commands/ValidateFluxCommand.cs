using System.CommandLine;
using SecretNu.Fluxes;
using SecretNu.Output;
using SecretNu.Physics;

namespace SecretNu.Cli.Commands;

/// <summary><c>secretnu validate-flux</c>: our SM fluxes against the published files of the card's detector.</summary>
public static class ValidateFluxCommand
{
    public static Command Create(CliContext context)
    {
        var experiment = CommonOptions.Experiment();
        var data = CommonOptions.Data();
        var outDir = new Option<string>("--out") { Description = "Directory for the table, summary and overlay plot.", DefaultValueFactory = _ => Path.Combine("docs", "validation") };
        var command = new Command("validate-flux",
            "Compute the Standard-Model neutrino fluxes through the card's detector face from the forward hadron tables (every " +
            "light × charm generator of the card) and compare them with the published flux files: per-flavour totals, the " +
            "generator envelope and per-bin ratios. Writes flux-<experiment>.{csv,json,md,png,svg}.\n\n" +
            "Examples:\n  secretnu validate-flux --experiment faser-nu\n  secretnu validate-flux --experiment snd-lhc --out /tmp/val")
        { experiment, data, outDir };
        command.SetAction(parse =>
        {
            var setup = CommonOptions.Setup(parse.GetValue(experiment)!, parse.GetValue(data));
            string dir = parse.GetValue(outDir)!;
            CommonOptions.RequireWritableDirectory(dir);
            var v = new Progress(context).Run($"fluxes for {setup.Card.Name}", report => FluxValidation.Run(setup, report));
            var files = FluxValidationReport.Write(v, dir);
            context.Out.WriteLine($"{setup.Card.Name}: ours ({v.Default}) / published ({setup.Card.PublishedLabel}), ν+ν̄ totals:");
            foreach (var f in FlavorExtensions.AllFlavors)
            {
                var (worst, bin) = v.WorstBin(f);
                context.Out.WriteLine($"  {f.Name(),-4} ratio {v.Ratio(v.Default, f):F3} (tolerance ±{FluxValidation.TotalTolerance(f):P0}), " +
                    $"published inside generator envelope: {(v.InsideEnvelope(f) ? "yes" : "NO")}, worst bin 50 GeV–3 TeV: ×{worst:F2}");
            }
            context.Out.WriteLine($"checks: {(v.Passes ? "pass" : "FAIL")}; wrote {string.Join(", ", files)}");
            return 0;
        });
        return command;
    }
}
