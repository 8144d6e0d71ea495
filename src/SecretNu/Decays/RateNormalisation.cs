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
public enum RateNormalisation { Derived, Seed }

public static class RateNormalisationExtensions
{
    public static double Factor(this RateNormalisation n) => n == RateNormalisation.Seed ? 0.5 : 1.0;
    public static string Name(this RateNormalisation n) => n == RateNormalisation.Seed ? "seed" : "derived";
}
