using SecretNu.Physics;
using Rule = SecretNu.Numerics.Quadrature;

namespace SecretNu.Bounds;

/// <summary>
/// Lepton-universality observables with a neutrino-only Z′ (physics.md §12), at O(g²), real emission only:
/// <code>
/// R_W(a) = Σ_b Γ(W⁺ → ℓ_a⁺ ν_b Z′) / Γ_SM(W⁺ → ℓ_a⁺ ν_a)
/// R_τ(ℓ) = Γ(τ⁻ → ℓ⁻ + ν's + Z′) / Γ_SM(τ⁻ → ℓ⁻ ν̄_ℓ ν_τ)       (all invisible flavours summed)
/// </code>
/// <para><b>Amplitude.</b> Both decays are a charged current times the neutrino current with the Z′(q, mass M) radiated
/// from the outgoing neutrino k₁ (coupling g_A) or from the outgoing antiparticle k₂ (coupling g_B):
/// N^μ = ū(k₁)[g_A ε̸*K̸₁γ^μ/s₁ − g_B γ^μK̸₂ε̸*/s₂]P_L v(k₂), K_i = k_i + q, s_i = K_i². In W⁺ → ℓ⁺ν the Z′ does not couple
/// to ℓ⁺ (g_B = 0). In τ decay the Fierz identity (ν̄_τγ^μP_Lτ)(ℓ̄γ_μP_Lν_ℓ) = (ℓ̄γ^μP_Lτ)(ν̄_τγ_μP_Lν_ℓ) puts both
/// neutrinos on one line: k₁ = ν_b from ν_τ (g_A = g_τb), k₂ = ν̄_b from ν̄_ℓ (g_B = g_ℓb).
/// Massless neutrinos; the W-decay charged lepton is taken massless (corrections O(m_ℓ²/m_W²) ≤ 5e-4); the τ-decay
/// charged lepton keeps its mass; Fermi point interaction for τ (corrections O(m_τ²/m_W²)).</para>
/// <para><b>Squared amplitude</b> (spins and all three Z′ polarisations, −g + qq/M²; checked against explicit Dirac
/// matrices in the tests), with Q = k₁ + k₂ + q, t = Q², x = 2k₁·k₂ = t + M² − s₁ − s₂:
/// <code>
/// G ≡ g_μν N^μN^ν* = −2(g_A − g_B)² x/M² + g_A² F(s₁, s₂) + g_B² F(s₂, s₁) − 8 g_A g_B (t + M²) x/(s₁s₂)
/// F(s₁, s₂) = 4[M² x − (s₁ − M²)(s₂ − M²)]/s₁²
/// J ≡ |Q_μN^μ|² = (g_A − g_B)² [x + (s₁ − M²)(s₂ − M²)/M²]
/// </code>
/// Only (g_A − g_B)² multiplies 1/M²: the current is conserved (no (m/M)² enhancement) only when the Z′ couples
/// equally to both ends of the line. Over the neutrino-system phase space ∫dΦ₃ = ∫ds₁ds₂/(128π³t),
/// s₁ ∈ [M², t], s₂ ∈ [M²t/s₁, t − s₁ + M²], ∫dΦ₃ N^μN^ν* = a g^μν + b Q^μQ^ν with 3a = ⟨G⟩ − ⟨J⟩/t.
/// The s₂ integrals are done exactly (linear, or x/s₂), leaving one numerical integral over ln s₁.</para>
/// <para><b>W</b> (unpolarised, Σ_pol ε_με_ν* = −g + QQ/t, t = m_W², Γ_SM = g_w² m_W/(48π)):
/// R_W = (gg†)_aa/(32π² t²) ∫∫ds₁ds₂ (J/t − G).</para>
/// <para><b>τ</b> (|𝓜|² = 4G_F² H_μν N^μN^ν*, H^μν = Tr[p̸γ^μP̸γ^νP_L] with the ℓ mass kept, dΦ₄ = dΦ₂(P; p, Q) dt/2π dΦ₃):
/// R_τ = 1/(16π² m_τ⁸ f(r)) ∫dt λ^½(m_τ², m_ℓ², t)/t ∫∫ds₁ds₂ [G(−2p·P − 4(p·Q)(P·Q)/t) + J(−4p·P/t + 16(p·Q)(P·Q)/t²)],
/// f(r) = 1 − 8r + 8r³ − r⁴ − 12r² ln r, r = m_ℓ²/m_τ² (the SM width is G_F² m_τ⁵ f(r)/(192π³)).
/// Flavours: the final states ν_b ν̄_ℓ (via g_τb) and ν_τ ν̄_b (via g_ℓb) are distinct except ν_τν̄_ℓ, where g_ττ
/// and g_ℓℓ interfere. Summed: D·R_D + S·R_S + P·R_P with S = (gg†)_ττ + (gg†)_ℓℓ, P = g_ττ g_ℓℓ (the stored entries,
/// taken with equal signs), D = S − 2P.</para>
/// <para><b>Small M</b> (Goldstone equivalence: q_μN^μ = (g_A − g_B) ū(k₁)γ^μP_L v(k₂) because ū(k₁)q̸K̸₁ = s₁ū(k₁), so the
/// longitudinal Z′, ε_L = q/M + O(M/E), is a contact decay with amplitude (g_A − g_B)/M × the SM one):
/// M²R_W/(gg†)_aa → 3m_W²/(256π²) and M²R_τ/D → m_τ² h(r)/(240π² f(r)),
/// h(r) = 1 − 15r − 80r² + 80r³ + 15r⁴ − r⁵ − 60r²(1 + r) ln r.</para>
/// <para><b>Validity.</b> The kinematics are exact for any 0 &lt; M below the end point (m_W − m_ℓ, m_τ − m_ℓ); the
/// model (a vector coupled to a non-conserved current, not SU(2) invariant) is meant for 1 keV ≲ M ≲ 0.5 GeV and is
/// model-dependent: a completion at a scale below m_W (or near m_τ) removes the enhancement. O(g²) virtual corrections
/// to the SM widths are UV-sensitive in this set-up and not included.</para>
/// <para><b>Logarithms.</b> The transverse Z′ carries the soft/collinear (Sudakov) double logarithm, R_T ≈ (gg†)_aa
/// ln²(m_W/M)/(4π²) for the W (<see cref="WRatioByHelicity"/>); the O(M/E) part of ε_L removes about as much from the
/// longitudinal rate, so the all-helicity total has no logarithm: exactly (massless ℓ, derived symbolically from the
/// formulas above and used as the tests' oracle) R_W = (gg†)_aa · 3f(μ)/(256π²μ), μ = M²/m_W², with f as above; and for
/// τ → ℓ with m_ℓ → 0, per unit D = S (P = 0), R_τ = [2 − 45μ − 840μ² + 970μ³ − 90μ⁴ + 3μ⁵ + 180μ³ln²μ −
/// 120μ²(4μ + 3) ln μ]/(480π²μ), μ = M²/m_τ².</para>
/// </summary>
public static class LeptonUniversality
{
    /// <summary>Gauss–Legendre nodes per panel; panels span at most one decade of the variable (ln map).
    /// 12 nodes reproduce the exact closed forms (massless ℓ, class summary) to ≤ 1e-13 (W) and ≤ 1e-11 (τ).</summary>
    const int NodesPerPanel = 12;
    /// <summary>Nodes per panel of the helicity-resolved 2-D rule (<see cref="WRatioByHelicity"/>).</summary>
    const int HelicityNodesPerPanel = 16;
    /// <summary>The τ outer integral over t is logarithmic up to this fraction of its end point and cosine-mapped above
    /// (square-root end of λ^½ for a massive ℓ).</summary>
    const double TauLogFraction = 0.5;
    /// <summary>Below this argument φ(y) = (1 + y)ln(1 + y) − y is summed as a series (the closed form cancels).</summary>
    const double SeriesBelow = 0.1;
    /// <summary>Terms of that series: the first omitted one is ≤ 0.1¹⁷/272 ≈ 4e-20, relative ≤ 1e-17.</summary>
    const int SeriesTerms = 16;

