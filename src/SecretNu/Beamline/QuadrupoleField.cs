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

    /// <summary>
    /// Run 2: Q1, Q2 (two parts), Q3, Q4, Q5, and Q6/Q7 beyond 220 m (never reached).
    /// Source: FastNeutrinoFluxSimulation RIVET_Modules via shared/data/README.md Appendix B.4.
    /// </summary>
    public static QuadrupoleField Run2 { get; } = new(
    [
        // z_from[m], z_to[m], G[T/m]
        new(22.965, 29.335, 188.61234997),
        new(32.05, 37.55, -191.0581497),
        new(38.55, 44.05, -191.0581497),
        new(46.965, 53.335, 189.95178475),
        new(167.852999, 171.252999, -52.33156265),
        new(194.089999, 198.889999, 26.63078054),
        new(225.989999, 230.789999, -6.994),
        new(260.003999, 263.403999, 160.33631742),
        new(263.770999, 267.170999, 160.33631742),
    ]);

    /// <summary>
    /// Run 3: same layout as Run 2 with Run 3 gradients (Q6/Q7 positions slightly shifted).
    /// Source: FastNeutrinoFluxSimulation RIVET_Modules via shared/data/README.md Appendix B.4.
    /// </summary>
    public static QuadrupoleField Run3 { get; } = new(
    [
        // z_from[m], z_to[m], G[T/m]
        new(22.965, 29.335, 197.69828834),
        new(32.05, 37.55, -198.815642),
        new(38.55, 44.05, -198.815642),
        new(46.965, 53.335, 199.0995432),
        new(167.852999, 171.252999, -76.79520332),
        new(194.089999, 198.889999, 40.58236262),
        new(225.989999, 230.789999, -7.31680015),
        new(260.516999, 263.916999, 152.15416786),
        new(264.283999, 267.683999, 152.15416786),
    ]);

    /// <summary>
    /// Run 4 (HL-LHC) inner triplet.
    /// Source: FastNeutrinoFluxSimulation RIVET_Modules via shared/data/README.md Appendix B.4.
    /// </summary>
    public static QuadrupoleField Run4 { get; } = new(
    [
        // z_from[m], z_to[m], G[T/m]
        new(22.9, 31.3, 132),
        new(35, 42.17, -132),
        new(45, 52.17, -132),
        new(56, 64.4, 132),
    ]);
}
