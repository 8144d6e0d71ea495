namespace SecretNu.Numerics;

/// <summary>Barycentric Lagrange interpolation through fixed nodes (second form; stable for Gauss–Legendre nodes).</summary>
public sealed class Barycentric
{
    readonly double[] _x, _w;

    /// <summary>Precomputes the barycentric weights of distinct nodes on [−1, 1] (the weights are scaled for that interval).</summary>
    public Barycentric(ReadOnlySpan<double> nodes)
    {
        _x = nodes.ToArray();
        _w = new double[_x.Length];
        for (int i = 0; i < _x.Length; i++)
        {
            double p = 1;
            for (int j = 0; j < _x.Length; j++) if (j != i) p *= 2 * (_x[i] - _x[j]); // ×2 keeps the products O(1) on [−1, 1]
            _w[i] = 1 / p;
        }
    }

    /// <summary>The interpolation nodes.</summary>
    public ReadOnlySpan<double> Nodes => _x;

    /// <summary>The barycentric weights w_i: p(x) = Σ w_i f_i/(x − x_i) / Σ w_i/(x − x_i).</summary>
    public ReadOnlySpan<double> Weights => _w;

    static readonly Dictionary<int, Barycentric> GaussLegendreCache = new();
    static readonly Lock Gate = new();

    /// <summary>The interpolator through the n Gauss–Legendre nodes of <see cref="Quadrature.GaussLegendre"/>.</summary>
    public static Barycentric GaussLegendre(int n)
    {
        lock (Gate)
        {
            if (!GaussLegendreCache.TryGetValue(n, out var b))
                GaussLegendreCache[n] = b = new Barycentric(Quadrature.GaussLegendre(n).Nodes);
            return b;
        }
    }
}
