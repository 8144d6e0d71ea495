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

    /// <summary>Columns of the dipole data files, with units.</summary>
    static readonly string[] Columns = ["z_from[m]", "z_to[m]", "k[GeV/m]"];

    static DipoleField Load(string file) => TableResource.Load(file, Columns, rows => new DipoleField(FieldRegion.FromRows(rows)));

    static readonly Lazy<DipoleField> LazyRun2 = new(() => Load("dipoles-run2.tsv"));
    static readonly Lazy<DipoleField> LazyRun3 = new(() => Load("dipoles-run3.tsv"));
    static readonly Lazy<DipoleField> LazyRun4 = new(() => Load("dipoles-run4.tsv"));

    /// <summary>
    /// Run 2: D1 as six 3.4 m modules (k = −0.3597 GeV/m), D2, arc dipole (beyond 220 m, never reached); read once from
    /// the embedded Beamline/Tables/dipoles-run2.tsv.
    /// Source: FastNeutrinoFluxSimulation RIVET_Modules via shared/data/README.md Appendix B.3.
    /// </summary>
    public static DipoleField Run2 => LazyRun2.Value;

    /// <summary>
    /// Run 3: same positions as Run 2 with Run 3 strengths; two arc dipoles beyond 220 m (never reached); read once from
    /// the embedded Beamline/Tables/dipoles-run3.tsv.
    /// Source: FastNeutrinoFluxSimulation RIVET_Modules via shared/data/README.md Appendix B.3.
    /// </summary>
    public static DipoleField Run3 => LazyRun3.Value;

    /// <summary>
    /// Run 4 (HL-LHC): D1 and D2; read once from the embedded Beamline/Tables/dipoles-run4.tsv.
    /// Source: FastNeutrinoFluxSimulation RIVET_Modules via shared/data/README.md Appendix B.3.
    /// </summary>
    public static DipoleField Run4 => LazyRun4.Value;
}
