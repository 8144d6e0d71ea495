namespace SecretNu.Statistics;

/// <summary>
/// χ² contribution of one bin (physics.md §8), given the observed count O and the prediction P it is compared with
/// (P already includes any nuisance modifier).
/// </summary>
public static class BinChi2
{
    /// <summary>Whether a bin with Asimov observed count <paramref name="observed"/> is treated as Gaussian.</summary>
    public static bool IsGaussian(double observed, StatisticsOptions options) =>
        options.BinStatistic == BinStatisticMode.GaussianAbovePoissonBelow && observed >= options.GaussianThreshold;

    /// <summary>
    /// Gaussian χ² = (P − O)²/V. A zero variance (only possible with V = T = 0) gives 0 if P = O and +∞ otherwise.
    /// </summary>
    /// <param name="observed">O, finite.</param>
    /// <param name="predicted">P, finite.</param>
    /// <param name="variance">V. Range: ≥ 0.</param>
    public static double Gaussian(double observed, double predicted, double variance)
    {
        double r = predicted - observed;
        if (variance > 0) return r * r / variance;
        return r == 0 ? 0 : double.PositiveInfinity;
    }

    /// <summary>
    /// Poisson deviance (−2 ln of the likelihood ratio to the saturated model): 2[P − O + O ln(O/P)], with O ln O → 0 at
    /// O = 0 (so 2P there). Conventions: P = 0 and O = 0 gives 0; P = 0 with O &gt; 0 gives +∞ (an observed event
    /// that the model forbids); P &lt; 0 gives +∞ (infeasible).
    /// </summary>
    /// <param name="observed">O. Range: finite, ≥ 0.</param>
    /// <param name="predicted">P, finite.</param>
    public static double PoissonDeviance(double observed, double predicted)
    {
        if (predicted <= 0) return predicted == 0 && observed == 0 ? 0 : double.PositiveInfinity;
        if (observed == 0) return 2 * predicted;
        // When O ≈ P the two terms nearly cancel: ln(O/P) = log1p((O − P)/P) keeps the precision there.
        double ratio = observed / predicted;
        double log = ratio > 0.5 && ratio < 2 ? Log1P((observed - predicted) / predicted) : Math.Log(ratio);
        return 2 * (predicted - observed + observed * log);
    }

    /// <summary>
    /// ln(1 + x), accurate also for |x| ≪ 1 (the classical trick of correcting by the rounding of 1 + x).
    /// Range: x &gt; −1.
    /// </summary>
    internal static double Log1P(double x)
    {
        double u = 1 + x;
        if (u == 1) return x;
        if (double.IsPositiveInfinity(u)) return u;
        return Math.Log(u) * x / (u - 1);
    }
}
