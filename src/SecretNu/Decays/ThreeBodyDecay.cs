using SecretNu.Numerics;
using SecretNu.Physics;

namespace SecretNu.Decays;

/// <summary>Node counts for the Dalitz integrals: cosine-mapped outer rule, Gauss–Legendre inner rule.</summary>
/// <remarks>Outer: nodes per outer panel; Inner: nodes per inner panel of 2.5 decades in s, used only where the exact
/// inner integrals (<see cref="LaurentSlice"/>) would lose digits (a Z′ nearly at rest in order 3). Defaults chosen
/// by the convergence study in ThreeBodyDecayTests (orders 1, 2, 3 agree to ≤ 3e-10 for every channel and m_Z′ from
/// 1e-7 GeV to 0.999 of closure).</remarks>
public sealed record DalitzQuadrature(int Outer = 96, int Inner = 16)
{
    /// <summary>The defaults: 96 outer and 16 inner nodes.</summary>
    public static readonly DalitzQuadrature Default = new();
}

/// <summary>
/// M⁺ → ℓ_α⁺ ν Z′ with the charged-lepton mass kept (physics.md §3). All rates are per unit |g|², i.e. for
/// Σ_β g_αβ² = 1; multiply by Σ_β g_αβ² (or by g_αβ² for one final ν_β).
/// <para>Squared amplitude (3.1): Σ|𝓜|² = 4K_M[k·Y + 2(k·q)(Y·q)/M²], Y = a p + b Q, split by Z′ helicity as in (3.3);
/// phase space (3.4): Γ = 1/(64π³m_M) ∫∫ dE_ℓ dE_ν Σ|𝓜|², with the three integration orders of §3.5. Orders 2 and 3
/// integrate the inner variable exactly: along a line of fixed E_ν or E_Z′ the amplitudes are Laurent polynomials in
/// s (<see cref="AmplitudeSlices"/>).</para>
/// </summary>
public sealed class ThreeBodyDecay
{
    /// <summary>The decaying charged meson M⁺.</summary>
    public ChargedMeson Meson { get; }
    /// <summary>Charged-lepton mass m_ℓ [GeV] (≥ 0).</summary>
    public double LeptonMass { get; }
    /// <summary>Z′ mass M [GeV], 0 &lt; M &lt; m_M − m_ℓ.</summary>
    public double ZMass { get; }
    /// <summary>Overall rate normalisation (derived or the seed's ×½).</summary>
    public RateNormalisation Normalisation { get; }
    /// <summary>Node counts of the Dalitz integrals.</summary>
    public DalitzQuadrature Quadrature { get; }

    readonly double _mM, _ml, _M, _mM2, _ml2, _M2, _invM2;
    /// <summary>4 K_M × normalisation factor (seed: ×½).</summary>
    readonly double _amp;
    /// <summary>1/(64π³ m_M).</summary>
    readonly double _phaseSpace;

    /// <summary>M⁺ → ℓ⁺νZ′ for a charged lepton at its PDG mass; throws <see cref="KinematicsException"/> when closed.</summary>
    /// <param name="meson">The decaying meson.</param>
    /// <param name="lepton">The charged lepton ℓ_α.</param>
    /// <param name="zMass">Z′ mass M [GeV], 0 &lt; M &lt; m_M − m_ℓ.</param>
    /// <param name="normalisation">Overall normalisation; default derived.</param>
    /// <param name="quadrature">Node counts; default <see cref="DalitzQuadrature.Default"/>.</param>
    public ThreeBodyDecay(ChargedMeson meson, ChargedLepton lepton, double zMass,
        RateNormalisation normalisation = RateNormalisation.Derived, DalitzQuadrature? quadrature = null)
        : this(meson, lepton.Mass, zMass, normalisation, quadrature) { }

