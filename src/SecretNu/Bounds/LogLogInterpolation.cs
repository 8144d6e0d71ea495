namespace SecretNu.Bounds;

/// <summary>Log-log interpolation of a tabulated positive curve y(x) (existing constraints, quoted curves): linear in
/// (ln x, ln y) between neighbouring points, exact at a point, +∞ outside [x₀, x_n] (no constraint there).</summary>
public static class LogLogInterpolation
{
    /// <param name="x">Increasing abscissae, &gt; 0.</param>
    /// <param name="y">Values, &gt; 0, same length.</param>
    /// <param name="at">Abscissa to evaluate at (same unit as <paramref name="x"/>).</param>
    public static double At(IReadOnlyList<double> x, IReadOnlyList<double> y, double at)
    {
        for (int i = 0; i + 1 < x.Count; i++)
        {
            if (at < x[i] || at > x[i + 1]) continue;
            return Segment(x[i], y[i], x[i + 1], y[i + 1], at);
        }
        return x.Count == 1 && x[0] == at ? y[0] : double.PositiveInfinity;
    }

    /// <summary>The straight line in (ln x, ln y) through (x0, y0) and (x1, y1), at x: y0 (y1/y0)^t, t = ln(x/x0)/ln(x1/x0).</summary>
    public static double Segment(double x0, double y0, double x1, double y1, double at) =>
        Between(y0, y1, Math.Log(at / x0) / Math.Log(x1 / x0));

    /// <summary>The point a fraction t of the way from a to b in ln: a (b/a)^t.</summary>
    public static double Between(double a, double b, double t) => Math.Exp(Math.Log(a) + t * Math.Log(b / a));

    /// <summary>The same for (x, y) pairs, as the constraint catalog stores them.</summary>
    public static double At(double[][] points, double at) =>
        At(new PairColumn(points, 0), new PairColumn(points, 1), at);

    /// <summary>One column of a list of pairs, read in place.</summary>
    sealed class PairColumn(double[][] points, int column) : IReadOnlyList<double>
    {
        public double this[int index] => points[index][column];
        public int Count => points.Length;
        public IEnumerator<double> GetEnumerator() => points.Select(p => p[column]).GetEnumerator();
        System.Collections.IEnumerator System.Collections.IEnumerable.GetEnumerator() => GetEnumerator();
    }
}
