namespace SecretNu.Beamline;

/// <summary>
/// A double-precision 3-vector (position [m] or momentum [GeV]) in the beam-line frame: z along the beam line from
/// the interaction point towards the detector, x horizontal, y vertical. A plain value type: no allocation.
/// </summary>
public readonly record struct Vec3(double X, double Y, double Z)
{
    /// <summary>The zero vector.</summary>
    public static Vec3 Zero => default;

    /// <summary>Euclidean length (same unit as the components).</summary>
    public double Length => Math.Sqrt(X * X + Y * Y + Z * Z);

    /// <summary>Component-wise sum.</summary>
    public static Vec3 operator +(Vec3 a, Vec3 b) => new(a.X + b.X, a.Y + b.Y, a.Z + b.Z);
    /// <summary>Component-wise difference a − b.</summary>
    public static Vec3 operator -(Vec3 a, Vec3 b) => new(a.X - b.X, a.Y - b.Y, a.Z - b.Z);
    /// <summary>The vector scaled by <paramref name="s"/>.</summary>
    public static Vec3 operator *(double s, Vec3 a) => new(s * a.X, s * a.Y, s * a.Z);

    /// <summary>
    /// Vector of magnitude <paramref name="magnitude"/> pointing at polar angle <paramref name="theta"/> from +z and
    /// azimuth <paramref name="phi"/> from +x towards +y (angles in rad).
    /// </summary>
    public static Vec3 FromPolar(double magnitude, double theta, double phi)
    {
        double st = Math.Sin(theta);
        return new(magnitude * st * Math.Cos(phi), magnitude * st * Math.Sin(phi), magnitude * Math.Cos(theta));
    }
}