    /// <summary>With an explicit lepton mass (0 gives the massless closed forms of §3.6).</summary>
    public ThreeBodyDecay(ChargedMeson meson, double leptonMass, double zMass,
        RateNormalisation normalisation = RateNormalisation.Derived, DalitzQuadrature? quadrature = null)
    {
        if (!IsOpen(meson.Mass, leptonMass, zMass))
            throw new KinematicsException(
                $"{meson.Name} → ℓνZ′ with m_ℓ = {leptonMass} GeV is closed for m_Z′ = {zMass} GeV (needs 0 < m_Z′ < {meson.Mass - leptonMass:G6} GeV)");
        Meson = meson;
        LeptonMass = leptonMass;
        ZMass = zMass;
        Normalisation = normalisation;
        Quadrature = quadrature ?? DalitzQuadrature.Default;
        _mM = meson.Mass; _ml = leptonMass; _M = zMass;
        _mM2 = _mM * _mM; _ml2 = _ml * _ml; _M2 = _M * _M; _invM2 = 1 / _M2;
        _amp = 4 * meson.WeakFactor * normalisation.Factor();
        _phaseSpace = 1 / (64 * Math.PI * Math.PI * Math.PI * _mM);
    }

    /// <summary>True when the channel is kinematically open: 0 &lt; m_Z′ &lt; m_M − m_ℓ (masses [GeV]; m_Z′ finite).</summary>
    public static bool IsOpen(double mesonMass, double leptonMass, double zMass) =>
        double.IsFinite(zMass) && zMass > 0 && zMass < mesonMass - leptonMass;

    /// <summary>True when M⁺ → ℓ⁺νZ′ is open for these particles and m_Z′ [GeV].</summary>
    public static bool IsOpen(ChargedMeson meson, ChargedLepton lepton, double zMass) => IsOpen(meson.Mass, lepton.Mass, zMass);

    // ---------------- Dalitz region (§3.5) ----------------

    /// <summary>Smallest charged-lepton energy E_ℓ [GeV] in the meson rest frame: m_ℓ (lepton at rest).</summary>
    public double LeptonEnergyMin => _ml;
    /// <summary>Largest E_ℓ [GeV] in the meson rest frame: (m_M² + m_ℓ² − M²)/(2m_M).</summary>
    public double LeptonEnergyMax => (_mM2 + _ml2 - _M2) / (2 * _mM);
    /// <summary>Largest neutrino energy E_ν [GeV] in the meson rest frame: (m_M² − (m_ℓ + M)²)/(2m_M).</summary>
    public double NeutrinoEnergyMax => (_mM2 - (_ml + _M) * (_ml + _M)) / (2 * _mM);
    /// <summary>Smallest Z′ energy [GeV] in the meson rest frame: M (Z′ at rest).</summary>
    public double ZEnergyMin => _M;
    /// <summary>(m_M² + M² − m_ℓ²)/(2m_M): the seed's formula without −m_ℓ² is wrong for massive leptons.</summary>
    public double ZEnergyMax => (_mM2 + _M2 - _ml2) / (2 * _mM);

    /// <summary>Order 1: E_ν range at fixed E_ℓ, (s − M²)(m_M − E_ℓ ∓ |p_ℓ|)/(2s).</summary>
    public (double Lo, double Hi) NeutrinoRange(double el)
    {
        double s = _mM2 + _ml2 - 2 * _mM * el;
        double pl = Math.Sqrt(Math.Max(el * el - _ml2, 0));
        double f = (s - _M2) / (2 * s);
        return (f * (_mM - el - pl), f * (_mM - el + pl));
    }

    /// <summary>Order 2: E_ℓ range at fixed E_ν.</summary>
    public (double Lo, double Hi) LeptonRangeAtNeutrino(double enu)
    {
        double s2 = _mM2 - 2 * _mM * enu, rs = Math.Sqrt(s2);
        double els = (s2 + _ml2 - _M2) / (2 * rs);
        double pls = Math.Sqrt(Math.Max(els * els - _ml2, 0));
        return (((_mM - enu) * els - enu * pls) / rs, ((_mM - enu) * els + enu * pls) / rs);
    }

