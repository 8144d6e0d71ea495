using System.CommandLine;
using SecretNu.Decays;
using SecretNu.Output;
using Spectre.Console;

namespace SecretNu.Cli.Commands;

/// <summary><c>secretnu widths</c>: SM two-body and new three-body rates of every open channel at one m_Z′.</summary>
public static class WidthsCommand
{
    public static Command Create(CliContext context)
    {
        var mass = CommonOptions.Mass();
        var format = CommonOptions.Format("table", "json");
        var seed = CommonOptions.SeedNormalisation();
        var outFile = CommonOptions.OutFile();
        var command = new Command("widths",
            "Widths and branching fractions of M⁺ → ℓ⁺ν (SM, tree level) and M⁺ → ℓ⁺νZ′ (per unit Σ_β g_αβ²) for every open " +
            "(meson, lepton) pair, with the Z′ helicity fractions and mean rest-frame energies, plus the Z′ width.\n\n" +
            "Examples:\n  secretnu widths --mass 10MeV\n  secretnu widths --mass 1keV --format json\n" +
            "  secretnu widths --mass 0.3GeV --seed-normalisation")
        { mass, format, seed, outFile };
        command.SetAction(parse =>
        {
            string massText = parse.GetValue(mass)!;
            double m = CommonOptions.ParseMass(massText);
            CommonOptions.RequireOutFile(parse.GetValue(outFile));
            var norm = parse.GetValue(seed) ? RateNormalisation.Seed : RateNormalisation.Derived;
            var report = CommonOptions.ForFlag("--mass", massText, () => WidthsReport.Compute(m, norm));
            string text = parse.GetValue(format) == "json" ? report.ToJson() : RenderTable(report);
            CommonOptions.Emit(text, parse.GetValue(outFile), context.Out);
            return 0;
        });
        return command;
    }

    static string RenderTable(WidthsReport r)
    {
        var writer = new StringWriter();
        var console = AnsiConsole.Create(new AnsiConsoleSettings
        {
            Out = new AnsiConsoleOutput(writer), Ansi = AnsiSupport.No, ColorSystem = ColorSystemSupport.NoColors,
        });
        console.Profile.Width = 160;
        static string F(double x, string quantity) => OutputNumber.Text(x, quantity, "G5");
        static string F5(double x, string quantity) => OutputNumber.Text(x, quantity, "F5");
        var table = new Table().Border(TableBorder.Simple);
        foreach (string h in new[] { "channel", "Γ_SM [GeV]", "BR_SM", "Γ₃/g² [GeV]", "BR₃/g²", "f(0)", "f(+1)", "f(−1)", "⟨E_ℓ⟩ [GeV]", "⟨E_ν⟩ [GeV]", "⟨E_Z′⟩ [GeV]" })
            table.AddColumn(new TableColumn(new Text(h)).RightAligned());
        foreach (var c in r.Channels)
            table.AddRow(new[] { $"{c.Meson} → {c.Lepton} ν Z′", F(c.SmWidth, "Γ_SM"), F(c.SmBranchingFraction, "BR_SM"), F(c.WidthPerG2, "Γ₃/g²"),
                F(c.BranchingFractionPerG2, "BR₃/g²"), F5(c.Longitudinal, "f(0)"), F5(c.Plus, "f(+1)"), F5(c.Minus, "f(−1)"),
                F5(c.MeanLepton, "⟨E_ℓ⟩"), F5(c.MeanNeutrino, "⟨E_ν⟩"), F5(c.MeanZ, "⟨E_Z′⟩") }
                .Select(x => (Spectre.Console.Rendering.IRenderable)new Text(x)));
        console.Write(new Text($"m_Z′ = {SecretNu.Physics.Units.FormatEnergy(r.Mass)} ({OutputNumber.Text(r.Mass, "m_Z′")} GeV), normalisation: {r.Normalisation.Name()}; secretnu {BuildInfo.Version}\n"));
        console.Write(table);
        console.Write(new Text($"Z′ → νν̄ width per g²: {F(r.ZWidthDiagonal, "Z′ width (diagonal)")} GeV (diagonal g_αα), {F(r.ZWidthOffDiagonal, "Z′ width (off-diagonal)")} GeV (off-diagonal g_αβ = g_βα)\n"));
        console.Write(new Text("Closed channels are omitted. Rates per unit Σ_β g_αβ² for the charged lepton α of the channel.\n"));
        return writer.ToString();
    }
}
