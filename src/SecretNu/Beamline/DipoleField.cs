namespace SecretNu.Beamline;

/// <summary>
/// Dipole magnets (field along y, bending in the horizontal x–z plane), README §5.5. Each region's strength is
/// k = 0.2998 B[T] in GeV/m. A particle of charge q and momentum p moves on a helix whose horizontal projection has
/// radius ρ = √(p_x² + p_z²)/(k q); with k q &gt; 0 a particle moving along +z bends towards −x. The horizontal
/// direction turns by k q s/|p| over a path length s (so by ≈ |k| L/|p| over a magnet of length L).
/// Hence in the Run 2/3/4 D1 (k &lt; 0) a positive hadron bends towards +x; in D2 (k &gt; 0) towards −x.
/// </summary>
public sealed class DipoleField
{
    readonly FieldRegion[] _regions;

    /// <summary>Dipoles from regions with strength k [GeV/m]. Range: sorted, non-overlapping, ZFrom &lt; ZTo.</summary>
    public DipoleField(ReadOnlySpan<FieldRegion> regions) => _regions = FieldRegion.Validated(regions, "Dipole");

    /// <summary>The dipole regions, sorted by z.</summary>
    public ReadOnlySpan<FieldRegion> Regions => _regions;

    /// <summary>k [GeV/m] at <paramref name="z"/> [m]; 0 outside every dipole.</summary>
    public double StrengthAt(double z) => FieldRegion.StrengthAt(_regions, z);

    /// <summary>
    /// Run 2: D1 as six 3.4 m modules (k = −0.3597 GeV/m), D2, arc dipole (beyond 220 m, never reached).
    /// Source: FastNeutrinoFluxSimulation RIVET_Modules via shared/data/README.md Appendix B.3.
    /// </summary>
    public static DipoleField Run2 { get; } = new(
    [
        // z_from[m], z_to[m], k[GeV/m]
        new(59.622, 63.022, -0.3597),       // B = -1.200 T
        new(63.888, 67.288, -0.3597),
        new(68.154, 71.554, -0.3597),
        new(72.42, 75.82, -0.3597),
        new(76.686, 80.086, -0.3597),
        new(80.952, 84.352, -0.3597),
        new(153.175, 162.624999, 0.776594368), // B = 2.590 T
        new(269.584247, 1000, 2.3181764),    // B = 7.733 T
    ]);

    /// <summary>
    /// Run 3: same positions as Run 2 with Run 3 strengths; two arc dipoles beyond 220 m (never reached).
    /// Source: FastNeutrinoFluxSimulation RIVET_Modules via shared/data/README.md Appendix B.3.
    /// </summary>
    public static DipoleField Run3 { get; } = new(
    [
        // z_from[m], z_to[m], k[GeV/m]
        new(59.622, 63.022, -0.37634956),     // B = -1.255 T
        new(63.888, 67.288, -0.37634956),
        new(68.154, 71.554, -0.37634956),
        new(72.42, 75.82, -0.37634956),
        new(76.686, 80.086, -0.37634956),
        new(80.952, 84.352, -0.37634956),
        new(153.175, 162.624999, 0.81243718), // B = 2.710 T
        new(269.584247, 283.884247, -2.42516915), // B = -8.089 T
        new(285.244742, 299.544742, -2.42516915),
    ]);

    /// <summary>
    /// Run 4 (HL-LHC): D1 and D2.
    /// Source: FastNeutrinoFluxSimulation RIVET_Modules via shared/data/README.md Appendix B.3.
    /// </summary>
    public static DipoleField Run4 { get; } = new(
    [
        // z_from[m], z_to[m], k[GeV/m]
        new(72, 78.27, -1.68),   // B = -5.604 T
        new(137.5, 145.28, 1.35), // B = 4.503 T
    ]);
}