    static double WMass2 => Constants.WMass * Constants.WMass;

    // ---------------- public API ----------------

    /// <summary>R_W(a) = Σ_b Γ(W⁺ → ℓ_a⁺ ν_b Z′)/Γ_SM(W⁺ → ℓ_a⁺ ν_a), dimensionless, all Z′ helicities; O(g²), i.e.
    /// (gg†)_aa = Σ_b g_ab² times a function of M. <paramref name="massGeV"/> = M in GeV. NaN when the channel is closed
    /// (M ≤ 0, not finite, or M ≥ m_W − m_ℓ).</summary>
    public static double WRatio(Flavor chargedLepton, CouplingMatrix g, double massGeV)
    {
        ArgumentNullException.ThrowIfNull(g);
        if (!IsOpen(Constants.WMass - ChargedLepton.Of(chargedLepton).Mass, massGeV)) return double.NaN;
        return g.RowSumSquares(chargedLepton) * WRatio(1, 0, massGeV);
    }

    /// <summary>R_τ(ℓ) = Γ(τ⁻ → ℓ⁻ + ν's + Z′)/Γ_SM(τ⁻ → ℓ⁻ν̄_ℓν_τ), dimensionless, ℓ ∈ {E, Mu} with its mass kept; O(g²).
    /// <paramref name="massGeV"/> = M in GeV. NaN for ℓ = τ or a closed channel (M ≤ 0, not finite, M ≥ m_τ − m_ℓ).</summary>
    public static double TauRatio(Flavor chargedLepton, CouplingMatrix g, double massGeV)
    {
        ArgumentNullException.ThrowIfNull(g);
        if (chargedLepton == Flavor.Tau) return double.NaN;
        double ml = ChargedLepton.Of(chargedLepton).Mass;
        if (!IsOpen(Constants.TauMass - ml, massGeV)) return double.NaN;
        double gTT = g[Flavor.Tau, Flavor.Tau], gLL = g[chargedLepton, chargedLepton];
        double rowT = g.RowSumSquares(Flavor.Tau), rowL = g.RowSumSquares(chargedLepton);
        double s = rowT + rowL, p = gTT * gLL;
        double d = Math.Max(rowT - gTT * gTT, 0) + Math.Max(rowL - gLL * gLL, 0) + (gTT - gLL) * (gTT - gLL);
        if (s == 0) return 0;
        var (rd, rs, rp) = TauParts(ml, massGeV);
        return d * rd + s * rs + p * rp;
    }

