namespace SecretNu.Beamline;

/// <summary>
/// Quadrupole magnets, README §5.5. Each region's strength is the gradient G [T/m]. For a particle of charge q and
/// momentum |p| the strength is κ = <see cref="KappaPerTeslaGeV"/> G q/|p| [1/m²]; inside the magnet the transverse
/// offset from the centre of the pipe the particle is in and the transverse direction cosine follow the thick-lens
/// solution: for κ &gt; 0 oscillating (cos/sin) in x and growing (cosh/sinh) in y (focusing in x, defocusing in y),
/// the reverse for κ &lt; 0. Thin-lens limit: focal length f = 1/(|κ| L).
/// </summary>
public sealed class QuadrupoleField
{
    /// <summary>Conversion 0.299 [GeV/(T m)] used upstream for quadrupoles (dipoles use 0.2998 inside k).</summary>
    public const double KappaPerTeslaGeV = 0.299;

    readonly FieldRegion[] _regions;

    /// <summary>Quadrupoles from regions with gradient G [T/m]. Range: sorted, non-overlapping, ZFrom &lt; ZTo.</summary>
    public QuadrupoleField(ReadOnlySpan<FieldRegion> regions) => _regions = FieldRegion.Validated(regions, "Quadrupole");

    /// <summary>The quadrupole regions, sorted by z.</summary>
    public ReadOnlySpan<FieldRegion> Regions => _regions;

    /// <summary>G [T/m] at <paramref name="z"/> [m]; 0 outside every quadrupole.</summary>
    public double GradientAt(double z) => FieldRegion.StrengthAt(_regions, z);

    /// <summary>κ = 0.299 G q/|p| [1/m²] for gradient G [T/m], charge q [e] and momentum |p| [GeV] (|p| &gt; 0).</summary>
    public static double Kappa(double gradient, int charge, double momentum) => KappaPerTeslaGeV * gradient * charge / momentum;

    /// <summary>Columns of the quadrupole data files, with units.</summary>
    static readonly string[] Columns = ["z_from[m]", "z_to[m]", "G[T/m]"];

    static QuadrupoleField Load(string file) => TableResource.Load(file, Columns, rows => new QuadrupoleField(FieldRegion.FromRows(rows)));

    static readonly Lazy<QuadrupoleField> LazyRun2 = new(() => Load("quadrupoles-run2.tsv"));
    static readonly Lazy<QuadrupoleField> LazyRun3 = new(() => Load("quadrupoles-run3.tsv"));
    static readonly Lazy<QuadrupoleField> LazyRun4 = new(() => Load("quadrupoles-run4.tsv"));

    /// <summary>
    /// Run 2: Q1, Q2 (two parts), Q3, Q4, Q5, and Q6/Q7 beyond 220 m (never reached); read once from the embedded
    /// Beamline/Tables/quadrupoles-run2.tsv.
    /// Source: FastNeutrinoFluxSimulation RIVET_Modules via shared/data/README.md Appendix B.4.
    /// </summary>
    public static QuadrupoleField Run2 => LazyRun2.Value;

    /// <summary>
    /// Run 3: same layout as Run 2 with Run 3 gradients (Q6/Q7 positions slightly shifted); read once from the embedded
    /// Beamline/Tables/quadrupoles-run3.tsv.
    /// Source: FastNeutrinoFluxSimulation RIVET_Modules via shared/data/README.md Appendix B.4.
    /// </summary>
    public static QuadrupoleField Run3 => LazyRun3.Value;

    /// <summary>
    /// Run 4 (HL-LHC) inner triplet; read once from the embedded Beamline/Tables/quadrupoles-run4.tsv.
    /// Source: FastNeutrinoFluxSimulation RIVET_Modules via shared/data/README.md Appendix B.4.
    /// </summary>
    public static QuadrupoleField Run4 => LazyRun4.Value;
}
