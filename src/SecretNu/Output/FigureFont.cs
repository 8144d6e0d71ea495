using SkiaSharp;

namespace SecretNu.Output;

/// <summary>
/// The one typeface every figure uses: DejaVu Sans, embedded in this assembly (Fonts/DejaVuSans.ttf, Bitstream Vera
/// licence beside it). SkiaSharp's Linux "NoDependencies" build finds fonts only under /usr/share/fonts and draws
/// no text at all, in PNG or SVG, when there are none; ScottPlot ships no font. Embedding makes text render on any
/// machine and makes the output the same on every machine, whatever fonts it has.
/// </summary>
internal static class FigureFont
{
    const string ResourceName = "SecretNu.Output.Fonts.DejaVuSans.ttf";

    static readonly Lazy<SKTypeface> Loaded = new(Load, LazyThreadSafetyMode.ExecutionAndPublication);

    /// <summary>The embedded typeface.</summary>
    public static SKTypeface Typeface => Loaded.Value;

    /// <summary>A font of the embedded typeface at <paramref name="size"/> pixels, with size-independent metrics.</summary>
    public static SKFont At(float size) => new(Typeface, size)
    {
        Edging = SKFontEdging.Antialias,
        Hinting = SKFontHinting.None,
        Subpixel = true,
        LinearMetrics = true,
    };

    static SKTypeface Load()
    {
        using Stream? stream = typeof(FigureFont).Assembly.GetManifestResourceStream(ResourceName)
            ?? throw new InvalidOperationException($"embedded font '{ResourceName}' is missing from the assembly");
        using var copy = new MemoryStream();
        stream.CopyTo(copy);
        using SKData data = SKData.CreateCopy(copy.ToArray());
        return SKTypeface.FromData(data)
            ?? throw new InvalidOperationException($"embedded font '{ResourceName}' could not be read");
    }
}
