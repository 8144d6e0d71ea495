using SecretNu.Statistics;

namespace SecretNu.Tests.Statistics;

public class DeltaChi2Tests
{
    // A toy experiment: a ν_μ-like sample with 2000 events per bin (no signal) and a ν_e-like sample with 30 per bin
    // whose signal S·(g/1e-4)² is flat (10 % of the SM at g = 1e-4).
    static readonly double[] Big = [2000, 2000, 2000, 2000, 2000], Small = [30, 30, 30, 30, 30];

    static DeltaChi2 Toy(StatisticsOptions options, out double[] buffer)
    {
        var samples = new[] { new Sample("numu", Big, Big), new Sample("nue", Small, Small) };
        var chi2 = new ProfiledChi2(samples, options);
        buffer = new double[chi2.BinCount];
        return new DeltaChi2(chi2, chi2.Observed);
    }

    static double Evaluate(DeltaChi2 delta, double[] buffer, double g)
    {
        double scale = 1 + 0.1 * (g / 1e-4) * (g / 1e-4);
        Big.CopyTo(buffer, 0);
        for (int i = 0; i < Small.Length; i++) buffer[Big.Length + i] = Small[i] * scale;
        return delta.Evaluate(buffer);
    }

    [Fact]
    public void SmTruth_ReferenceIsZero()
    {
        var delta = Toy(StatisticsOptions.Paper, out var buffer);
        Assert.Equal(0.0, delta.ReferenceMinimum);
        Assert.Equal(0.0, Evaluate(delta, buffer, 0));
        Assert.True(Evaluate(delta, buffer, 1e-4) > 0);
    }

    [Fact]
    public void PerSamplePull_GivesLargerOrEqualBound_ThanCommonPull()
    {
        var per = Toy(StatisticsOptions.Paper, out var b1);
        var common = Toy(StatisticsOptions.Paper with { PullGrouping = PullGrouping.Common }, out var b2);
        var gPer = LimitFinder.Find(g => Evaluate(per, b1, g));
        var gCommon = LimitFinder.Find(g => Evaluate(common, b2, g));
        Assert.Equal(LimitStatus.Found, gPer.Status);
        Assert.Equal(LimitStatus.Found, gCommon.Status);
        Assert.True(gPer.Coupling >= gCommon.Coupling, $"per-sample {gPer.Coupling}, common {gCommon.Coupling}");
        Assert.True(gPer.Coupling > 1.1 * gCommon.Coupling, "the shared pull is pinned by the large sample");
    }

    [Fact]
    public void ZPrimeTruth_ReferenceIsPositive_AndTruthHasNegativeDelta()
    {
        // data = prediction at g = 2e-4 (in the small sample 40 % above SM per bin)
        double[] truth = [.. Big, .. Small.Select(x => x * 1.4)];
        var samples = new[] { new Sample("numu", Big, truth[..5]), new Sample("nue", truth[5..], truth[5..]) };
        var chi2 = new ProfiledChi2(samples, StatisticsOptions.Paper);
        double[] sm = [.. Big, .. Small];
        var delta = new DeltaChi2(chi2, sm);
        Assert.True(delta.ReferenceMinimum > 1);
        Assert.Equal(delta.ReferenceMinimum, chi2.Minimize(sm), 1e-15);
        Assert.Equal(-delta.ReferenceMinimum, delta.Evaluate(truth), 1e-12);
    }

    [Fact]
    public void InfiniteReference_Throws()
    {
        var chi2 = new ProfiledChi2([new Sample("s", [3.0, 1.0], [3.0, 1.0])], StatisticsOptions.Paper);
        Assert.Throws<ArgumentException>(() => new DeltaChi2(chi2, [3.0, 0.0]));
    }
}
