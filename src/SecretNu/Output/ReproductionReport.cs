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
    /// <param name="figure1">Their contents (<see cref="Figure1"/>).</param>
    public static void AddFigure1(OutputFiles files, Figure1Files figure1) =>
        files.Figure("fig1", figure1.Png, figure1.Svg).Text("fig1.csv", figure1.Csv).Text("fig1.json", figure1.Json);

    /// <summary>
    /// The contents of fig1.png/svg, fig1.csv and fig1.json for a Z′ model at a card (its flux calculation with these generators,
    /// acceptance and options). They are kept in the persistent cache, keyed by the exact build and everything they show or are
    /// computed from: the card as fig1.json echoes it and its physics, the data folder, every hadron table with its SHA-256,
    /// generators, acceptance, settings, options, energy bins and the model. Building them needs the flux measures and a Z′ flux
    /// (0.25–0.3 s of a warm run otherwise).
    /// </summary>
    public static Figure1Files Figure1(FluxSetup setup, GeneratorChoice generators, AcceptanceMode mode, ZPrimeOptions options, Physics.ZPrimeModel model)
    {
        var calc = new FluxCalculation(setup, generators, mode, options); // builds nothing until its fluxes are asked for
        static string R(double x) => PlainTextLines.Format(x);
        // the calculation's lines, and what fig1.json shows besides: the card as echoed, the data folder, the inputs' names
        string key = CacheFile.Key([Figure1Magic, .. BoundCampaign.CalculationKeyParts(calc, null), JsonOutput.Serialize(JsonOutput.CardElement(setup.Card)),
            setup.Data.Root, JsonOutput.Serialize(Provenance.Inputs(setup.Data, calc.InputFiles)),
            $"model {R(model.Mass)}: {string.Join(",", model.Couplings.Entries().Select(e => $"{e.Name}={R(e.Value)}"))}"]);
        string? path = CacheFile.PathOf(key, ".fig1");
        if (path is not null && CacheFile.TryRead(path, Figure1Magic, key, Figure1Files.Read) is { } cached) return cached;
        var (c, m, z) = ModelFlux.Of(calc, model);
        var (png, svg) = FluxReport.Figure1(c, m, z).Render();
        var files = new Figure1Files(
            Provenance.CommentLine("Fig. 1: neutrinos through the FASERν face per energy bin", "fig1.json") + FluxReport.Csv(c, z),
            FluxReport.Json(c, m, z), png, svg);
        if (path is not null) CacheFile.TryWrite(path, Figure1Magic, key, files.Write);
        return files;
    }

    const string Figure1Magic = "secretnu figure 1 v1";

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

/// <summary>The contents of Fig. 1's files (<see cref="ReproductionReport.Figure1"/>).</summary>
/// <param name="Csv">fig1.csv</param>
/// <param name="Json">fig1.json</param>
/// <param name="Png">fig1.png</param>
/// <param name="Svg">fig1.svg</param>
public sealed record Figure1Files(string Csv, string Json, byte[] Png, byte[] Svg)
{
    internal void Write(BinaryWriter w)
    {
        w.Write(Csv);
        w.Write(Json);
        CacheFile.WriteBytes(w, Png);
        CacheFile.WriteBytes(w, Svg);
    }

    internal static Figure1Files? Read(BinaryReader r)
    {
        string csv = r.ReadString(), json = r.ReadString();
        return CacheFile.ReadBytes(r) is { } png && CacheFile.ReadBytes(r) is { } svg ? new(csv, json, png, svg) : null;
    }
}
