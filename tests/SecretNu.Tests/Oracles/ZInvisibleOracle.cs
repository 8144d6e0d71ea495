using System.Collections.Concurrent;
using System.Numerics;

namespace SecretNu.Tests.Oracles;

/// <summary>
/// Independent oracle for the O(g²) change of Γ(Z → ν ν̄ + invisible) from a vector Z′ (mass M) coupled as
/// g Z′_μ ν̄ γ^μ P_L ν: real emission Z → ν ν̄ Z′ plus the one-loop Z′ vertex and on-shell wave-function
/// correction to Z → ν ν̄. Results are in units of g²/(16π²) for one coupling g ((gg†)_αα = g²); s = m_Z² = 1 inside.
/// All fields are massless and the Z and Z′ both couple to ν_L, so P_L only halves Σ|M|² and Σ|M₀|² alike: the
/// ratios are those of a vector current with a massive photon (or of e⁺e⁻ → qq̄(g) with a massive gluon),
/// with α → g²/(4π), C_F → 1. No library code is used.
/// </summary>
public static class ZInvisibleOracle
{
    public const double MZ = 91.1876; // GeV (PDG)

    // ------------------------------------------------------------------ real emission

    /// <summary>
    /// Analytic tree matrix element T = s Σ|M(Z → ν ν̄ Z′)|² / (g² Σ|M(Z → ν ν̄)|²), with y₁ = (p₂+k)²/s,
    /// y₂ = (p₁+k)²/s, ε = M²/s:  T = 2[((1 − y₁ + ε)² + (1 − y₂ + ε)²)/(y₁y₂) − ε/y₁² − ε/y₂²]
    /// (the massive-gluon e⁺e⁻ → qq̄g matrix element; here not taken on trust but checked against
    /// <see cref="TraceRatio"/>, the explicit Dirac trace).
    /// </summary>
    public static double T(double y1, double y2, double eps) =>
        2 * ((Sq(1 - y1 + eps) + Sq(1 - y2 + eps)) / (y1 * y2) - eps / (y1 * y1) - eps / (y2 * y2));

    /// <summary>
    /// Γ(Z → ν ν̄ Z′)/Γ(Z → ν ν̄) per g²/(16π²). With dΦ₃ = s dy₁dy₂/(128π³) and Φ₂ = 1/(8π):
    /// Γ_real/Γ₀ = (g²/16π²) ∫ dy₁ dy₂ T over the Dalitz region y₁y₂ ≥ ε, y₁ + y₂ ≤ 1 + ε.
    /// Gauss–Legendre (n nodes) in u = ln y₁ on [ε, ½] and in v = ln(1 + ε − y₁) on [½, 1], inner in ln y₂ on
    /// [ε/y₁, 1 + ε − y₁]: in these variables y₁y₂T is smooth, so the soft/collinear log² growth costs nothing.
    /// </summary>
    public static double Real(double mass, int n = 64)
    {
        double eps = Sq(mass / MZ);
        // hi = 1 + ε − y₁ is passed separately so that it keeps full relative precision near y₁ → 1.
        double Inner(double y1, double hi) => Integrate(n, Math.Log(eps / y1), Math.Log(hi), v =>
        {
            double y2 = Math.Exp(v);
            return y2 * T(y1, y2, eps);
        });
        return Integrate(n, Math.Log(eps), Math.Log(0.5), u => Math.Exp(u) * Inner(Math.Exp(u), 1 + eps - Math.Exp(u)))
             + Integrate(n, Math.Log(eps), Math.Log(0.5 + eps), v => Math.Exp(v) * Inner(1 + eps - Math.Exp(v), Math.Exp(v)));
    }

    // ------------------------------------------------------------------ virtual correction

