namespace SecretNu.Output;

/// <summary>
/// Colour, width and pattern of a line. <paramref name="Width"/> is in pixels at the reference panel size
/// (800 × 600) and scales with the rendered size, like the fonts.
/// </summary>
public readonly record struct LineStyle(FigureColor Color, double Width = 2, LinePattern Pattern = LinePattern.Solid)
{
    /// <summary>A solid line.</summary>
    public static LineStyle Solid(FigureColor color, double width = 2) => new(color, width, LinePattern.Solid);
    /// <summary>A dashed line.</summary>
    public static LineStyle Dashed(FigureColor color, double width = 2) => new(color, width, LinePattern.Dashed);
    /// <summary>A dotted line.</summary>
    public static LineStyle Dotted(FigureColor color, double width = 2) => new(color, width, LinePattern.Dotted);

    /// <summary>Dash intervals (on, off, …) in pixels for a stroke <paramref name="px"/> wide; null when solid.</summary>
    internal float[]? Intervals(float px) => Pattern switch
    {
        LinePattern.Dashed => [4 * px + 3, 2.5f * px + 2],
        LinePattern.Dotted => [px, 1.5f * px + 1.5f],
        LinePattern.DashDot => [4 * px + 3, 2 * px + 1.5f, px, 2 * px + 1.5f],
        _ => null,
    };
}
