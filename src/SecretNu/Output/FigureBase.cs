using SkiaSharp;

namespace SecretNu.Output;

/// <summary>Something that renders to PNG and SVG: a single <see cref="Figure"/> or a <see cref="FigureRow"/> of panels.</summary>
public abstract class FigureBase
{
    /// <summary>Largest width or height accepted, in pixels.</summary>
    public const int MaxPixels = 16384;

    int width = 800, height = 600;

    private protected FigureBase() { }

    /// <summary>Width of the rendered figure in pixels (1 to <see cref="MaxPixels"/>; default 800). Each figure sets its
    /// own, so that callers never pass a size.</summary>
    public int Width { get => width; set => width = CheckSize(value, nameof(Width)); }

    /// <summary>Height of the rendered figure in pixels (1 to <see cref="MaxPixels"/>; default 600).</summary>
    public int Height { get => height; set => height = CheckSize(value, nameof(Height)); }

    /// <summary>Appends every number the figure is drawn from (data, limits, sizes, line widths), for <see cref="Render"/>'s key.</summary>
    private protected abstract void AddNumbers(List<double> into);

    /// <summary>Draws the whole figure onto <paramref name="canvas"/>, which spans <paramref name="width"/> × <paramref name="height"/> pixels.</summary>
    internal abstract void Draw(SKCanvas canvas, int width, int height);

    /// <summary>
    /// The figure as PNG and SVG bytes. The SVG records every drawing call with its coordinates, paints and text, and both are
    /// drawn by the same <see cref="Draw"/>; so a PNG of the same size drawn by the same build (<see cref="BuildInfo.Build"/>,
    /// which fixes the code and the Skia library) from the same SVG bytes and the same numbers is the same PNG. It is kept in
    /// the persistent cache under the SHA-256 of both (issue 14: encoding a PNG is most of a warm run's figure time).
    /// </summary>
    public (byte[] Png, byte[] Svg) Render()
    {
        byte[] svg = ToSvg();
        // the SVG writes coordinates with 6 digits, the raster uses them in single precision: the key also holds every number
        // the figure is drawn from, exactly, so that two drawings that differ below the SVG's precision never share a PNG
        var numbers = new List<double>();
        AddNumbers(numbers);
        string key = CacheFile.Key(PngMagic, $"{width}x{height}", Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(svg)),
            Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(System.Runtime.InteropServices.MemoryMarshal.AsBytes(numbers.ToArray().AsSpan()))));
        if (CacheFile.PathOf(key, ".png") is not { } path) return (ToPng(), svg);
        if (CacheFile.TryRead(path, PngMagic, key, CacheFile.ReadBytes) is { } cached) return (cached, svg);
        byte[] png = ToPng();
        CacheFile.TryWrite(path, PngMagic, key, w => CacheFile.WriteBytes(w, png));
        return (png, svg);
    }

    const string PngMagic = "secretnu figure png v1";

    /// <summary>The figure as PNG bytes, <see cref="Width"/> × <see cref="Height"/> pixels.</summary>
    public byte[] ToPng()
    {
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
    /// (font-family "DejaVu Sans"), so labels can be searched and edited. Its size is <see cref="Width"/> × <see cref="Height"/>.
    /// </summary>
    public byte[] ToSvg()
    {
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
    public void Save(string pathWithoutExtension)
    {
        ArgumentNullException.ThrowIfNull(pathWithoutExtension);
        var (png, svg) = Render();
        AtomicFiles.WriteAll(pathWithoutExtension, [(".png", png), (".svg", svg)]);
    }

    static int CheckSize(int pixels, string name) => pixels is >= 1 and <= MaxPixels ? pixels
        : throw new ArgumentOutOfRangeException(name, pixels, $"{name.ToLowerInvariant()} must be 1…{MaxPixels} pixels");
}