    /// <summary>Order 3: E_ℓ range at fixed E_Z′.</summary>
    public (double Lo, double Hi) LeptonRangeAtZ(double ez)
    {
        double s1 = _mM2 + _M2 - 2 * _mM * ez, rs = Math.Sqrt(s1);
        double els = (s1 + _ml2) / (2 * rs), ps = (s1 - _ml2) / (2 * rs);
        double q = Math.Sqrt(Math.Max(ez * ez - _M2, 0));
        return (((_mM - ez) * els - q * ps) / rs, ((_mM - ez) * els + q * ps) / rs);
    }

    // ---------------- squared amplitudes per |g|² (3.1), (3.3) ----------------

    /// <summary>Σ|𝓜|²/|g|² summed over spins and Z′ polarisations, eq. (3.1). Arguments: meson rest-frame E_ℓ, E_ν [GeV].</summary>
    public double SquaredAmplitude(double el, double enu)
    {
        double ez = _mM - el - enu;
        double s = _mM2 + _ml2 - 2 * _mM * el, invS = 1 / s;
        double a = 1 - _ml2 * invS;
        double b = 2 * _ml2 * invS * (1 + (_mM * el - _ml2) * invS);
        double kp = 0.5 * (_mM2 + _M2 - _ml2 - 2 * _mM * ez);
        double kq = 0.5 * (s - _M2);
        double pq = 0.5 * (_mM2 - _ml2 - _M2 - 2 * _mM * enu);
        double kY = a * kp + b * kq;
        double Yq = a * pq + b * (kq + _M2);
        return _amp * (kY + 2 * kq * Yq * _invM2);
    }

    /// <summary>|𝓜_λ|²/|g|² for Z′ helicity λ = 0, +1, −1 along its direction in the meson rest frame, eq. (3.3).
    /// The transverse parts are computed directly, never as total − longitudinal.</summary>
    public HelicityRates SquaredAmplitudes(double el, double enu)
    {
        double ez = _mM - el - enu;
        double s = _mM2 + _ml2 - 2 * _mM * el;
        double a = 1 - _ml2 / s;
        double b = 2 * _ml2 / s * (1 + (_mM * el - _ml2) / s);
        double kp = 0.5 * (_mM2 + _M2 - _ml2 - 2 * _mM * ez);
        double kq = 0.5 * (s - _M2);
        double pq = 0.5 * (_mM2 - _ml2 - _M2 - 2 * _mM * enu);
        double kY = a * kp + b * kq;
        double Yq = a * pq + b * (kq + _M2);

        double q = Math.Sqrt(Math.Max(ez * ez - _M2, 0));
        if (q <= 0) return new HelicityRates(_amp * (kY + 2 * kq * Yq * _invM2), 0, 0);
        double pl2 = Math.Max(el * el - _ml2, 0);
        double kPar = (pl2 - enu * enu - q * q) / (2 * q);
        double kPerp2 = Math.Max(enu * enu - kPar * kPar, 0);
        double y0 = a * el + b * (enu + ez);
        double yPar = (b - a) * (kPar + q);
        double kEpsL = (ez * kq - _M2 * enu) / (_M * q);
        double yEpsL = (ez * Yq - _M2 * y0) / (_M * q);

        double longitudinal = _amp * (2 * kEpsL * yEpsL + kY);
        double common = (b - a) * kPerp2 + kY;
        double asym = enu * yPar - kPar * y0;
        return new HelicityRates(longitudinal, _amp * (common - asym), _amp * (common + asym));
    }

    // ---------------- single-differential spectra per |g|² ----------------

    /// <summary>dΓ/dE_ℓ [GeV/GeV] (order 1). The total is linear in E_ν at fixed E_ℓ, so the inner integral is
    /// exactly (width) × (integrand at the midpoint).</summary>
    public double LeptonSpectrum(double el)
    {
        if (!(el > _ml && el < LeptonEnergyMax)) return 0;
        var (lo, hi) = NeutrinoRange(el);
        return _phaseSpace * (hi - lo) * SquaredAmplitude(el, 0.5 * (lo + hi));
    }

