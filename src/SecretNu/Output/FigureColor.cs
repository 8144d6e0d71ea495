using System.Globalization;

namespace SecretNu.Output;

/// <summary>An sRGB colour with alpha (0 = transparent, 255 = opaque), plus the palette the figures use.</summary>
public readonly record struct FigureColor(byte R, byte G, byte B, byte A = 255)
{
    /// <summary>Pure black, for ν_e curves and frames.</summary>
    public static FigureColor Black => new(0, 0, 0);
    /// <summary>A strong blue, for ν_μ curves and FASERν.</summary>
    public static FigureColor Blue => new(0x1F, 0x4E, 0xD8);
    /// <summary>A strong red, for ν_τ curves and BBN.</summary>
    public static FigureColor Red => new(0xD6, 0x27, 0x28);
    /// <summary>A green that prints well, for FASER2ν ×1000.</summary>
    public static FigureColor Green => new(0x1A, 0x9E, 0x3A);
    /// <summary>A dark yellow that stays readable on white, for PIENU.</summary>
    public static FigureColor Yellow => new(0xE0, 0xA8, 0x00);
    /// <summary>Orange.</summary>
    public static FigureColor Orange => new(0xF0, 0x78, 0x1E);
    /// <summary>Purple.</summary>
    public static FigureColor Purple => new(0x80, 0x3C, 0xB4);
    /// <summary>Mid grey, the default for existing-bound exclusion regions.</summary>
    public static FigureColor Grey => new(0x80, 0x80, 0x80);
    /// <summary>White.</summary>
    public static FigureColor White => new(0xFF, 0xFF, 0xFF);

    /// <summary>The same colour with opacity <paramref name="opacity"/> in [0, 1] (clamped).</summary>
    public FigureColor WithOpacity(double opacity) =>
        this with { A = (byte)Math.Round(255 * Math.Clamp(double.IsNaN(opacity) ? 1 : opacity, 0, 1)) };

    /// <summary>Parses "#RRGGBB" or "#RRGGBBAA" (the '#' is optional).</summary>
    /// <exception cref="InputException">The text is not such a colour.</exception>
    public static FigureColor FromHex(string hex)
    {
        ArgumentNullException.ThrowIfNull(hex);
        string h = hex.Trim().TrimStart('#');
        if ((h.Length == 6 || h.Length == 8) && uint.TryParse(h, NumberStyles.HexNumber, CultureInfo.InvariantCulture, out uint v))
        {
            if (h.Length == 6) v = (v << 8) | 0xFF;
            return new((byte)(v >> 24), (byte)(v >> 16), (byte)(v >> 8), (byte)v);
        }
        throw new InputException($"colour '{hex}' is not #RRGGBB or #RRGGBBAA");
    }

    internal SkiaSharp.SKColor ToSk() => new(R, G, B, A);
    internal ScottPlot.Color ToScottPlot() => new(R, G, B, A);
}
