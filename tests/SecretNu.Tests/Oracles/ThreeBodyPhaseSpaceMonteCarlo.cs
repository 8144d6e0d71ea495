namespace SecretNu.Tests.Oracles;

/// <summary>
/// Seeded Monte-Carlo sampler of three-body phase space for M(m_M) → ℓ(m_ℓ) ν(0) Z′(M), built as the two-step decay
/// M → ℓ + X*, X* → ν Z′ with the recursion dΦ₃ = dΦ₂(P; p, Q) dΦ₂(Q; k, q) ds/(2π), s = Q² (PDG normalisation,
/// ∫dΦ₂ = |p*|/(4π√s)). With s uniform on [M², (m_M − m_ℓ)²], the X* rest-frame decay angle cos θ* uniform on
/// [−1, 1] and azimuths integrated out (Σ|𝓜|² depends on E_ℓ, E_ν only),
/// <code>Γ = 1/(2m_M) ∫dΦ₃ Σ|𝓜|² = E[ w Σ|𝓜|² ],  w = (s_max − s_min) |p*| |k*| / (64π³ m_M² √s)</code>
/// where |p*| = λ^½(m_M², m_ℓ², s)/(2m_M) is the ℓ (and X*) momentum in the meson frame and |k*| = (s − M²)/(2√s) the
/// ν momentum in the X* frame. The meson-frame energies follow from the boost of X* (E_X = m_M − E_ℓ, γβ = |p*|/√s):
/// E_ν = (E_X |k*| + |p*| |k*| cos θ*)/√s. No Dalitz limits are used: every sample is physical by construction.
/// </summary>
public sealed class ThreeBodyPhaseSpaceMonteCarlo
{
    readonly double _mM, _ml, _M, _sMin, _sMax;
    readonly Random _rng;

    public ThreeBodyPhaseSpaceMonteCarlo(double mesonMass, double leptonMass, double zMass, int seed)
    {
        _mM = mesonMass; _ml = leptonMass; _M = zMass;
        _sMin = zMass * zMass;
        _sMax = (mesonMass - leptonMass) * (mesonMass - leptonMass);
        _rng = new Random(seed);
    }

    /// <summary>One phase-space point: meson rest-frame E_ℓ, E_ν, E_Z′ and the weight w (E[w Σ|𝓜|²] = Γ).</summary>
    public (double El, double Enu, double Ez, double Weight) Next()
    {
        double s = _sMin + (_sMax - _sMin) * _rng.NextDouble();
        double cosStar = 2 * _rng.NextDouble() - 1;
        double rs = Math.Sqrt(s);
        double el = (_mM * _mM + _ml * _ml - s) / (2 * _mM);
        // λ(m_M², m_ℓ², s) = (m_M² − (m_ℓ + √s)²)(m_M² − (m_ℓ − √s)²)
        double pStar = Math.Sqrt(Math.Max((_mM * _mM - (_ml + rs) * (_ml + rs)) * (_mM * _mM - (_ml - rs) * (_ml - rs)), 0)) / (2 * _mM);
        double kStar = (s - _M * _M) / (2 * rs);
        double ex = _mM - el;
        double enu = kStar * (ex + pStar * cosStar) / rs;
        double w = (_sMax - _sMin) * pStar * kStar / (64 * Math.PI * Math.PI * Math.PI * _mM * _mM * rs);
        return (el, enu, _mM - el - enu, w);
    }
}

/// <summary>Running mean and standard error of a Monte-Carlo estimator E[x] from samples x_i.</summary>
public sealed class MeanAccumulator
{
    double _sum, _sum2;
    public long Count { get; private set; }
    public void Add(double x) { _sum += x; _sum2 += x * x; Count++; }
    public double Mean => _sum / Count;
    /// <summary>√(Var(x)/N).</summary>
    public double Error => Math.Sqrt(Math.Max(_sum2 / Count - Mean * Mean, 0) / (Count - 1));
}

/// <summary>Weighted histogram: per bin the Monte-Carlo estimate E[x·1_bin] and its standard error, N = all samples.</summary>
public sealed class Histogram(double lo, double hi, int bins)
{
    readonly double[] _sum = new double[bins], _sum2 = new double[bins];
    public double Lo => lo;
    public double Hi => hi;
    public int Bins => bins;
    public long Count { get; private set; }

    /// <summary>Counts one sample (x goes into the bin of <paramref name="at"/>; samples outside [lo, hi] only count).</summary>
    public void Fill(double at, double x)
    {
        Count++;
        int b = (int)Math.Floor((at - lo) / (hi - lo) * bins);
        if (b == bins && at <= hi) b--; // at == hi
        if (b < 0 || b >= bins) return;
        _sum[b] += x; _sum2[b] += x * x;
    }

    public double Edge(int b) => lo + (hi - lo) * b / bins;
    public double Mean(int b) => _sum[b] / Count;
    public double Error(int b) => Math.Sqrt(Math.Max(_sum2[b] / Count - Mean(b) * Mean(b), 0) / (Count - 1));
}
