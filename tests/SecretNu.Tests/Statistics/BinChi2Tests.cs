using SecretNu.Statistics;

namespace SecretNu.Tests.Statistics;

public class BinChi2Tests
{
    [Theory]
    // O, P, expected deviance 2[P − O + O ln(O/P)]; tolerance 1e-13 relative
    [InlineData(5, 7, 0.6352776337878709)]      // 2[2 + 5 ln(5/7)]
    [InlineData(0, 0.5, 1.0)]                   // O ln O → 0: 2P
    [InlineData(0, 0, 0.0)]                     // empty bin, nothing predicted
    [InlineData(10, 10, 0.0)]
    [InlineData(2, 3.5, 0.7615368482583089)]    // 2[1.5 + 2 ln(2/3.5)]
    public void PoissonDeviance_MatchesDefinition(double o, double p, double expected)
    {
        double got = BinChi2.PoissonDeviance(o, p);
        Assert.Equal(expected, got, Math.Max(1e-13 * expected, 1e-15));
        if (o > 0 && p > 0) Assert.Equal(2 * (p - o + o * Math.Log(o / p)), got, 1e-12);
    }

    [Fact]
    public void PoissonDeviance_TinyObservedCount_IsFinite()
    {
        // O/P below the double epsilon: (O − P)/P rounds to −1, so the log1p form must not be used
        Assert.Equal(2 * 744.0, BinChi2.PoissonDeviance(1.88e-16, 744), 1e-9);
    }

    [Fact]
    public void PoissonDeviance_ZeroPredictionWithEvents_IsInfinite()
    {
        Assert.Equal(double.PositiveInfinity, BinChi2.PoissonDeviance(3, 0));
        Assert.Equal(double.PositiveInfinity, BinChi2.PoissonDeviance(0, -1));
    }

    [Fact]
    public void PoissonDeviance_NearlyEqualCounts_KeepsPrecision()
    {
        // O = 1e6, P = O(1 + 1e-7): deviance = 2O[δ − ln(1+δ)] ≈ Oδ² (1 − 2δ/3) = 1e-8 (relative 1e-6 here)
        double o = 1e6, delta = 1e-7, p = o * (1 + delta);
        Assert.Equal(o * delta * delta * (1 - 2 * delta / 3), BinChi2.PoissonDeviance(o, p), 1e-8 * 1e-6);
    }

    [Fact]
    public void Gaussian_IsSquaredResidualOverVariance()
    {
        Assert.Equal(4.0, BinChi2.Gaussian(100, 120, 100), 1e-15);
        Assert.Equal(0.0, BinChi2.Gaussian(30, 30, 0));
        Assert.Equal(double.PositiveInfinity, BinChi2.Gaussian(30, 0, 0));
    }

    [Theory]
    [InlineData(2.0)]
    [InlineData(1.0)]
    public void Poisson_ApproachesGaussian_AsOneOverRootO(double k)
    {
        // P = O + k√O: deviance = k² − (2/3)k³/√O + k⁴/(2O) + …; Gaussian (P − O)²/O = k².
        double previous = double.NaN;
        foreach (double o in new[] { 1e4, 1e6, 1e8 })
        {
            double p = o + k * Math.Sqrt(o);
            double diff = BinChi2.Gaussian(o, p, o) - BinChi2.PoissonDeviance(o, p);
            double scaled = diff * Math.Sqrt(o);
            Assert.InRange(scaled, 2.0 / 3 * k * k * k * 0.9, 2.0 / 3 * k * k * k * 1.1);
            if (!double.IsNaN(previous)) Assert.InRange(previous / diff, 9.0, 11.0); // ×100 in O → ÷10
            previous = diff;
        }
    }

    [Fact]
    public void IsGaussian_FollowsThresholdAndMode()
    {
        var paper = StatisticsOptions.Paper;
        Assert.True(BinChi2.IsGaussian(20, paper));
        Assert.False(BinChi2.IsGaussian(19.999, paper));
        Assert.False(BinChi2.IsGaussian(1e6, paper with { BinStatistic = BinStatisticMode.Poisson }));
        Assert.True(BinChi2.IsGaussian(5, paper with { GaussianThreshold = 5 }));
    }
}
