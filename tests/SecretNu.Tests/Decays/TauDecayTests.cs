using SecretNu.Decays;
using SecretNu.Physics;
using SecretNu.Spectra;

namespace SecretNu.Tests.Decays;

/// <summary>Polarised τ decays and the D_s → τν → ν̄_τ X cascade.</summary>
public class TauDecayTests
{
    static double Integrate(Func<double, double> f, double a, double b, int n = 4000)
    {
        // Simpson on n intervals (independent of the library's Gauss–Legendre rules)
        double h = (b - a) / n, s = f(a) + f(b);
        for (int i = 1; i < n; i++) s += (i % 2 == 1 ? 4 : 2) * f(a + i * h);
        return s * h / 3;
    }

    static TauNeutrinoContinuum Continuum(string channel, NeutrinoSpecies species = NeutrinoSpecies.NuTauBar) =>
        PolarisedTauDecay.Distributions.OfType<TauNeutrinoContinuum>().Single(d => d.Channel.StartsWith(channel) && d.Species == species);

    [Fact]
    public void Michel_NormalisationAndMean()
    {
        // 2x²(3 − 2x): ∫ = 1, ⟨x⟩ = 0.7; secondary 12x²(1 − x): ∫ = 1, ⟨x⟩ = 0.6 (tolerance 1e-10, Simpson exact for cubics)
        var michel = Continuum("e nu");
        var second = Continuum("e nu", NeutrinoSpecies.NuE);
        double emax = Constants.TauMass / 2;
        Assert.Equal(emax, michel.Max, 15);
        Assert.Equal(1, Integrate(michel.Shape, 0, emax, 200), 1e-10);
        Assert.Equal(0.7 * emax, Integrate(e => e * michel.Shape(e), 0, emax, 2000), 1e-12);
        Assert.Equal(1, Integrate(second.Shape, 0, emax, 200), 1e-10);
        Assert.Equal(0.6 * emax, Integrate(e => e * second.Shape(e), 0, emax, 2000), 1e-12);
        // analysing power of the Michel ν̄_τ: −1/3 at x = 0, +1 at x = 1 (all ν̄ along the spin at the endpoint)
        Assert.Equal(-1.0 / 3, michel.AnalysingPower(0), 12);
        Assert.Equal(1, michel.AnalysingPower(emax), 12);
        Assert.Equal(-1, second.AnalysingPower(0.3));
    }

    [Fact]
    public void BranchingFractions_OfTheTauAntineutrino_SumToOne_AndShapesAreNormalised()
    {
        var tauBar = PolarisedTauDecay.Distributions.Where(d => d.Species == NeutrinoSpecies.NuTauBar).ToArray();
        Assert.Equal(1, tauBar.Sum(d => d.BranchingFraction), 1e-14);
        Assert.InRange(PolarisedTauDecay.OtherHadronicFraction, 0.09, 0.10);
        // 1e-4: the Kühn–Santamaria g(s) is discontinuous by 5 % at s = (m_ρ + m_π)² (as published), which limits
        // both this Simpson check and the library's Gauss–Legendre normalisation (spectra are rescaled to their BR anyway)
        foreach (var c in tauBar.OfType<TauNeutrinoContinuum>())
            Assert.Equal(1, Integrate(c.Shape, 0, c.Max, 20000), 1e-4);
        // ρ: the ν̄ energy distribution peaks at E* = (m_τ² − m_ρ²)/(2m_τ) within the width
        var rho = Continuum("rho");
        double peak = Enumerable.Range(1, 2000).Select(i => rho.Max * i / 2001).MaxBy(rho.Shape);
        Assert.Equal(PolarisedTauDecay.NeutrinoEnergy(Constants.RhoMass * Constants.RhoMass), peak, 0.02);
    }

    [Fact]
    public void TwoBodyLine_UnpolarisedIsFlat_PolarisedIsTiltedWithTheExpectedSlope()
    {
        // τ⁺ → π⁺ν̄ from D_s⁺: box [γE₀(1 − β), γE₀(1 + β)]; unpolarised flat 1/(2γβE₀); P = −1, κ = 1:
        // dN/dE = (1 − c)/(2γβE₀), c = (E/(γE₀) − 1)/β, slope −1/(2γ²β²E₀²)
        var (gamma, beta) = TauCascade.TauBoost(Constants.DsMass);
        double e0 = (Constants.TauMass * Constants.TauMass - Constants.PionMass * Constants.PionMass) / (2 * Constants.TauMass);
        double lo = gamma * e0 * (1 - beta), hi = gamma * e0 * (1 + beta);
        var pol = PionChannel(true);
        var unpol = PionChannel(false);
        double br = Constants.BrDsTauNu * Constants.BrTauPiNu;
        foreach (var c in new[] { pol, unpol })
        {
            Assert.Equal(lo, c.Lo, 12);
            Assert.Equal(hi, c.Hi, 12);
            Assert.Equal(br, c.Total, 1e-15);
        }
        for (double t = 0.1; t < 0.95; t += 0.1)
        {
            double e = lo + t * (hi - lo);
            Assert.Equal(br / (2 * gamma * beta * e0), unpol.Density(e), 1e-6 * br / e0);
            double c = (e / (gamma * e0) - 1) / beta;
            Assert.Equal(br * (1 - c) / (2 * gamma * beta * e0), pol.Density(e), 1e-6 * br / e0);
        }
        double e1 = lo + 0.3 * (hi - lo), e2 = lo + 0.7 * (hi - lo);
        double slope = (pol.Density(e2) - pol.Density(e1)) / (e2 - e1);
        Assert.Equal(-br / (2 * gamma * gamma * beta * beta * e0 * e0), slope, 1e-6 * Math.Abs(slope));
        // mean: unpolarised γE₀, polarised γE₀(1 + βP/3) = γE₀(1 − β/3)
        Assert.Equal(gamma * e0, unpol.FirstMoment() / br, 1e-7);
        Assert.Equal(gamma * e0 * (1 - beta / 3), pol.FirstMoment() / br, 1e-7);
    }

