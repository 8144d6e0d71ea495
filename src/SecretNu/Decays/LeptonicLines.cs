using SecretNu.Physics;
using SecretNu.Spectra;

namespace SecretNu.Decays;

/// <summary>
/// Two-body leptonic decays P⁺ → ℓ⁺ν_ℓ as rest-frame lines: E*₀ = (M² − m_ℓ²)/(2M) from kinematics
/// (<see cref="TwoBodyDecay.NeutrinoEnergy(double, double)"/>), weight = the MEASURED branching fraction (PDG 2022,
/// <see cref="Constants"/>), not the tree-level width (which misses the ≈ 2 % radiative corrections, physics.md §2).
/// </summary>
public static class LeptonicLines
{
    /// <summary>The line of P⁺ → ℓ⁺ν_ℓ with parent mass M [GeV] and measured branching fraction.</summary>
    public static DecayChannel Line(string parentName, double parentMass, ChargedLepton lepton, double branchingFraction)
    {
        if (!(parentMass > lepton.Mass)) throw new ArgumentException($"{parentName} → {lepton.Name}ν is closed");
        double e0 = TwoBodyDecay.NeutrinoEnergy(parentMass, lepton.Mass);
        var species = lepton.Flavor.Neutrino();
        return new DecayChannel($"{parentName} -> {lepton.Name}+ {species.Name()}", branchingFraction, species,
            RestFrameSpectrum.Line(e0, branchingFraction));
    }

    /// <summary>π⁺ → μ⁺ν, e⁺ν; K⁺ → μ⁺ν, e⁺ν; D⁺ → μ⁺ν, τ⁺ν; D_s⁺ → μ⁺ν, τ⁺ν (the ν_τ line only; the τ decay is
    /// <see cref="TauCascade"/>). <paramref name="dsTauBranchingFraction"/> overrides BR(D_s → τν).</summary>
    public static IReadOnlyList<DecayChannel> For(int pdgId, double dsTauBranchingFraction = Constants.BrDsTauNu) => pdgId switch
    {
        211 => [Line("pi+", Constants.PionMass, ChargedLepton.Muon, Constants.BrPionMuNu),
                Line("pi+", Constants.PionMass, ChargedLepton.Electron, Constants.BrPionENu)],
        321 => [Line("K+", Constants.KaonMass, ChargedLepton.Muon, Constants.BrKaonMuNu),
                Line("K+", Constants.KaonMass, ChargedLepton.Electron, Constants.BrKaonENu)],
        411 => [Line("D+", Constants.DPlusMass, ChargedLepton.Muon, Constants.BrDPlusMuNu),
                Line("D+", Constants.DPlusMass, ChargedLepton.Tau, Constants.BrDPlusTauNu)],
        431 => [Line("Ds+", Constants.DsMass, ChargedLepton.Muon, Constants.BrDsMuNu),
                Line("Ds+", Constants.DsMass, ChargedLepton.Tau, dsTauBranchingFraction)],
        _ => [],
    };
}