    /// <summary>R_W per unit (gg†)_aa split by Z′ helicity in the W rest frame: λ = 0 and λ = ±1 summed, each computed
    /// directly (2-D quadrature), never as a difference; their sum is <see cref="WRatio(Flavor, CouplingMatrix, double)"/>
    /// per unit coupling. NaN when closed (massless lepton: M ≥ m_W). The transverse part carries the soft/collinear
    /// logarithms (≈ ln²(m_W/M)/(4π²) at small M).</summary>
    /// <remarks>The helicity axis is undefined where the Z′ is at rest (the Dalitz corner s₁ = s₂ = √t M, tangent to the
    /// pole |q|² = 0 of the helicity amplitudes): the outer ln s₁ rule is split there, the inner variable is the Z′
    /// rapidity y = acosh(E_q/M) (E_q = (s₁ + s₂)/(2√t), so |q| = M sinh y). Convergence is still algebraic near that
    /// corner: <see cref="HelicityNodesPerPanel"/> nodes give ≤ 1e-7 relative in the transverse part and ≤ 1e-10 in the
    /// longitudinal part against 48 nodes (convergence study in the tests' remarks).</remarks>
    public static (double Longitudinal, double Transverse) WRatioByHelicity(double massGeV)
    {
        if (!IsOpen(Constants.WMass, massGeV)) return (double.NaN, double.NaN);
        double t = WMass2, m = massGeV, m2 = m * m, corner = Math.Sqrt(t) * m, l = 0, tr = 0;
        double yHi = Math.Acosh((t + m2) / (2 * corner)); // largest E_q = (t + M²)/(2√t), any s₁
        foreach (var (lo, hi) in new[] { (m2, corner), (corner, t) })
        {
            var (x1, w1) = LogNodes(lo, hi, HelicityNodesPerPanel);
            for (int i = 0; i < x1.Length; i++)
            {
                double s1 = x1[i], s2Lo = m2 * t / s1;
                double yLo = Math.Acosh(Math.Max((s1 + s2Lo) / (2 * corner), 1));
                var (y, wy) = Nodes(yLo, yHi, HelicityNodesPerPanel);
                for (int j = 0; j < y.Length; j++)
                {
                    // s₂ = 2√t M cosh y − s₁ = s₂,lo + 4√t M sinh((y + y_lo)/2) sinh((y − y_lo)/2) (no cancellation)
                    double s2 = s2Lo + 4 * corner * Math.Sinh(0.5 * (y[j] + yLo)) * Math.Sinh(0.5 * (y[j] - yLo));
                    double w = w1[i] * wy[j] * 2 * corner * Math.Sinh(y[j]); // ds₂ = 2√t M sinh y dy
                    var (a, b) = WHelicityIntegrand(t, s1, s2, m);
                    l += w * a;
                    tr += w * b;
                }
            }
        }
        double norm = 1 / (32 * Math.PI * Math.PI * t * t);
        return (norm * l, norm * tr);
    }

