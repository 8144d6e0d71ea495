namespace SecretNu.Decays;

/// <summary>
/// Overall normalisation of the three-body rate M → ℓνZ′.
/// <list type="bullet">
/// <item><see cref="Derived"/>: physics.md eq. (3.1)/(3.2), checked three ways (two-body width, Goldstone
/// equivalence, explicit Dirac-matrix evaluation).</item>
/// <item><see cref="Seed"/>: the seed paper's Eq. (4) as printed, which is (3.2) × ½ (physics.md §3.8).
/// Use only for like-for-like comparison with the paper's figures.</item>
/// </list>
/// </summary>
public enum RateNormalisation
{
    /// <summary>physics.md eq. (3.1)/(3.2), the default.</summary>
    Derived,
    /// <summary>The seed paper's Eq. (4) as printed: (3.2) × ½.</summary>
    Seed,
}

/// <summary>Factor and output name of a <see cref="RateNormalisation"/>.</summary>
public static class RateNormalisationExtensions
{
    /// <summary>Multiplier of the derived three-body rate: 1 for <see cref="RateNormalisation.Derived"/>, ½ for
    /// <see cref="RateNormalisation.Seed"/>.</summary>
    public static double Factor(this RateNormalisation n) => n == RateNormalisation.Seed ? 0.5 : 1.0;
    /// <summary>Name written in outputs: "derived" or "seed".</summary>
    public static string Name(this RateNormalisation n) => n == RateNormalisation.Seed ? "seed" : "derived";
}
