using System.Runtime.CompilerServices;

namespace SecretNu.Beamline;

/// <summary>Position and unit direction of a hadron in the beam frame (m; dimensionless). Mutable scratch value.</summary>
internal struct PhaseState
{
    public double X, Y, Z, Ux, Uy, Uz;
}

/// <summary>
/// The map that carries a hadron over one step of Δz inside one field region: straight line (drift), exact helix
/// (dipole) or thick-lens transfer (quadrupole). Coefficients depend only on (field, charge, |p|, Δz), so one map is
/// built per interval and reused for all its equal steps.
/// </summary>
internal readonly struct StepMap
{
    readonly FieldKind _kind;
    readonly double _dz;
    // dipole: g = k q/|p| [1/m], the turning rate of the horizontal direction per unit path length.
    readonly double _g;
    // quadrupole: (X, u_X) → (c X + s u_X, t X + c u_X), same for y.
    readonly double _cx, _sx, _tx, _cy, _sy, _ty;

    StepMap(FieldKind kind, double dz, double g, double cx, double sx, double tx, double cy, double sy, double ty)
    {
        _kind = kind; _dz = dz; _g = g; _cx = cx; _sx = sx; _tx = tx; _cy = cy; _sy = sy; _ty = ty;
    }

    /// <summary>
    /// Map over <paramref name="dz"/> [m] for a hadron of charge <paramref name="charge"/> and momentum
    /// <paramref name="momentum"/> [GeV] in a region of kind <paramref name="kind"/> and strength
    /// <paramref name="strength"/> (k [GeV/m] or G [T/m]).
    /// </summary>
    public static StepMap Create(FieldKind kind, double strength, int charge, double momentum, double dz)
    {
        switch (kind)
        {
            case FieldKind.Dipole:
                return new StepMap(kind, dz, strength * charge / momentum, 0, 0, 0, 0, 0, 0);
            case FieldKind.Quadrupole:
            {
                double kappa = QuadrupoleField.Kappa(strength, charge, momentum);
                if (kappa == 0) return new StepMap(kind, dz, 0, 1, dz, 0, 1, dz, 0);
                double w = Math.Sqrt(Math.Abs(kappa)), phi = w * dz;
                double c = Math.Cos(phi), s = Math.Sin(phi), ch = Math.Cosh(phi), sh = Math.Sinh(phi);
                return kappa > 0
                    ? new StepMap(kind, dz, 0, c, s / w, -w * s, ch, sh / w, w * sh)   // focusing in x, defocusing in y
                    : new StepMap(kind, dz, 0, ch, sh / w, w * sh, c, s / w, -w * s);  // defocusing in x, focusing in y
            }
            default:
                return new StepMap(FieldKind.Drift, dz, 0, 0, 0, 0, 0, 0, 0);
        }
    }

    /// <summary>
    /// Carries <paramref name="s"/> over this map's Δz; <paramref name="separation"/> [m] is the distance of the pipe
    /// centres from the line of sight (quadrupole offsets are measured from the centre of the pipe the hadron is in).
    /// Returns the path length [m] of the step, or −1 when the hadron would turn backwards (u_z ≤ 0).
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public double Apply(ref PhaseState s, double separation)
    {
        double dz = _dz;
        switch (_kind)
        {
            case FieldKind.Drift:
            {
                double inv = 1.0 / s.Uz;
                s.X += dz * s.Ux * inv;
                s.Y += dz * s.Uy * inv;
                s.Z += dz;
                return dz * inv;
            }
            case FieldKind.Dipole:
            {
                // Helix about y: p_y is conserved; the horizontal direction (sin ψ, cos ψ) turns at dψ/ds = −g.
                // With h = √(u_x² + u_z²): sin ψ₁ = sin ψ₀ − g Δz/h and Δx = Δz (sin ψ₀ + sin ψ₁)/(cos ψ₀ + cos ψ₁)
                // (exact and free of cancellation for any radius).
                double h = Math.Sqrt(s.Ux * s.Ux + s.Uz * s.Uz);
                double sin0 = s.Ux / h, cos0 = s.Uz / h;
                double sin1 = sin0 - _g * dz / h;
                double c2 = (1 - sin1) * (1 + sin1);
                if (!(c2 > 0)) return -1;
                double cos1 = Math.Sqrt(c2);
                double dx = dz * (sin0 + sin1) / (cos0 + cos1);
                double chord = Math.Sqrt(dx * dx + dz * dz);
                double a = chord * _g / h;                       // horizontal turning angle, small
                double arcH = chord * (1 + a * a / 24);          // arc = chord (Δψ/2)/sin(Δψ/2), error O(Δψ⁴)
                double path = arcH / h;
                s.X += dx;
                s.Y += s.Uy * path;
                s.Z += dz;
                s.Ux = h * sin1;
                s.Uz = h * cos1;
                return path;
            }
            default:
            {
                double centre = s.X >= 0 ? separation : -separation;
                double x0 = s.X - centre, y0 = s.Y;
                double x1 = _cx * x0 + _sx * s.Ux, ux1 = _tx * x0 + _cx * s.Ux;
                double y1 = _cy * y0 + _sy * s.Uy, uy1 = _ty * y0 + _cy * s.Uy;
                double uz2 = 1 - ux1 * ux1 - uy1 * uy1;
                if (!(uz2 > 0)) return -1;
                double dx = x1 - x0, dy = y1 - y0;
                s.X = x1 + centre;
                s.Y = y1;
                s.Z += dz;
                s.Ux = ux1;
                s.Uy = uy1;
                s.Uz = Math.Sqrt(uz2);
                return Math.Sqrt(dx * dx + dy * dy + dz * dz);   // chord: short by O(step × angle change²)
            }
        }
    }
}
