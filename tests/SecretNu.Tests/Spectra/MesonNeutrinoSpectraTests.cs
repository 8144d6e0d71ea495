using SecretNu.Physics;
using SecretNu.Spectra;

namespace SecretNu.Tests.Spectra;

public class MesonNeutrinoSpectraTests
{
    static double NewTotal(MesonNeutrinoSpectra s, double pDec) =>
        FlavorExtensions.AllSpecies.Sum(x => s.Primary(x).Total + pDec * s.ZDecay(x).Total);

    [Theory]
    [InlineData("etau", 1e-3, 0.01)]
    [InlineData("ee", 1e-4, 1e-3)]
    [InlineData("mutau", 1e-3, 0.02)]
    [InlineData("emu", 2e-4, 0.1)]
    public void ThreeNeutrinosPerDecayWhenTheZPrimeDecaysAndOneWhenItEscapes(string coupling, double g, double mass)
    {
        var model = new ZPrimeModel(mass, CouplingMatrix.Parse($"{coupling}={g}"));
        foreach (var meson in new[] { ChargedMeson.Kaon, ChargedMeson.Ds })
        {
            var s = new MesonNeutrinoSpectra(meson, model);
            double br3 = s.NewWidth / s.TotalWidth;
            Assert.True(br3 > 0);
            // §10 item 11: per meson decay, Σ_species ∫ = 3·BR₃ (P_dec = 1) or BR₃ (P_dec = 0)
            Assert.Equal(1, NewTotal(s, 1) / (3 * br3), 5e-6);
            Assert.Equal(1, NewTotal(s, 0) / br3, 5e-6);
        }
    }

    [Fact]
    public void FlavourRoutingForGETau()
    {
        // physics.md §5.4 example: g_eτ, K⁺: ν_τ gets the primary of K⁺ → e⁺ν_τZ′ and ½ of the Z′ term (ν_τν̄_e);
        // ν̄_τ gets ½ (ν_eν̄_τ); ν_e and ν̄_e the complementary halves; nothing for μ flavour (K → μνZ′ needs g_μβ)
        var s = new MesonNeutrinoSpectra(ChargedMeson.Kaon, new ZPrimeModel(0.01, CouplingMatrix.Parse("etau=1e-3")));
        double br3 = s.NewWidth / s.TotalWidth;
        Assert.Equal(1, s.Primary(NeutrinoSpecies.NuTau).Total / br3, 5e-6);
        Assert.Equal(0, s.Primary(NeutrinoSpecies.NuE).Total);
        foreach (var sp in new[] { NeutrinoSpecies.NuE, NeutrinoSpecies.NuEBar, NeutrinoSpecies.NuTau, NeutrinoSpecies.NuTauBar })
            Assert.Equal(1, s.ZDecay(sp).Total / (0.5 * br3), 1e-9);
        Assert.Equal(0, s.ZDecay(NeutrinoSpecies.NuMu).Total + s.Primary(NeutrinoSpecies.NuMu).Total);
        // SM part: K_μ2 + K_μ3 with measured BRs, depleted by Γ_K/Γ_tot
        Assert.Equal((Constants.BrKaonMuNu + Constants.BrKaonMu3) * ChargedMeson.Kaon.Width / s.TotalWidth, s.StandardModel(NeutrinoSpecies.NuMu).Total, 12);
    }

    [Fact]
    public void ChargeConjugationMirrorsSpecies()
    {
        // §10 item 8: M⁻ spectra equal M⁺ spectra with ν ↔ ν̄, exactly
        var model = new ZPrimeModel(0.05, CouplingMatrix.Parse("mutau=1e-3"));
        var plus = new MesonNeutrinoSpectra(ChargedMeson.Ds, model);
        var minus = new MesonNeutrinoSpectra(ChargedMeson.Ds, model, antiparticle: true, channels: plus.Channels);
        foreach (var s in FlavorExtensions.AllSpecies)
            foreach (double e in new[] { 0.01, 0.1, 0.3, 0.6, 0.9 })
            {
                Assert.Equal(plus.Total(s, 1).Cumulative(e), minus.Total(s.Conjugate(), 1).Cumulative(e));
                Assert.Equal(plus.StandardModel(s).Cumulative(e), minus.StandardModel(s.Conjugate()).Cumulative(e));
            }
    }

    [Fact]
    public void EnergyPerDecayIsConserved()
    {
        // with P_dec = 1 the new neutrinos carry BR₃·(⟨E_ν⟩ + ⟨E_Z′⟩) per meson decay (the lepton takes the rest)
        var model = new ZPrimeModel(0.03, CouplingMatrix.Parse("ee=1e-3"));
        var s = new MesonNeutrinoSpectra(ChargedMeson.Pion, model);
        var mean = new SecretNu.Decays.ThreeBodyDecay(ChargedMeson.Pion, ChargedLepton.Electron, 0.03).MeanEnergies();
        double energy = FlavorExtensions.AllSpecies.Sum(x => s.Primary(x).FirstMoment() + s.ZDecay(x).FirstMoment());
        double br3 = s.NewWidth / s.TotalWidth;
        Assert.Equal(1, energy / (br3 * (mean.Neutrino + mean.ZPrime)), 2e-4);
    }
}
