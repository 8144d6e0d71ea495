using System.Text.Json;

namespace SecretNu.Bounds;

/// <summary>
/// The existing constraints of src/SecretNu/Bounds/constraints.json (embedded), read once and validated: unknown
/// fields, methods, mesons, leptons or selection variables, missing parameters of a method, a variant of an unknown
/// id, a CL outside (0, 1), a non-finite or non-positive limit are refused with the constraint's id.
/// </summary>
public static class ConstraintCatalog
{
    const string ResourceName = "SecretNu.Bounds.constraints.json";

    static readonly Lazy<IReadOnlyList<ConstraintEntry>> Entries = new(() =>
    {
        using Stream stream = typeof(ConstraintCatalog).Assembly.GetManifestResourceStream(ResourceName)
            ?? throw new InvalidOperationException($"embedded resource {ResourceName} is missing");
        return Parse(stream, ResourceName);
    });

    /// <summary>Every constraint of the embedded file, in file order.</summary>
    public static IReadOnlyList<ConstraintEntry> All => Entries.Value;

    /// <summary>
    /// The catalog at a confidence level: every constraint built from a Gaussian measurement (ratio, N_ν, universality)
    /// is restated at <paramref name="cl"/> (z = Φ⁻¹(cl)); published limits and quoted curves keep their own CL, which
    /// every output states (they cannot be converted without the experiment's likelihood).
    /// </summary>
    public static IReadOnlyList<ConstraintEntry> AtCl(double cl) =>
        cl == ConstraintEvaluator.TargetCl ? All : All.Select(c => c.Measurement is not null ? c with { Cl = cl } : c).ToArray();

    /// <summary>The constraint with this id.</summary>
    public static ConstraintEntry Get(string id) =>
        All.FirstOrDefault(c => c.Id == id) ?? throw new KeyNotFoundException($"no existing constraint '{id}'");

    /// <summary>The file's JSON conventions (snake_case, no unknown fields); also used to write entries back out.</summary>
    public static readonly JsonSerializerOptions JsonOptions = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower,
        UnmappedMemberHandling = System.Text.Json.Serialization.JsonUnmappedMemberHandling.Disallow,
        ReadCommentHandling = JsonCommentHandling.Skip,
        AllowTrailingCommas = false,
        DefaultIgnoreCondition = System.Text.Json.Serialization.JsonIgnoreCondition.WhenWritingNull,
        Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    /// <summary>Reads and validates a constraints file; <paramref name="source"/> names it in messages.</summary>
    public static IReadOnlyList<ConstraintEntry> Parse(Stream json, string source)
    {
        ConstraintCatalogFile file;
        try
        {
            using var doc = JsonDocument.Parse(json, new JsonDocumentOptions { CommentHandling = JsonCommentHandling.Skip });
            var root = doc.RootElement;
            // a top-level "_comment" is documentation
            file = new ConstraintCatalogFile
            {
                Constraints = root.GetProperty("constraints").Deserialize<List<ConstraintEntry>>(JsonOptions)
                    ?? throw new InputException("no 'constraints' list", source),
            };
        }
        catch (Exception e) when (e is JsonException or KeyNotFoundException or InvalidOperationException)
        {
            throw new InputException($"malformed constraints file: {e.Message}", source, null, e);
        }
        var ids = new HashSet<string>(StringComparer.Ordinal);
        foreach (var c in file.Constraints)
        {
            if (!ids.Add(c.Id)) throw new InputException($"constraint '{c.Id}' appears twice", source);
            Validate(c, source);
        }
        foreach (var c in file.Constraints)
            if (c.VariantOf is string v && !ids.Contains(v)) throw new InputException($"constraint '{c.Id}': variant_of '{v}' is not a constraint", source);
        return file.Constraints;
    }

    static void Validate(ConstraintEntry c, string source)
    {
        void Require(bool ok, string what)
        {
            if (!ok) throw new InputException($"constraint '{c.Id}': {what}", source);
        }
        Require(ConstraintMethod.All.Contains(c.Method), $"unknown method '{c.Method}' (known: {string.Join(", ", ConstraintMethod.All)})");
        Require(c.Cl is > 0 and < 1, $"cl {c.Cl} must be in (0, 1)");
        Require(c.Status is "confirmed" or "unconfirmed", $"status '{c.Status}' must be 'confirmed' or 'unconfirmed'");
        static bool Positive(double? x) => x is double v && double.IsFinite(v) && v > 0;
        bool meson = c.Method is ConstraintMethod.MesonRatioExcess or ConstraintMethod.MesonBranchingLimit or ConstraintMethod.MesonBranchingCurve or ConstraintMethod.MesonInclusiveExcess;
        if (meson)
        {
            Require(Physics.ChargedMeson.All.Any(m => m.Name == c.Meson), $"unknown meson '{c.Meson}'");
            Require(Physics.FlavorExtensions.TryParse(c.Lepton ?? "", out _), $"unknown lepton '{c.Lepton}'");
        }
        if (c.Method is ConstraintMethod.MesonRatioExcess or ConstraintMethod.MesonInclusiveExcess or ConstraintMethod.ZInvisible
            or ConstraintMethod.WUniversality or ConstraintMethod.TauUniversality)
            Require(c.Measurement is { } m && double.IsFinite(m.Value) && Positive(m.Error) && m.SystematicError >= 0 && m.StandardModelError >= 0
                && double.IsFinite(m.StandardModel), "needs a measurement with finite value, positive error and SM value");
        if (c.Method == ConstraintMethod.MesonBranchingLimit) Require(Positive(c.Limit), "needs a positive limit");
        if (c.Method is ConstraintMethod.MesonBranchingLimit or ConstraintMethod.MesonBranchingCurve)
            Require(c.Normalisation is null or "total" or "pi_munu", $"normalisation '{c.Normalisation}' must be 'total' or 'pi_munu'");
        if (c.Method == ConstraintMethod.QuotedFlat) Require(Positive(c.Coupling), "needs a positive coupling");
        if (c.Method is ConstraintMethod.QuotedCurve or ConstraintMethod.MesonBranchingCurve)
        {
            Require(c.Points is { Length: >= 2 } p && p.All(x => x.Length == 2 && Positive(x[0]) && Positive(x[1])), "needs ≥ 2 positive (mass, value) points");
            for (int i = 0; i + 1 < c.Points!.Length; i++) Require(c.Points[i + 1][0] > c.Points[i][0], "points must increase in mass");
        }
        if (c.ModelAcceptance is double f) Require(f is > 0 and <= 1, $"model_acceptance {f} must be in (0, 1]");
        if (c.ValidMassGeV is { } r) Require(r.Length == 2 && Positive(r[0]) && r[1] > r[0], "valid_mass_gev must be [lo, hi] with 0 < lo < hi");
        if (c.Selection is { } s)
        {
            Require(s.Variable is "lepton_energy" or "lepton_momentum" or "missing_mass2", $"unknown selection variable '{s.Variable}'");
            Require(s.Min is not null || s.Max is not null, "a selection needs min or max");
        }
        if (c.Method is ConstraintMethod.WUniversality or ConstraintMethod.TauUniversality)
            Require(c.Lepton is string l && l.Split('/') is [var a, var b] && Physics.FlavorExtensions.TryParse(a, out _) && Physics.FlavorExtensions.TryParse(b, out _),
                $"lepton '{c.Lepton}' must be a ratio such as 'tau/mu'");
    }
}
