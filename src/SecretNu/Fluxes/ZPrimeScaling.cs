using SecretNu.Numerics;

namespace SecretNu.Fluxes;

/// <summary>
/// The whole g-dependence of the Z′ flux at fixed m_Z′ and direction ĝ (g = scale·ĝ, g² = scale²), written once and
/// used by both <see cref="ZPrimeFluxModel.Evaluate"/> (Fig. 1) and the event model behind every bound
/// (physics.md §5–6):
/// <code>
/// depletion  Γ_M/Γ_tot(g) = Γ_M/(Γ_M + g²·Γ₃/ĝ²)      (each meson's branching fractions shrink as its width grows)
/// P_dec      = 1 − exp(−f·g²·Γ_Z′/ĝ²),  f = L M/(ħc p_Z) (the Z′ decays before the face)
/// </code>
/// Both are computed in one association order, so the two models agree to the last bit on the same inputs.
/// </summary>
public static class ZPrimeScaling
{
    /// <summary>Γ_M/(Γ_M + g2·Γ₃) for a parent of width <paramref name="gammaM"/> [GeV] and new-channel width
    /// <paramref name="gamma3PerScale2"/> [GeV per unit scale²]; in (0, 1].</summary>
    public static double Depletion(double gammaM, double gamma3PerScale2, double g2) => gammaM / (gammaM + g2 * gamma3PerScale2);

    /// <summary>P_dec = 1 − exp(−f·g2·Γ_Z′) for each decay factor f [GeV⁻¹] into <paramref name="pdec"/>, given the Z′
    /// width per unit scale² [GeV]; each in [0, 1] (expm1 keeps P_dec ≪ 1 exact).</summary>
    public static void DecayProbabilities(ReadOnlySpan<double> factors, double g2, double zWidthPerScale2, Span<double> pdec)
    {
        double width = g2 * zWidthPerScale2;
        for (int i = 0; i < factors.Length; i++) pdec[i] = -SafeMath.ExpM1(-factors[i] * width);
    }
}
