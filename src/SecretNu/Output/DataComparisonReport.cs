using System.Globalization;
using System.Text;
using SecretNu.Measurements;
using SecretNu.Physics;

namespace SecretNu.Output;

/// <summary>
/// <c>compare-data</c>: our SM prediction on a measurement's bins beside the publication's simulated flux, cross section
/// and signal, and beside the observed counts, with our generator spread (issue 16 point 2). Writes
/// <c>&lt;measurement&gt;.md</c> and <c>.csv</c> (docs/validation/).
/// </summary>
public static class DataComparisonReport
{
    /// <summary>One bin of the comparison.</summary>
    /// <param name="Bin">The published bin.</param>
    /// <param name="Flux">Our flux through the fiducial area per fb⁻¹ [cm⁻²]: default generators, min and max over all choices.</param>
    /// <param name="Sigma">Our flux-averaged CC cross section per nucleon [cm²], default generators.</param>
    /// <param name="Signal">Our SM signal events: default, min and max over all generator choices.</param>
    public sealed record Row(MeasuredBin Bin, (double Default, double Min, double Max) Flux, double Sigma, (double Default, double Min, double Max) Signal);

    /// <summary>The rows of <paramref name="analysis"/>.</summary>
    public static IReadOnlyList<Row> Rows(ObservedAnalysis analysis)
    {
        var m = analysis.Measurement;
        var p = analysis.Prediction;
        var fluxes = analysis.Fluxes.Select(f => p.FluxPerLumi(f.Flux.Counts, analysis.Card.LuminosityFb)).ToArray();
        var signals = analysis.StandardModels.Select(m => m.Signal).ToArray();
        // flux-averaged σ = Σ Φσ / Σ Φ over the bin, from the default flux: the SM signal divided by ε N_nuc and the flux
        return [.. m.Bins.Select((b, i) => new Row(b,
            (fluxes[0][i], fluxes.Min(f => f[i]), fluxes.Max(f => f[i])),
            signals[0][i] / (b.Efficiency * p.Nucleons * fluxes[0][i] * analysis.Card.LuminosityFb),
            (signals[0][i], signals.Min(s => s[i]), signals.Max(s => s[i]))))];
    }

    /// <summary>Writes <c>&lt;measurement&gt;.md</c> and <c>.csv</c> into <paramref name="directory"/> (both built before either
    /// is written) and returns their names.</summary>
    public static IReadOnlyList<string> Write(ObservedAnalysis analysis, string directory)
    {
        var files = new[] { ($"{analysis.Measurement.Name}.md", Markdown(analysis)), ($"{analysis.Measurement.Name}.csv", Csv(analysis)) };
        foreach (var (name, text) in files) AtomicFiles.WriteText(Path.Combine(directory, name), text);
        return [.. files.Select(f => f.Item1)];
    }

    /// <summary>The table as CSV (one row per bin).</summary>
    public static string Csv(ObservedAnalysis analysis)
    {
        var csv = new StringBuilder(Provenance.CommentLine($"SM prediction vs {analysis.Measurement.Citation}", $"{analysis.Measurement.Name}.md"));
        csv.Append("bin,label,published_flux_per_cm2_fb,our_flux_per_cm2_fb,our_flux_min,our_flux_max,published_sigma_cm2,our_sigma_cm2," +
            "published_signal,our_signal,our_signal_min,our_signal_max,background,observed\n");
        foreach (var r in Rows(analysis))
            csv.Append(string.Join(',', r.Bin.Index.ToString(CultureInfo.InvariantCulture), r.Bin.Label,
                T(r.Bin.FluxPerLumi), T(r.Flux.Default), T(r.Flux.Min), T(r.Flux.Max), T(r.Bin.CrossSection), T(r.Sigma),
                T(r.Bin.PredictedSignal), T(r.Signal.Default), T(r.Signal.Min), T(r.Signal.Max), T(r.Bin.Background),
                r.Bin.Observed.ToString(CultureInfo.InvariantCulture))).Append('\n');
        return csv.ToString();
        static string T(double x) => OutputNumber.Text(x, "comparison value", "G6");
    }

