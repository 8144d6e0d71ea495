namespace SecretNu.Statistics;

/// <summary>Outcome of a search for the coupling where Δχ² reaches the threshold.</summary>
public enum LimitStatus
{
    /// <summary>A bound was found: <see cref="LimitResult.Coupling"/> holds it.</summary>
    Found,

    /// <summary>Δχ² stays at or below the threshold up to the cap: no bound below the cap (not a number).</summary>
    NoBoundBelowCap,

    /// <summary>Δχ² already reaches the threshold at the scan start: the bound lies below the scanned range.</summary>
    BelowScanStart,

    /// <summary>The evaluated points show Δχ² decreasing with g: the bound is ambiguous and was not reported.</summary>
    NonMonotonic,
}

/// <summary>Result of <see cref="LimitFinder.Find"/>.</summary>
/// <param name="Status">What was found.</param>
/// <param name="Coupling">The bound g (within the relative tolerance) when <see cref="LimitStatus.Found"/>; null otherwise.</param>
/// <param name="DeltaChi2AtCoupling">Δχ² at <paramref name="ProbeCoupling"/>.</param>
/// <param name="ProbeCoupling">
/// The g that decided the status: the bound (Found), the cap (NoBoundBelowCap), the scan start (BelowScanStart), or the
/// evaluated point that broke monotonicity (NonMonotonic).
/// </param>
/// <param name="Evaluations">Number of Δχ² evaluations made.</param>
/// <param name="Detail">One line for humans, e.g. "no bound below g = 1".</param>
public sealed record LimitResult(
    LimitStatus Status,
    double? Coupling,
    double DeltaChi2AtCoupling,
    double ProbeCoupling,
    int Evaluations,
    string Detail);
