namespace SecretNu.Beamline;

/// <summary>Why tracking of a hadron ended.</summary>
public enum TrackEndReason
{
    /// <summary>Not tracked: p_z ≤ 0, or production point outside the beam pipe (or outside ZMin ≤ z &lt; ZMax).</summary>
    Dropped,
    /// <summary>Left the aperture (absorbed); the end point is the last point found inside.</summary>
    Absorbed,
    /// <summary>Reached the end of tracking z_max inside the aperture.</summary>
    EndOfTracking,
    /// <summary>Survival probability fell below <see cref="StepPolicy.MinSurvival"/>.</summary>
    Decayed,
}

/// <summary>Where and why a trajectory ended (diagnostics; the flux engine only needs the decay segments).</summary>
/// <param name="Reason">Why tracking ended.</param>
/// <param name="Position">Last tracked point in the beam frame [m] (for <see cref="TrackEndReason.Absorbed"/>: the exit point).</param>
/// <param name="Direction">Unit direction of motion there.</param>
/// <param name="Survival">Probability that the hadron has not decayed before reaching <see cref="Position"/>.</param>
/// <param name="PathLength">Path length travelled from the production point [m].</param>
public readonly record struct TrackSummary(TrackEndReason Reason, Vec3 Position, Vec3 Direction, double Survival, double PathLength);
