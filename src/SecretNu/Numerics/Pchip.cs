namespace SecretNu.Numerics;

/// <summary>Fritsch–Carlson/Butland derivative estimates for monotone piecewise-cubic Hermite interpolation.</summary>
public static class Pchip
{
    /// <summary>Derivatives at the nodes of (x, y) that keep the Hermite interpolant monotone where the data are.</summary>
    public static double[] Derivatives(ReadOnlySpan<double> x, ReadOnlySpan<double> y)
    {
        int n = x.Length;
        var d = new double[n];
        if (n < 2) return d;
        Span<double> delta = n <= 2048 ? stackalloc double[n - 1] : new double[n - 1];
        for (int i = 0; i < n - 1; i++) delta[i] = (y[i + 1] - y[i]) / (x[i + 1] - x[i]);
        for (int i = 1; i < n - 1; i++)
        {
            if (delta[i - 1] * delta[i] <= 0) { d[i] = 0; continue; }
            double h0 = x[i] - x[i - 1], h1 = x[i + 1] - x[i];
            double w1 = 2 * h1 + h0, w2 = h1 + 2 * h0;
            d[i] = (w1 + w2) / (w1 / delta[i - 1] + w2 / delta[i]);
        }
        d[0] = EndSlope(x[1] - x[0], n > 2 ? x[2] - x[1] : 1, delta[0], n > 2 ? delta[1] : delta[0]);
        d[n - 1] = EndSlope(x[n - 1] - x[n - 2], n > 2 ? x[n - 2] - x[n - 3] : 1, delta[n - 2], n > 2 ? delta[n - 3] : delta[n - 2]);
        return d;
    }

    static double EndSlope(double h0, double h1, double d0, double d1)
    {
        double d = ((2 * h0 + h1) * d0 - h0 * d1) / (h0 + h1);
        if (Math.Sign(d) != Math.Sign(d0)) return 0;
        if (Math.Sign(d0) != Math.Sign(d1) && Math.Abs(d) > Math.Abs(3 * d0)) return 3 * d0;
        return d;
    }
}
