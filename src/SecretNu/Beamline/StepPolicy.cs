namespace SecretNu.Beamline;

/// <summary>
/// Step control for <see cref="HadronTransport"/>. Steps always end at every geometry breakpoint (aperture-table row,
/// pipe-separation kink, magnet entry/exit, orbit kick, end of tracking); between breakpoints each interval is cut into
/// equal steps no longer (in z) than <see cref="MaxDriftStep"/> (drift spaces, and everywhere for neutral hadrons) or
/// <see cref="MaxMagnetStep"/> (charged hadrons inside a dipole or quadrupole). The decay probability is integrated
/// exactly along each step, so the steps only have to resolve the geometry and the spread of decay points.
/// Consecutive straight steps (no field, no kick in between) are reported as one <see cref="DecaySegment"/> as long as
/// their total z length stays within <see cref="MaxDriftStep"/>; each step inside a magnet is one segment.
/// </summary>
/// <param name="MaxDriftStep">Longest step, and longest reported straight segment, in z in field-free regions (and for
/// neutral hadrons everywhere) [m]. Range: &gt; 0.</param>
/// <param name="MaxMagnetStep">Longest step in z for a charged hadron inside a magnet [m]. Range: &gt; 0.</param>
/// <param name="ExitTolerance">Bracket width in z at which the bisection for the aperture exit point stops [m]; the exit
/// is placed at the last point found inside, at most this far before the true exit. Range: &gt; 0.</param>
/// <param name="MinSurvival">Tracking stops once the survival probability falls below this value (the neglected
/// decay probability is at most this value). Range: [0, 1).</param>
public sealed record StepPolicy(double MaxDriftStep = 5.0, double MaxMagnetStep = 0.5, double ExitTolerance = 0.01,
    double MinSurvival = 1e-12)
{
    /// <summary>The default policy: 5 m drift steps, 0.5 m magnet steps, 1 cm exit tolerance, stop below 1e-12 survival.</summary>
    public static StepPolicy Default { get; } = new();

    /// <summary>The same policy with every length (steps and exit tolerance) halved, for convergence studies.</summary>
    public StepPolicy Halved() => this with
    {
        MaxDriftStep = MaxDriftStep / 2, MaxMagnetStep = MaxMagnetStep / 2, ExitTolerance = ExitTolerance / 2,
    };

    /// <summary>Throws <see cref="ArgumentOutOfRangeException"/> when a parameter is outside its range.</summary>
    public void Validate()
    {
        if (!(MaxDriftStep > 0) || !double.IsFinite(MaxDriftStep))
            throw new ArgumentOutOfRangeException(nameof(MaxDriftStep), MaxDriftStep, "Must be a positive length [m].");
        if (!(MaxMagnetStep > 0) || !double.IsFinite(MaxMagnetStep))
            throw new ArgumentOutOfRangeException(nameof(MaxMagnetStep), MaxMagnetStep, "Must be a positive length [m].");
        if (!(ExitTolerance > 0) || !double.IsFinite(ExitTolerance))
            throw new ArgumentOutOfRangeException(nameof(ExitTolerance), ExitTolerance, "Must be a positive length [m].");
        if (!(MinSurvival >= 0 && MinSurvival < 1))
            throw new ArgumentOutOfRangeException(nameof(MinSurvival), MinSurvival, "Must lie in [0, 1).");
    }
}