    /// <summary>dΓ/dE_ν of the primary neutrino [GeV/GeV] (order 2): the inner integral over E_ℓ is exact
    /// (<see cref="AmplitudeSlices.AtNeutrinoEnergy"/>) over the s range of <see cref="SRangeAtNeutrino"/>.</summary>
    public double NeutrinoSpectrum(double enu)
    {
        if (!(enu > 0 && enu < NeutrinoEnergyMax)) return 0;
        var (sLo, ds) = SRangeAtNeutrino(enu);
        return _phaseSpace * _amp / (2 * _mM) * AmplitudeSlices.AtNeutrinoEnergy(_mM, _ml2, _M2, enu).Integrate(sLo, ds);
    }


    /// <summary>dΓ_λ/dE_Z′ per helicity [GeV/GeV] (order 3): exact inner integrals
    /// (<see cref="AmplitudeSlices.AtZEnergy"/>) over the s range of <see cref="SRangeAtZ"/>. The slice coefficients
    /// carry 1/|q|² and cancel to the finite amplitude as the Z′ comes to rest (relative rounding ≈ 1e-16·(E_Z′/|q|)⁴),
    /// so below |q| = <see cref="SliceMinimumVelocity"/>·E_Z′ the point-by-point amplitudes (3.3) are integrated
    /// numerically instead.</summary>
    public HelicityRates ZSpectrum(double ez)
    {
        if (!(ez > _M && ez < ZEnergyMax)) return default;
        if ((ez - _M) * (ez + _M) < SliceMinimumVelocity * SliceMinimumVelocity * ez * ez) return ZSpectrumByQuadrature(ez);
        var (sLo, ds) = SRangeAtZ(ez);
        var (l, t, a) = AmplitudeSlices.AtZEnergy(_mM, _ml2, _M2, ez);
        double il = l.Integrate(sLo, ds), it = t.Integrate(sLo, ds), ia = a.Integrate(sLo, ds);
        return (_phaseSpace * _amp / (2 * _mM)) * new HelicityRates(il, it - ia, it + ia);
    }

    /// <summary>Z′ velocity |q|/E_Z′ below which <see cref="ZSpectrum"/> integrates numerically (rounding of the
    /// slices there ≤ 1e-12).</summary>
    public const double SliceMinimumVelocity = 0.2;

    HelicityRates ZSpectrumByQuadrature(double ez)
    {
        var (sLo, ds) = SRangeAtZ(ez);
        Span<double> x = stackalloc double[MaxInnerPanels * Quadrature.Inner], w = stackalloc double[MaxInnerPanels * Quadrature.Inner];
        int n = InnerLeptonNodes(sLo, sLo + ds, x, w);
        double l = 0, p = 0, m = 0;
        for (int i = 0; i < n; i++)
        {
            var r = SquaredAmplitudes(x[i], _mM - x[i] - ez);
            l += w[i] * r.Longitudinal; p += w[i] * r.Plus; m += w[i] * r.Minus;
        }
        return _phaseSpace * new HelicityRates(l, p, m);
    }

    /// <summary>
    /// Range of s = (p_ν + p_Z′)² at fixed E_ν, as (lower end, width), from the ℓZ′ rest frame (mass² s₂ = m_M² −
    /// 2m_M E_ν) where E_ν* = m_M E_ν/√s₂ and the Z′ has E_Z*, p_Z* = λ^½(s₂, M², m_ℓ²)/(2√s₂):
    /// s = M² + 2E_ν*(E_Z* ∓ p_Z*), i.e. s_lo = M²(1 + 2E_ν*/(E_Z* + p_Z*)) and width 4E_ν* p_Z*, free of the
    /// cancellation in m_M² + m_ℓ² − 2m_M E_ℓ^max (s_lo can be 1e-14 GeV² against m_M² ≈ 0.25 GeV²).
    /// </summary>
    public (double Lo, double Width) SRangeAtNeutrino(double enu)
    {
        double s2 = _mM2 - 2 * _mM * enu, rs = Math.Sqrt(s2);
        double eNu = _mM * enu / rs, eZ = (s2 + _M2 - _ml2) / (2 * rs);
        double pZ = Math.Sqrt(Math.Max((s2 - (_M + _ml) * (_M + _ml)) * (s2 - (_M - _ml) * (_M - _ml)), 0)) / (2 * rs);
        return (_M2 * (1 + 2 * eNu / (eZ + pZ)), 4 * eNu * pZ);
    }

