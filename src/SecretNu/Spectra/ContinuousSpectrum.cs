using SecretNu.Numerics;

namespace SecretNu.Spectra;

/// <summary>
/// A continuous energy distribution dN/dE [1/GeV] on [Lo, Hi], stored as its cumulative C(E) = ∫_Lo^E dN/dE and its
/// density at nodes, and evaluated between nodes by cubic Hermite interpolation (C′ = density), clamped to stay
/// monotone. Nodes are geometric from Lo (or Hi·1e-8 when Lo = 0) to Hi, so relative resolution is uniform in log E.
/// </summary>
public sealed class ContinuousSpectrum
{
    readonly double[] _e, _c, _f;

    /// <summary>Lower end of the support [GeV] (≥ 0).</summary>
    public double Lo { get; }
    /// <summary>Upper end of the support [GeV].</summary>
    public double Hi { get; }
    /// <summary>∫ dN/dE over the support (number per decay).</summary>
    public double Total => _c[^1];
    /// <summary>Tabulation energies [GeV], increasing up to <see cref="Hi"/> (the first is <see cref="Lo"/>, or above it when Lo = 0).</summary>
    public ReadOnlySpan<double> Nodes => _e;
    /// <summary>Cumulative C(E) = ∫_Lo^E dN/dE at each node, per decay (<see cref="Total"/> at the last).</summary>
    public ReadOnlySpan<double> CumulativeAtNodes => _c;
    /// <summary>Density dN/dE [1/GeV] at each node (after the monotonicity limiter).</summary>
    public ReadOnlySpan<double> DensityAtNodes => _f;

    ContinuousSpectrum(double lo, double hi, double[] e, double[] c, double[] f)
    {
        Lo = lo; Hi = hi; _e = e; _c = c; _f = f;
        LimitForMonotonicity(e, c, f);
    }

    /// <summary>
    /// Fritsch–Carlson limiter: where the node densities are inconsistent with the cumulative increment of an
    /// interval (α² + β² > 9 with α, β the end slopes over the secant), scale them down so the Hermite cubic stays
    /// monotone, i.e. the interpolated density stays ≥ 0. A no-op for smooth, well-resolved spectra.
    /// </summary>
    static void LimitForMonotonicity(double[] e, double[] c, double[] f)
    {
        for (int i = 0; i < e.Length - 1; i++)
        {
            double delta = (c[i + 1] - c[i]) / (e[i + 1] - e[i]);
            if (delta <= 0) { f[i] = 0; f[i + 1] = 0; continue; }
            double a = f[i] / delta, b = f[i + 1] / delta, r = a * a + b * b;
            if (r > 9)
            {
                double tau = 3 / Math.Sqrt(r);
                f[i] = tau * a * delta;
                f[i + 1] = tau * b * delta;
            }
        }
    }

    /// <summary>Nodes per decade used by <see cref="FromDensity"/> unless told otherwise (convergence: SpectraTests).</summary>
    public const int DefaultNodesPerDecade = 24;
    /// <summary>The grid starts at max(Lo, Hi × this); below it the cumulative is interpolated linearly from Lo. Lab energies ≥ 10 GeV
    /// need E* ≥ 10 GeV/D with Doppler factors D ≲ 1e5, i.e. E* ≳ 1e-4 GeV.</summary>
    public const double DefaultDynamicRange = 1e-6;
    /// <summary>Closest approach of the nodes to the edges of the support, in units of its width (<see cref="EnergyNodes"/>).</summary>
    public const double DefaultEndResolution = 1e-5;

    /// <summary>
    /// Tabulates a density given as a function on [lo, hi] (0 ≤ lo &lt; hi). Interior node intervals are integrated with
    /// Simpson's rule from the densities at the nodes and midpoints (the intervals are a few % wide and the density is
    /// smooth there); the last one and the piece below the first node with a cosine-mapped 6-point rule (a √ edge at
    /// hi is integrated accurately).
    /// </summary>
    public static ContinuousSpectrum FromDensity(Func<double, double> density, double lo, double hi,
        int nodesPerDecade = DefaultNodesPerDecade, double dynamicRange = DefaultDynamicRange,
        double endResolution = DefaultEndResolution, int linearNodes = EnergyNodes.MinimumLinearNodes)
    {
        if (!(hi > lo) || lo < 0 || !double.IsFinite(hi)) throw new ArgumentException($"bad support [{lo}, {hi}]");
        var e = EnergyNodes.DoubleLog(lo, hi, nodesPerDecade, dynamicRange, endResolution, linearNodes);
        double start = e[0];
        var edge = Quadrature.CosineMapped(6);
        var c = new double[e.Length];
        var f = new double[e.Length];
        c[0] = start > lo ? edge.Integrate(density, lo, start) : 0;
        for (int i = 0; i < e.Length; i++)
        {
            // density at the closed ends is taken just inside, where a √ edge gives the right limit 0
            double x = i == 0 ? e[0] * (1 + 1e-12) : i == e.Length - 1 ? e[i] * (1 - 1e-12) : e[i];
            f[i] = Math.Max(0, density(x));
            if (i == 0) continue;
            double inc = i == e.Length - 1
                ? edge.Integrate(density, e[i - 1], e[i])
                : (e[i] - e[i - 1]) / 6 * (f[i - 1] + 4 * density(0.5 * (e[i - 1] + e[i])) + f[i]);
            c[i] = c[i - 1] + Math.Max(0, inc);
        }
        return new ContinuousSpectrum(lo, hi, e, c, f);
    }

