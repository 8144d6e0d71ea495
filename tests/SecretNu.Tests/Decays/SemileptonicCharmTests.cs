using SecretNu.Decays;
using SecretNu.Physics;

namespace SecretNu.Tests.Decays;

/// <summary>Charm semileptonic model: helicity structure, symmetry, kinematics, normalisation of the mode table.</summary>
public class SemileptonicCharmTests
{
    /// <summary>Exchanges the roles of E_ℓ and E_ν (valid for a massless lepton, whose Dalitz region is symmetric):
    /// its "neutrino" spectrum is the charged-lepton spectrum.</summary>
    sealed class Swapped(IDalitzDensity d) : IDalitzDensity
    {
        public double ParentMass => d.ParentMass;
        public double HadronMass => d.HadronMass;
        public double LeptonMass => d.LeptonMass;
        public double Density(double leptonEnergy, double neutrinoEnergy) => d.Density(neutrinoEnergy, leptonEnergy);
    }

    static double Mean(IDalitzDensity d) { var s = SemileptonicDalitz.NeutrinoSpectrum(d, 1); return s.FirstMoment(); }

    [Fact]
    public void PseudoscalarMode_MasslessLepton_NeutrinoAndLeptonSpectraAreEqual()
    {
        // only H₀ contributes, (1 − c²) is symmetric under ℓ ↔ ν: identical spectra (1e-9 relative)
        var d = new SemileptonicHelicityDecay(PseudoscalarTransition.Poles(Constants.DPlusMass, Constants.NeutralKaonMass,
            Constants.DToKPoleMass, Constants.Ds0StarMass), 0);
        Assert.Equal(1, Mean(d) / Mean(new Swapped(d)), 1e-9);
    }

    [Fact]
    public void VectorMode_LeftHandedHadron_MakesTheNeutrinoHarder()
    {
        // H₋ dominates (V−A: left-handed s quark); W*(λ=−1) → ℓ⁺_R ν_L sends the ν forward: ⟨E_ν⟩ > ⟨E_ℓ⟩
        var t = new VectorTransition(Constants.DPlusMass, Constants.KStar0Mass, Constants.DToKStarRatioV, Constants.DToKStarRatio2,
            Constants.DsStarMass, Constants.Ds1Mass, Constants.DsMass);
        var h = t.Amplitudes(0.5);
        Assert.True(h.MinusSq > 3 * h.PlusSq);
        var d = new SemileptonicHelicityDecay(t, 0);
        double nu = Mean(d), lep = Mean(new Swapped(d));
        Assert.True(nu > 1.1 * lep, $"⟨E_ν⟩ = {nu}, ⟨E_ℓ⟩ = {lep}");
        // the same for Λ_c → Λ (f₁ = g₁)
        var b = new SemileptonicHelicityDecay(new BaryonTransition(Constants.LambdaCMass, Constants.LambdaMass, Constants.DsStarMass, Constants.Ds1Mass), 0);
        double nuB = Mean(b), lepB = Mean(new Swapped(b));
        Assert.True(nuB > 1.05 * lepB, $"Λ_c: ⟨E_ν⟩ = {nuB}, ⟨E_ℓ⟩ = {lepB}");
    }

    [Fact]
    public void VectorMode_AngularIntegral_GivesStandardRateStructure()
    {
        // ∫ dc of the bracket = (8/3)[(|H₊|² + |H₋|² + |H₀|²)(1 + m²/(2q²)) + (3m²/(2q²))|H_t|²] (Körner–Schuler)
        var t = new VectorTransition(Constants.D0Mass, Constants.KStarMass, Constants.DToKStarRatioV, Constants.DToKStarRatio2,
            Constants.DsStarMass, Constants.Ds1Mass, Constants.DsMass);
        var d = new SemileptonicHelicityDecay(t, Constants.MuonMass);
        double q2 = 0.4, m2 = Constants.MuonMass * Constants.MuonMass;
        var h = t.Amplitudes(q2);
        var rule = SecretNu.Numerics.Quadrature.GaussLegendre(8);
        double integral = rule.Integrate(c => d.Angular(q2, c), -1, 1);
        double expected = 8.0 / 3 * ((h.PlusSq + h.MinusSq + h.ZeroSq) * (1 + m2 / (2 * q2)) + 1.5 * m2 / q2 * h.TimeSq);
        Assert.Equal(1, integral / expected, 1e-12);
    }

    [Theory]
    [InlineData(411)]
    [InlineData(421)]
    [InlineData(431)]
    [InlineData(4122)]
    public void Modes_SharesSumToOne_AndSpectraEndAtKinematicLimit(int pdg)
    {
        var modes = CharmSemileptonicModes.For(pdg);
        Assert.Equal(1, modes.Sum(m => m.Share), 1e-14);
        foreach (var m in modes)
            foreach (var lepton in new[] { ChargedLepton.Electron, ChargedLepton.Muon })
            {
                var d = new SemileptonicHelicityDecay(m.Transition, lepton.Mass);
                var s = SemileptonicDalitz.NeutrinoSpectrum(d, m.Share);
                double M = m.Transition.ParentMass, mx = m.Transition.HadronMass + lepton.Mass;
                Assert.Equal((M * M - mx * mx) / (2 * M), s.Hi, 12);
                Assert.Equal(m.Share, s.Total, 1e-12);
                Assert.True(s.DensityAtNodes.ToArray().All(double.IsFinite));
            }
    }

    [Fact]
    public void UnknownParent_Throws() => Assert.Throws<ArgumentOutOfRangeException>(() => CharmSemileptonicModes.For(321));
}
