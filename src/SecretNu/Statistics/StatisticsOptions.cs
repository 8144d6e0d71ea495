using System.Globalization;

namespace SecretNu.Statistics;

/// <summary>How each bin's χ² is formed (physics.md §8).</summary>
public enum BinStatisticMode
{
    /// <summary>
    /// The paper's rule: Gaussian (T − O)²/V when the Asimov observed count O ≥ <see cref="StatisticsOptions.GaussianThreshold"/>,
    /// Poisson deviance 2[T − O + O ln(O/T)] otherwise.
    /// </summary>
    GaussianAbovePoissonBelow,

    /// <summary>Poisson likelihood ratio (deviance) in every bin, whatever its count.</summary>
    Poisson,
}

/// <summary>Variance V of a Gaussian bin.</summary>
public enum GaussianVariance
{
    /// <summary>V = O, the Asimov observed count (default; the seed does not say).</summary>
    Observed,

    /// <summary>
    /// V = T, the nominal prediction at the tested coupling, taken before the nuisance modifiers, so that the Gaussian
    /// part stays quadratic in the nuisance parameters and the closed form still holds.
    /// </summary>
    Predicted,
}

/// <summary>Which samples share one flux-normalisation pull α (and one tilt β).</summary>
public enum PullGrouping
{
    /// <summary>One independent pull per sample (default; the more conservative reading of the seed).</summary>
    PerSample,

    /// <summary>One pull common to all samples.</summary>
    Common,
}

/// <summary>
/// Every choice the χ² makes, as data. The defaults are the seed paper's statistics as read in physics.md §8:
/// Gaussian bins for O ≥ 20 with variance O, Poisson deviance below, a 10 % normalisation pull per sample, no tilt.
/// <para>
/// Modifiers (pyhf style): each pull group g multiplies its nominal prediction T_i by
/// (1 + α_g + β_g·(log10 E_i − log10 E_ref)) and adds (α_g/σ_α)² (+ (β_g/σ_β)² with the tilt) to χ².
/// The pull multiplies SM and new-physics events alike (they come from the same mesons).
/// </para>
/// </summary>
public sealed record StatisticsOptions
{
    /// <summary>The seed paper's choices (all defaults).</summary>
    public static StatisticsOptions Paper { get; } = new();

    /// <summary>Per-bin statistic. Default <see cref="BinStatisticMode.GaussianAbovePoissonBelow"/>.</summary>
    public BinStatisticMode BinStatistic { get; init; } = BinStatisticMode.GaussianAbovePoissonBelow;

    /// <summary>Variance of Gaussian bins. Default <see cref="Statistics.GaussianVariance.Observed"/>.</summary>
    public GaussianVariance GaussianVariance { get; init; } = GaussianVariance.Observed;

    /// <summary>
    /// A bin is Gaussian when its Asimov observed count O ≥ this (only in
    /// <see cref="BinStatisticMode.GaussianAbovePoissonBelow"/>). Range: finite, &gt; 0 (so a Gaussian bin never has
    /// O = 0). Default 20.
    /// </summary>
    public double GaussianThreshold { get; init; } = 20;

    /// <summary>σ_α, the Gaussian width of the flux-normalisation pull (fraction). Range: finite, &gt; 0. Default 0.10.</summary>
    public double NormalisationSigma { get; init; } = 0.10;

    /// <summary>
    /// σ_α per sample name (e.g. "nu_tau CC" → 0.36), overriding <see cref="NormalisationSigma"/> for the samples it names
    /// (per-sample pulls only); null (default) gives every sample <see cref="NormalisationSigma"/>. Set by
    /// <c>--systematics realistic</c> from the generator spread. Range of each value: finite, &gt; 0.
    /// </summary>
    public IReadOnlyDictionary<string, double>? NormalisationSigmaBySample { get; init; }

    /// <summary>σ_α of a sample: its entry in <see cref="NormalisationSigmaBySample"/>, else <see cref="NormalisationSigma"/>.</summary>
    public double NormalisationSigmaOf(string sample) =>
        NormalisationSigmaBySample is { } map && map.TryGetValue(sample, out double s) ? s : NormalisationSigma;

