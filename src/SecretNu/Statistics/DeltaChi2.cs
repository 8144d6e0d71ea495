namespace SecretNu.Statistics;

/// <summary>
/// Δχ²(g) = min_ν χ²(T(g), ν) − min_ν χ²(T(0), ν) (physics.md §8), with the reference minimum at g = 0 computed
/// once. For SM-truth Asimov data the reference is 0; with a Z′ as the truth it is not, and Δχ² may then be negative
/// (a coupling g that fits better than g = 0). Allocation-free per evaluation; not thread-safe (see
/// <see cref="ProfiledChi2"/>).
/// </summary>
public sealed class DeltaChi2
{
    /// <summary>Creates Δχ² relative to the reference prediction T(g = 0).</summary>
    /// <param name="profile">The profiled χ² (holds the Asimov data and options).</param>
    /// <param name="referencePrediction">T(g = 0), length <see cref="ProfiledChi2.BinCount"/>; its profiled χ² must be finite.</param>
    public DeltaChi2(ProfiledChi2 profile, ReadOnlySpan<double> referencePrediction)
    {
        ArgumentNullException.ThrowIfNull(profile);
        Profile = profile;
        ReferenceMinimum = profile.Minimize(referencePrediction);
        if (!double.IsFinite(ReferenceMinimum))
            throw new ArgumentException("The g = 0 prediction has infinite chi2 against the data (T = 0 where O > 0): Delta chi2 is undefined.", nameof(referencePrediction));
    }

    /// <summary>The profiled χ².</summary>
    public ProfiledChi2 Profile { get; }

    /// <summary>min χ²(g = 0). Range: finite, ≥ 0.</summary>
    public double ReferenceMinimum { get; }

    /// <summary>Δχ² for the prediction T(g) (length <see cref="ProfiledChi2.BinCount"/>, finite, ≥ 0). Range: [−ReferenceMinimum, +∞].</summary>
    public double Evaluate(ReadOnlySpan<double> predicted) => Profile.Minimize(predicted) - ReferenceMinimum;
}
