using System.Text.Json;
using System.Text.Json.Serialization;
using SecretNu.Physics;

namespace SecretNu.Scans;

/// <summary>
/// What <c>secretnu reproduce</c> draws, as data: the experiment cards of the bound figures, the Z′ of Fig. 1 (its
/// flux at the first card) and which coupling each bound figure shows. <see cref="SeedPaper"/> is the seed paper's.
/// </summary>
/// <param name="Experiments">Card names of the bound figures (the first drawn solid, the others dashed; Fig. 1 shows the first).</param>
/// <param name="Figure1">The Z′ of Fig. 1: m_Z′ [GeV] and couplings.</param>
/// <param name="BoundFigures">The bound figures, in the order written.</param>
public sealed record ReproductionRecipe(IReadOnlyList<string> Experiments, ZPrimeModel Figure1, IReadOnlyList<BoundFigureRecipe> BoundFigures)
{
    const string ResourceName = "SecretNu.Scans.reproduce-seed-paper.json";

    // before SeedPaper: static initialisers run in textual order
    static readonly JsonSerializerOptions Options = InputJson.Strict();


    /// <summary>The seed paper's figures (embedded Scans/reproduce-seed-paper.json): Fig. 1 at FASERν for m_Z′ = 10 MeV,
    /// g_ee = g_eτ = g_μτ = 10⁻³; Figs. 2–5 the bounds on g_eτ, g_ee, g_μτ, g_eμ for FASERν and FASER2ν ×100, ×1000.</summary>
    public static ReproductionRecipe SeedPaper { get; } = ReadEmbedded();

    static ReproductionRecipe ReadEmbedded()
    {
        using var stream = typeof(ReproductionRecipe).Assembly.GetManifestResourceStream(ResourceName)
            ?? throw new InvalidOperationException($"embedded resource {ResourceName} is missing");
        using var reader = new StreamReader(stream);
        return Parse(reader.ReadToEnd(), ResourceName);
    }

    /// <summary>Reads a recipe file (the form of Scans/reproduce-seed-paper.json).</summary>
    /// <exception cref="InputException">Missing or unreadable file, malformed JSON, an unknown or missing field, no experiment,
    /// a bad mass or coupling, a figure number given twice.</exception>
    public static ReproductionRecipe Read(string path) => Parse(InputText.Read(path, "the recipe"), path);

    /// <summary>Parses and checks recipe text; <paramref name="source"/> names it in messages.</summary>
    public static ReproductionRecipe Parse(string json, string source)
    {
        Document doc;
        try
        {
            doc = JsonSerializer.Deserialize<Document>(json, Options) ?? throw new InputException("the recipe is empty", source);
        }
        catch (JsonException e)
        {
            throw new InputException($"not a reproduce recipe: {e.Message}", source, e.LineNumber is long l ? (int)l + 1 : null, e);
        }
        if (doc.Experiments.Count == 0) throw new InputException("the recipe names no experiment", source);
        if (doc.BoundFigures.Count == 0) throw new InputException("the recipe has no bound figure", source);
        if (doc.BoundFigures.GroupBy(f => f.Number).FirstOrDefault(g => g.Count() > 1) is { } twice)
            throw new InputException($"figure {twice.Key} is given twice", source);
        if (doc.BoundFigures.FirstOrDefault(f => f.Number < 1) is { } bad) throw new InputException($"figure number {bad.Number} must be ≥ 1", source);
        double mass;
        CouplingMatrix fig1;
        try
        {
            mass = Units.ParseZMass(doc.Figure1.Mass, "figure1.mass");
            fig1 = CouplingMatrix.Parse(doc.Figure1.Couplings);
            foreach (var f in doc.BoundFigures) _ = f.Direction; // each coupling name must parse
        }
        catch (Exception e) when (e is InputException or FormatException or ArgumentException)
        {
            throw new InputException($"recipe: {e.Message}", source, null, e);
        }
        return new ReproductionRecipe(doc.Experiments, new ZPrimeModel(mass, fig1), doc.BoundFigures);
    }

    sealed record Document(IReadOnlyList<string> Experiments, Figure1Document Figure1, IReadOnlyList<BoundFigureRecipe> BoundFigures,
        [property: JsonPropertyName("_comment")] string? Comment = null);

    sealed record Figure1Document(string Mass, string Couplings);

    /// <summary>The coupling of each bound figure with its unit direction (one bound curve per card each).</summary>
    public IReadOnlyList<(string Label, CouplingMatrix Direction)> Couplings => BoundFigures.Select(f => (f.Coupling, f.Direction)).ToArray();
}

/// <summary>One bound figure of a <see cref="ReproductionRecipe"/>: fig&lt;Number&gt;.png/svg/csv shows the bound on one coupling.</summary>
/// <param name="Number">The figure's number in the paper (2–5 for the seed's).</param>
/// <param name="Coupling">The coupling's name: ee, emu, etau, mumu, mutau or tautau.</param>
public sealed record BoundFigureRecipe(int Number, string Coupling)
{
    /// <summary>The unit direction of the coupling (that entry 1, the others 0).</summary>
    public CouplingMatrix Direction => CouplingMatrix.Parse($"{Coupling}=1");

    /// <summary>The figure's title, e.g. "Fig. 2: bound on g_{eτ}" (figure markup).</summary>
    public string Title => $"Fig. {Number}: bound on {Output.BoundFigure.CouplingMarkup(Coupling)}";
}
