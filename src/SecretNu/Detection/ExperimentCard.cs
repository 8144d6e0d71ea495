using System.Collections.Immutable;
using SecretNu.Physics;
using SecretNu.Production;

namespace SecretNu.Detection;

/// <summary>
/// A declarative description of one forward-neutrino experiment (a TOML card in <c>experiments/</c>, read by
/// <see cref="ExperimentCardReader"/>). Lengths in m, luminosity in fb⁻¹, masses in tonnes. The values are checked by
/// the reader; the ranges in the member docs hold for every card it returns. Every field is declared once, with its
/// TOML key, check and role, in <see cref="ExperimentCardSchema"/>. Note: record equality compares the
/// generator lists (<see cref="ImmutableArray{T}"/>) by reference, not element-wise.
/// </summary>
public sealed record ExperimentCard
{
    /// <summary>Card name, e.g. "faser-nu" (non-empty).</summary>
    public string Name { get; init; } = "";

    /// <summary>One-line description (non-empty).</summary>
    public string Description { get; init; } = "";

    /// <summary>Literature reference for the numbers, or null.</summary>
    public string? Reference { get; init; }

    /// <summary>√s in TeV. Range: 14 or 13.6 (an energy with hadron tables).</summary>
    public double SqrtSTeV { get; init; }

    /// <summary>Integrated luminosity in fb⁻¹. Range: &gt; 0.</summary>
    public double LuminosityFb { get; init; }

    /// <summary>Beam-line layout between IP and detector.</summary>
    public BeamlineRun Beamline { get; init; }

    /// <summary>Distance of the detector face from the IP along the beam axis, m. Range: &gt; 0.</summary>
    public double DistanceM { get; init; }

    /// <summary>Horizontal (x) width of the face, m. Range: &gt; 0.</summary>
    public double WidthM { get; init; }

    /// <summary>Vertical (y) height of the face, m. Range: &gt; 0.</summary>
    public double HeightM { get; init; }

    /// <summary>Horizontal position of the face centre relative to the beam axis, m (default 0).</summary>
    public double OffsetXM { get; init; }

    /// <summary>Vertical position of the face centre relative to the beam axis, m (default 0).</summary>
    public double OffsetYM { get; init; }

    /// <summary>Target material.</summary>
    public TargetMaterial Target { get; init; }

    /// <summary>Target mass in tonnes. Range: &gt; 0.</summary>
    public double TargetMassT { get; init; }

    /// <summary>Detection efficiency for CC events. Range: (0, 1].</summary>
    public double Efficiency { get; init; }

    /// <summary>Relative Gaussian energy resolution σ_E/E. Range: ≥ 0 (0 = perfect).</summary>
    public double EnergyResolution { get; init; }

    /// <summary>True if ν and ν̄ are separable (lepton charge measured).</summary>
    public bool ChargeIdentification { get; init; }

    /// <summary>Factor multiplying every expected count (e.g. 100 for "FASER2ν ×100"). Range: &gt; 0.</summary>
    public double ExposureScale { get; init; } = 1.0;

    /// <summary>Light-hadron generators (folders of the hadron tables); the first is the default, the rest form the
    /// band. Non-empty.</summary>
    public ImmutableArray<string> LightGenerators { get; init; } = [];

    /// <summary>Charm-hadron generators; the first is the default, the rest form the band. Non-empty.</summary>
    public ImmutableArray<string> CharmGenerators { get; init; } = [];

    /// <summary>A folder of the user's own hadron tables in the FORESEE layout (<c>&lt;E&gt;TeV/&lt;G&gt;/&lt;G&gt;_&lt;E&gt;TeV_&lt;pdg&gt;.txt</c>,
    /// docs/data.md), as an absolute path (a relative one in the card is taken from the card's folder); null: the data
    /// directory's foresee/hadrons.</summary>
    public string? HadronDirectory { get; init; }

    /// <summary>The detector as assumed under <c>--systematics realistic</c> ([realistic] table), or null (the paper's
    /// efficiency for every flavour and no background then, too).</summary>
    public RealisticDetector? Realistic { get; init; }

    /// <summary>Published-flux folder to validate against (FASERv, FASERv2, FLArE, SND@LHC), or null.</summary>
    public string? PublishedFolder { get; init; }

    /// <summary>The folder (absolute) of the user's own published-flux files to validate against instead of a bundled folder,
    /// or null; given together with <see cref="PublishedPrefix"/>.</summary>
    public string? PublishedDirectory { get; init; }

    /// <summary>File-name prefix of the user's own published-flux files (files &lt;prefix&gt;&lt;pid&gt;.txt), or null.</summary>
    public string? PublishedPrefix { get; init; }

    /// <summary>The user's own published-flux files as (folder, prefix), or null when not given.</summary>
    public (string Directory, string Prefix)? PublishedFiles =>
        PublishedDirectory is { } d && PublishedPrefix is { } p ? (d, p) : null;

    /// <summary>What the card validates against, for reports: the bundled folder's name, or the user's files as "DIR/PREFIX*".</summary>
    public string? PublishedLabel => PublishedFolder ?? (PublishedFiles is var (d, p) ? $"{d}/{p}*" : null);

    /// <summary>The published measurement whose observed counts the card's observed likelihood uses
    /// (<see cref="Measurements.MeasurementCatalog"/>), or null for a projection-only card.</summary>
    public string? Measurement { get; init; }

    /// <summary>ν_e CC efficiency when it differs from <see cref="Efficiency"/>, or null. Range: (0, 1].</summary>
    public double? EfficiencyE { get; init; }

