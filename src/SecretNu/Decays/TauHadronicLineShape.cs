using SecretNu.Physics;

namespace SecretNu.Decays;

/// <summary>
/// Invariant-mass distributions of the hadronic system in τ → ν + hadrons (spin-1 hadronic currents):
/// dΓ/ds ∝ (1 − s/m_τ²)²(1 + 2s/m_τ²) v(s) with the spectral function v(s) of the channel (Tsai; Kühn &amp; Santamaria).
/// The scale is arbitrary; callers normalise.
/// </summary>
public static class TauHadronicLineShape
{
    const double MTau2 = Constants.TauMass * Constants.TauMass;
    const double MPi = Constants.PionMass;

    /// <summary>τ kinematic weight (1 − s/m_τ²)²(1 + 2s/m_τ²) of a spin-1 current, s [GeV²].</summary>
    public static double Kinematic(double s) { double r = s / MTau2; return r >= 1 ? 0 : (1 - r) * (1 - r) * (1 + 2 * r); }

    /// <summary>Lowest s of the ππ⁰ system [GeV²].</summary>
    public const double RhoThreshold = (Constants.PionMass + Constants.NeutralPionMass) * (Constants.PionMass + Constants.NeutralPionMass);
    /// <summary>Lowest s of the 3π system [GeV²].</summary>
    public const double A1Threshold = 9 * Constants.PionMass * Constants.PionMass;

    /// <summary>
    /// ππ⁰: v(s) ∝ β³ |BW_ρ(s)|², β = (1 − 4m_π²/s)^½, relativistic Breit–Wigner with p-wave running width
    /// Γ(s) = Γ_ρ (m_ρ/√s)(p(s)/p(m_ρ²))³ (PDG ρ(770) mass and width).
    /// </summary>
    public static double RhoSpectral(double s)
    {
        if (s <= RhoThreshold) return 0;
        double m = Constants.RhoMass, m2 = m * m;
        double beta2 = Math.Max(1 - 4 * MPi * MPi / s, 0), beta = Math.Sqrt(beta2);
        double p = 0.5 * Math.Sqrt(s) * beta, p0 = 0.5 * Math.Sqrt(m2 - 4 * MPi * MPi);
        double g = Constants.RhoWidth * m / Math.Sqrt(s) * Math.Pow(p / p0, 3);
        double bw = m2 * m2 / ((s - m2) * (s - m2) + m2 * g * g);
        return beta2 * beta * bw;
    }

    /// <summary>
    /// 3π (a₁): Kühn–Santamaria line shape, v(s) ∝ g(s)|BW_a1(s)|²/s with running width Γ(s) = Γ_a1 g(s)/g(m_a1²) and
    /// g(s) = 4.1(s − 9m_π²)³[1 − 3.3(s − 9m_π²) + 5.8(s − 9m_π²)²] below (m_ρ + m_π)², s(1.623 + 10.38/s − 9.32/s² + 0.65/s³)
    /// above (Z. Phys. C 48, 445 (1990)). Also used, as an approximation, for the other multi-hadron τ modes.
    /// </summary>
    public static double A1Spectral(double s)
    {
        if (s <= A1Threshold) return 0;
        double m = Constants.A1MassKS, m2 = m * m;
        double g = G(s), width = Constants.A1WidthKS * g / G(m2);
        double bw = m2 * m2 / ((s - m2) * (s - m2) + m2 * width * width);
        return g * bw / s;
    }

    static double G(double s)
    {
        double th = (Constants.RhoMass + MPi) * (Constants.RhoMass + MPi);
        if (s > th) return s * (1.623 + 10.38 / s - 9.32 / (s * s) + 0.65 / (s * s * s));
        double x = s - 9 * MPi * MPi;
        return 4.1 * x * x * x * (1 - 3.3 * x + 5.8 * x * x);
    }

    /// <summary>Polarisation analysing power of a spin-1 hadron of mass² s in τ → ν h: α = (m_τ² − 2s)/(m_τ² + 2s).</summary>
    public static double VectorAnalysingPower(double s) => (MTau2 - 2 * s) / (MTau2 + 2 * s);
}
