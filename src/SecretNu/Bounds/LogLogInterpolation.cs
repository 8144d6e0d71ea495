namespace SecretNu.Bounds;

/// <summary>Log-log interpolation of a tabulated positive curve y(x) (existing constraints, quoted curves): linear in
/// (ln x, ln y) between neighbouring points, exact at a point, +∞ outside [x₀, x_n] (no constraint there).</summary>
public static class LogLogInterpolation
{
    /// <param name="x">Increasing abscissae, &gt; 0.</param>
    /// <param name="y">Values, &gt; 0, same length.</param>
    public static double At(IReadOnlyList<double> x, IReadOnlyList<double> y, double at)
    {
        for (int i = 0; i + 1 < x.Count; i++)
        {
            if (at < x[i] || at > x[i + 1]) continue;
            double t = Math.Log(at / x[i]) / Math.Log(x[i + 1] / x[i]);
            return Math.Exp(Math.Log(y[i]) + t * Math.Log(y[i + 1] / y[i]));
        }
        return x.Count == 1 && x[0] == at ? y[0] : double.PositiveInfinity;
    }

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
