using SecretNu.Physics;
using SecretNu.Statistics;

namespace SecretNu.Tests.Statistics;

public class LimitFinderTests
{
    static readonly double Fourth = Math.Pow(Constants.DeltaChi2Cl90OneParameter, 0.25);

    // physics.md §10 item 19: Δχ² = (g/g₀)⁴ → g₀·2.70554^(1/4), relative 1e-3.
    [Theory]
    [InlineData(1e-8)]
    [InlineData(3.7e-7)]
    [InlineData(1e-5)]
    [InlineData(2.2e-3)]
    [InlineData(0.1)]
    [InlineData(0.5)]
    public void QuarticDeltaChi2_GivesAnalyticBound(double g0)
    {
        int calls = 0;
        var result = LimitFinder.Find(g => { calls++; return Math.Pow(g / g0, 4); });
        Assert.Equal(LimitStatus.Found, result.Status);
        Assert.NotNull(result.Coupling);
        double expected = g0 * Fourth;
        Assert.True(Math.Abs(result.Coupling!.Value / expected - 1) <= 1e-3, $"g = {result.Coupling}, expected {expected}");
        Assert.Equal(calls, result.Evaluations);
        Assert.Equal(result.Coupling.Value, result.ProbeCoupling);
        Assert.Equal(Math.Pow(result.Coupling.Value / g0, 4), result.DeltaChi2AtCoupling, 1e-12);
        Assert.True(result.Evaluations < 30, $"{result.Evaluations} evaluations");
    }

    [Theory]
    [InlineData(2.0, 4e-4)]
    [InlineData(8.0, 3e-6)]
    [InlineData(0.5, 0.02)]
    public void PowerLaws_GiveAnalyticBound(double power, double g0)
    {
        var result = LimitFinder.Find(g => Math.Pow(g / g0, power));
        double expected = g0 * Math.Pow(Constants.DeltaChi2Cl90OneParameter, 1 / power);
        Assert.Equal(LimitStatus.Found, result.Status);
        Assert.True(Math.Abs(result.Coupling!.Value / expected - 1) <= 1e-3, $"g = {result.Coupling}, expected {expected}");
    }

    [Fact]
    public void AboveCap_ReportsNoBound_NotANumber()
    {
        var result = LimitFinder.Find(g => Math.Pow(g / 2.0, 4));
        Assert.Equal(LimitStatus.NoBoundBelowCap, result.Status);
        Assert.Null(result.Coupling);
        Assert.Equal(1.0, result.ProbeCoupling);
        Assert.Equal(1.0 / 16, result.DeltaChi2AtCoupling, 1e-15);
        Assert.Equal(10, result.Evaluations); // 1e-9, 1e-8, …, 1
        Assert.Contains("no bound below g = 1", result.Detail);
    }

    [Fact]
    public void BoundJustBelowCap_IsFound()
    {
        var result = LimitFinder.Find(g => Math.Pow(g / 0.7, 4));
        Assert.Equal(LimitStatus.Found, result.Status);
        Assert.Equal(0.7 * Fourth, result.Coupling!.Value, 0.7 * Fourth * 1e-3);
    }

    [Fact]
    public void BelowScanStart_IsReported()
    {
        var result = LimitFinder.Find(g => Math.Pow(g / 1e-10, 4));
        Assert.Equal(LimitStatus.BelowScanStart, result.Status);
        Assert.Null(result.Coupling);
        Assert.Equal(1e-9, result.ProbeCoupling);
        Assert.Equal(1, result.Evaluations);
    }

    [Fact]
    public void NonMonotonic_InBracketing_IsFlagged()
    {
        // Δχ²: 0 at 1e-9, 2 at 1e-8, 1 at 1e-7 (a decrease on the decade grid), then rising
        static double F(double g)
        {
            double x = Math.Log10(g);
            return x <= -8 ? 2 * (x + 9) : x <= -7 ? 2 - (x + 8) : 1 + 10 * (x + 7);
        }
        var result = LimitFinder.Find(F);
        Assert.Equal(LimitStatus.NonMonotonic, result.Status);
        Assert.Null(result.Coupling);
        Assert.Equal(1e-7, result.ProbeCoupling, 1e-20);
        Assert.Equal(3, result.Evaluations);
    }

    [Fact]
    public void NonMonotonic_InsideBracket_IsFlagged()
    {
        // monotone on the decade grid (1 at 1e-5, 10 at 1e-4) but dipping from 1.45 to 0.5 inside that decade
        static double F(double g)
        {
            double t = Math.Log10(g) + 5;
            if (t <= 0) return Math.Max(0, 1 + t / 4);
            if (t < 0.05) return 1 + 9 * t;
            if (t < 0.95) return 1.45 - (t - 0.05) * (0.95 / 0.9);
            if (t < 1) return 0.5 + (t - 0.95) * 190;
            return 10 * Math.Pow(10, t - 1);
        }
        var result = LimitFinder.Find(F);
        Assert.Equal(LimitStatus.NonMonotonic, result.Status);
        Assert.Null(result.Coupling);
    }

    [Fact]
    public void InfiniteDeltaChi2_IsAboveThreshold()
    {
        // rises to 1.44 at g = 1.2e-5, then infinite (e.g. T = 0 < O somewhere): the crossing is the jump
        var result = LimitFinder.Find(g => g < 1.2e-5 ? Math.Pow(g / 1e-5, 2) : double.PositiveInfinity);
        Assert.Equal(LimitStatus.Found, result.Status);
        Assert.True(Math.Abs(result.Coupling!.Value / 1.2e-5 - 1) <= 1e-3, $"g = {result.Coupling}");
    }

    [Fact]
    public void NaN_Throws()
    {
        Assert.Throws<InvalidOperationException>(() => LimitFinder.Find(g => g > 1e-6 ? double.NaN : 0));
    }

    [Fact]
    public void Options_AreValidatedAndRecorded()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => LimitFinder.Find(g => g, new LimitFinderOptions { Cap = 1e-10 }));
        Assert.Throws<ArgumentOutOfRangeException>(() => LimitFinder.Find(g => g, new LimitFinderOptions { StepFactor = 1 }));
        var d = new LimitFinderOptions().Describe();
        Assert.Equal("2.705543454095404", d["delta_chi2_threshold"]);
        Assert.Equal("1E-09", d["scan_start"]);
        Assert.Equal("1", d["coupling_cap"]);
    }

    [Fact]
    public void CustomThresholdAndTolerance()
    {
        var result = LimitFinder.Find(g => Math.Pow(g / 1e-4, 2), new LimitFinderOptions { Threshold = 4, RelativeTolerance = 1e-6 });
        Assert.Equal(2e-4, result.Coupling!.Value, 2e-4 * 1e-6);
    }
}
