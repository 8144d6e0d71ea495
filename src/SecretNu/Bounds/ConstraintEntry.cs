using System.Text.Json.Serialization;

namespace SecretNu.Bounds;

/// <summary>
/// One existing constraint as data (src/SecretNu/Bounds/constraints.json, docs/constraints.md): what was measured,
/// by whom, with which selection and CL, and how SecretNu turns it into a bound on g(m_Z′). The code in
/// <see cref="ConstraintEvaluator"/> computes; every number here is quoted from the cited paper.
/// </summary>
public sealed record ConstraintEntry
{
    /// <summary>Short stable key, e.g. "pienu-rpi".</summary>
    public required string Id { get; init; }
    /// <summary>Label on figures and in tables, e.g. "PIENU R_π".</summary>
    public required string Name { get; init; }
    /// <summary>Collaboration or experiment that made the measurement, e.g. "PIENU", "NA62".</summary>
    public required string Experiment { get; init; }
    /// <summary>What was measured, in words (e.g. "R_π = Γ(π → eν)/Γ(π → μν)").</summary>
    public required string Observable { get; init; }
    /// <summary>How the bound is obtained: one of <see cref="ConstraintMethod"/>'s names.</summary>
    public required string Method { get; init; }
    /// <summary>Full citation (collaboration, journal, year, arXiv).</summary>
    public required string Citation { get; init; }
    /// <summary>The short source shown beside the name, e.g. "arXiv:1506.05845".</summary>
    public required string Source { get; init; }
    /// <summary>True when SecretNu computes the bound from its own rates; false when a published curve or number is quoted.</summary>
    public required bool Computed { get; init; }
    /// <summary>True when the constraint enters the default envelope that verdicts are measured against.</summary>
    public required bool Default { get; init; }
    /// <summary>Confidence level of the bound as used (0.9 where the statistic allows conversion).</summary>
    public required double Cl { get; init; }
    /// <summary>"confirmed" (number read in the cited text) or "unconfirmed" (stated in the output as such).</summary>
    public required string Status { get; init; }
    /// <summary>Why the constraint is or is not in the default envelope, approximations, what is uncertain.</summary>
    public string? Note { get; init; }
    /// <summary>For an alternative reading of another constraint (e.g. full acceptance instead of the window): its id.</summary>
    public string? VariantOf { get; init; }

    /// <summary>Decaying meson for meson methods: "pi+", "K+", "Ds+".</summary>
    public string? Meson { get; init; }
    /// <summary>Charged lepton of the decay for meson methods, and the lepton of W/τ universality: "e", "mu", "tau".</summary>
    public string? Lepton { get; init; }
    /// <summary>The experiment's kinematic selection on the charged lepton, or null for full acceptance.</summary>
    public ConstraintSelection? Selection { get; init; }
    /// <summary>A measurement with its errors and SM prediction (ratio, inclusive rate, N_ν, universality ratio).</summary>
    public ConstraintMeasurement? Measurement { get; init; }
    /// <summary>A branching-fraction upper limit at <see cref="Cl"/>.</summary>
    public double? Limit { get; init; }
    /// <summary>What a branching fraction is normalised to: "total" (Γ_M) or "pi_munu" (Γ(π → μν)).</summary>
    public string? Normalisation { get; init; }
    /// <summary>Fraction of the experiment's own signal model inside its selection, when the paper states it (else null).</summary>
    public double? ModelAcceptance { get; init; }
    /// <summary>Tabulated (m_Z′ [GeV], value) pairs: a quoted coupling curve, or branching-fraction limits vs m_X.</summary>
    public double[][]? Points { get; init; }
    /// <summary>A quoted mass-independent coupling bound.</summary>
    public double? Coupling { get; init; }
    /// <summary>Mass range [GeV] over which the constraint is valid as published, [lo, hi].</summary>
    [JsonPropertyName("valid_mass_gev")]
    public double[]? ValidMassGeV { get; init; }
}

/// <summary>A cut on the charged lepton: its energy, momentum (GeV) or the missing mass² (p_M − p_ℓ)² (GeV²).</summary>
public sealed record ConstraintSelection
{
    /// <summary>"lepton_energy", "lepton_momentum" or "missing_mass2".</summary>
    public required string Variable { get; init; }
    /// <summary>Lower end of the cut (GeV, or GeV² for missing_mass2), or null for none.</summary>
    public double? Min { get; init; }
    /// <summary>Upper end of the cut (GeV, or GeV² for missing_mass2), or null for none.</summary>
    public double? Max { get; init; }
    /// <summary>Where the cut is stated in the paper, or why it is taken so.</summary>
    public string? Note { get; init; }
}

/// <summary>A measured value with its errors and the SM expectation; the 90 % CL excess is built from these.</summary>
public sealed record ConstraintMeasurement
{
    /// <summary>Measured value (same unit as <see cref="StandardModel"/>).</summary>
    public required double Value { get; init; }
    /// <summary>Total (or statistical) error of the measurement.</summary>
    public required double Error { get; init; }
    /// <summary>Systematic error when quoted separately (added in quadrature).</summary>
    public double SystematicError { get; init; }
    /// <summary>SM prediction.</summary>
    public required double StandardModel { get; init; }
    /// <summary>Error of the SM prediction (added in quadrature; 0 when not given).</summary>
    public double StandardModelError { get; init; }
}

/// <summary>The file: a list of constraints.</summary>
public sealed record ConstraintCatalogFile
{
    /// <summary>Every constraint in the file, in file order.</summary>
    public required IReadOnlyList<ConstraintEntry> Constraints { get; init; }
}

/// <summary>The methods <see cref="ConstraintEvaluator"/> knows.</summary>
public static class ConstraintMethod
{
    /// <summary>Ratio R = Γ(M → eν)/Γ(M → μν) measured: ε Σ_b Γ(M → eν_bZ′)/Γ(M → μν) &lt; R_exp − R_SM + z σ.</summary>
    public const string MesonRatioExcess = "meson_ratio_excess";
    /// <summary>BR(M → ℓ + invisible) &lt; limit, with the lepton selection.</summary>
    public const string MesonBranchingLimit = "meson_branching_limit";
    /// <summary>BR(M → ℓνX) &lt; limit(m_X), tabulated vs m_X, compared at m_X = m_Z′.</summary>
    public const string MesonBranchingCurve = "meson_branching_curve";
    /// <summary>An inclusive semileptonic rate: BR(M → ℓνZ′) &lt; measured − SM + z σ.</summary>
    public const string MesonInclusiveExcess = "meson_inclusive_excess";
    /// <summary>Z invisible width, derived: ΔN_ν &lt; N_ν,exp − 3 + z σ.</summary>
    public const string ZInvisible = "z_invisible";
    /// <summary>W → ℓν universality with the longitudinal Z′ enhancement (model-dependent).</summary>
    public const string WUniversality = "w_universality";
    /// <summary>τ → ℓνν̄ universality with the longitudinal Z′ enhancement (model-dependent).</summary>
    public const string TauUniversality = "tau_universality";
    /// <summary>A quoted mass-independent g.</summary>
    public const string QuotedFlat = "quoted_flat";
    /// <summary>A quoted curve g(m), log-log interpolated.</summary>
    public const string QuotedCurve = "quoted_curve";

    /// <summary>Every method name above, in declaration order.</summary>
    public static readonly IReadOnlyList<string> All =
        [MesonRatioExcess, MesonBranchingLimit, MesonBranchingCurve, MesonInclusiveExcess, ZInvisible, WUniversality, TauUniversality, QuotedFlat, QuotedCurve];
}