    /// <summary>lim_{M→0} M² R_W/(gg†)_aa = 3m_W²/(256π²) [GeV²] (longitudinal Z′, Goldstone equivalence).</summary>
    public static double WSmallMassLimit => 3 * WMass2 / (256 * Math.PI * Math.PI);

    /// <summary>lim_{M→0} M² R_τ/D = m_τ² h(r)/(240π² f(r)) [GeV²], D = Σ_{b≠τ}g_τb² + Σ_{b≠ℓ}g_ℓb² + (g_ττ − g_ℓℓ)².
    /// NaN for ℓ = τ.</summary>
    public static double TauSmallMassLimit(Flavor chargedLepton)
    {
        if (chargedLepton == Flavor.Tau) return double.NaN;
        double ml = ChargedLepton.Of(chargedLepton).Mass, r = ml * ml / (Constants.TauMass * Constants.TauMass);
        double h = 1 - 15 * r - 80 * r * r + 80 * r * r * r + 15 * Math.Pow(r, 4) - Math.Pow(r, 5) - 60 * r * r * (1 + r) * Math.Log(r);
        return Constants.TauMass * Constants.TauMass * h / (240 * Math.PI * Math.PI * SmPhaseSpace(r));
    }

    // ---------------- kernels (internal for the tests) ----------------

    /// <summary>R_W per unit coupling² for Z′ couplings g_A to the neutrino and g_B to the charged lepton (g_B = g_A
    /// emulates a conserved current: no 1/M² term). Requires 0 &lt; M &lt; m_W.</summary>
    internal static double WRatio(double gNeutrino, double gLepton, double mass)
    {
        double t = WMass2, ga = gNeutrino, gb = gLepton;
        var m = Moments(t, mass);
        // J/t − G; J is ∝ (g_A − g_B)² (D part only)
        double rd = m.JD / t - m.GD, rs = -m.GS, rp = -m.GP;
        return ((ga - gb) * (ga - gb) * rd + (ga * ga + gb * gb) * rs + ga * gb * rp) / (32 * Math.PI * Math.PI * t * t);
    }

    /// <summary>Point values (G, J) of the contracted squared neutrino current (class summary) at Dalitz point (s₁, s₂) of a
    /// neutrino system of mass² t.</summary>
    internal static (double G, double J) Contractions(double t, double s1, double s2, double mass, double gA, double gB)
    {
        double m2 = mass * mass, x = t + m2 - s1 - s2, y = (s1 - m2) * (s2 - m2);
        double f12 = 4 * (m2 * x - y) / (s1 * s1), f21 = 4 * (m2 * x - y) / (s2 * s2);
        double dg = (gA - gB) * (gA - gB);
        double g = -2 * dg * x / m2 + gA * gA * f12 + gB * gB * f21 - 8 * gA * gB * (t + m2) * x / (s1 * s2);
        return (g, dg * (x + y / m2));
    }

