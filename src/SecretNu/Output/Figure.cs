using SkiaSharp;

namespace SecretNu.Output;

/// <summary>
/// One panel in the style of a particle-physics paper: log-log axes by default (decades labelled 10ⁿ, minor ticks at
/// 2…9 × 10ⁿ, ticks inward on all four sides), axis labels with units, a title, a legend, lines, bands, shaded
/// exclusion regions, horizontal reference lines and text annotations. Built on ScottPlot 5; every text is drawn
/// with an embedded font and accepts sub/superscript markup (<c>m_{Z′} [MeV]</c>, <c>g_{eτ}</c>, <c>ν̄_μ</c>).
/// Points a log axis cannot show (≤ 0, NaN, ∞) are left out and break the curve there; they never throw.
/// </summary>
/// <example><code>
/// var fig = new Figure { XLabel = "m_{Z′} [MeV]", YLabel = "g_{eτ}" }
///     .SetXLimits(1e-3, 1e3).SetYLimits(1e-6, 1e-1)
///     .Exclusion(mass, bbn, "BBN")
///     .Line(mass, faserNu, LineStyle.Solid(FigureColor.Blue), "FASERν");
/// fig.Save("out/g_etau"); // g_etau.png and g_etau.svg, Width × Height = 800 × 600 px by default
/// </code></example>
public sealed class Figure : FigureBase
{
    readonly List<PlotItem> items = [];
    (double Min, double Max)? xLimits, yLimits;
    double fontSize = 16;

    /// <summary>Title above the panel (markup allowed); none when null or empty.</summary>
    public string? Title { get; set; }
    /// <summary>Label under the x axis, with units, e.g. "m_{Z′} [MeV]".</summary>
    public string? XLabel { get; set; }
    /// <summary>Label beside the y axis, e.g. "g_{eτ}" or "neutrinos / bin".</summary>
    public string? YLabel { get; set; }
    /// <summary>Scale of the x axis; log by default.</summary>
    public AxisScale XScale { get; set; } = AxisScale.Log;
    /// <summary>Scale of the y axis; log by default.</summary>
    public AxisScale YScale { get; set; } = AxisScale.Log;
    /// <summary>Where the legend goes; by default the corner that hides the least.</summary>
    public LegendPosition Legend { get; set; } = LegendPosition.Auto;

    /// <summary>
    /// Tick-label size in pixels for an 800 × 600 panel (default 16); axis labels and the title are 15–20 % larger,
    /// the legend slightly smaller. Everything scales with the rendered panel size.
    /// </summary>
    public double FontSize
    {
        get => fontSize;
        set => fontSize = value is > 0 and <= 200 ? value
            : throw new ArgumentOutOfRangeException(nameof(value), value, "font size must be in (0, 200] pixels");
    }

    /// <summary>Explicit x-axis range in data units; null (the default) fits the data.</summary>
    public (double Min, double Max)? XLimits { get => xLimits; set => xLimits = CheckLimits(value, nameof(XLimits)); }
    /// <summary>Explicit y-axis range in data units; null (the default) fits the data.</summary>
    public (double Min, double Max)? YLimits { get => yLimits; set => yLimits = CheckLimits(value, nameof(YLimits)); }

    /// <summary>Sets <see cref="XLimits"/> (data units, e.g. MeV).</summary>
    public Figure SetXLimits(double min, double max)
    {
        XLimits = (min, max);
        return this;
    }

    /// <summary>Sets <see cref="YLimits"/> (data units).</summary>
    public Figure SetYLimits(double min, double max)
    {
        YLimits = (min, max);
        return this;
    }

    /// <summary>
    /// A curve through the points (x[i], y[i]); a legend entry when <paramref name="label"/> is given. With no points
    /// it draws nothing but still adds its legend entry (e.g. one "SM" solid and one "SM+Z′" dashed sample).
    /// </summary>
    public Figure Line(IReadOnlyList<double> x, IReadOnlyList<double> y, LineStyle style, string? label = null)
    {
        var (xs, ys) = (Copy(x, nameof(x)), Copy(y, nameof(y)));
        SameLength(xs, ys, nameof(y));
        items.Add(new LineItem(xs, ys, style, Blank(label)));
        return this;
    }

    /// <summary>
    /// The area between <paramref name="lower"/> and <paramref name="upper"/> (e.g. a generator spread), filled with
    /// <paramref name="color"/> at <paramref name="opacity"/>.
    /// </summary>
    public Figure Band(IReadOnlyList<double> x, IReadOnlyList<double> lower, IReadOnlyList<double> upper, FigureColor color,
        string? label = null, double opacity = 0.3)
    {
        var (xs, lo, hi) = (Copy(x, nameof(x)), Copy(lower, nameof(lower)), Copy(upper, nameof(upper)));
        SameLength(xs, lo, nameof(lower));
        SameLength(xs, hi, nameof(upper));
        items.Add(new BandItem(xs, lo, hi, color.WithOpacity(opacity), Blank(label)));
        return this;
    }

