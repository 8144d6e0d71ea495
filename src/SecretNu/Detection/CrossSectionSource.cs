using System.Text.Json;
using System.Text.Json.Serialization;

namespace SecretNu.Detection;

/// <summary>
/// The reference detector behind a target's published flux and CC-interaction files (embedded
/// Detection/cross-section-sources.json, with the citation of each number): <see cref="CrossSection"/> divides the CC
/// counts by the neutrinos through the face times its nucleons per cm², n_T.
/// </summary>
/// <param name="Target">Target material.</param>
/// <param name="PublishedFolder">Published-flux folder of the files (FASERv, FLArE).</param>
/// <param name="TargetMassT">Target mass of the reference detector [t]; &gt; 0.</param>
/// <param name="WidthM">Face width [m]; &gt; 0.</param>
/// <param name="HeightM">Face height [m]; &gt; 0.</param>
/// <param name="Status">"quoted" (read in the cited text) or "assumed".</param>
/// <param name="Citation">Where the numbers come from.</param>
public sealed record CrossSectionSource(TargetMaterial Target, string PublishedFolder, double TargetMassT, double WidthM, double HeightM,
    string Status, string Citation)
{
    const string ResourceName = "SecretNu.Detection.cross-section-sources.json";

    sealed record Document([property: JsonPropertyName("_comment")] string Comment, CrossSectionSource[] Sources);

    static readonly Lazy<IReadOnlyDictionary<TargetMaterial, CrossSectionSource>> All = new(() =>
    {
        using Stream stream = typeof(CrossSectionSource).Assembly.GetManifestResourceStream(ResourceName)
            ?? throw new InvalidOperationException($"embedded resource {ResourceName} is missing");
        var options = InputJson.Strict(new JsonStringEnumConverter(JsonNamingPolicy.SnakeCaseLower, allowIntegerValues: false));
        var doc = JsonSerializer.Deserialize<Document>(stream, options) ?? throw new InvalidOperationException($"{ResourceName} is empty");
        foreach (var s in doc.Sources)
            if (!(s.TargetMassT > 0 && s.WidthM > 0 && s.HeightM > 0) || s.Status is not ("quoted" or "assumed"))
                throw new InvalidOperationException($"{ResourceName}: the entry for {s.Target} needs a positive mass and face and a status quoted|assumed");
        return doc.Sources.ToDictionary(s => s.Target);
    });

    /// <summary>The reference detector of <paramref name="target"/>.</summary>
    public static CrossSectionSource Of(TargetMaterial target) => All.Value.TryGetValue(target, out var s)
        ? s : throw new InvalidOperationException($"{ResourceName} has no entry for {target}");

    /// <summary>Nucleons per cm² of the reference detector, n_T = m/(u·A) over its face.</summary>
    public double NucleonsPerCm2 => CrossSection.NucleonsPerCm2(TargetMassT, WidthM * HeightM);
}