    /// <summary>
    /// Integrand of <see cref="WRatioByHelicity"/> (J/t − G per polarisation, g_A = 1, g_B = 0) in the W rest frame:
    /// with ε = ε_L = (|q|, E_q q̂)/M and V(ε) = 2(ε·k₁)[2(K₁·ε)K₁ − s₁ε] − ε²[2κK₁ − s₁k₁], κ = k₁·q, the squared
    /// current is (2V·k₂ + 4V⁰E₂)/s₁² (W polarisations summed). Transverse pair: V_T = 4(|k₁⊥|² + κ)K₁ + 2s₁(0, k⃗₁⊥) − 2s₁k₁,
    /// k⃗₁⊥ ⟂ q̂. Products with ε_L in the cancellation-free form X·ε_L = (E_q X·q − M²X⁰)/(M|q|).
    /// </summary>
    internal static (double Longitudinal, double Transverse) WHelicityIntegrand(double t, double s1, double s2, double mass)
    {
        double m2 = mass * mass, rt = Math.Sqrt(t);
        double e1 = (t - s2) / (2 * rt), e2 = (t - s1) / (2 * rt), eq = (s1 + s2) / (2 * rt);
        double q = Math.Sqrt(Math.Max((eq - mass) * (eq + mass), 0));
        if (q <= 0) return (0, 0);
        double kappa = 0.5 * (s1 - m2), k2q = 0.5 * (s2 - m2), k1k2 = 0.5 * (t + m2 - s1 - s2), bigK1k2 = 0.5 * (t - s1);
        double ek1 = (eq * kappa - m2 * e1) / (mass * q), ek2 = (eq * k2q - m2 * e2) / (mass * q), e0 = q / mass;
        double vk2 = 4 * ek1 * ek1 * bigK1k2 - 2 * s1 * ek1 * ek2 + 2 * kappa * bigK1k2 - s1 * k1k2;
        double v0 = 4 * ek1 * ek1 * (e1 + eq) - 2 * s1 * ek1 * e0 + 2 * kappa * (e1 + eq) - s1 * e1;
        double longitudinal = (2 * vk2 + 4 * v0 * e2) / (s1 * s1);
        // |k₁⊥|² = (E₁ − k∥)(E₁ + k∥), E₁ − k∥ = (κ − E₁M²/(E_q + |q|))/|q| (no cancellation for collinear k₁)
        double kPar = (e1 * eq - kappa) / q, eMinus = (kappa - e1 * m2 / (eq + q)) / q;
        double kPerp2 = Math.Max(eMinus * (e1 + kPar), 0);
        double tk2 = 4 * (kPerp2 + kappa) * bigK1k2 + 2 * s1 * kPerp2 - 2 * s1 * k1k2;
        double t0 = 4 * (kPerp2 + kappa) * (e1 + eq) - 2 * s1 * e1;
        return (longitudinal, (2 * tk2 + 4 * t0 * e2) / (s1 * s1));
    }

    /// <summary>∫∫ds₁ds₂ over the Dalitz region of the coupling structures: G_D = −2x/M², J_D = x + (s₁−M²)(s₂−M²)/M²
    /// (× (g_A − g_B)²), G_S = F(s₁, s₂) (× g_A² + g_B², by the s₁ ↔ s₂ symmetry of the region), G_P = −8(t+M²)x/(s₁s₂)
    /// (× g_A g_B). Inner s₂ integrals exact: width Δ = (s₁ − M²)(t − s₁)/s₁, ∫x = Δ²/2, mean of s₂ − M² =
    /// (t − s₁)(s₁ + M²)/(2s₁), ∫x/s₂ = s₂,lo φ(Δ/s₂,lo) with φ(Δ/s₂,lo) ∋ ln(s₂,hi/s₂,lo) = ln(s₁(t + M² − s₁)/(M²t)).
    /// Outer rule: Gauss–Legendre in ln s₁ on the lower half of [M², t] and in ln(t + M² − s₁) on the upper half, which
    /// resolves the logarithmic branch point of G_P at s₁ = t + M², a distance M² above the end.</summary>
    static (double GD, double JD, double GS, double GP) Moments(double t, double mass)
    {
        double m2 = mass * mass, mid = 0.5 * (m2 + t), gd = 0, jd = 0, gs = 0, gp = 0;
        void Add(double s1, double tMinusS1, double w)
        {
            double a = s1 - m2;
            double width = a * tMinusS1 / s1, mean = tMinusS1 * (s1 + m2) / (2 * s1), lo = m2 * t / s1;
            double xInt = 0.5 * width * width, yInt = a * width * mean;
            gd += w * (-2 * xInt / m2);
            jd += w * (xInt + yInt / m2);
            gs += w * 4 * (m2 * xInt - yInt) / (s1 * s1);
            gp += w * (-8 * (t + m2) / s1 * lo * Phi(width / lo));
        }
        var (x, w) = LogNodes(m2, mid);
        for (int i = 0; i < x.Length; i++) Add(x[i], t - x[i], w[i]);
        // upper half: v = t + M² − s₁ ∈ [M², t + M² − mid], t − s₁ = v − M²
        (x, w) = LogNodes(m2, t + m2 - mid);
        for (int i = 0; i < x.Length; i++) Add(t + m2 - x[i], x[i] - m2, w[i]);
        return (gd, jd, gs, gp);
    }