    /// <summary>
    /// An excluded region: the area above the curve (x[i], y[i]) up to the top of the panel, shaded (grey at 35 %
    /// by default) and outlined along the curve. Its <paramref name="name"/> goes into the legend, or is written
    /// centred at <paramref name="nameAt"/> (data units) inside the region when that is given.
    /// </summary>
    public Figure Exclusion(IReadOnlyList<double> x, IReadOnlyList<double> y, string? name = null, FigureColor? color = null,
        (double X, double Y)? nameAt = null)
    {
        var (xs, ys) = (Copy(x, nameof(x)), Copy(y, nameof(y)));
        SameLength(xs, ys, nameof(y));
        FigureColor baseColor = color ?? FigureColor.Grey;
        FigureColor fill = baseColor.A == 255 ? baseColor.WithOpacity(0.35) : baseColor;
        FigureColor edge = new((byte)(baseColor.R * 0.6), (byte)(baseColor.G * 0.6), (byte)(baseColor.B * 0.6));
        items.Add(new ExclusionItem(xs, ys, fill, edge, Blank(name), nameAt));
        return this;
    }

    /// <summary>
    /// A line across the whole panel at <paramref name="y"/>; its <paramref name="name"/> goes into the legend, or,
    /// with <paramref name="nameOnLine"/>, just above the line's right end.
    /// </summary>
    public Figure HorizontalLine(double y, LineStyle style, string? name = null, bool nameOnLine = false)
    {
        items.Add(new HorizontalLineItem(y, style, Blank(name), nameOnLine));
        return this;
    }

    /// <summary>
    /// Text whose left end is at (<paramref name="x"/>, <paramref name="y"/>) in data units, vertically centred there;
    /// <paramref name="scale"/> multiplies the tick-label size.
    /// </summary>
    public Figure Text(double x, double y, string text, FigureColor? color = null, double scale = 1.0)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (!(scale > 0 && scale <= 10)) throw new ArgumentOutOfRangeException(nameof(scale), scale, "text scale must be in (0, 10]");
        items.Add(new TextItem(x, y, text, color ?? FigureColor.Black, scale));
        return this;
    }

    internal IReadOnlyList<PlotItem> Items => items;

    /// <summary>The numbers of this panel (<see cref="FigureBase"/>'s cache key), for a <see cref="FigureRow"/>.</summary>
    internal void AddNumbersOf(List<double> into) => AddNumbers(into);

    private protected override void AddNumbers(List<double> into)
    {
        into.AddRange([fontSize, xLimits?.Min ?? double.NaN, xLimits?.Max ?? double.NaN, yLimits?.Min ?? double.NaN, yLimits?.Max ?? double.NaN]);
        foreach (var item in items)
            switch (item)
            {
                case LineItem l: into.AddRange(l.X); into.AddRange(l.Y); into.Add(l.Style.Width); break;
                case BandItem b: into.AddRange(b.X); into.AddRange(b.Lower); into.AddRange(b.Upper); break;
                case ExclusionItem e: into.AddRange(e.X); into.AddRange(e.Y); into.AddRange([e.NameAt?.X ?? double.NaN, e.NameAt?.Y ?? double.NaN]); break;
                case HorizontalLineItem h: into.AddRange([h.Y, h.Style.Width]); break;
                case TextItem t: into.AddRange([t.X, t.Y, t.Size]); break;
                default: throw new InvalidOperationException($"{item.GetType().Name} has no numbers for the figure's cache key");
            }
    }

    internal override void Draw(SKCanvas canvas, int width, int height)
    {
        var renderer = new PanelRenderer(this, width, height);
        renderer.Draw(canvas, SKRect.Create(width, height), renderer.RequiredMargins);
    }

    static (double Min, double Max)? CheckLimits((double Min, double Max)? limits, string name)
    {
        if (limits is (double min, double max) && !(double.IsFinite(min) && double.IsFinite(max) && min < max))
            throw new ArgumentOutOfRangeException(name, limits, "axis limits must be finite with min < max");
        return limits;
    }

    static double[] Copy(IReadOnlyList<double> values, string name)
    {
        ArgumentNullException.ThrowIfNull(values, name);
        return [.. values];
    }

    static void SameLength(double[] x, double[] other, string name)
    {
        if (x.Length != other.Length)
            throw new ArgumentException($"{name} has {other.Length} values but x has {x.Length}", name);
    }

    static string? Blank(string? label) => string.IsNullOrWhiteSpace(label) ? null : label;
}
