namespace SecretNu.Numerics;

/// <summary>
/// Fixed-node Gauss–Legendre rules, cached per order, in two forms:
/// plain on [a, b], and "cosine-mapped": x = (a+b)/2 − (b−a)/2·cos θ with Gauss–Legendre in θ ∈ [0, π].
/// The cosine map turns √(x−a) and √(b−x) endpoint behaviour (Dalitz boundaries) into analytic integrands,
/// so the rule converges exponentially where plain Gauss–Legendre converges only algebraically.
/// </summary>
public sealed class Quadrature
{
    static readonly Dictionary<int, Quadrature> Plain = new(), Cosine = new();
    static readonly Lock Gate = new();

    /// <summary>Reference nodes t ∈ [−1, 1] and weights (plain), or u = −cos θ ∈ [−1, 1] and weights incl. Jacobian (cosine).</summary>
    public readonly double[] Nodes, Weights;
    /// <summary>Number of nodes n.</summary>
    public int Count => Nodes.Length;

    Quadrature(double[] nodes, double[] weights) { Nodes = nodes; Weights = weights; }

    /// <summary>Plain Gauss–Legendre with n nodes on [−1, 1].</summary>
    public static Quadrature GaussLegendre(int n)
    {
        lock (Gate)
        {
            if (Plain.TryGetValue(n, out var q)) return q;
            var (x, w) = LegendreNodes(n);
            q = new Quadrature(x, w);
            Plain[n] = q;
            return q;
        }
    }

    /// <summary>
    /// Gauss–Legendre nodes (ascending) and weights by Newton iteration on the Legendre recurrence. Written here rather
    /// than taken from MathNet.Numerics because its GaussLegendreRule keeps a shared static cache that is not
    /// thread-safe (parallel tests and scans got wrong nodes) and loses ~1e-11 for n ≳ 100.
    /// </summary>
    static (double[] X, double[] W) LegendreNodes(int n)
    {
        if (n < 1) throw new ArgumentOutOfRangeException(nameof(n));
        var x = new double[n];
        var w = new double[n];
        for (int i = 0; i < (n + 1) / 2; i++)
        {
            double z = Math.Cos(Math.PI * (i + 0.75) / (n + 0.5)), dp = 0;
            for (int iter = 0; iter < 100; iter++)
            {
                double p0 = 1, p1 = z;
                for (int k = 2; k <= n; k++) { double p2 = ((2 * k - 1) * z * p1 - (k - 1) * p0) / k; p0 = p1; p1 = p2; }
                if (n == 1) { p1 = z; p0 = 1; }
                dp = n * (z * p1 - p0) / (z * z - 1);
                double dz = p1 / dp;
                z -= dz;
                if (Math.Abs(dz) < 1e-16) break;
            }
            {
                double p0 = 1, p1 = z;
                for (int k = 2; k <= n; k++) { double p2 = ((2 * k - 1) * z * p1 - (k - 1) * p0) / k; p0 = p1; p1 = p2; }
                dp = n == 1 ? 1 : n * (z * p1 - p0) / (z * z - 1);
            }
            x[i] = -z; x[n - 1 - i] = z;
            w[i] = w[n - 1 - i] = 2 / ((1 - z * z) * dp * dp);
        }
        if (n % 2 == 1) x[n / 2] = 0;
        return (x, w);
    }

    /// <summary>Cosine-mapped Gauss–Legendre with n nodes: u = −cos θ, θ Gauss–Legendre on [0, π], weights w·(π/2)·sin θ.</summary>
    public static Quadrature CosineMapped(int n)
    {
        lock (Gate)
        {
            if (Cosine.TryGetValue(n, out var q)) return q;
            var gl = GaussLegendre(n);
            var u = new double[n];
            var w = new double[n];
            for (int i = 0; i < n; i++)
            {
                double theta = 0.5 * Math.PI * (gl.Nodes[i] + 1);
                u[i] = -Math.Cos(theta);
                w[i] = gl.Weights[i] * 0.5 * Math.PI * Math.Sin(theta);
            }
            q = new Quadrature(u, w);
            Cosine[n] = q;
            return q;
        }
    }

    /// <summary>Node i mapped to [a, b].</summary>
    public double X(int i, double a, double b) => 0.5 * (a + b) + 0.5 * (b - a) * Nodes[i];
    /// <summary>Weight i for [a, b].</summary>
    public double W(int i, double a, double b) => 0.5 * (b - a) * Weights[i];

    /// <summary>
    /// Nodes for ∫_lo^hi dx on a graded two-panel rule: Gauss–Legendre in ln x on [lo, split] (resolves structure
    /// ∝ 1/x, 1/x² from a pole at x = 0 just below lo, and polynomial growth over many decades), then the
    /// cosine-mapped rule on [split, hi] (resolves a square-root end at hi). Requires 0 &lt; lo. When split ≤ lo only
    /// the cosine panel is used. Returns the number of nodes written (≤ 2n).
    /// </summary>
    public static int LogThenCosine(double lo, double hi, double split, int n, Span<double> x, Span<double> w)
    {
        int k = 0;
        if (split > lo && lo > 0)
        {
            var gl = GaussLegendre(n);
            double uLo = Math.Log(lo), uHi = Math.Log(Math.Min(split, hi));
            for (int i = 0; i < n; i++, k++)
            {
                double v = Math.Exp(gl.X(i, uLo, uHi));
                x[k] = v;
                w[k] = gl.W(i, uLo, uHi) * v;
            }
            if (split >= hi) return k;
            lo = split;
        }
        var c = CosineMapped(n);
        for (int i = 0; i < n; i++, k++)
        {
            x[k] = c.X(i, lo, hi);
            w[k] = c.W(i, lo, hi);
        }
        return k;
    }

    /// <summary>∫_a^b f(x) dx by this rule (plain or cosine-mapped).</summary>
    public double Integrate(Func<double, double> f, double a, double b)
    {
        double s = 0;
        for (int i = 0; i < Nodes.Length; i++) s += W(i, a, b) * f(X(i, a, b));
        return s;
    }
}