    /// <summary>
    /// 2 Re F(s = m_Z²) per g²/(16π²): F = (α/4π) Λ₂(s, M) is the UV-finite sum of the one-loop vertex and
    /// on-shell wave-function renormalisation for massless fermions exchanging a vector of mass M,
    /// Λ₂ = −7/2 − 2w − (2w + 3) ln(−w) + 2(1 + w)²[Li₂(1 + 1/w) − π²/6],  w = M²/(s + i0)
    /// (M. Böhm, W. Hollik, H. Spiesberger, Fortschr. Phys. 34 (1986) 687; also A. Denner, Fortschr. Phys. 41
    /// (1993) 307). Checked here against a Feynman-parameter integral at spacelike s (<see cref="FeynmanParameterF"/>).
    /// Timelike s > 0: Re ln(−w) = ln w and Re Li₂(x) = π²/3 − ½ ln²x − Li₂(1/x) for x = 1 + 1/w > 1, so
    /// Re Λ₂ = −L² + 3L − 7/2 + π²/3 + O(w), L = ln(s/M²).
    /// </summary>
    public static double Virtual(double mass)
    {
        double w = Sq(mass / MZ), x = 1 + 1 / w, lx = Math.Log(x);
        double reLi2 = Math.PI * Math.PI / 3 - 0.5 * lx * lx - Li2(1 / x);
        return 2 * (-3.5 - 2 * w - (2 * w + 3) * Math.Log(w) + 2 * Sq(1 + w) * (reLi2 - Math.PI * Math.PI / 6));
    }

    /// <summary>Λ₂ at spacelike s = −Q², w = −ε, ε = M²/Q² (all terms real).</summary>
    public static double Lambda2Spacelike(double eps) =>
        -3.5 + 2 * eps - (3 - 2 * eps) * Math.Log(eps) + 2 * Sq(1 - eps) * (Li2(1 - 1 / eps) - Math.PI * Math.PI / 6);

    /// <summary>
    /// F(q² = −Q²)/(α/2π) for massless fermions and a vector of mass M in Feynman gauge (the k^μk^ν/M² part cancels
    /// between vertex and Z₂ by the Ward identity), from Peskin &amp; Schroeder eq. (6.56) with m → 0, photon mass M and the
    /// subtraction F(0) = 0 (≡ on-shell Z₂ since Z₁ = Z₂):
    /// F/(α/2π) = ∫dx dy dz δ(1−x−y−z) [ln(εz/D) − (1−x)(1−y)/D],  D = εz + xy,  ε = M²/Q².
    /// With x = w t, y = w(1 − t): w ∈ (0,1) mapped by ln w and ln(1 − w), t = 1/(1 + e^{−v}) (symmetric in t ↔ 1 − t).
    /// </summary>
    public static double FeynmanParameterF(double eps, int n = 96)
    {
        double Tint(double w) => 2 * Integrate(n, 0, 40, v =>
        {
            double t = 1 / (1 + Math.Exp(-v)), x = w * t, y = w * (1 - t), z = 1 - w, d = eps * z + x * y;
            return w * (Math.Log(eps * z / d) - (1 - x) * (1 - y) / d) * t * (1 - t);
        });
        double lo = Math.Log(1e-15), mid = Math.Log(0.5);
        return Integrate(n, lo, mid, u => Math.Exp(u) * Tint(Math.Exp(u)))
             + Integrate(n, lo, mid, u => Math.Exp(u) * Tint(1 - Math.Exp(u)));
    }

    // ------------------------------------------------------------------ explicit Dirac traces

