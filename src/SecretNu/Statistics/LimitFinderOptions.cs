using System.Globalization;
using SecretNu.Physics;

namespace SecretNu.Statistics;

/// <summary>Settings of <see cref="LimitFinder"/>. Defaults follow physics.md §8.</summary>
public sealed record LimitFinderOptions
{
    /// <summary>Δχ² defining the bound. Range: finite, &gt; 0. Default 2.70554 (90 % CL, one parameter).</summary>
    public double Threshold { get; init; } = Constants.DeltaChi2Cl90OneParameter;

    /// <summary>The confidence level of <see cref="Threshold"/> for one parameter, P(χ²₁ ≤ Δχ²), to three digits (0.9 by default).</summary>
    public double ConfidenceLevel => Math.Round(MathNet.Numerics.Distributions.ChiSquared.CDF(1, Threshold), 3);

    /// <summary>First coupling tried; Δχ² there must be below the threshold. Range: finite, &gt; 0, &lt; <see cref="Cap"/>. Default 1e-9.</summary>
    public double ScanStart { get; init; } = 1e-9;

    /// <summary>Largest coupling tried (perturbativity); no bound is reported above it. Range: finite. Default 1.</summary>
    public double Cap { get; init; } = 1.0;

    /// <summary>Factor between bracketing steps. Range: finite, &gt; 1. Default 10.</summary>
    public double StepFactor { get; init; } = 10;

    /// <summary>Relative tolerance on the bound g. Range: (0, 0.1]. Default 1e-3.</summary>
    public double RelativeTolerance { get; init; } = 1e-3;

    /// <summary>
    /// Monotonicity check: a decrease Δχ²(g₁) − Δχ²(g₂) with g₁ &lt; g₂ counts as a violation only when larger than
    /// this × (1 + |Δχ²(g₁)|), which absorbs the rounding of the profiled χ². Range: ≥ 0. Default 1e-9.
    /// </summary>
    public double MonotonicityTolerance { get; init; } = 1e-9;

    /// <summary>Throws <see cref="ArgumentOutOfRangeException"/> naming the first setting outside its range.</summary>
    public void Validate()
    {
        if (!(Threshold > 0) || !double.IsFinite(Threshold)) throw new ArgumentOutOfRangeException(nameof(Threshold), Threshold, "Must be finite and > 0.");
        if (!(ScanStart > 0) || !double.IsFinite(ScanStart)) throw new ArgumentOutOfRangeException(nameof(ScanStart), ScanStart, "Must be finite and > 0.");
        if (!(Cap > ScanStart) || !double.IsFinite(Cap)) throw new ArgumentOutOfRangeException(nameof(Cap), Cap, "Must be finite and > ScanStart.");
        if (!(StepFactor > 1) || !double.IsFinite(StepFactor)) throw new ArgumentOutOfRangeException(nameof(StepFactor), StepFactor, "Must be finite and > 1.");
        if (!(RelativeTolerance > 0 && RelativeTolerance <= 0.1)) throw new ArgumentOutOfRangeException(nameof(RelativeTolerance), RelativeTolerance, "Must be in (0, 0.1].");
        if (!(MonotonicityTolerance >= 0) || !double.IsFinite(MonotonicityTolerance)) throw new ArgumentOutOfRangeException(nameof(MonotonicityTolerance), MonotonicityTolerance, "Must be finite and >= 0.");
    }

    /// <summary>The settings as ordered key/value strings (invariant culture) for recording beside outputs.</summary>
    public OrderedDictionary<string, string> Describe()
    {
        static string N(double x) => x.ToString("R", CultureInfo.InvariantCulture);
        return new OrderedDictionary<string, string>
        {
            ["delta_chi2_threshold"] = N(Threshold),
            ["scan_start"] = N(ScanStart),
            ["coupling_cap"] = N(Cap),
            ["bracket_step_factor"] = N(StepFactor),
            ["relative_tolerance"] = N(RelativeTolerance),
            ["root_finder"] = "brent_in_log10_g",
            ["monotonicity_tolerance"] = N(MonotonicityTolerance),
        };
    }
}
