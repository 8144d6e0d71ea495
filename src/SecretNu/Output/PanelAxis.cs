using System.Globalization;

namespace SecretNu.Output;

/// <summary>
/// One axis of a panel as drawn: its scale and the range [Lo, Hi] in axis units (log10 of the value on a log axis,
/// the value itself on a linear one), resolved from explicit limits or from the data.
/// </summary>
internal readonly record struct PanelAxis(AxisScale Scale, double Lo, double Hi)
{
    /// <summary>A value in axis units, or NaN where the axis cannot show it (NaN, ±∞, and ≤ 0 on a log axis).</summary>
    public double ToAxis(double value) => ToAxis(Scale, value);

    /// <inheritdoc cref="ToAxis(double)"/>
    public static double ToAxis(AxisScale scale, double value) =>
        !double.IsFinite(value) ? double.NaN
        : scale == AxisScale.Log ? (value > 0 ? Math.Log10(value) : double.NaN)
        : value;

    /// <summary>The pixel coordinate of axis value <paramref name="u"/> on a span from <paramref name="p0"/> (at Lo) to <paramref name="p1"/> (at Hi).</summary>
    public float ToPixel(double u, float p0, float p1) => (float)(p0 + (u - Lo) / (Hi - Lo) * (p1 - p0));

    /// <summary>
    /// The axis from explicit <paramref name="limits"/> (data units) or, without them, from the shown data: whole
    /// decades around it on a log axis, 5 % padding on a linear one.
    /// </summary>
    /// <exception cref="InputException">Explicit limits a log axis cannot show (≤ 0).</exception>
    public static PanelAxis Resolve(string name, AxisScale scale, (double Min, double Max)? limits, IEnumerable<double> axisData)
    {
        if (limits is (double min, double max))
        {
            double lo = ToAxis(scale, min), hi = ToAxis(scale, max);
            if (double.IsNaN(lo) || double.IsNaN(hi))
                throw new InputException(string.Create(CultureInfo.InvariantCulture,
                    $"{name}-axis limits [{min}, {max}] cannot be shown on a {scale.ToString().ToLowerInvariant()} axis (a log axis needs positive finite limits)"));
            return new PanelAxis(scale, lo, hi);
        }

        double dataLo = double.PositiveInfinity, dataHi = double.NegativeInfinity;
        foreach (double u in axisData)
        {
            if (double.IsNaN(u)) continue;
            dataLo = Math.Min(dataLo, u);
            dataHi = Math.Max(dataHi, u);
        }
        if (dataLo > dataHi) return new PanelAxis(scale, 0, 1); // nothing to show
        if (scale == AxisScale.Log)
        {
            double lo = Math.Floor(dataLo), hi = Math.Ceiling(dataHi);
            return new PanelAxis(scale, lo, hi > lo ? hi : lo + 1);
        }
        double pad = dataHi > dataLo ? 0.05 * (dataHi - dataLo) : Math.Max(1, Math.Abs(dataLo) * 0.1);
        return new PanelAxis(scale, dataLo - pad, dataHi + pad);
    }
}
