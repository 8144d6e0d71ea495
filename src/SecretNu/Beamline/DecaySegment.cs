namespace SecretNu.Beamline;

/// <summary>
/// One stretch of a hadron's trajectory (a magnet step, or up to <see cref="StepPolicy.MaxDriftStep"/> of straight
/// flight), reduced to what the flux engine needs: a representative decay point (the decay-probability-weighted mean
/// point of the stretch along its chord, in the beam frame [m]; exact for straight stretches), the unit direction of
/// motion there, and the probability that the hadron decays within the stretch (survival to its start ×
/// (1 − exp(−s/λ)) for path length s and decay length λ = cτ|p|/m). The probabilities of one trajectory sum to
/// 1 − survival at its end.
/// </summary>
public readonly struct DecaySegment
{
    /// <summary>Creates a segment; see the properties for units.</summary>
    public DecaySegment(double x, double y, double z, double ux, double uy, double uz, double probability)
    {
        X = x; Y = y; Z = z; Ux = ux; Uy = uy; Uz = uz; Probability = probability;
    }

    /// <summary>Decay point x [m] (beam frame).</summary>
    public double X { get; }
    /// <summary>Decay point y [m] (beam frame).</summary>
    public double Y { get; }
    /// <summary>Decay point z [m] (beam frame).</summary>
    public double Z { get; }
    /// <summary>x component of the unit direction of motion at the decay point.</summary>
    public double Ux { get; }
    /// <summary>y component of the unit direction of motion at the decay point.</summary>
    public double Uy { get; }
    /// <summary>z component of the unit direction of motion at the decay point (&gt; 0).</summary>
    public double Uz { get; }
    /// <summary>Probability [0, 1] that the hadron decays within this segment.</summary>
    public double Probability { get; }

    /// <inheritdoc/>
    public override string ToString() => $"z = {Z:F3} m, x = {X:E3} m, y = {Y:E3} m, P = {Probability:E4}";
}
