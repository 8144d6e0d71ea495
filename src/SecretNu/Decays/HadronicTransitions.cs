using SecretNu.Physics;

namespace SecretNu.Decays;

/// <summary>Form-factor shapes and the helicity amplitudes of the three transition types used for charm.</summary>
public static class FormFactor
{
    /// <summary>Single pole 1/(1 − q²/m²) at q² [GeV²], pole mass m [GeV] (m² &gt; q²).</summary>
    public static double Pole(double q2, double poleMass) => 1 / (1 - q2 / (poleMass * poleMass));

    /// <summary>Hadron momentum in the parent frame, λ^{1/2}(M², m², q²)/(2M) [GeV].</summary>
    public static double Momentum(double parentMass, double hadronMass, double q2)
    {
        double a = parentMass * parentMass, b = hadronMass * hadronMass;
        double l = (a - b - q2) * (a - b - q2) - 4 * b * q2;
        return Math.Sqrt(Math.Max(l, 0)) / (2 * parentMass);
    }
}

/// <summary>
/// Pseudoscalar → pseudoscalar: ⟨P′|V^μ|P⟩ = f₊(q²)[(P + P′)^μ − (M² − m²)/q² q^μ] + f₀(q²)(M² − m²)/q² q^μ.
/// Helicity amplitudes H₀ = 2Mp f₊/√q², H_t = (M² − m²) f₀/√q², H± = 0.
/// </summary>
/// <param name="ParentMass">M [GeV].</param>
/// <param name="HadronMass">m [GeV], m &lt; M.</param>
/// <param name="FPlus">f₊(q²) shape (any normalisation common with <paramref name="FZero"/>).</param>
/// <param name="FZero">f₀(q²) shape.</param>
public sealed record PseudoscalarTransition(double ParentMass, double HadronMass, Func<double, double> FPlus, Func<double, double> FZero)
    : IHadronicTransition
{
    /// <summary>Single-pole f₊ and f₀ with f₊(0) = f₀(0).</summary>
    public static PseudoscalarTransition Poles(double parentMass, double hadronMass, double vectorPole, double scalarPole) =>
        new(parentMass, hadronMass, q2 => FormFactor.Pole(q2, vectorPole), q2 => FormFactor.Pole(q2, scalarPole));

    /// <summary>Squared helicity amplitudes at q² [GeV²] (0 &lt; q² ≤ (M − m)²): |H₀|², |H_t|², H₀H_t; H± = 0.</summary>
    public HelicitySquares Amplitudes(double q2)
    {
        double p = FormFactor.Momentum(ParentMass, HadronMass, q2);
        double h0 = 2 * ParentMass * p * FPlus(q2) / Math.Sqrt(q2);
        double ht = (ParentMass * ParentMass - HadronMass * HadronMass) * FZero(q2) / Math.Sqrt(q2);
        return new(0, 0, h0 * h0, ht * ht, h0 * ht);
    }
}