    /// <summary>From tabulated nodes, cumulative values and densities (ascending energies).</summary>
    public static ContinuousSpectrum FromTable(double lo, double[] energies, double[] cumulative, double[] density)
    {
        if (energies.Length < 2 || energies.Length != cumulative.Length || energies.Length != density.Length)
            throw new ArgumentException("table arrays must have equal length ≥ 2");
        for (int i = 1; i < energies.Length; i++)
            if (!(energies[i] > energies[i - 1]) || cumulative[i] < cumulative[i - 1])
                throw new ArgumentException("energies must increase and the cumulative must not decrease");
        return new ContinuousSpectrum(lo, energies[^1], (double[])energies.Clone(), (double[])cumulative.Clone(), (double[])density.Clone());
    }

    /// <summary>N(E* &lt; e): number per decay below e.</summary>
    public double Cumulative(double e)
    {
        if (e <= _e[0]) return e <= Lo ? 0 : _c[0] * (e - Lo) / (_e[0] - Lo);
        if (e >= Hi) return _c[^1];
        int i = Array.BinarySearch(_e, e);
        return i >= 0 ? _c[i] : Hermite(~i - 1, e);
    }

    /// <summary>The cumulative's cubic Hermite interpolant on node interval i (E_i &lt; e &lt; E_{i+1}), clamped to its ends.</summary>
    double Hermite(int i, double e)
    {
        double h = _e[i + 1] - _e[i], t = (e - _e[i]) / h;
        double t2 = t * t, t3 = t2 * t;
        double v = (2 * t3 - 3 * t2 + 1) * _c[i] + (t3 - 2 * t2 + t) * h * _f[i]
                 + (-2 * t3 + 3 * t2) * _c[i + 1] + (t3 - t2) * h * _f[i + 1];
        return Math.Clamp(v, _c[i], _c[i + 1]);
    }

    /// <summary>Adds N(E* &lt; e_k) at e_k = <paramref name="edges"/>[k] / <paramref name="divisor"/> (increasing) into
    /// <paramref name="sums"/>[k]: the numbers of <see cref="Cumulative"/>, found by one forward walk over the nodes instead of
    /// a binary search per point (the folds evaluate it at every bin edge for every boost).</summary>
    /// <param name="edges">Increasing energies [GeV] before division.</param>
    /// <param name="divisor">Positive divisor (a Doppler factor).</param>
    /// <param name="sums">Receives the additions (length ≥ edges).</param>
    public void AddCumulative(ReadOnlySpan<double> edges, double divisor, Span<double> sums)
    {
        int i = 0, last = _e.Length - 1;
        for (int k = 0; k < edges.Length; k++)
        {
            double e = edges[k] / divisor;
            if (e <= _e[0]) { sums[k] += e <= Lo ? 0 : _c[0] * (e - Lo) / (_e[0] - Lo); continue; }
            if (e >= Hi) { sums[k] += _c[^1]; continue; }
            while (i < last && _e[i + 1] <= e) i++;
            sums[k] += _e[i] == e ? _c[i] : Hermite(i, e);
        }
    }

    /// <summary>Density dN/dE at e (cubic-Hermite derivative, non-negative).</summary>
    public double Density(double e)
    {
        if (e < Lo || e > Hi) return 0;
        if (e <= _e[0]) return _c[0] / Math.Max(_e[0] - Lo, double.Epsilon);
        int i = Array.BinarySearch(_e, e);
        if (i >= 0) return _f[i];
        i = ~i - 1;
        double h = _e[i + 1] - _e[i], t = (e - _e[i]) / h;
        double t2 = t * t;
        double d = (6 * t2 - 6 * t) / h * _c[i] + (3 * t2 - 4 * t + 1) * _f[i]
                 + (-6 * t2 + 6 * t) / h * _c[i + 1] + (3 * t2 - 2 * t) * _f[i + 1];
        return Math.Max(0, d);
    }

    /// <summary>∫ E dN/dE, exact for the Hermite interpolant: on [E_a, E_b] (h = E_b − E_a),
    /// ∫ E dC = E_a ΔC + h[ΔC/2 − h(f_a − f_b)/12].</summary>
    public double FirstMoment()
    {
        double sum = _c[0] * 0.5 * (Lo + _e[0]);
        for (int i = 1; i < _e.Length; i++)
        {
            double dc = _c[i] - _c[i - 1], h = _e[i] - _e[i - 1];
            sum += _e[i - 1] * dc + h * (0.5 * dc - h * (_f[i - 1] - _f[i]) / 12.0);
        }
        return sum;
    }

    /// <summary>The same spectrum multiplied by <paramref name="factor"/> (e.g. a branching fraction).</summary>
    public ContinuousSpectrum Scale(double factor)
    {
        var c = new double[_c.Length];
        var f = new double[_f.Length];
        for (int i = 0; i < c.Length; i++) { c[i] = _c[i] * factor; f[i] = _f[i] * factor; }
        return new ContinuousSpectrum(Lo, Hi, _e, c, f);
    }
}