    /// <summary>The comparison as markdown: the fiducial-mass derivation, the table, and the bins off by more than the
    /// published uncertainty.</summary>
    public static string Markdown(ObservedAnalysis analysis)
    {
        var inv = CultureInfo.InvariantCulture;
        var m = analysis.Measurement;
        var rows = Rows(analysis);
        var sb = new StringBuilder();
        sb.Append(inv, $"# {m.Name}: our SM prediction against {m.Citation}\n\n");
        sb.Append(inv, $"Written by `secretnu compare-data --experiment {analysis.Card.Name}`. Generators: {analysis.Fluxes[0].Generators} " +
            $"(the range is over {analysis.Fluxes.Count} choices: {string.Join("; ", analysis.Fluxes.Select(f => f.Generators.ToString()))}). " +
            $"Face {analysis.Card.WidthM} m × {analysis.Card.HeightM} m at {analysis.Card.DistanceM} m, {analysis.Card.LuminosityFb} fb⁻¹ at " +
            $"{analysis.Card.SqrtSTeV} TeV.\n\n");
        sb.Append("## Fiducial target (derived)\n\n");
        sb.Append("The tungsten mass inside the fiducial cylinder is not in any readable source (data README §3: `missing`). The publication's own " +
            "numbers fix it: per bin, S_i = ε_i Φ_i L σ_i N_nuc, with S the predicted signal (Table I), ε the total efficiency (Table II), Φ the " +
            "simulated flux per cm² per fb⁻¹ and σ the flux-averaged cross section (Table III), L the luminosity.\n\n| bin | N_nuc from this bin |\n|---|---|\n");
        foreach (var b in m.Bins)
            sb.Append(inv, $"| {b.Label} | {b.PredictedSignal / (b.Efficiency * b.FluxPerLumi * m.LuminosityFb * b.CrossSection):0.000e0} |\n");
        double n = m.DerivedNucleons;
        sb.Append(inv, $"\nCombined, N_nuc = Σ S_i / Σ ε_i Φ_i L σ_i = **{n:0.0000e0}** nucleons = **{n * Constants.AtomicMassUnitKg:F1} kg** of tungsten (computed). ");
        sb.Append("The spread between bins (±25 %) is not in N_nuc, which is one number: it is the migration between true and reconstructed energy that " +
            "the publication's simulation has and a bin-to-bin comparison without unfolding does not. The card uses the combined value; ");
        sb.Append(inv, $"the card's {analysis.Card.TargetMassT * 1e3:F1} kg gives N_nuc = {analysis.Prediction.Nucleons:0.0000e0}.\n\n");
        sb.Append("## Per bin\n\nFlux in 10⁶ ν per cm² per fb⁻¹ over the bin; σ in 10⁻³⁸ cm² per nucleon; signal in events after the published total efficiency. " +
            "Ours: default generators [min–max over the generator choices].\n\n");
        sb.Append("| bin | flux: published | ours | ratio | σ: published | ours | signal: published | ours | observed | background |\n|---|---|---|---|---|---|---|---|---|---|\n");
        foreach (var r in rows)
        {
            var b = r.Bin;
            sb.Append(inv, $"| {b.Label} | {b.FluxPerLumi / 1e6:F2} ± {b.FluxPerLumiError * b.FluxPerLumi / 1e6:F2} | {r.Flux.Default / 1e6:F2} [{r.Flux.Min / 1e6:F2}–{r.Flux.Max / 1e6:F2}] | " +
                $"{r.Flux.Default / b.FluxPerLumi:F2} | {b.CrossSection / 1e-38:F1} ± {b.CrossSectionError * b.CrossSection / 1e-38:F1} | {r.Sigma / 1e-38:F1} | " +
                $"{b.PredictedSignal:F1} ± {b.PredictedSignalError * b.PredictedSignal:F1} | {r.Signal.Default:F1} [{r.Signal.Min:F1}–{r.Signal.Max:F1}] | {b.Observed} | {b.Background:F1} |\n");
        }
        sb.Append("\n## Bins off by more than the published uncertainty\n\n");
        var off = rows.Where(r => Math.Abs(r.Flux.Default / r.Bin.FluxPerLumi - 1) > r.Bin.FluxPerLumiError).Select(r => $"flux of {r.Bin.Label}")
            .Concat(rows.Where(r => Math.Abs(r.Sigma / r.Bin.CrossSection - 1) > r.Bin.CrossSectionError).Select(r => $"σ of {r.Bin.Label}"))
            .Concat(rows.Where(r => Math.Abs(r.Signal.Default / r.Bin.PredictedSignal - 1) > r.Bin.PredictedSignalError).Select(r => $"signal of {r.Bin.Label}")).ToArray();
        sb.Append(off.Length == 0 ? "None.\n" : string.Join("\n", off.Select(o => "- " + o)) + "\n");
        return sb.ToString();
    }
}
