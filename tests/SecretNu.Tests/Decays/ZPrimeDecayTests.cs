using SecretNu.Decays;
using SecretNu.Physics;

namespace SecretNu.Tests.Decays;

public class ZPrimeDecayTests
{
    [Fact]
    public void WidthForUnitCouplings()
    {
        // §10 item 9: g = 1, M = 1 GeV: diagonal 1/(24π) = 0.0132629 GeV, off-diagonal twice that
        Assert.Equal(0.0132629, new ZPrimeDecay(1, CouplingMatrix.Single(Flavor.E, Flavor.E, 1)).Width, 7);
        Assert.Equal(2 * 0.0132629, new ZPrimeDecay(1, CouplingMatrix.Single(Flavor.E, Flavor.Tau, 1)).Width, 7);
        var (d, o) = ZPrimeDecay.UnitWidths(1);
        Assert.Equal(1 / (24 * Math.PI), d, 15);
        Assert.Equal(2 * d, o, 15);
    }

    [Fact]
    public void WorkedExamplesOfSection4()
    {
        var a = new ZPrimeDecay(0.01, CouplingMatrix.Single(Flavor.E, Flavor.E, 1e-3));
        Assert.Equal(1, a.Width / 1.32629e-10, 1e-5);
        Assert.Equal(1, a.Lifetime / 4.9628e-15, 1e-4);
        Assert.Equal(1, Constants.SpeedOfLight * a.Lifetime / 1.48781e-6, 1e-5);
        Assert.Equal(1, a.DecayLength(1000) / 0.148781, 1e-5);
        Assert.Equal(1, a.DecayProbability(480, 1000), 12);

        var b = new ZPrimeDecay(1e-3, CouplingMatrix.Single(Flavor.E, Flavor.E, 1e-5));
        Assert.Equal(1, b.DecayLength(100) / 14878.1, 1e-5);
        Assert.Equal(1, b.DecayProbability(480, 100) / 0.0317473, 1e-5);
        var bo = new ZPrimeDecay(1e-3, CouplingMatrix.Single(Flavor.E, Flavor.Mu, 1e-5));
        Assert.Equal(1, bo.DecayLength(100) / 7439.05, 1e-5);
        Assert.Equal(1, bo.DecayProbability(480, 100) / 0.0624867, 1e-5);

        var c = new ZPrimeDecay(1e-5, CouplingMatrix.Single(Flavor.E, Flavor.E, 1e-4));
        Assert.Equal(1, c.DecayLength(300) / 4.46343e6, 1e-5);
        Assert.Equal(1, c.DecayProbability(480, 300) / 1.07535e-4, 1e-5);
    }

    [Fact]
    public void DecayProbabilityIsStableForTinyAndHugeWidths()
    {
        // tiny: P ≈ L/ℓ with full relative precision (a naive 1 − exp would return 0)
        double p = ZPrimeDecay.DecayProbability(1e-40, 1e-6, 480, 1e3);
        double expected = 480 * 1e-6 * 1e-40 / (Constants.HbarCGeVm * 1e3);
        Assert.Equal(1, p / expected, 1e-12);
        Assert.Equal(1.0, ZPrimeDecay.DecayProbability(1e10, 0.1, 480, 1), 15);
        Assert.Equal(0.0, ZPrimeDecay.DecayProbability(0, 0.1, 480, 1));
        Assert.True(double.IsPositiveInfinity(ZPrimeDecay.DecayLength(0, 0.1, 1)));
    }

    [Fact]
    public void BranchingFractionsAndMultiplicities()
    {
        var g = CouplingMatrix.Zero.With(Flavor.E, Flavor.Tau, 2e-3).With(Flavor.E, Flavor.E, 1e-3);
        var z = new ZPrimeDecay(0.01, g);
        double sum = 0;
        foreach (var a in FlavorExtensions.AllFlavors) foreach (var b in FlavorExtensions.AllFlavors) sum += z.BranchingFraction(a, b);
        Assert.Equal(1, sum, 14);
        // one ν and one ν̄ per decay
        Assert.Equal(1, FlavorExtensions.AllSpecies.Where(s => !s.IsAnti()).Sum(z.Multiplicity), 14);
        Assert.Equal(1, FlavorExtensions.AllSpecies.Where(s => s.IsAnti()).Sum(z.Multiplicity), 14);
        // ν_e ν̄_e : ν_e ν̄_τ : ν_τ ν̄_e = 1 : 4 : 4
        Assert.Equal(5.0 / 9, z.Multiplicity(NeutrinoSpecies.NuE), 14);
        Assert.Equal(4.0 / 9, z.Multiplicity(NeutrinoSpecies.NuTauBar), 14);
    }

    [Theory]
    [InlineData(1)]
    [InlineData(0)]
    [InlineData(-1)]
    public void AngularDistributionsAreNormalised(int lambda)
    {
        // §10 item 10: each w_λ integrates to 1 over cosθ; its cumulative is consistent with it
        var rule = SecretNu.Numerics.Quadrature.GaussLegendre(8);
        foreach (bool anti in new[] { false, true })
        {
            Assert.Equal(1, rule.Integrate(c => ZPrimeAngularDistribution.Density(lambda, c, anti), -1, 1), 14);
            for (double c = -1; c <= 1; c += 0.1)
                Assert.Equal(rule.Integrate(x => ZPrimeAngularDistribution.Density(lambda, x, anti), -1, c),
                    ZPrimeAngularDistribution.Cumulative(lambda, c, anti), 13);
        }
    }

    [Theory]
    [InlineData(1)]
    [InlineData(0)]
    [InlineData(-1)]
    public void BoostedEnergyDistributionMeans(int lambda)
    {
        // §10 item 10: (2/|q|) w_λ integrates to 1 over E; ν mean E_Z/2 − λ|q|/4; ν + ν̄ mean E_Z/2 each
        double m = 0.05, ez = 0.3, q = Math.Sqrt(ez * ez - m * m);
        var rule = SecretNu.Numerics.Quadrature.GaussLegendre(8);
        double lo = (ez - q) / 2, hi = (ez + q) / 2;
        double Dens(double e, bool anti) => 2 / q * ZPrimeAngularDistribution.Density(lambda, (2 * e - ez) / q, anti);
        Assert.Equal(1, rule.Integrate(e => Dens(e, false), lo, hi), 13);
        double meanNu = rule.Integrate(e => e * Dens(e, false), lo, hi);
        double meanNubar = rule.Integrate(e => e * Dens(e, true), lo, hi);
        Assert.Equal(ez / 2 - lambda * q / 4, meanNu, 13);
        Assert.Equal(ez, meanNu + meanNubar, 13);
        Assert.Equal(1, ZPrimeAngularDistribution.EnergyCumulative(lambda, hi, ez, m), 14);
        Assert.Equal(0, ZPrimeAngularDistribution.EnergyCumulative(lambda, lo, ez, m), 14);
    }
}
