namespace SecretNu.Beamline;

/// <summary>What acts on a charged hadron inside a <see cref="TrackInterval"/>.</summary>
internal enum FieldKind : byte { Drift, Dipole, Quadrupole }

/// <summary>
/// A z interval [A, B) between consecutive geometry breakpoints of a layout, within which the aperture row, the field
/// and the linear law of the pipe separation are all constant: d(z) = D0 + DSlope (z − A). Precomputed once per
/// <see cref="HadronTransport"/>; a kick, if any, sits at B.
/// </summary>
internal readonly struct TrackInterval(double a, double b, FieldKind kind, double strength, ApertureRow row,
    double d0, double dSlope, bool hasKick, double kickX, double kickY)
{
    public readonly double A = a, B = b;
    public readonly FieldKind Kind = kind;
    /// <summary>Dipole k [GeV/m] or quadrupole G [T/m]; 0 for drifts.</summary>
    public readonly double Strength = strength;
    public readonly double Ax = row.Ax, Ay = row.Ay, Bx = row.Bx, By = row.By;
    readonly double _invBx = 1 / row.Bx, _invBy = 1 / row.By;
    public readonly double D0 = d0, DSlope = dSlope;
    public readonly bool HasKick = hasKick;
    /// <summary>Kick angles θ_x, θ_y [rad] at B (nominal beam).</summary>
    public readonly double KickX = kickX, KickY = kickY;

    /// <summary>Pipe-centre distance d [m] at z [m] (z in [A, B]; at B the left limit).</summary>
    public double SeparationAt(double z) => D0 + DSlope * (z - A);

    /// <summary>True when (x, y) [m] at z [m] is inside this interval's aperture (rectangle ∩ ellipse about ±d).</summary>
    public bool Contains(double x, double y, double z)
    {
        double u = Math.Abs(Math.Abs(x) - SeparationAt(z));
        if (u > Ax || Math.Abs(y) > Ay) return false;
        double ex = u * _invBx, ey = y * _invBy;
        return ex * ex + ey * ey <= 1.0;
    }

    /// <summary>True when both intervals can be fused into one without changing the geometry or the fields.</summary>
    public bool CanMergeWith(in TrackInterval next) =>
        !HasKick && Kind == next.Kind && Strength == next.Strength && Ax == next.Ax && Ay == next.Ay && Bx == next.Bx
        && By == next.By && Math.Abs(SeparationAt(B) - next.D0) < 1e-12 && Math.Abs(DSlope - next.DSlope) < 1e-15;

    /// <summary>This interval extended to the end of <paramref name="next"/>.</summary>
    public TrackInterval MergedWith(in TrackInterval next) =>
        new(A, next.B, Kind, Strength, new ApertureRow(A, Ax, Ay, Bx, By), D0, DSlope, next.HasKick, next.KickX, next.KickY);
}