    /// <summary>R_τ per unit D, S, P (class summary) for a charged lepton of mass <paramref name="ml"/> ≥ 0 [GeV];
    /// requires 0 &lt; M &lt; m_τ − m_ℓ.</summary>
    internal static (double D, double S, double P) TauParts(double ml, double mass)
    {
        double mt2 = Constants.TauMass * Constants.TauMass, ml2 = ml * ml, m2 = mass * mass;
        double tMax = (Constants.TauMass - ml) * (Constants.TauMass - ml), tLog = TauLogFraction * tMax;
        var nodes = new List<(double T, double W)>();
        if (m2 < tLog)
        {
            var (lx, lw) = LogNodes(m2, tLog);
            for (int i = 0; i < lx.Length; i++) nodes.Add((lx[i], lw[i]));
        }
        double cLo = Math.Max(m2, tLog);
        var c = Rule.CosineMapped(NodesPerPanel);
        for (int i = 0; i < c.Count; i++) nodes.Add((c.X(i, cLo, tMax), c.W(i, cLo, tMax)));

        double rd = 0, rs = 0, rp = 0;
        foreach (var (t, w) in nodes)
        {
            var m = Moments(t, mass);
            double pP = 0.5 * (mt2 + ml2 - t), PQ = 0.5 * (mt2 + t - ml2), pQ = 0.5 * (mt2 - t - ml2);
            double cg = -2 * pP - 4 * pQ * PQ / t, cj = -4 * pP / t + 16 * pQ * PQ / (t * t);
            double rt = Math.Sqrt(t);
            double lam = Math.Max((mt2 - (ml + rt) * (ml + rt)) * (mt2 - (ml - rt) * (ml - rt)), 0);
            double weight = w * Math.Sqrt(lam) / t;
            rd += weight * (m.GD * cg + m.JD * cj);
            rs += weight * m.GS * cg;
            rp += weight * m.GP * cg;
        }
        double norm = 1 / (16 * Math.PI * Math.PI * mt2 * mt2 * mt2 * mt2 * SmPhaseSpace(ml2 / mt2));
        return (norm * rd, norm * rs, norm * rp);
    }

    // ---------------- helpers ----------------

    static bool IsOpen(double endPoint, double mass) => double.IsFinite(mass) && mass > 0 && mass < endPoint;

    /// <summary>f(r) = 1 − 8r + 8r³ − r⁴ − 12r² ln r: Γ(τ → ℓνν̄) = G_F² m_τ⁵ f(m_ℓ²/m_τ²)/(192π³).</summary>
    internal static double SmPhaseSpace(double r) => 1 - 8 * r + 8 * r * r * r - r * r * r * r - (r > 0 ? 12 * r * r * Math.Log(r) : 0);

    /// <summary>φ(y) = (1 + y) ln(1 + y) − y = Σ_{n≥2} (−y)ⁿ/(n(n−1)).</summary>
    static double Phi(double y)
    {
        if (y >= SeriesBelow) return (1 + y) * Math.Log(1 + y) - y;
        double sum = 0, power = -y;
        for (int n = 2; n < 2 + SeriesTerms; n++)
        {
            power *= -y; // (−y)ⁿ
            sum += power / (n * (n - 1.0));
        }
        return sum;
    }

    /// <summary>Gauss–Legendre nodes and weights for ∫_lo^hi dx in ln x, panels of at most one decade.</summary>
    static (double[] X, double[] W) LogNodes(double lo, double hi, int n = NodesPerPanel)
    {
        var (u, w) = Nodes(Math.Log(lo), Math.Log(hi), n);
        for (int k = 0; k < u.Length; k++)
        {
            u[k] = Math.Exp(u[k]);
            w[k] *= u[k];
        }
        return (u, w);
    }

    /// <summary>Composite Gauss–Legendre on [a, b] with n nodes per panel, panels at most ln 10 wide.</summary>
    static (double[] X, double[] W) Nodes(double a, double b, int n)
    {
        var gl = Rule.GaussLegendre(n);
        int panels = Math.Max(1, (int)Math.Ceiling((b - a) / Math.Log(10)));
        double h = (b - a) / panels;
        var x = new double[panels * n];
        var w = new double[x.Length];
        for (int p = 0, k = 0; p < panels; p++)
            for (int i = 0; i < n; i++, k++)
            {
                x[k] = gl.X(i, a + p * h, a + (p + 1) * h);
                w[k] = gl.W(i, a + p * h, a + (p + 1) * h);
            }
        return (x, w);
    }
}