    /// <summary>Pull sharing between samples. Default <see cref="Statistics.PullGrouping.PerSample"/>.</summary>
    public PullGrouping PullGrouping { get; init; } = PullGrouping.PerSample;

    /// <summary>Whether the spectral-tilt nuisance β is profiled. Default false. Needs bin energies in every sample.</summary>
    public bool Tilt { get; init; }

    /// <summary>σ_β, the width of the tilt prior, per decade of energy. Range: finite, &gt; 0. Used only with <see cref="Tilt"/>. Default 0.10.</summary>
    public double TiltSigma { get; init; } = 0.10;

    /// <summary>E_ref [GeV], the energy where the tilt vanishes. Range: finite, &gt; 0. Used only with <see cref="Tilt"/>. Default 1000 GeV.</summary>
    public double TiltReferenceEnergy { get; init; } = 1000;

    /// <summary>Throws <see cref="ArgumentOutOfRangeException"/> naming the first option outside its range.</summary>
    public void Validate()
    {
        if (!Enum.IsDefined(BinStatistic)) throw new ArgumentOutOfRangeException(nameof(BinStatistic), BinStatistic, "Unknown bin statistic.");
        if (!Enum.IsDefined(GaussianVariance)) throw new ArgumentOutOfRangeException(nameof(GaussianVariance), GaussianVariance, "Unknown Gaussian variance.");
        if (!Enum.IsDefined(PullGrouping)) throw new ArgumentOutOfRangeException(nameof(PullGrouping), PullGrouping, "Unknown pull grouping.");
        Positive(GaussianThreshold, nameof(GaussianThreshold));
        Positive(NormalisationSigma, nameof(NormalisationSigma));
        foreach (var (name, sigma) in NormalisationSigmaBySample ?? new Dictionary<string, double>()) Positive(sigma, $"{nameof(NormalisationSigmaBySample)}[{name}]");
        Positive(TiltSigma, nameof(TiltSigma));
        Positive(TiltReferenceEnergy, nameof(TiltReferenceEnergy));
    }

    static void Positive(double value, string name)
    {
        if (!(value > 0) || !double.IsFinite(value))
            throw new ArgumentOutOfRangeException(name, value, "Must be finite and > 0.");
    }

    /// <summary>
    /// The options as ordered key/value strings (invariant culture, round-trip numbers), for recording beside every
    /// output. Keys are stable and always present; the tilt values are listed even when the tilt is off.
    /// </summary>
    public OrderedDictionary<string, string> Describe()
    {
        static string N(double x) => x.ToString("R", CultureInfo.InvariantCulture);
        var d = new OrderedDictionary<string, string>
        {
            ["bin_statistic"] = BinStatistic switch
            {
                BinStatisticMode.GaussianAbovePoissonBelow => "gaussian_if_observed_ge_threshold_else_poisson_deviance",
                BinStatisticMode.Poisson => "poisson_deviance_all_bins",
                _ => BinStatistic.ToString(),
            },
            ["gaussian_threshold_events"] = N(GaussianThreshold),
            ["gaussian_variance"] = GaussianVariance switch
            {
                GaussianVariance.Observed => "observed",
                GaussianVariance.Predicted => "predicted_before_nuisances",
                _ => GaussianVariance.ToString(),
            },
            ["normalisation_sigma"] = N(NormalisationSigma),
            ["pull_grouping"] = PullGrouping switch
            {
                PullGrouping.PerSample => "per_sample",
                PullGrouping.Common => "common",
                _ => PullGrouping.ToString(),
            },
            ["pull_applies_to"] = "sm_and_new_alike",
            ["spectral_tilt"] = Tilt ? "on" : "off",
            ["tilt_sigma_per_decade"] = N(TiltSigma),
            ["tilt_reference_energy_GeV"] = N(TiltReferenceEnergy),
            ["profiling"] = "exact_minimum_over_nuisances",
        };
        // only when set, so that the paper's choices describe (and key) exactly as before
        foreach (var (name, sigma) in (NormalisationSigmaBySample ?? new Dictionary<string, double>()).OrderBy(x => x.Key, StringComparer.Ordinal))
            d[$"normalisation_sigma[{name}]"] = N(sigma);
        return d;
    }
}
