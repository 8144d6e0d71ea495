namespace SecretNu.Decays;

/// <summary>
/// The squared amplitudes of M⁺ → ℓ⁺νZ′ (per |g|², without the overall 4K_M factor) along lines of the Dalitz plot, as
/// Laurent polynomials in s = m_M² + m_ℓ² − 2m_M E_ℓ (<see cref="LaurentSlice"/>): the coefficients are the expansion of
/// eq. (3.1) and of the helicity parts of eq. (3.3) (|q|² = E_Z′² − M² eliminated), obtained symbolically (SymPy) and
/// checked point by point against <see cref="ThreeBodyDecay.SquaredAmplitude"/> and
/// <see cref="ThreeBodyDecay.SquaredAmplitudes"/> in the tests. Notation: m = m_M, l2 = m_ℓ², M2 = M², D = m² − l2.
/// </summary>
public static class AmplitudeSlices
{
    /// <summary>Σ|𝓜|² (3.1) at fixed E_ν: degrees −2 … 1.</summary>
    public static LaurentSlice AtNeutrinoEnergy(double m, double l2, double M2, double enu)
    {
        double m2 = m * m, em = enu * m, D = m2 - l2;
        return new LaurentSlice(
            Cm2: -M2 * l2 * D,
            Cm1: -l2 * (2 * M2 + 2 * em - m2 + l2),
            C0: (2 * M2 * M2 + 4 * M2 * em - M2 * m2 + 4 * M2 * l2 + 2 * em * l2) / (2 * M2),
            C1: (m2 - 2 * em - 2 * M2) / (2 * M2),
            C2: 0);
    }

    /// <summary>The three helicity parts of (3.3) at fixed E_Z′ = e with |q|² = e² − M² &gt; 0: |𝓜₀|² = L,
    /// |𝓜±|² = T ∓ A, each of degrees −2 … 2.</summary>
    public static (LaurentSlice L, LaurentSlice T, LaurentSlice A) AtZEnergy(double m, double l2, double M2, double e)
    {
        double m2 = m * m, m3 = m2 * m, m4 = m2 * m2, l4 = l2 * l2, e2 = e * e, e3 = e2 * e, em = e * m, D = m2 - l2;
        double rM = Math.Sqrt(M2), q2 = (e - rM) * (e + rM), q = Math.Sqrt(q2);
        double invL = 1 / q2, invA = 1 / q;

        // longitudinal, × |q|²
        var L = new LaurentSlice(
            Cm2: M2 * l2 * D * (M2 * m2 - 2 * em * D + D * D) / (2 * m2),
            Cm1: l2 * (M2 * M2 * m2 - 3 * M2 * em * D + M2 * D * (m2 - 2 * l2) + 2 * e2 * m2 * D - em * D * D) / m2,
            C0: -(M2 * M2 * M2 * m2 - 2 * M2 * M2 * e * m3 + 6 * M2 * M2 * em * l2 - 3 * M2 * M2 * m2 * l2 + 6 * M2 * M2 * l4
                  + M2 * e2 * m4 - 8 * M2 * e2 * m2 * l2 + 4 * M2 * e * m3 * l2 - 6 * M2 * em * l4
                  + e2 * m2 * l2 * (2 * em - D)) / (2 * M2 * m2),
            C1: (M2 - em) * (M2 * em + 2 * M2 * l2 - e2 * m2 - em * l2) / (M2 * m2),
            C2: -(M2 - em) * (M2 - em) / (2 * M2 * m2));

        // transverse common part (|𝓜₊|² + |𝓜₋|²)/2, × |q|²
        var T = new LaurentSlice(
            Cm2: M2 * l2 * D * (M2 * m2 - 2 * e2 * m2 + 2 * em * D - D * D) / (4 * m2),
            Cm1: l2 * (M2 * M2 * m2 + M2 * (-2 * e2 * m2 + em * (m2 - 3 * l2) - D * (m2 - 2 * l2))
                       + 2 * e3 * m3 - 2 * e2 * m2 * D + em * D * D) / (2 * m2),
            C0: -(M2 * M2 * m2 - 2 * M2 * e2 * m2 - 2 * M2 * e * m3 - 6 * M2 * em * l2 + M2 * m4 + 3 * M2 * m2 * l2 - 6 * M2 * l4
                  + 4 * e3 * m3 - 2 * e2 * m4 + 8 * e2 * m2 * l2 - 6 * e * m3 * l2 + 6 * em * l4 + m2 * l2 * D) / (4 * m2),
            C1: -(M2 * em + 2 * M2 * l2 - 2 * e2 * m2 + e * m3 - 3 * em * l2 + m2 * l2) / (2 * m2),
            C2: (M2 - 2 * em + m2) / (4 * m2));

        // helicity asymmetry (|𝓜₋|² − |𝓜₊|²)/2, × |q|
        var A = new LaurentSlice(
            Cm2: M2 * l2 * D * (em - D) / (2 * m),
            Cm1: l2 * (M2 * (2 * em - 2 * m2 + 3 * l2) - 2 * e2 * m2 + 2 * em * D) / (2 * m),
            C0: -(M2 * em + 3 * M2 * l2 - 2 * e2 * m2 + e * m3 - 4 * em * l2 + m2 * l2) / (2 * m),
            C1: (M2 - 2 * em + m2) / (2 * m),
            C2: 0);

        return (Scale(L, invL), Scale(T, invL), Scale(A, invA));
    }

    static LaurentSlice Scale(LaurentSlice c, double f) => new(f * c.Cm2, f * c.Cm1, f * c.C0, f * c.C1, f * c.C2);
}
