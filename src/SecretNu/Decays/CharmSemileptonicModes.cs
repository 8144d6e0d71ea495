using SecretNu.Physics;
using C = SecretNu.Physics.Constants;

namespace SecretNu.Decays;

/// <summary>One exclusive semileptonic mode: the final hadron's name, its share of the inclusive rate, its transition.</summary>
public sealed record SemileptonicMode(string Hadron, double Share, IHadronicTransition Transition);

/// <summary>
/// The exclusive-mode model of inclusive charm semileptonic decays H_c → X ℓ⁺ ν_ℓ (D⁺, D⁰, D_s⁺, Λ_c⁺).
/// <para>Model: the measured exclusive e⁺ modes (PDG 2022, <see cref="Constants"/>) saturate 92–95 % of the inclusive
/// rate; their PDG branching fractions, rescaled to sum to one, are the shares of each mode, so the unmeasured
/// remainder (non-resonant Kπ, higher K states) is spread in proportion. Each mode is a pole-dominance transition:
/// P → P with a single-pole f₊ (effective pole masses measured by BESIII for D → K, π; the nearest 1⁻ cs̄/cd̄ state
/// otherwise) and f₀ with the 0⁺ pole; P → V with the measured r_V, r₂ and 1⁻/1⁺/0⁻ poles; Λ_c → Λ with f₁ = g₁
/// (<see cref="BaryonTransition"/>), plus, for the 10 % of Λ_c → e⁺X that is not Λe⁺ν, the same transition to a
/// Λ(1520)-mass baryon (approximation: excited states treated as spin ½). The same shares serve ν_μ, with the muon
/// mass kept in the kinematics.</para>
/// </summary>
public static class CharmSemileptonicModes
{
    /// <summary>Modes for the positive parent (411, 421, 431, 4122), shares summing to 1.</summary>
    public static IReadOnlyList<SemileptonicMode> For(int pdgId) => pdgId switch
    {
        411 => Normalise(
        [
            new("K0bar", C.BrDPlusK0E, Pp(C.DPlusMass, C.NeutralKaonMass, C.DToKPoleMass, C.Ds0StarMass)),
            new("K*0bar", C.BrDPlusKStar0E, CsVector(C.DPlusMass, C.KStar0Mass)),
            new("pi0", C.BrDPlusPi0E, Pp(C.DPlusMass, C.NeutralPionMass, C.DToPiPoleMass, C.D0StarMass)),
            new("eta", C.BrDPlusEtaE, Pp(C.DPlusMass, C.EtaMass, C.DStarMass, C.D0StarMass)),
            new("rho0", C.BrDPlusRho0E, CdVector(C.DPlusMass, C.RhoMass)),
            new("omega", C.BrDPlusOmegaE, CdVector(C.DPlusMass, C.OmegaMass)),
        ]),
        421 => Normalise(
        [
            new("K-", C.BrD0KE, Pp(C.D0Mass, C.KaonMass, C.DToKPoleMass, C.Ds0StarMass)),
            new("K*-", C.BrD0KStarE, CsVector(C.D0Mass, C.KStarMass)),
            new("pi-", C.BrD0PiE, Pp(C.D0Mass, C.PionMass, C.DToPiPoleMass, C.D0StarMass)),
            new("rho-", C.BrD0RhoE, CdVector(C.D0Mass, C.RhoMass)),
        ]),
        431 => Normalise(
        [
            new("phi", C.BrDsPhiE, new VectorTransition(C.DsMass, C.PhiMass, C.DsToPhiRatioV, C.DsToPhiRatio2, C.DsStarMass, C.Ds1Mass, C.DsMass)),
            new("eta", C.BrDsEtaE, Pp(C.DsMass, C.EtaMass, C.DsStarMass, C.Ds0StarMass)),
            new("eta'", C.BrDsEtaPrimeE, Pp(C.DsMass, C.EtaPrimeMass, C.DsStarMass, C.Ds0StarMass)),
            new("K0", C.BrDsK0E, Pp(C.DsMass, C.NeutralKaonMass, C.DStarMass, C.D0StarMass)),
            new("K*0", C.BrDsKStar0E, CdVector(C.DsMass, C.KStar0Mass)),
        ]),
        4122 => Normalise(
        [
            new("Lambda", C.BrLambdaCLambdaE, new BaryonTransition(C.LambdaCMass, C.LambdaMass, C.DsStarMass, C.Ds1Mass)),
            new("Lambda*", C.BrLambdaCInclusiveE - C.BrLambdaCLambdaE, new BaryonTransition(C.LambdaCMass, C.Lambda1520Mass, C.DsStarMass, C.Ds1Mass)),
        ]),
        _ => throw new ArgumentOutOfRangeException(nameof(pdgId), pdgId, "no charm semileptonic model (411, 421, 431, 4122)"),
    };

    static PseudoscalarTransition Pp(double M, double m, double vectorPole, double scalarPole) =>
        PseudoscalarTransition.Poles(M, m, vectorPole, scalarPole);

    /// <summary>c → s vector transition (D → K*): K* ratios, poles D_s*, D_s1, D_s.</summary>
    static VectorTransition CsVector(double M, double m) =>
        new(M, m, C.DToKStarRatioV, C.DToKStarRatio2, C.DsStarMass, C.Ds1Mass, C.DsMass);

    /// <summary>c → d vector transition (D → ρ, ω; D_s → K*): K* ratios, poles D*, D_1, D.</summary>
    static VectorTransition CdVector(double M, double m) =>
        new(M, m, C.DToKStarRatioV, C.DToKStarRatio2, C.DStarMass, C.D1Mass, C.DPlusMass);

    static SemileptonicMode[] Normalise(SemileptonicMode[] modes)
    {
        double sum = modes.Sum(m => m.Share);
        return modes.Select(m => m with { Share = m.Share / sum }).ToArray();
    }
}
