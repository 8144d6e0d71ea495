using SecretNu.Statistics;

namespace SecretNu.Tests.Statistics;

/// <summary>Excluded intervals of a Δχ² that need not rise monotonically, on curves with known crossings.</summary>
public class ExclusionTests
{
    static Exclusion Of(Func<double, double> f, double threshold = 2.706)
    {
        var grid = Exclusion.Grid(1e-6, 10);
        return Exclusion.Find(f, grid, grid.Select(f).ToArray(), threshold);
    }

    [Fact]
    public void AMonotonicRiseGivesTheCrossingAsTheBound()
    {
        // Δχ² = (g/g0)⁴ crosses 2.706 at g0 · 2.706^¼
        double g0 = 3e-3, expected = g0 * Math.Pow(2.706, 0.25);
        var x = Of(g => Math.Pow(g / g0, 4));
        Assert.Equal(expected, x.Bound!.Value, Exclusion.EdgeTolerance * expected);
        Assert.Empty(x.Windows);
    }

    [Fact]
    public void ARiseFallRiseGivesAWindowBelowTheBound()
    {
        // a bump (peak 5 at g = 1e-4, width 0.3 decades) then a rise: excluded near 1e-4 and above the rise
        double Bump(double g) => 5 * Math.Exp(-Math.Pow(Math.Log10(g / 1e-4) / 0.3, 2)) + Math.Pow(g / 0.1, 2);
        var x = Of(Bump);
        Assert.Single(x.Windows);
        var (lo, hi) = x.Windows[0];
        // 5 exp(−(d/0.3)²) = 2.706 at d = ±0.3 √ln(5/2.706) (the rise adds < 1e-5 there)
        double d = 0.3 * Math.Sqrt(Math.Log(5 / 2.706));
        Assert.Equal(1e-4 * Math.Pow(10, -d), lo, 2e-3 * lo);
        Assert.Equal(1e-4 * Math.Pow(10, d), hi, 2e-3 * hi);
        Assert.Equal(0.1 * Math.Sqrt(2.706), x.Bound!.Value, 2e-3 * x.Bound!.Value);
        Assert.Contains("also excluded", x.Detail);
    }

    [Fact]
    public void NoCrossingGivesNoBound()
    {
        var x = Of(g => 1 - Math.Exp(-g));
        Assert.Null(x.Bound);
        Assert.Empty(x.Windows);
        Assert.Contains("no bound", x.Detail);
    }

    [Fact]
    public void AWindowThatClosesBeforeTheCapIsNotABound()
    {
        var x = Of(g => g is > 1e-3 and < 1e-2 ? 4 : 0);
        Assert.Null(x.Bound);
        Assert.Single(x.Windows);
    }
}
