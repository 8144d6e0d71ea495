using SecretNu.Physics;

namespace SecretNu.Bounds;

/// <summary>
/// The O(g²) change of the Z invisible width from a neutrino-only Z′ (physics.md §12), derived:
/// real emission Z → ν_α ν̄_β Z′ (Z′ → νν̄, invisible) plus the one-loop Z′ vertex and self-energy corrections to
/// Z → ν_α ν̄_α. The Z couples flavour-universally, so [g, 1] = 0 and the Z′ couples to a current that is conserved
/// for massless neutrinos: no (m_Z/M)² longitudinal enhancement, and the log²(m_Z/M) of the real emission cancels
/// against the virtual correction (Bloch–Nordsieck/KLN). The sum is the QED-like 3α/(4π) with α → (gg†)_αα/(4π):
/// <code>δΓ(Z → ν_α ν̄_α + X)/Γ_SM(Z → ν_α ν̄_α) = 3 (gg†)_αα / (16π²) · [1 + O((M/m_Z)² log²)]</code>
/// valid for M ≪ m_Z (at M = 0.5 GeV the correction term is below 1e-2 of the shift).
/// The measured quantity is N_ν = Γ_inv/Γ_SM(Z → νν̄), so ΔN_ν = Σ_α 3 (gg†)_αα/(16π²).
/// </summary>
public static class ZInvisibleWidth
{
    /// <summary>δΓ_α/Γ_α for one flavour, given (gg†)_αα = Σ_β |g_αβ|² (dimensionless, ≥ 0); M in GeV (≪ m_Z).</summary>
    public static double FlavourShift(double ggDaggerAlphaAlpha, double mass)
    {
        _ = mass; // leading order in M/m_Z: independent of M
        return 3 * ggDaggerAlphaAlpha / (16 * Math.PI * Math.PI);
    }

    /// <summary>ΔN_ν = Σ_α δΓ_α/Γ_α for a coupling matrix g; M in GeV.</summary>
    public static double NeutrinoNumberShift(CouplingMatrix g, double mass) =>
        FlavorExtensions.AllFlavors.Sum(a => FlavourShift(g.RowSumSquares(a), mass));

    /// <summary>The 90 % CL bound on the scale g of a direction ĝ: ΔN_ν(g ĝ) = <paramref name="allowedShift"/>.</summary>
    public static double Bound(CouplingMatrix direction, double mass, double allowedShift)
    {
        double perG2 = NeutrinoNumberShift(direction, mass);
        return perG2 > 0 ? Math.Sqrt(allowedShift / perG2) : double.PositiveInfinity;
    }
}