    /// <summary>ν_μ CC efficiency when it differs from <see cref="Efficiency"/>, or null. Range: (0, 1].</summary>
    public double? EfficiencyMu { get; init; }

    /// <summary>ν_τ CC efficiency when it differs from <see cref="Efficiency"/> (e.g. DUNE ND's 2 % τ appearance), or null:
    /// <see cref="Efficiency"/> for every flavour. Range: (0, 1].</summary>
    public double? EfficiencyTau { get; init; }

    /// <summary>The accelerator source of a beam-dump card ([accelerator]), or null for a collider card.</summary>
    public BeamDumpSource? Accelerator { get; init; }

    /// <summary>Which kind of card this is: <see cref="CardKinds.BeamDump"/> with an [accelerator] table, else
    /// <see cref="CardKinds.Collider"/>.</summary>
    public CardKinds Kind => Accelerator is null ? CardKinds.Collider : CardKinds.BeamDump;

    /// <summary>The CC efficiency of a flavour on the paper's detector: the flavour's own (<see cref="EfficiencyE"/>,
    /// <see cref="EfficiencyMu"/>, <see cref="EfficiencyTau"/>) when given, else <see cref="Efficiency"/>.</summary>
    public double EfficiencyOf(Physics.Flavor f) => (f switch
    {
        Physics.Flavor.E => EfficiencyE,
        Physics.Flavor.Mu => EfficiencyMu,
        _ => EfficiencyTau,
    }) ?? Efficiency;

    /// <summary>Reconstructed-energy bins per decade of the χ² ([analysis] reco_bins_per_decade), or null for
    /// <see cref="Fluxes.AnalysisGrid.RecoEdges"/> (10 per decade, as the published flux files).</summary>
    public int? RecoBinsPerDecade { get; init; }

    /// <summary>The flavours whose CC event samples enter the χ² ([analysis] samples), or null for the seed paper's choice per
    /// coupling (<see cref="EventSample.SeedFlavours"/>); a command's --samples overrides it.</summary>
    public ImmutableArray<Physics.Flavor>? Samples { get; init; }

    /// <summary>Reconstructed-energy bin edges [GeV] of the card's χ² (<see cref="RecoBinsPerDecade"/>) over its kind's range:
    /// <see cref="Fluxes.AnalysisGrid"/> for a collider card, <see cref="Dune.DuneGrid"/> for a beam-dump card.</summary>
    public double[] RecoEdges => Kind == CardKinds.BeamDump ? Dune.DuneGrid.RecoEdgesFor(RecoBinsPerDecade) : Fluxes.AnalysisGrid.RecoEdgesFor(RecoBinsPerDecade);

    /// <summary>Path of the card file (null for cards built in code).</summary>
    public string? SourcePath { get; init; }

    /// <summary>Area of the face, m².</summary>
    public double FaceAreaM2 => WidthM * HeightM;

    /// <summary>Luminosity in pb⁻¹ (= fb⁻¹ × 1000), the unit that multiplies hadron-table cross sections in pb.</summary>
    public double LuminosityInversePb => LuminosityFb * Units.InversePicobarnPerInverseFemtobarn;

    /// <summary>Hadron-table folder label of <see cref="SqrtSTeV"/>: "14" or "13.6".</summary>
    public string EnergyLabel => HadronTableCatalog.EnergyLabel(SqrtSTeV);
}

/// <summary>
/// Detector realism of a card (issue 13 point 2): CC detection efficiency per flavour, and the background of the ν_τ
/// sample as a fraction of the ν_e + ν_μ CC events in the same reconstructed bin (charm production with the lepton
/// missed, NC with a secondary interaction mimicking a kink), each with where the number comes from ("assumed" when it
/// is not from a publication; every output lists it).
/// </summary>
public sealed record RealisticDetector(double EfficiencyE, double EfficiencyMu, double EfficiencyTau, double TauBackgroundFraction, string Source)
{
    /// <summary>The efficiency of a flavour.</summary>
    public double EfficiencyOf(Physics.Flavor f) => f switch { Physics.Flavor.E => EfficiencyE, Physics.Flavor.Mu => EfficiencyMu, _ => EfficiencyTau };
}

/// <summary>
/// The source of a beam-dump card ([accelerator]): protons on a target, a horn-focused beam of π and K decaying in a
/// pipe, the detector downstream (its distance in [detector] distance_m is from the target). Years in each horn mode
/// (FHC focuses positive mesons, RHC negative).
/// </summary>
/// <param name="ProtonEnergyGeV">Proton beam energy [GeV].</param>
/// <param name="PotPerYear">Protons on target per year.</param>
/// <param name="YearsFhc">Years in forward-horn-current (ν) mode, ≥ 0.</param>
/// <param name="YearsRhc">Years in reverse-horn-current (ν̄) mode, ≥ 0.</param>
/// <param name="DecayPipeLengthM">Decay-pipe length [m], from the target.</param>
/// <param name="DecayPipeRadiusM">Decay-pipe radius [m].</param>
public sealed record BeamDumpSource(double ProtonEnergyGeV, double PotPerYear, double YearsFhc, double YearsRhc, double DecayPipeLengthM, double DecayPipeRadiusM)
{
    /// <summary>Protons on target in a horn mode over the card's years.</summary>
    public double ProtonsOnTarget(Dune.HornMode mode) => PotPerYear * (mode == Dune.HornMode.Fhc ? YearsFhc : YearsRhc);
}
