using SecretNu.Physics;

namespace SecretNu.Spectra;

/// <summary>Switches of the Standard-Model rest-frame spectra. Value-equal: equal options share one cached result.</summary>
public sealed record StandardModelOptions
{
    /// <summary>τ from P → τν fully polarised (true, physics) or unpolarised (false, as the upstream RIVET tables).</summary>
    public bool PolarisedTau { get; init; } = true;

    /// <summary>Include the secondary ν_e, ν_μ of τ → ℓνν̄ in D_s/D⁺ decays (≈ 0.0095 ν_e and 0.0093 ν_μ per D_s⁺).</summary>
    public bool TauSecondaries { get; init; } = true;

    /// <summary>BR(D_s → τν). Default PDG 2022 (0.0536); the RIVET model uses 0.063011. Range: [0, 1].</summary>
    public double DsTauBranchingFraction { get; init; } = Constants.BrDsTauNu;

    /// <summary>Polarised τ, τ secondaries included, BR(D_s → τν) of PDG 2022.</summary>
    public static StandardModelOptions Default { get; } = new();
}
