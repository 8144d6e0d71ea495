using SecretNu.Physics;

namespace SecretNu.Decays;

/// <summary>
/// Standard-Model M⁺ → ℓ⁺ ν_ℓ at tree level (physics.md §2):
/// Γ = K_M m_ℓ² m_M (1 − m_ℓ²/m_M²)² / (8π), K_M = G_F²|V|²f_M². The neutrino is monochromatic in the meson
/// rest frame, E*₀ = (m_M² − m_ℓ²)/(2m_M), and isotropic.
/// </summary>
public static class TwoBodyDecay
{
    /// <summary>True when m_ℓ &lt; m_M (M⁺ → ℓ⁺ν allowed).</summary>
    public static bool IsOpen(ChargedMeson meson, ChargedLepton lepton) => lepton.Mass < meson.Mass;

    /// <summary>Tree-level width [GeV]; 0 when closed.</summary>
    public static double Width(ChargedMeson meson, ChargedLepton lepton)
    {
        if (!IsOpen(meson, lepton)) return 0;
        double r = lepton.Mass * lepton.Mass / (meson.Mass * meson.Mass);
        return meson.WeakFactor * lepton.Mass * lepton.Mass * meson.Mass * (1 - r) * (1 - r) / (8 * Math.PI);
    }

    /// <summary>Γ(M → ℓν)/Γ_M with Γ_M = ħ/τ_M (PDG lifetime).</summary>
    public static double BranchingFraction(ChargedMeson meson, ChargedLepton lepton) => Width(meson, lepton) / meson.Width;

    /// <summary>Rest-frame neutrino energy E*₀ = (m_M² − m_ℓ²)/(2m_M) [GeV].</summary>
    public static double NeutrinoEnergy(double mesonMass, double leptonMass) =>
        (mesonMass * mesonMass - leptonMass * leptonMass) / (2 * mesonMass);

    /// <summary>Rest-frame neutrino energy E*₀ [GeV] for this meson and lepton (PDG masses).</summary>
    public static double NeutrinoEnergy(ChargedMeson meson, ChargedLepton lepton) => NeutrinoEnergy(meson.Mass, lepton.Mass);
}
