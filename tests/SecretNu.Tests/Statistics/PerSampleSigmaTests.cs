using SecretNu.Statistics;

namespace SecretNu.Tests.Statistics;

/// <summary>Issue 13 point 1: a normalisation pull of its own width per sample (the generator spread).</summary>
public class PerSampleSigmaTests
{
    // physics.md §10.18 toys: O = (100, 50, 25), T = (110, 56, 28); mixed O = (100, 10, 2), T = (110, 13, 3.5)
    static Sample A => new("a", [100.0, 50, 25], [110.0, 56, 28]);
    static Sample B => new("b", [100.0, 10, 2], [110.0, 13, 3.5]);

    [Fact]
    public void WithoutAMapNothingChangesAndTheClosedFormHolds()
    {
        // σ = 0.1 everywhere: α* = −0.0669036, χ²_min = 0.669671 (physics.md §10.18), also through an explicit map
        Assert.Equal(0.669671, ProfiledChi2.Minimum([A], StatisticsOptions.Paper), 1e-6);
        var mapped = StatisticsOptions.Paper with { NormalisationSigmaBySample = new Dictionary<string, double> { ["a"] = 0.1 } };
        Assert.Equal(ProfiledChi2.Minimum([A], StatisticsOptions.Paper), ProfiledChi2.Minimum([A], mapped), 1e-14);
        Assert.Equal(StatisticsOptions.Paper.Describe().Keys, new StatisticsOptions().Describe().Keys); // the paper's description is unchanged
    }

    [Fact]
    public void EachSampleUsesItsOwnWidth()
    {
        // per-sample pulls are independent: the joint minimum is the sum of the two samples alone, each with its own σ
        var map = StatisticsOptions.Paper with { NormalisationSigmaBySample = new Dictionary<string, double> { ["a"] = 0.3 } };
        double joint = ProfiledChi2.Minimum([A, B], map);
        double a = ProfiledChi2.Minimum([A], StatisticsOptions.Paper with { NormalisationSigma = 0.3 });
        double b = ProfiledChi2.Minimum([B], StatisticsOptions.Paper);
        Assert.Equal(a + b, joint, 1e-12);
        // closed form for an all-Gaussian sample: χ²_min = c − d²/(b + 1/σ²) falls as σ grows
        Assert.True(a < ProfiledChi2.Minimum([A], StatisticsOptions.Paper));
        Assert.Contains("normalisation_sigma[a]", map.Describe().Keys);
        Assert.Throws<ArgumentOutOfRangeException>(() => (StatisticsOptions.Paper with { NormalisationSigmaBySample = new Dictionary<string, double> { ["a"] = -1 } }).Validate());
    }
}
