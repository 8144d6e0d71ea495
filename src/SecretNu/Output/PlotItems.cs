namespace SecretNu.Output;

/// <summary>One thing drawn in a panel, in data units as the caller gave them (nothing transformed or filtered yet).</summary>
internal abstract record PlotItem(string? Label);

/// <summary>A curve through (X[i], Y[i]).</summary>
internal sealed record LineItem(double[] X, double[] Y, LineStyle Style, string? Label) : PlotItem(Label);

/// <summary>The area between two curves, e.g. a generator spread.</summary>
internal sealed record BandItem(double[] X, double[] Lower, double[] Upper, FigureColor Fill, string? Label) : PlotItem(Label);

/// <summary>
/// The area above a curve up to the top of the panel: an excluded region, outlined along the curve. Its name goes
/// into the legend, or is written at <paramref name="NameAt"/> (data units) when that is given.
/// </summary>
internal sealed record ExclusionItem(double[] X, double[] Y, FigureColor Fill, FigureColor Edge, string? Name, (double X, double Y)? NameAt)
    : PlotItem(NameAt is null ? Name : null);

/// <summary>A line across the whole panel at height Y; its name goes into the legend, or above the line's right end.</summary>
internal sealed record HorizontalLineItem(double Y, LineStyle Style, string? Name, bool NameOnLine)
    : PlotItem(NameOnLine ? null : Name);

/// <summary>Text with its left end at (X, Y), vertically centred there.</summary>
internal sealed record TextItem(double X, double Y, string Text, FigureColor Color, double Size) : PlotItem((string?)null);
