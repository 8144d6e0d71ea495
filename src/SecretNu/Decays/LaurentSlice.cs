namespace SecretNu.Decays;

/// <summary>
/// A Laurent polynomial Σ_{k=−2}^{2} c_k s^k in s = Q² = (p_ν + p_Z′)² = m_M² + m_ℓ² − 2m_M E_ℓ, with its exact
/// integral. Along a line of fixed E_ν or fixed E_Z′ of the Dalitz plot the squared amplitudes of eq. (3.1)/(3.3) are
/// exactly of this form (a, b of eq. 3.1 bring s⁻¹ and s⁻², E_ℓ and E_ν are linear in s), so the inner integrals of
/// integration orders 2 and 3 need no quadrature. Coefficients: <see cref="AmplitudeSlices"/>.
/// </summary>
public readonly record struct LaurentSlice(double Cm2, double Cm1, double C0, double C1, double C2)
{
    /// <summary>Σ c_k s^k at s = Q² [GeV²] (s &gt; 0).</summary>
    public double Evaluate(double s) => Cm2 / (s * s) + Cm1 / s + C0 + s * (C1 + s * C2);

    /// <summary>∫ ds over [sLo, sLo + ds], with the width ds passed separately so that narrow slices (near the
    /// Dalitz boundary) lose no digits: ∫s⁻² = ds/(s_lo s_hi), ∫s⁻¹ = log1p(ds/s_lo), ∫s = ds(s_lo + s_hi)/2,
    /// ∫s² = ds(s_lo² + s_lo s_hi + s_hi²)/3.</summary>
    public double Integrate(double sLo, double ds)
    {
        double sHi = sLo + ds;
        return Cm2 * ds / (sLo * sHi) + Cm1 * Log1P(ds / sLo)
             + ds * (C0 + C1 * 0.5 * (sLo + sHi) + C2 * (sLo * sLo + sLo * sHi + sHi * sHi) / 3);
    }

    /// <summary>ln(1 + x) without the loss of digits of Math.Log(1 + x) for x ≪ 1 (Goldberg: ln(u)·x/(u − 1) with
    /// u = 1 + x rounded; double.LogP1 is only Log(x + 1)).</summary>
    public static double Log1P(double x)
    {
        double u = 1 + x;
        return u == 1 ? x : Math.Log(u) * x / (u - 1);
    }
}