    /// <summary>
    /// s Σ|M_real|²/(g² Σ|M₀|²) at a Dalitz point from explicit 4×4 Dirac matrices (Dirac representation), with
    /// M_real = ū(p₁)[ε̸′P_L (p̸₁+k̸)/(p₁+k)² ε̸ P_L − ε̸ P_L (p̸₂+k̸)/(p₂+k)² ε̸′P_L]v(p₂) (ε: Z, ε′: Z′), M₀ = ū(p₁)ε̸P_L v(p₂).
    /// Returns the part with −g^{μν} polarisation sums and, separately, everything the k^μk^ν/M² (Z′) and q^μq^ν/m_Z² (Z)
    /// terms add; the Ward identity of the conserved ν_L currents makes the latter vanish.
    /// </summary>
    public static (double MinusG, double Longitudinal) TraceRatio(double y1, double y2, double eps)
    {
        double e1 = (1 - y1) / 2, e2 = (1 - y2) / 2, ek = (y1 + y2) / 2, kk = ek * ek - eps;
        double c = (kk - e1 * e1 - e2 * e2) / (2 * e1 * e2), sn = Math.Sqrt(Math.Max(0, 1 - c * c));
        double[] p1 = [e1, 0, 0, e1], p2 = [e2, e2 * sn, 0, e2 * c], k = [ek, -e2 * sn, 0, -e1 - e2 * c];
        double[] p1k = Plus(p1, k), p2k = Plus(p2, k);
        Complex[,] s1 = Slash(Lower(p1)), s2 = Slash(Lower(p2));
        Complex[,] prop1 = Scale(Slash(Lower(p1k)), 1 / Dot(p1k, p1k)), prop2 = Scale(Slash(Lower(p2k)), -1 / Dot(p2k, p2k));

        // −g_{μν} = Σ_a w_a e_a e_a (lower components), plus q_μq_ν/s (q = (1,0,0,0)) and k_μk_ν/M².
        (double W, double[] C)[] zPol = [.. Minus_g, (1, [1, 0, 0, 0])], zpPol = [.. Minus_g, (1 / eps, Lower(k))];
        double minusG = 0, extra = 0;
        for (int a = 0; a < 5; a++)
            for (int b = 0; b < 5; b++)
            {
                Complex[,] ez = Mul(Slash(zPol[a].C), PL), ezp = Mul(Slash(zpPol[b].C), PL);
                var amp = Add(Mul(ezp, prop1, ez), Mul(ez, prop2, ezp));
                double term = zPol[a].W * zpPol[b].W * SpinSum(s1, amp, s2);
                if (a < 4 && b < 4) minusG += term; else extra += term;
            }
        return (minusG / Born(), extra / Born());
    }

    /// <summary>Σ|M₀|² for Z → ν ν̄ at s = 1 (Z polarisation sum −g + qq/s).</summary>
    static double Born()
    {
        Complex[,] s1 = Slash(Lower([0.5, 0, 0, 0.5])), s2 = Slash(Lower([0.5, 0, 0, -0.5]));
        (double W, double[] C)[] zPol = [.. Minus_g, (1, [1, 0, 0, 0])];
        return zPol.Sum(p => p.W * SpinSum(s1, Mul(Slash(p.C), PL), s2));
    }

    static readonly (double W, double[] C)[] Minus_g =
        [(-1, [1, 0, 0, 0]), (1, [0, 1, 0, 0]), (1, [0, 0, 1, 0]), (1, [0, 0, 0, 1])];

    static readonly Complex[][,] Gamma = BuildGammas();
    static readonly Complex[,] PL = BuildPL();

    static Complex[][,] BuildGammas()
    {
        Complex i = Complex.ImaginaryOne;
        Complex[][,] sigma = [new Complex[,] { { 0, 1 }, { 1, 0 } }, new Complex[,] { { 0, -i }, { i, 0 } }, new Complex[,] { { 1, 0 }, { 0, -1 } }];
        var g = new Complex[4][,];
        g[0] = new Complex[4, 4];
        for (int r = 0; r < 4; r++) g[0][r, r] = r < 2 ? 1 : -1;
        for (int m = 1; m < 4; m++)
        {
            g[m] = new Complex[4, 4];
            for (int r = 0; r < 2; r++)
                for (int q = 0; q < 2; q++) { g[m][r, q + 2] = sigma[m - 1][r, q]; g[m][r + 2, q] = -sigma[m - 1][r, q]; }
        }
        return g;
    }

    static Complex[,] BuildPL() // (1 − γ⁵)/2, γ⁵ = iγ⁰γ¹γ²γ³
    {
        var g5 = Scale(Mul(Gamma[0], Gamma[1], Gamma[2], Gamma[3]), Complex.ImaginaryOne);
        var p = new Complex[4, 4];
        for (int r = 0; r < 4; r++) for (int q = 0; q < 4; q++) p[r, q] = ((r == q ? 1 : 0) - g5[r, q]) / 2;
        return p;
    }