/// <summary>
/// Pseudoscalar → vector with the V, A₁, A₂, A₀ form factors in single-pole form (pole dominance; ratios at q² = 0
/// measured): A₁ = 1/(1 − q²/m_A²), A₂ = r₂ A₁, V = r_V/(1 − q²/m_V²), A₀ = A₀(0)/(1 − q²/m_P²) with
/// 2m A₀(0) = (M + m)A₁(0) − (M − m)A₂(0). Helicity amplitudes (Richman &amp; Burchat 1995, eqs. 27–29):
/// H± = (M + m)A₁ ∓ 2MpV/(M + m), H₀ = [(M² − m² − q²)(M + m)A₁ − 4M²p²A₂/(M + m)]/(2m√q²), H_t = 2MpA₀/√q².
/// The vector meson is taken at its nominal mass (narrow width).
/// </summary>
public sealed record VectorTransition(double ParentMass, double HadronMass, double RatioV, double Ratio2,
    double VectorPole, double AxialPole, double PseudoscalarPole) : IHadronicTransition
{
    /// <summary>Squared helicity amplitudes |H±|², |H₀|², |H_t|², H₀H_t at q² [GeV²] (0 &lt; q² ≤ (M − m)²).</summary>
    public HelicitySquares Amplitudes(double q2)
    {
        double M = ParentMass, m = HadronMass, p = FormFactor.Momentum(M, m, q2), rq = Math.Sqrt(q2);
        double a1 = FormFactor.Pole(q2, AxialPole), a2 = Ratio2 * a1, v = RatioV * FormFactor.Pole(q2, VectorPole);
        double a00 = ((M + m) - (M - m) * Ratio2) / (2 * m);
        double a0 = a00 * FormFactor.Pole(q2, PseudoscalarPole);
        double hp = (M + m) * a1 - 2 * M * p * v / (M + m);
        double hm = (M + m) * a1 + 2 * M * p * v / (M + m);
        double h0 = ((M * M - m * m - q2) * (M + m) * a1 - 4 * M * M * p * p * a2 / (M + m)) / (2 * m * rq);
        double ht = 2 * M * p * a0 / rq;
        return new(hp * hp, hm * hm, h0 * h0, ht * ht, h0 * ht);
    }
}

/// <summary>
/// Spin-½⁺ → ½⁺ baryon transition (Λ_c → Λ) in the heavy-quark-inspired approximation f₁ = g₁ shape-wise (f₂ = g₂ =
/// f₃ = g₃ = 0: the light diquark is a spin-0 spectator), f₁ = 1/(1 − q²/m_V²), g₁ = 1/(1 − q²/m_A²). Helicity
/// amplitudes (Gutsche et al., PRD 91, 074001 (2015)), Q± = (M ± m)² − q², H = H^V − H^A:
/// H^V_{½,1} = √(2Q₋) f₁, H^A_{½,1} = √(2Q₊) g₁, H^V_{½,0} = √Q₋(M + m)f₁/√q², H^A_{½,0} = √Q₊(M − m)g₁/√q²,
/// H^V_{½,t} = √Q₊(M − m)f₁/√q², H^A_{½,t} = √Q₋(M + m)g₁/√q²; H^V_{−λ,−λ_W} = H^V_{λ,λ_W}, H^A_{−λ,−λ_W} = −H^A_{λ,λ_W}.
/// </summary>
public sealed record BaryonTransition(double ParentMass, double HadronMass, double VectorPole, double AxialPole) : IHadronicTransition
{
    /// <summary>Squared helicity amplitudes at q² [GeV²] (0 &lt; q² ≤ (M − m)²), summed over the baryon helicities ±½.</summary>
    public HelicitySquares Amplitudes(double q2)
    {
        double M = ParentMass, m = HadronMass, rq = Math.Sqrt(q2);
        double qp = Math.Max((M + m) * (M + m) - q2, 0), qm = Math.Max((M - m) * (M - m) - q2, 0);
        double sp = Math.Sqrt(qp), sm = Math.Sqrt(qm);
        double f1 = FormFactor.Pole(q2, VectorPole), g1 = FormFactor.Pole(q2, AxialPole);
        double v1 = Math.Sqrt(2) * sm * f1, a1 = Math.Sqrt(2) * sp * g1;
        double v0 = sm * (M + m) * f1 / rq, a0 = sp * (M - m) * g1 / rq;
        double vt = sp * (M - m) * f1 / rq, at = sm * (M + m) * g1 / rq;
        double hPlus = v1 - a1, hMinus = v1 + a1;            // H_{½,+1}, H_{−½,−1}
        double h0u = v0 - a0, h0d = v0 + a0, htu = vt - at, htd = vt + at;
        return new(hPlus * hPlus, hMinus * hMinus, h0u * h0u + h0d * h0d, htu * htu + htd * htd, h0u * htu + h0d * htd);
    }
}
