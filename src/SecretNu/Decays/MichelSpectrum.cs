namespace SecretNu.Decays;

/// <summary>
/// Neutrino energy shapes of a leptonic decay ℓ → ℓ′ ν ν̄ with a massless daughter lepton ℓ′, unpolarised parent
/// (Michel 1950; e.g. Okun, "Leptons and Quarks", §4; PDG review "Muon decay parameters" with ρ = 3/4):
/// with x = E*/E*_max ∈ [0, 1], the neutrino that carries the parent's flavour (ν_μ of μ⁻, ν̄_μ of μ⁺, ν̄_τ of τ⁺)
/// has f(x) = 2x²(3 − 2x), the same as the daughter charged lepton; the other one (ν̄_e of μ⁻, ν_e of μ⁺) has
/// f(x) = 12x²(1 − x). Both integrate to 1 over x ∈ [0, 1].
/// </summary>
public static class MichelSpectrum
{
    /// <summary>2x²(3 − 2x): the neutrino of the parent's flavour; 0 outside [0, 1].</summary>
    public static double ParentFlavour(double x) => x is < 0 or > 1 ? 0 : 2 * x * x * (3 - 2 * x);

    /// <summary>12x²(1 − x): the neutrino of the daughter's flavour; 0 outside [0, 1].</summary>
    public static double DaughterFlavour(double x) => x is < 0 or > 1 ? 0 : 12 * x * x * (1 - x);

    /// <summary>∫₀ˣ 2t²(3 − 2t) dt = 2x³ − x⁴ (clamped to [0, 1]).</summary>
    public static double ParentFlavourCumulative(double x)
    {
        x = Math.Clamp(x, 0, 1);
        return x * x * x * (2 - x);
    }

    /// <summary>∫₀ˣ 12t²(1 − t) dt = 4x³ − 3x⁴ (clamped to [0, 1]).</summary>
    public static double DaughterFlavourCumulative(double x)
    {
        x = Math.Clamp(x, 0, 1);
        return x * x * x * (4 - 3 * x);
    }
}
