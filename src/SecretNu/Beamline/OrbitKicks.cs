namespace SecretNu.Beamline;

/// <summary>A thin orbit kick at <see cref="Z"/> [m] with nominal-beam deflection angles <see cref="ThetaX"/>, <see cref="ThetaY"/> [rad].</summary>
public readonly record struct OrbitKick(double Z, double ThetaX, double ThetaY);

/// <summary>
/// Thin orbit kicks (orbit correctors), README §5.5: when a charged particle crosses a kick's z its transverse
/// momentum changes by Δp_x = P_beam θ_x q and Δp_y = P_beam θ_y q [GeV]; the direction is then renormalised so that
/// |p| is unchanged. A particle of momentum p is thus deflected by ≈ P_beam θ/p.
/// </summary>
public sealed class OrbitKicks
{
    readonly OrbitKick[] _kicks;

    /// <summary>Kicks sorted by strictly increasing z [m]; angles finite.</summary>
    public OrbitKicks(ReadOnlySpan<OrbitKick> kicks)
    {
        _kicks = kicks.ToArray();
        for (int i = 0; i < _kicks.Length; i++)
        {
            var k = _kicks[i];
            if (!double.IsFinite(k.Z) || !double.IsFinite(k.ThetaX) || !double.IsFinite(k.ThetaY))
                throw new ArgumentException($"Orbit kick {i} at z = {k.Z} m: non-finite value.");
            if (i > 0 && !(k.Z > _kicks[i - 1].Z))
                throw new ArgumentException($"Orbit kick {i} at z = {k.Z} m is not after the previous one ({_kicks[i - 1].Z} m).");
        }
    }

    /// <summary>The kicks, sorted by z.</summary>
    public ReadOnlySpan<OrbitKick> Kicks => _kicks;

    /// <summary>No kicks.</summary>
    public static OrbitKicks None { get; } = new([]);

    /// <summary>
    /// Run 2: seven kicks (the one at 224.9 m lies beyond the 220 m tracking end).
    /// Source: FastNeutrinoFluxSimulation RIVET_Modules via shared/data/README.md Appendix B.5.
    /// </summary>
    public static OrbitKicks Run2 { get; } = new(
    [
        // z[m], theta_x[rad], theta_y[rad]
        new(29.84, -4.4e-06, -6e-06),
        new(38.02, -4.4e-06, -6e-06),
        new(53.81, -4.4e-06, -6e-06),
        new(163.99, 0, 2.632554e-05),
        new(165.29, -1.287952e-05, 0),
        new(193, 6.73925e-06, 0),
        new(224.9, 0, 1.442912e-05),
    ]);

    /// <summary>
    /// Run 3: five kicks (the one at 230.98 m lies beyond the 220 m tracking end).
    /// Source: FastNeutrinoFluxSimulation RIVET_Modules via shared/data/README.md Appendix B.5.
    /// </summary>
    public static OrbitKicks Run3 { get; } = new(
    [
        // z[m], theta_x[rad], theta_y[rad]
        new(29.842, 0, 5.68525e-06),
        new(38.019, 0, 5.68525e-06),
        new(53.814, 0, 5.68525e-06),
        new(163.9895, 0, -1.7766e-05),
        new(230.98, 0, -1.995092e-05),
    ]);

    /// <summary>
    /// Run 4: none (upstream holds a single zero kick at z = 1000 m, i.e. no kicks).
    /// Source: FastNeutrinoFluxSimulation RIVET_Modules via shared/data/README.md Appendix B.5.
    /// </summary>
    public static OrbitKicks Run4 => None;
}
