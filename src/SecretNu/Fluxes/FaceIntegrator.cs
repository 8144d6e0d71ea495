using SecretNu.Numerics;

namespace SecretNu.Fluxes;

/// <summary>
/// Adds one decay element to a Doppler accumulator (physics.md §6.6, eq. 6.5): a parent with direction û, Lorentz
/// factor γ = E/m, velocity β, decaying at x⃗_d with weight w (decays, in pb), sends into the face element dA at r⃗
/// the number w·dA (n̂·r̂)/r²·D²/(4π)·∫f with energies scaled by D = 1/(γ(1 − β cosθ)), cosθ = û·r̂.
/// <para>The face is integrated with an n×n Gauss–Legendre grid in variables adapted to the peak: D² falls like a
/// squared Lorentzian of width ρ₀ = s/γ around the point P where the parent's line of flight crosses the face plane
/// (s = distance to that plane), so x = P_x + ρ₀ tan ψ_x, y = P_y + ρ₀ tan ψ_y with Gauss–Legendre nodes in ψ put the
/// points where the neutrinos are, for a TeV pion aimed at the face as for a slow or far-off-axis parent. n grows
/// with the variation of D² over the face: 1 below 0.2 %, 2 below 5 %, 3 below 20 %, then with γ times the angular
/// size of the face up to a cap (8 by default).</para>
/// 1 − β cosθ is evaluated without cancellation as (1 − β) + β·sin²θ/(1 + cosθ), 1 − β = 1/(γ²(1 + β)).
/// </summary>
public sealed class FaceIntegrator
{
    readonly double _nodesPerUnitSpread;
    readonly int _nodeCap;

    readonly DetectorFace _face;
    readonly AcceptanceMode _mode;
    readonly double _minEnergy;
    readonly double _x0, _x1, _y0, _y1;

    /// <summary>The detector face integrated over.</summary>
    public DetectorFace Face => _face;
    /// <summary>How the face is integrated: exact Gauss–Legendre grid or collinear (point detector).</summary>
    public AcceptanceMode Mode => _mode;

    /// <summary>An integrator over <paramref name="face"/> in the given acceptance mode.</summary>
    /// <param name="face">The detector face.</param>
    /// <param name="mode">Exact (face grid) or collinear (point detector at the face centre).</param>
    /// <param name="minEnergy">Lowest lab energy of interest [GeV]: elements that cannot reach it are skipped.</param>
    /// <param name="nodesPerUnitSpread">Face nodes per unit of γ × the face's angular half-size, above 20 % variation.</param>
    /// <param name="nodeCap">Largest n of the n×n face grid.</param>
    public FaceIntegrator(DetectorFace face, AcceptanceMode mode, double minEnergy, double nodesPerUnitSpread = 3, int nodeCap = 8)
    {
        _face = face; _mode = mode; _minEnergy = minEnergy; _nodesPerUnitSpread = nodesPerUnitSpread; _nodeCap = nodeCap;
        _x0 = face.OffsetX - 0.5 * face.Width; _x1 = face.OffsetX + 0.5 * face.Width;
        _y0 = face.OffsetY - 0.5 * face.Height; _y1 = face.OffsetY + 0.5 * face.Height;
    }

