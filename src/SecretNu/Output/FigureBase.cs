using SkiaSharp;

namespace SecretNu.Output;

/// <summary>Something that renders to PNG and SVG: a single <see cref="Figure"/> or a <see cref="FigureRow"/> of panels.</summary>
public abstract class FigureBase
{
    /// <summary>Largest width or height accepted, in pixels.</summary>
    public const int MaxPixels = 16384;

    private protected FigureBase() { }

    /// <summary>Draws the whole figure onto <paramref name="canvas"/>, which spans <paramref name="width"/> × <paramref name="height"/> pixels.</summary>
    internal abstract void Draw(SKCanvas canvas, int width, int height);

    /// <summary>The figure as PNG bytes.</summary>
    public byte[] ToPng(int width, int height)
    {
        CheckSize(width, height);
        using SKSurface surface = SKSurface.Create(new SKImageInfo(width, height, SKColorType.Rgba8888, SKAlphaType.Premul))
            ?? throw new InvalidOperationException($"cannot allocate a {width}×{height} image");
        surface.Canvas.Clear(SKColors.White);
        Draw(surface.Canvas, width, height);
        surface.Canvas.Flush();
        using SKImage image = surface.Snapshot();
        using SKData data = image.Encode(SKEncodedImageFormat.Png, 100);
        return data.ToArray();
    }

    /// <summary>
    /// The figure as an SVG document (UTF-8 bytes), the same bytes every time for the same figure. Text stays text
    /// (font-family "DejaVu Sans"), so labels can be searched and edited.
    /// </summary>
    public byte[] ToSvg(int width, int height)
    {
        CheckSize(width, height);
        using var buffer = new MemoryStream();
        using (var stream = new SKManagedWStream(buffer))
        {
            using (SKCanvas canvas = SKSvgCanvas.Create(SKRect.Create(width, height), stream))
            {
                canvas.Clear(SKColors.White);
                Draw(canvas, width, height);
            } // the SVG document is completed when its canvas is disposed
            stream.Flush();
        }
        return SvgIds.Normalize(buffer.ToArray());
    }

    /// <summary>
    /// Writes <c><paramref name="pathWithoutExtension"/>.png</c> and <c>.svg</c>, each complete or not at all
    /// (written to a temporary file beside it, then renamed into place).
    /// </summary>
    /// <exception cref="InputException">The directory does not exist or is not writable; the message names the path.</exception>
    public void Save(string pathWithoutExtension, int width, int height)
    {
        ArgumentNullException.ThrowIfNull(pathWithoutExtension);
        byte[] png = ToPng(width, height);
        byte[] svg = ToSvg(width, height);
        AtomicFiles.WriteAll(pathWithoutExtension, [(".png", png), (".svg", svg)]);
    }

    static void CheckSize(int width, int height)
    {
        if (width is < 1 or > MaxPixels) throw new ArgumentOutOfRangeException(nameof(width), width, $"width must be 1…{MaxPixels} pixels");
        if (height is < 1 or > MaxPixels) throw new ArgumentOutOfRangeException(nameof(height), height, $"height must be 1…{MaxPixels} pixels");
    }
}
