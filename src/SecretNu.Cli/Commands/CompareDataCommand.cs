using System.CommandLine;
using SecretNu.Fluxes;
using SecretNu.Measurements;
using SecretNu.Output;

namespace SecretNu.Cli.Commands;

/// <summary><c>secretnu compare-data</c>: our SM prediction on a published measurement's bins beside the publication's (issue 16).</summary>
public static class CompareDataCommand
{
    /// <summary>The command.</summary>
    public static Command Create(CliContext context)
    {
        var experiment = CommonOptions.Experiment();
        var data = CommonOptions.Data();
        var outDir = new Option<string>("--out") { Description = "Directory for <measurement>.md and .csv.", DefaultValueFactory = _ => Path.Combine("docs", "validation") };
        var command = new Command("compare-data",
            "Set our Standard-Model prediction on the bins of the card's published measurement ([data] measurement) beside the " +
            "publication's simulated flux, cross section and signal, and beside the observed counts, with our generator spread; " +
            "derives the fiducial target from the publication's own numbers. Writes <measurement>.{md,csv}.\n\n" +
            "Example:\n  secretnu compare-data --experiment faser-2025-numu")
        { experiment, data, outDir };
        command.SetAction(parse =>
        {
            var setup = CommonOptions.Setup(parse.GetValue(experiment)!, parse.GetValue(data));
            string dir = parse.GetValue(outDir)!;
            CommonOptions.RequireWritableDirectory(dir);
            var analysis = new Progress(context).Run($"SM prediction for {setup.Card.Name}",
                _ => new ObservedAnalysis(setup.Data, setup.Card, ZPrimeOptions.Default));
            var files = DataComparisonReport.Write(analysis, dir);
            foreach (var r in DataComparisonReport.Rows(analysis))
                context.Out.WriteLine($"  {r.Bin.Label,-30} flux ours/published {r.Flux.Default / r.Bin.FluxPerLumi:F2}, signal ours {r.Signal.Default:F1} " +
                    $"[{r.Signal.Min:F1}–{r.Signal.Max:F1}] / published {r.Bin.PredictedSignal:F1}, observed {r.Bin.Observed}");
            var (chi2, dof, p) = analysis.StandardModelFit();
            context.Out.WriteLine($"SM-only fit of the observed counts: chi2 = {chi2:F2} for {dof} bins, p = {p:F3}; wrote {string.Join(", ", files)} to {dir}");
            return 0;
        });
        return command;
    }
}
