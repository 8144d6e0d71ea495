namespace SecretNu.Beamline;

/// <summary>
/// A complete beam-line configuration for transporting long-lived hadrons from the ATLAS interaction point
/// (README §5.1): apertures with the two-pipe separation rule, dipoles, quadrupoles, thin orbit kicks, the beam
/// momentum used for the kicks, the crossing angle and IP shift applied to every hadron, and the end of tracking.
/// Immutable. The three upstream configurations are <see cref="Run2"/>, <see cref="Run3"/> and <see cref="Run4"/>.
/// </summary>
public sealed class BeamlineLayout
{
    /// <summary>Lowest z [m] at which a point counts as inside the beam pipe (README §5.4).</summary>
    public const double ZMin = -0.1;

    /// <summary>Builds a layout. Range: <paramref name="beamMomentum"/> &gt; 0 GeV; <paramref name="zMax"/> &gt; <see cref="ZMin"/> m; the aperture table must start at or before <see cref="ZMin"/>.</summary>
    public BeamlineLayout(string name, double beamMomentum, CrossingAngle crossing, Vec3 ipShift, double zMax,
        ApertureTable apertures, PipeSeparation separation, DipoleField dipoles, QuadrupoleField quadrupoles,
        OrbitKicks kicks, double rivetBaseStep)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        if (!(beamMomentum > 0) || !double.IsFinite(beamMomentum))
            throw new ArgumentOutOfRangeException(nameof(beamMomentum), beamMomentum, "Beam momentum must be positive [GeV].");
        if (!(zMax > ZMin) || !double.IsFinite(zMax))
            throw new ArgumentOutOfRangeException(nameof(zMax), zMax, $"End of tracking must lie beyond {ZMin} m.");
        ArgumentNullException.ThrowIfNull(apertures);
        if (apertures[0].ZFrom > ZMin)
            throw new ArgumentException($"The aperture table starts at {apertures[0].ZFrom} m, after z = {ZMin} m.", nameof(apertures));
        Name = name;
        BeamMomentum = beamMomentum;
        Crossing = crossing ?? throw new ArgumentNullException(nameof(crossing));
        IpShift = ipShift;
        ZMax = zMax;
        Apertures = apertures;
        Separation = separation ?? throw new ArgumentNullException(nameof(separation));
        Dipoles = dipoles ?? throw new ArgumentNullException(nameof(dipoles));
        Quadrupoles = quadrupoles ?? throw new ArgumentNullException(nameof(quadrupoles));
        Kicks = kicks ?? throw new ArgumentNullException(nameof(kicks));
        RivetBaseStep = rivetBaseStep;
    }

    /// <summary>Configuration name ("run2", "run3", "run4" for the built-in ones).</summary>
    public string Name { get; }
    /// <summary>Nominal beam momentum P_beam [GeV] that converts orbit-kick angles into momentum changes.</summary>
    public double BeamMomentum { get; }
    /// <summary>Crossing angle applied rigidly to every hadron's vertex and momentum.</summary>
    public CrossingAngle Crossing { get; }
    /// <summary>Shift [m] added to every generator vertex before the crossing-angle rotation.</summary>
    public Vec3 IpShift { get; }
    /// <summary>End of tracking z_max [m]: points beyond it are outside.</summary>
    public double ZMax { get; }
    /// <summary>Aperture table.</summary>
    public ApertureTable Apertures { get; }
    /// <summary>Two-pipe separation d(z).</summary>
    public PipeSeparation Separation { get; }
    /// <summary>Dipoles.</summary>
    public DipoleField Dipoles { get; }
    /// <summary>Quadrupoles.</summary>
    public QuadrupoleField Quadrupoles { get; }
    /// <summary>Thin orbit kicks.</summary>
    public OrbitKicks Kicks { get; }
    /// <summary>Upstream Monte-Carlo base step [m] (1 m Run 2, 0.1 m Runs 3/4); for reference and comparisons only.</summary>
    public double RivetBaseStep { get; }

    /// <summary>
    /// True when the beam-frame point (x, y, z) [m] lies inside the beam pipe (README §5.4): with u = ||x| − d(z)|,
    /// u ≤ a_x, |y| ≤ a_y, (u/b_x)² + (y/b_y)² ≤ 1 and <see cref="ZMin"/> ≤ z ≤ <see cref="ZMax"/>.
    /// </summary>
    public bool IsInsideAperture(double x, double y, double z)
    {
        if (!(z >= ZMin && z <= ZMax)) return false;
        int row = Apertures.RowIndexAt(z);
        if (row < 0) return false;
        double u = Math.Abs(Math.Abs(x) - Separation.At(z));
        return Apertures[row].Contains(u, y);
    }

    /// <summary>Generator-frame production point [m] → beam frame: add <see cref="IpShift"/>, then rotate by <see cref="Crossing"/>.</summary>
    public Vec3 VertexToBeamFrame(Vec3 generatorVertex) => Crossing.Rotate(generatorVertex + IpShift);

    /// <summary>Generator-frame momentum [GeV] → beam frame: rotate by <see cref="Crossing"/> (|p| preserved).</summary>
    public Vec3 MomentumToBeamFrame(Vec3 generatorMomentum) => Crossing.Rotate(generatorMomentum);

    /// <summary>
    /// Run2_Histogram configuration (arXiv:2105.08270): +150 µrad vertical crossing, IP shift x = −0.55 mm, Run 2
    /// apertures, magnets and kicks, P_beam = 6500 GeV, tracking to 220 m.
    /// Source: FastNeutrinoFluxSimulation RIVET_Modules via shared/data/README.md §5.1 and Appendix B.
    /// </summary>
    public static BeamlineLayout Run2 { get; } = new("run2", 6500.0, new CrossingAngle(150e-6, CrossingPlane.Vertical),
        new Vec3(-0.55e-3, 0, 0), 220.0, ApertureTable.Run2Run3, PipeSeparation.Run2Run3, DipoleField.Run2,
        QuadrupoleField.Run2, OrbitKicks.Run2, 1.0);

    /// <summary>
    /// Run3_MCFiles configuration: −160 µrad vertical crossing (downwards), no IP shift, Run 2 apertures, Run 3 magnet
    /// strengths and kicks, P_beam = 6800 GeV, tracking to 220 m.
    /// Source: FastNeutrinoFluxSimulation RIVET_Modules via shared/data/README.md §5.1 and Appendix B.
    /// </summary>
    public static BeamlineLayout Run3 { get; } = new("run3", 6800.0, new CrossingAngle(-160e-6, CrossingPlane.Vertical),
        Vec3.Zero, 220.0, ApertureTable.Run2Run3, PipeSeparation.Run2Run3, DipoleField.Run3,
        QuadrupoleField.Run3, OrbitKicks.Run3, 0.1);

    /// <summary>
    /// Run4_MCFiles (HL-LHC) configuration: +250 µrad horizontal crossing, no IP shift, HL-LHC apertures and magnets,
    /// no kicks, P_beam = 7000 GeV, tracking to 150 m.
    /// Source: FastNeutrinoFluxSimulation RIVET_Modules via shared/data/README.md §5.1 and Appendix B.
    /// </summary>
    public static BeamlineLayout Run4 { get; } = new("run4", 7000.0, new CrossingAngle(250e-6, CrossingPlane.Horizontal),
        Vec3.Zero, 150.0, ApertureTable.Run4, PipeSeparation.Run4, DipoleField.Run4,
        QuadrupoleField.Run4, OrbitKicks.Run4, 0.1);

    /// <summary>Names accepted by <see cref="FromName"/>.</summary>
    public static IReadOnlyList<string> Names { get; } = ["run2", "run3", "run4"];

    /// <summary>The built-in layout called <paramref name="name"/> ("run2", "run3", "run4"; case-insensitive, surrounding blanks ignored).</summary>
    /// <exception cref="InputException">Unknown name.</exception>
    public static BeamlineLayout FromName(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        return name.Trim().ToLowerInvariant() switch
        {
            "run2" => Run2,
            "run3" => Run3,
            "run4" => Run4,
            _ => throw new InputException($"Unknown beam-line layout '{name}'; expected one of: {string.Join(", ", Names)}."),
        };
    }
}
