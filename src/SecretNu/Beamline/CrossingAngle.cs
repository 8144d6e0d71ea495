namespace SecretNu.Beamline;

/// <summary>The plane in which the beams cross.</summary>
public enum CrossingPlane
{
    /// <summary>Vertical crossing: the rotation mixes y and z.</summary>
    Vertical,
    /// <summary>Horizontal crossing: the rotation mixes x and z.</summary>
    Horizontal,
}

/// <summary>
/// The beam crossing angle, applied as a rigid rotation to every hadron's production point and momentum (README §5.3);
/// the beam line itself (apertures, magnets) is not rotated. A positive angle tilts forward particles towards +y
/// (vertical) or +x (horizontal): for a vertical angle α, y′ = y cos α + z sin α and z′ = z cos α − y sin α.
/// </summary>
public sealed class CrossingAngle
{
    readonly double _cos, _sin;

    /// <summary>Crossing angle <paramref name="angle"/> [rad] in <paramref name="plane"/>. Range: |angle| &lt; π/2.</summary>
    public CrossingAngle(double angle, CrossingPlane plane)
    {
        if (!double.IsFinite(angle) || Math.Abs(angle) >= Math.PI / 2)
            throw new ArgumentOutOfRangeException(nameof(angle), angle, "Crossing angle must be finite and below π/2 in magnitude.");
        Angle = angle;
        Plane = plane;
        _cos = Math.Cos(angle);
        _sin = Math.Sin(angle);
    }

    /// <summary>Signed angle [rad].</summary>
    public double Angle { get; }

    /// <summary>Crossing plane.</summary>
    public CrossingPlane Plane { get; }

    /// <summary>Rotates <paramref name="v"/> (a position [m] or a momentum [GeV]) rigidly; the length is preserved.</summary>
    public Vec3 Rotate(Vec3 v) => Plane == CrossingPlane.Vertical
        ? new Vec3(v.X, v.Y * _cos + v.Z * _sin, v.Z * _cos - v.Y * _sin)
        : new Vec3(v.X * _cos + v.Z * _sin, v.Y, v.Z * _cos - v.X * _sin);

    /// <inheritdoc/>
    public override string ToString() => $"{Angle * 1e6:+0.###;-0.###;0} µrad {Plane.ToString().ToLowerInvariant()}";
}
