namespace SecretNu.Beamline;

/// <summary>
/// One row of a beam-pipe aperture table: the cross-section that applies from <see cref="ZFrom"/> up to the next
/// row's z. The pipe is the intersection of a rectangle (half-width <see cref="Ax"/>, half-height <see cref="Ay"/>)
/// and an ellipse (semi-axes <see cref="Bx"/>, <see cref="By"/>), centred on the pipe axis. All lengths in m.
/// </summary>
public readonly record struct ApertureRow(double ZFrom, double Ax, double Ay, double Bx, double By)
{
    /// <summary>
    /// True when a point at horizontal distance <paramref name="u"/> ≥ 0 from the pipe axis and height
    /// <paramref name="y"/> (both m) lies inside the rectangle ∩ ellipse (boundary included).
    /// </summary>
    public bool Contains(double u, double y)
    {
        double ay = Math.Abs(y);
        if (u > Ax || ay > Ay) return false;
        double ex = u / Bx, ey = y / By;
        return ex * ex + ey * ey <= 1.0;
    }
}