    /// <summary>
    /// Range of s at fixed E_Z′ = e, as (lower end, width), from the ℓν rest frame (mass² s₁ = m_M² + M² − 2m_M e)
    /// where the ν has momentum p* = (s₁ − m_ℓ²)/(2√s₁) and the Z′ has E_Z* = (m_M e − M²)/√s₁, p_Z* = m_M|q|/√s₁:
    /// s = M² + 2p*(E_Z* ∓ p_Z*), i.e. s_lo = M²(1 + 2p*/(E_Z* + p_Z*)) and width 4p* p_Z*.
    /// </summary>
    public (double Lo, double Width) SRangeAtZ(double ez)
    {
        double s1 = _mM2 + _M2 - 2 * _mM * ez, rs = Math.Sqrt(s1);
        double pStar = (s1 - _ml2) / (2 * rs), eZ = (_mM * ez - _M2) / rs;
        double pZ = _mM * Math.Sqrt(Math.Max((ez - _M) * (ez + _M), 0)) / rs;
        return (_M2 * (1 + 2 * pStar / (eZ + pZ)), 4 * pStar * pZ);
    }

    /// <summary>
    /// Nodes (E_ℓ) and weights for an inner integral over E_ℓ with s = Q² = m_M² + m_ℓ² − 2m_M E_ℓ ∈ [sLo, sHi],
    /// integrated in ln s, on composite panels of at most <see cref="InnerPanelDecades"/> decades of s with <see cref="DalitzQuadrature.Inner"/>
    /// Gauss–Legendre nodes each. With a massive lepton the integrand has terms ∝ m_ℓ²/s and m_ℓ²/s² (a, b of
    /// eq. 3.1), i.e. a pole at s = 0 just below the smallest s (≥ M²), so every decade of s can matter: in ln s
    /// those terms are smooth, and short panels keep the polynomial part resolved over the up to 13 decades of s at
    /// m_Z′ = 1e-7 GeV. Returns the number of nodes written.
    /// </summary>
    int InnerLeptonNodes(double sLo, double sHi, Span<double> x, Span<double> w)
    {
        var rule = Numerics.Quadrature.GaussLegendre(Quadrature.Inner);
        double c = _mM2 + _ml2, j = 1 / (2 * _mM);
        double uLo = Math.Log(sLo), uHi = Math.Log(sHi);
        int panels = Math.Clamp((int)Math.Ceiling((uHi - uLo) / (InnerPanelDecades * Math.Log(10))), 1, MaxInnerPanels);
        double du = (uHi - uLo) / panels;
        int k = 0;
        for (int p = 0; p < panels; p++)
        {
            double a = uLo + p * du, b = a + du;
            for (int i = 0; i < rule.Count; i++, k++)
            {
                double s = Math.Exp(rule.X(i, a, b));
                x[k] = (c - s) * j;
                w[k] = rule.W(i, a, b) * s * j;
            }
        }
        return k;
    }

    /// <summary>Decades of s per inner panel.</summary>
    public const double InnerPanelDecades = 2.5;
    /// <summary>Upper bound on inner panels (s spans ≤ 15 decades for m_Z′ ≥ 1e-8 GeV).</summary>
    public const int MaxInnerPanels = 8;

    // ---------------- integrated quantities ----------------

    /// <summary>Γ/|g|² [GeV] by integration order 1 (outer E_ℓ, exact inner midpoint rule).</summary>
    public double Width() => IntegrateOrder1(static (_, _) => 1);

    /// <summary>Γ/|g|² [GeV] by integration order 2 (outer E_ν).</summary>
    public double WidthOrder2() => IntegrateOrder2(static _ => 1);

