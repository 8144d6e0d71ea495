namespace SecretNu.Decays;

/// <summary>
/// Z′ → ν ν̄ in the Z′ rest frame (physics.md §5.2): with θ the angle of the NEUTRINO to the Z′ helicity axis,
/// dN/dcosθ = (3/8)(1 − cosθ)² for λ = +1, (3/4)(1 − cos²θ) for λ = 0, (3/8)(1 + cosθ)² for λ = −1 (|d¹_{λ,−1}|²);
/// the antineutrino is back to back (cosθ → −cosθ). Boosted to a frame where the Z′ has energy E_Z and momentum
/// |q|, the neutrino energy is E = (E_Z + |q| c)/2 with c = cosθ, so dN/dE = (2/|q|) w_λ(c).
/// </summary>
public static class ZPrimeAngularDistribution
{
    /// <summary>w_λ(c) = dN/dcosθ for the neutrino (anti = false) or the antineutrino (anti = true).</summary>
    public static double Density(int lambda, double c, bool anti = false)
    {
        if (anti) c = -c;
        return lambda switch
        {
            1 => 0.375 * (1 - c) * (1 - c),
            0 => 0.75 * (1 - c * c),
            -1 => 0.375 * (1 + c) * (1 + c),
            _ => throw new ArgumentOutOfRangeException(nameof(lambda)),
        };
    }

    /// <summary>∫_{−1}^{c} w_λ: the fraction of (anti)neutrinos with cosθ &lt; c (c clamped to [−1, 1]).</summary>
    public static double Cumulative(int lambda, double c, bool anti = false)
    {
        c = Math.Clamp(c, -1, 1);
        if (anti) return 1 - Cumulative(lambda, -c);
        return lambda switch
        {
            1 => 1 - (1 - c) * (1 - c) * (1 - c) / 8,
            0 => (2 + 3 * c - c * c * c) / 4,
            -1 => (1 + c) * (1 + c) * (1 + c) / 8,
            _ => throw new ArgumentOutOfRangeException(nameof(lambda)),
        };
    }

    /// <summary>Fraction of (anti)neutrinos with energy below e from a Z′ of energy ez, mass m (in the frame where
    /// these energies are measured).</summary>
    public static double EnergyCumulative(int lambda, double e, double ez, double m, bool anti = false)
    {
        double q = Math.Sqrt(Math.Max(ez * ez - m * m, 0));
        if (q <= 0) return e > 0.5 * m ? 1 : 0;
        return Cumulative(lambda, (2 * e - ez) / q, anti);
    }
}
