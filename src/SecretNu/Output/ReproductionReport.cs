using SecretNu.Bounds;
using SecretNu.Fluxes;
using SecretNu.Scans;

namespace SecretNu.Output;

/// <summary>The figure files of <c>secretnu reproduce</c> (<see cref="Reproduction"/>): Fig. 1 and each bound figure with
/// its tables, and the options paragraph of summary.md.</summary>
public static class ReproductionReport
{
    /// <summary>Adds fig1.png/svg, fig1.csv and fig1.json: the neutrinos through the first card's face, SM and SM + Z′.</summary>
    /// <param name="files">Where the files are added.</param>
    /// <param name="flux">The SM and Z′ fluxes of the recipe's Fig. 1 model.</param>
    public static void AddFigure1(OutputFiles files, ModelFlux flux)
    {
        var (calc, model, z) = flux;
        files.Figure("fig1", FluxReport.Figure1(calc, model, z))
            .Text("fig1.csv", Provenance.CommentLine("Fig. 1: neutrinos through the FASERν face per energy bin", "fig1.json") + FluxReport.Csv(calc, z))
            .Text("fig1.json", FluxReport.Json(calc, model, z));
    }

    /// <summary>Adds one bound figure: fig&lt;N&gt;.png/svg, fig&lt;N&gt;.csv, fig&lt;N&gt;-existing.csv, fig&lt;N&gt;-realistic.csv (with
    /// realistic curves), and the two-column and HEPData files of each of its curves.</summary>
    /// <param name="files">Where the files are added.</param>
    /// <param name="figure">Its number and coupling.</param>
    /// <param name="curves">Every bound curve of the reproduction (those of the figure's coupling are drawn).</param>
    /// <param name="band">The generator-band curves, or null for none.</param>
    /// <param name="existing">The existing constraints on the figure's coupling.</param>
    /// <param name="realistic">The curves under realistic systematics, or null.</param>
    /// <param name="cl">Confidence level of the bounds (0.9 or 0.95).</param>
    public static void AddBoundFigure(OutputFiles files, BoundFigureRecipe figure, IReadOnlyList<LimitCurve> curves, IReadOnlyList<LimitCurve>? band,
        IReadOnlyList<ExistingBound> existing, IReadOnlyList<LimitCurve>? realistic, double cl)
    {
        var (number, coupling) = figure;
        var shown = curves.Where(c => c.Coupling == coupling).ToArray();
        var shownBand = band?.Where(c => c.Coupling == coupling).ToArray();
        var shownRealistic = realistic?.Where(c => c.Coupling == coupling).ToArray();
        files.Figure($"fig{number}", BoundFigure.Create(coupling, shown, shownBand, existing, figure.Title, cl, shownRealistic));
        if (shownRealistic is not null)
            files.Text($"fig{number}-realistic.csv", Provenance.CommentLine($"Fig. {number}: {cl:P0} CL bounds on g_{coupling} under realistic systematics (docs/statistics.md)", "limits.json") +
                LimitReport.Csv(shownRealistic, null));
        files.Text($"fig{number}.csv", Provenance.CommentLine($"Fig. {number}: {cl:P0} CL bounds on g_{coupling}", "limits.json") + LimitReport.Csv(shown, shownBand))
            .Text($"fig{number}-existing.csv", Provenance.CommentLine($"Fig. {number}: existing constraints on g_{coupling}", "limits.json") +
                ConstraintReport.Csv(new Dictionary<string, IReadOnlyList<ExistingBound>> { [coupling] = existing }));
        foreach (var c in shown)
            files.Text($"{LimitReport.FileStem(c)}.txt", LimitReport.TwoColumn(c, "limits.json"))
                .Text($"{LimitReport.FileStem(c)}.yaml", HepDataYaml.Curve(c, cl, "limits.json"));
    }

    /// <summary>The first paragraph of summary.md: generators (and the band's), acceptance, Z′ options and statistics.</summary>
    /// <param name="request">The main campaign's request (acceptance, Z′ options, statistics, systematics).</param>
    /// <param name="main">Its result (the generators of the curves and of the band).</param>
    public static string Options(CampaignRequest request, CampaignResult main) =>
        $"Generators: {main.Reference!.Generators} (band: {string.Join("; ", main.BandGenerators)}); acceptance " +
        $"{(request.Mode == AcceptanceMode.Exact ? "exact" : "collinear")}; Z′ options: {string.Join(", ", request.Options.Describe().Select(kv => $"{kv.Key} = {kv.Value}"))}; " +
        $"statistics ({request.Systematics.ToString().ToLowerInvariant()}): {string.Join(", ", request.Statistics.Describe().Select(kv => $"{kv.Key} = {kv.Value}"))}.";
}
