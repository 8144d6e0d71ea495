namespace SecretNu.Numerics;

/// <summary>Linear interpolation in a table of increasing abscissae, held constant beyond either end (the cross-section
/// tables: σ/E linear in log10 E between their rows).</summary>
public static class PiecewiseLinear
{
    /// <summary>y at <paramref name="t"/>: y[0] below x[0], y[^1] above x[^1], the table value on a node, linear between.</summary>
    /// <param name="x">Abscissae, strictly increasing, at least one.</param>
    /// <param name="y">Values, as many as <paramref name="x"/>.</param>
    /// <param name="t">Where to evaluate.</param>
    public static double Clamped(double[] x, double[] y, double t)
    {
        if (t <= x[0]) return y[0];
        if (t >= x[^1]) return y[^1];
        int i = Array.BinarySearch(x, t);
        if (i >= 0) return y[i];
        i = ~i - 1;
        double f = (t - x[i]) / (x[i + 1] - x[i]);
        return y[i] + f * (y[i + 1] - y[i]);
    }
}