    static ContinuousSpectrum PionChannel(bool polarised) =>
        TauCascade.Channels("Ds+", Constants.DsMass, Constants.BrDsTauNu, polarised)
            .Single(c => c.Name.Contains("pi nu")).Spectrum.Continua.Single();

    [Fact]
    public void TauHelicity_IsMinusOneHalf_ForTauPlusFromASpinZeroParent()
    {
        Assert.Equal(-1, TauCascade.TauPlusPolarisation);
        var (gamma, beta) = TauCascade.TauBoost(Constants.DsMass);
        Assert.Equal(0.1020, beta, 3);
        Assert.Equal((Constants.DsMass * Constants.DsMass + Constants.TauMass * Constants.TauMass) / (2 * Constants.DsMass * Constants.TauMass), gamma, 12);
    }

    /// <summary>
    /// Every cascade channel's mean energy equals the moment formula ⟨E⟩ = γ[⟨E*⟩ + (β/3)⟨E* P κ(E*)⟩] evaluated with
    /// Simpson directly on the rest-frame shapes (independent of the boost integral): tolerance 2e-4 relative.
    /// </summary>
    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public void CascadeMeans_MatchTheMomentFormula(bool polarised)
    {
        var (gamma, beta) = TauCascade.TauBoost(Constants.DsMass);
        double p = polarised ? -1 : 0;
        var channels = TauCascade.Channels("Ds+", Constants.DsMass, 1.0, polarised);
        foreach (var d in PolarisedTauDecay.Distributions)
        {
            double m1, mA;
            if (d is TauNeutrinoLine l) { m1 = l.Energy; mA = l.Energy * l.AnalysingPower; }
            else
            {
                var k = (TauNeutrinoContinuum)d;
                m1 = Integrate(e => e * k.Shape(e), 0, k.Max, 20000);
                mA = Integrate(e => e * k.Shape(e) * k.AnalysingPower(e), 0, k.Max, 20000);
            }
            double expected = gamma * (m1 + beta / 3 * p * mA);
            var ch = channels.Single(c => c.Name.EndsWith($"{d.Channel} ({d.Species.Name()})"));
            Assert.Equal(d.BranchingFraction, ch.BranchingFraction, 15);
            Assert.Equal(1, ch.Spectrum.MeanEnergy / expected, 2e-4);
        }
    }

    [Fact]
    public void Polarisation_SoftensTheTauAntineutrino_AndHardensTheSecondaryNuE()
    {
        var pol = TauCascade.Channels("Ds+", Constants.DsMass, 1, true);
        var unpol = TauCascade.Channels("Ds+", Constants.DsMass, 1, false);
        double Mean(IReadOnlyList<DecayChannel> ch, NeutrinoSpecies s)
        {
            var x = ch.Where(c => c.Species == s).ToArray();
            return x.Sum(c => c.Spectrum.FirstMoment()) / x.Sum(c => c.Spectrum.Total);
        }
        Assert.True(Mean(pol, NeutrinoSpecies.NuTauBar) < Mean(unpol, NeutrinoSpecies.NuTauBar) - 0.005);
        Assert.True(Mean(pol, NeutrinoSpecies.NuE) > Mean(unpol, NeutrinoSpecies.NuE) + 0.005);
        Assert.Equal(1, pol.Where(c => c.Species == NeutrinoSpecies.NuTauBar).Sum(c => c.Spectrum.Total), 1e-12);
        Assert.Equal(Constants.BrTauENuNu, pol.Where(c => c.Species == NeutrinoSpecies.NuE).Sum(c => c.Spectrum.Total), 1e-12);
        Assert.DoesNotContain(TauCascade.Channels("Ds+", Constants.DsMass, 1, true, includeSecondaries: false),
            c => c.Species != NeutrinoSpecies.NuTauBar);
    }
}