    /// <summary>Γ_λ/|g|² [GeV] by integration order 3 (outer E_Z′).</summary>
    public HelicityRates WidthByHelicity() => IntegrateOrder3(static _ => 1);

    /// <summary>Γ/|g|²/Γ_M: the three-body branching fraction per unit coupling, with Γ_M = ħ/τ_M.</summary>
    public double BranchingFractionPerG2() => Width() / Meson.Width;

    /// <summary>Mean rest-frame energies of ℓ (order 1), primary ν (order 2) and Z′ (order 3), each from its own
    /// integration order, so that ⟨E_ℓ⟩ + ⟨E_ν⟩ + ⟨E_Z′⟩ = m_M is a genuine check.</summary>
    public (double Lepton, double Neutrino, double ZPrime) MeanEnergies()
    {
        double el = IntegrateOrder1(static (x, _) => x) / Width();
        double en = IntegrateOrder2(static x => x) / WidthOrder2();
        double ez = IntegrateOrder3(static x => x).Total / WidthByHelicity().Total;
        return (el, en, ez);
    }

    /// <summary>∫dE_ℓ ∫dE_ν g(E_ℓ, E_ν) Σ|𝓜|²/(64π³m_M) for g at most linear in E_ν (2-point Gauss inner rule is exact
    /// for the cubic integrand).</summary>
    double IntegrateOrder1(Func<double, double, double> g)
    {
        // Outer variable s = m_M² + m_ℓ² − 2m_M E_ℓ ∈ [M², (m_M − m_ℓ)²]: graded in ln s below a quarter of the range
        // when m_ℓ > 0 (pole of a, b at s = 0), cosine-mapped above (√ at E_ℓ = m_ℓ).
        int n = Quadrature.Outer;
        Span<double> sx = stackalloc double[2 * n], sw = stackalloc double[2 * n];
        double sTop = (_mM - _ml) * (_mM - _ml);
        int count = Numerics.Quadrature.LogThenCosine(_M2, sTop, _ml > 0 ? 0.25 * sTop : 0, n, sx, sw);
        double c = _mM2 + _ml2, j = 1 / (2 * _mM), h = 0.5 / Math.Sqrt(3), sum = 0;
        for (int i = 0; i < count; i++)
        {
            double el = (c - sx[i]) * j;
            var (lo, hi) = NeutrinoRange(el);
            double mid = 0.5 * (lo + hi), width = hi - lo;
            double e1 = mid - h * width, e2 = mid + h * width;
            double inner = 0.5 * width * (g(el, e1) * SquaredAmplitude(el, e1) + g(el, e2) * SquaredAmplitude(el, e2));
            sum += sw[i] * j * inner;
        }
        return _phaseSpace * sum;
    }

    double IntegrateOrder2(Func<double, double> g)
    {
        var rule = Numerics.Quadrature.CosineMapped(Quadrature.Outer);
        double a = 0, b = NeutrinoEnergyMax, sum = 0;
        for (int i = 0; i < rule.Count; i++)
        {
            double enu = rule.X(i, a, b);
            sum += rule.W(i, a, b) * g(enu) * NeutrinoSpectrum(enu);
        }
        return sum;
    }

    HelicityRates IntegrateOrder3(Func<double, double> g)
    {
        int n = Math.Max(16, Quadrature.Outer / 2), size = ZEnergyPanels().Count * n;
        Span<double> ex = size <= 4096 ? stackalloc double[size] : new double[size];
        Span<double> ew = size <= 4096 ? stackalloc double[size] : new double[size];
        int count = ZEnergyNodes(n, ex, ew);
        HelicityRates sum = default;
        for (int i = 0; i < count; i++) sum += (ew[i] * g(ex[i])) * ZSpectrum(ex[i]);
        return sum;
    }