    /// <summary>
    /// Deposits the element into <paramref name="acc"/> (length <see cref="DopplerGrid.Count"/>) and returns the weight
    /// added (Σ w dΩ D²/4π) and, in <paramref name="distance"/>, the distance to the face centre [m].
    /// </summary>
    /// <param name="x">Decay point x [m] (beam frame).</param>
    /// <param name="y">Decay point y [m].</param>
    /// <param name="z">Decay point z [m] along the beam line from the IP.</param>
    /// <param name="ux">Parent direction û, x component (unit vector).</param>
    /// <param name="uy">Parent direction û, y component.</param>
    /// <param name="uz">Parent direction û, z component (elements with û_z ≤ 0 add nothing).</param>
    /// <param name="gamma">Parent Lorentz factor γ = E/m (≥ 1).</param>
    /// <param name="beta">Parent velocity β = p/E (0 ≤ β &lt; 1).</param>
    /// <param name="weight">Decays w of the element [pb].</param>
    /// <param name="eStarMax">Largest rest-frame neutrino energy of the parent [GeV] (for skipping hopeless elements).</param>
    /// <param name="acc">Doppler accumulator, length <see cref="DopplerGrid.Count"/>.</param>
    /// <param name="distance">Distance from the decay point to the face centre [m].</param>
    public double Deposit(double x, double y, double z, double ux, double uy, double uz, double gamma, double beta,
        double weight, double eStarMax, Span<double> acc, out double distance)
    {
        double cx = _face.OffsetX - x, cy = _face.OffsetY - y, cz = _face.Distance - z;
        distance = Math.Sqrt(cx * cx + cy * cy + cz * cz);
        if (cz <= 0 || weight == 0 || uz <= 0) return 0;
        double oneMinusBeta = 1 / (gamma * gamma * (1 + beta));

        // angle to the face centre and the smallest possible angle to any face point
        double cosC = (ux * cx + uy * cy + uz * cz) / distance;
        double thetaC = Math.Atan2(Math.Sqrt(Cross2(ux, uy, uz, cx, cy, cz)) / distance, cosC);
        double halfAngle = _face.HalfDiagonal / cz;
        double thetaMin = Math.Max(0, thetaC - halfAngle);
        double dMax = 1 / (gamma * (oneMinusBeta + beta * 2 * Math.Sin(0.5 * thetaMin) * Math.Sin(0.5 * thetaMin)));
        if (dMax * eStarMax < _minEnergy) return 0;

        int n = 1;
        if (_mode == AcceptanceMode.Exact)
        {
            // relative variation of D² over the face, from its nearest to its farthest possible point
            double thetaMax = thetaC + halfAngle, sMin = Math.Sin(0.5 * thetaMin), sMax = Math.Sin(0.5 * thetaMax);
            double ratio = (oneMinusBeta + beta * 2 * sMin * sMin) / (oneMinusBeta + beta * 2 * sMax * sMax);
            double variation = 1 - ratio * ratio;
            n = variation < 2e-3 ? 1 : variation < 0.05 ? 2 : variation < 0.2 ? 3
                : Math.Clamp((int)Math.Ceiling(_nodesPerUnitSpread * gamma * halfAngle), 4, _nodeCap);
        }
        Span<double> px = stackalloc double[n], pw = stackalloc double[n], qy = stackalloc double[n], qw = stackalloc double[n];
        if (n == 1)
        {
            px[0] = _face.OffsetX; pw[0] = _face.Width; qy[0] = _face.OffsetY; qw[0] = _face.Height;
        }
        else
        {
            double s = cz / uz, rho0 = s / gamma;
            Nodes(x + ux * s, rho0, _x0, _x1, px, pw);
            Nodes(y + uy * s, rho0, _y0, _y1, qy, qw);
        }
        double added = 0, w4pi = weight / (4 * Math.PI);
        for (int i = 0; i < n; i++)
            for (int j = 0; j < n; j++)
            {
                double rx = px[i] - x, ry = qy[j] - y, rz = cz;
                double r2 = rx * rx + ry * ry + rz * rz, r = Math.Sqrt(r2);
                double cosT = (ux * rx + uy * ry + uz * rz) / r;
                double sin2 = Cross2(ux, uy, uz, rx, ry, rz) / r2;
                double omc = cosT > 0 ? sin2 / (1 + cosT) : 1 - cosT;
                double d = 1 / (gamma * (oneMinusBeta + beta * omc));
                if (d * eStarMax < _minEnergy) continue;
                double wk = w4pi * pw[i] * qw[j] * rz / (r2 * r) * d * d;
                DopplerGrid.Deposit(d, wk, acc);
                added += wk;
            }
        return added;
    }

    /// <summary>Gauss–Legendre nodes on [a, b] in ψ with u = c + ρ₀ tan ψ (weights include du/dψ = ρ₀ sec²ψ).</summary>
    static void Nodes(double c, double rho0, double a, double b, Span<double> u, Span<double> w)
    {
        var gl = Quadrature.GaussLegendre(u.Length);
        double pa = Math.Atan((a - c) / rho0), pb = Math.Atan((b - c) / rho0);
        for (int i = 0; i < u.Length; i++)
        {
            double psi = 0.5 * (pa + pb) + 0.5 * (pb - pa) * gl.Nodes[i];
            double t = Math.Tan(psi);
            u[i] = c + rho0 * t;
            w[i] = 0.5 * (pb - pa) * gl.Weights[i] * rho0 * (1 + t * t);
        }
    }

    static double Cross2(double ax, double ay, double az, double bx, double by, double bz)
    {
        double cx = ay * bz - az * by, cy = az * bx - ax * bz, cz = ax * by - ay * bx;
        return cx * cx + cy * cy + cz * cz;
    }

}