    /// <summary>Re Tr[p̸₁ A p̸₂ Ā], Ā = γ⁰A†γ⁰: Σ_spins |ū(p₁) A v(p₂)|² for massless spinors.</summary>
    static double SpinSum(Complex[,] s1, Complex[,] a, Complex[,] s2)
    {
        var bar = new Complex[4, 4];
        for (int r = 0; r < 4; r++) for (int q = 0; q < 4; q++) bar[r, q] = Complex.Conjugate(a[q, r]);
        var m = Mul(s1, a, s2, Gamma[0], bar, Gamma[0]);
        return (m[0, 0] + m[1, 1] + m[2, 2] + m[3, 3]).Real;
    }

    static Complex[,] Slash(double[] lower) // c_μ γ^μ
    {
        var s = new Complex[4, 4];
        for (int m = 0; m < 4; m++) for (int r = 0; r < 4; r++) for (int q = 0; q < 4; q++) s[r, q] += lower[m] * Gamma[m][r, q];
        return s;
    }

    static Complex[,] Mul(params Complex[][,] ms)
    {
        var acc = ms[0];
        foreach (var b in ms.Skip(1))
        {
            var c = new Complex[4, 4];
            for (int r = 0; r < 4; r++) for (int q = 0; q < 4; q++) for (int t = 0; t < 4; t++) c[r, q] += acc[r, t] * b[t, q];
            acc = c;
        }
        return acc;
    }

    static Complex[,] Add(Complex[,] a, Complex[,] b)
    {
        var c = new Complex[4, 4];
        for (int r = 0; r < 4; r++) for (int q = 0; q < 4; q++) c[r, q] = a[r, q] + b[r, q];
        return c;
    }

    static Complex[,] Scale(Complex[,] a, Complex f)
    {
        var c = new Complex[4, 4];
        for (int r = 0; r < 4; r++) for (int q = 0; q < 4; q++) c[r, q] = a[r, q] * f;
        return c;
    }

    static double[] Plus(double[] a, double[] b) => [a[0] + b[0], a[1] + b[1], a[2] + b[2], a[3] + b[3]];
    static double[] Lower(double[] p) => [p[0], -p[1], -p[2], -p[3]];
    static double Dot(double[] a, double[] b) => a[0] * b[0] - a[1] * b[1] - a[2] * b[2] - a[3] * b[3];

    // ------------------------------------------------------------------ numerics

    /// <summary>Real dilogarithm for x ≤ 1 (series on |x| ≤ ½, reflection and inversion elsewhere).</summary>
    public static double Li2(double x)
    {
        const double z2 = Math.PI * Math.PI / 6;
        if (x == 1) return z2;
        if (x < -1) return -z2 - 0.5 * Sq(Math.Log(-x)) - Li2(1 / x);
        if (x > 0.5) return z2 - Math.Log(x) * Math.Log(1 - x) - Li2(1 - x);
        if (x < -0.5) return -Li2(x / (x - 1)) - 0.5 * Sq(Math.Log(1 - x));
        double sum = 0, p = x;
        for (int k = 1; k < 200 && Math.Abs(p) > 1e-18; k++, p *= x) sum += p / ((double)k * k);
        return sum;
    }

    static readonly ConcurrentDictionary<int, (double[] X, double[] W)> Nodes = new();

    static double Integrate(int n, double a, double b, Func<double, double> f)
    {
        var (xs, ws) = Nodes.GetOrAdd(n, GaussLegendre);
        double h = (b - a) / 2, m = (a + b) / 2, s = 0;
        for (int i = 0; i < n; i++) s += ws[i] * f(m + h * xs[i]);
        return s * h;
    }

    static (double[] X, double[] W) GaussLegendre(int n)
    {
        double[] xs = new double[n], ws = new double[n];
        for (int i = 0; i < n; i++)
        {
            double x = Math.Cos(Math.PI * (i + 0.75) / (n + 0.5)), dp = 0;
            for (int it = 0; it < 100; it++)
            {
                double p0 = 1, p1 = x;
                for (int k = 2; k <= n; k++) (p0, p1) = (p1, ((2 * k - 1) * x * p1 - (k - 1) * p0) / k);
                dp = n * (x * p1 - p0) / (x * x - 1);
                double dx = p1 / dp;
                x -= dx;
                if (Math.Abs(dx) < 1e-15) break;
            }
            xs[i] = x;
            ws[i] = 2 / ((1 - x * x) * dp * dp);
        }
        return (xs, ws);
    }

    static double Sq(double x) => x * x;
}