    /// <summary>
    /// Panels for an outer integral over E_Z′ ∈ [M, E_Z^max] (Gauss–Legendre in each panel's variable; logarithmic
    /// ranges cut into pieces of at most a decade):
    /// cosine-mapped on [M, 2M] (|q| = √(E_Z² − M²) at threshold); ln E_Z on [2M, E_c] (the transverse spectrum of
    /// massive-lepton channels grows like 1/E_Z above M, as for bremsstrahlung); above E_c, where s₁ = (p+k)² =
    /// m_M² + M² − 2m_M E_Z falls to a quarter of its range, s₁ = m_ℓ² cosh²v when m_ℓ > 0 (at E_Z^max the
    /// spectrum vanishes like √(s₁ − m_ℓ²), and for s₁ ≫ m_ℓ² the amplitude has a pole at s₁ = 0 just below m_ℓ²),
    /// cosine-mapped otherwise.
    /// </summary>
    public IReadOnlyList<EnergyPanel> ZEnergyPanels()
    {
        double c = _mM2 + _M2, twoM = 2 * _mM;
        double sTop = (_mM - _M) * (_mM - _M), sC = 0.25 * sTop;
        double eMax = ZEnergyMax, eC;
        var panels = new List<EnergyPanel>(16);
        if (_ml > 0 && _ml2 < 0.25 * sC)
        {
            // s₁ = m_ℓ² cosh²v: v from 0 (E_Z′ at its maximum, √ end) to s₁ = s_c, in pieces of ≤ ln10/2 (a decade of s₁)
            double vMax = Math.Acosh(Math.Sqrt(sC / _ml2));
            int pieces = Math.Max(1, (int)Math.Ceiling(vMax / (0.5 * Math.Log(10))));
            for (int i = 0; i < pieces; i++)
                panels.Add(new EnergyPanel(PanelMap.CoshS1, vMax * i / pieces, vMax * (i + 1) / pieces, c, twoM, _ml2));
            eC = (c - sC) / twoM;
        }
        else
        {
            eC = _ml > 0 ? 0.5 * (_M + eMax) : (c - sC) / twoM;
            panels.Add(new EnergyPanel(PanelMap.Cosine, eC, eMax));
        }
        if (eC > 4 * _M)
        {
            foreach (var (a, b) in Decades(2 * _M, eC)) panels.Add(new EnergyPanel(PanelMap.Log, a, b));
            panels.Add(new EnergyPanel(PanelMap.Cosine, _M, 2 * _M));
        }
        else panels.Add(new EnergyPanel(PanelMap.Cosine, _M, eC));
        return panels;
    }

    /// <summary>[a, b] cut into equal logarithmic pieces of at most one decade each, so that integrands growing like a
    /// power of the variable stay well conditioned for Gauss–Legendre quadrature and for interpolation.</summary>
    static IEnumerable<(double, double)> Decades(double a, double b)
    {
        int n = Math.Max(1, (int)Math.Ceiling(Math.Log10(b / a) - 1e-9));
        double r = Math.Pow(b / a, 1.0 / n);
        double lo = a;
        for (int i = 0; i < n; i++)
        {
            double hi = i == n - 1 ? b : lo * r;
            yield return (lo, hi);
            lo = hi;
        }
    }

    /// <summary>Nodes and weights of <see cref="ZEnergyPanels"/> with n Gauss–Legendre nodes per panel.</summary>
    public int ZEnergyNodes(int n, Span<double> x, Span<double> w)
    {
        var gl = Numerics.Quadrature.GaussLegendre(n);
        int k = 0;
        foreach (var p in ZEnergyPanels())
            for (int i = 0; i < n; i++, k++)
            {
                x[k] = p.Energy(gl.Nodes[i]);
                w[k] = gl.Weights[i] * p.Jacobian(gl.Nodes[i]);
            }
        return k;
    }

    /// <summary>"&lt;meson&gt; → ℓ(m=&lt;m_ℓ&gt;)νZ′(M=&lt;M&gt;)", masses in GeV.</summary>
    public override string ToString() => $"{Meson.Name} → ℓ(m={LeptonMass})νZ′(M={ZMass})";
}
