using SecretNu.Bounds;
using SecretNu.Physics;

namespace SecretNu.Tests.Bounds;

/// <summary>The verdict logic on synthetic curves and envelopes with known answers.</summary>
public class VerdictTests
{
    static IReadOnlyList<(double, double?)> Curve(Func<double, double?> g, double lo = 1e-3, double hi = 0.5, int n = 31) =>
        SecretNu.Scans.LimitRequest.LogSpaced(lo, hi, n).Select(m => (m, g(m))).ToArray();

    static (string, Func<double, double>) C(string name, Func<double, double> f) => (name, f);

    [Fact]
    public void PowerLawCrossingIsFoundExactly()
    {
        // curve 0.03 flat; constraint 0.05 (m/0.1): crossing at m = 0.06 (power laws are straight in log-log: exact)
        var v = VerdictFinder.Find("x", "etau", "all", Curve(_ => 0.03), [C("B", m => 0.05 * m / 0.1)]);
        var (lo, hi) = Assert.Single(v.Ranges);
        Assert.Equal(0.06, lo, 1e-9);
        Assert.Equal(0.5, hi, 1e-12);
        Assert.Equal("B", Assert.Single(v.Deciding).Constraint);
    }

    [Fact]
    public void ConstraintEndingAtAnEdgeIsHonoured()
    {
        // A excludes down to 0.01 below 0.1 GeV and nothing above (a closing window); B = 0.5 (m/0.1) everywhere
        var v = VerdictFinder.Find("x", "ee", "all", Curve(_ => 0.02),
            [C("A", m => m < 0.1 ? 0.01 : double.PositiveInfinity), C("B", m => 0.5 * m / 0.1)]);
        var (lo, hi) = Assert.Single(v.Ranges);
        Assert.Equal(0.1, lo, 1e-4 * 0.1); // the end point 0.1 is on the grid (a NA62-like edge is never misplaced)
        Assert.Equal(0.5, hi, 1e-12);
        Assert.All(v.Deciding, d => Assert.Equal("B", d.Constraint));
    }

    [Fact]
    public void NoConstraintMeansNoneDecides()
    {
        var v = VerdictFinder.Find("x", "mutau", "all", Curve(_ => 1), [C("A", m => m < 0.2 ? 1e-3 : double.PositiveInfinity)]);
        var (lo, _) = Assert.Single(v.Ranges);
        // 0.2 is no end point on the grid: the range starts at the first grid point verified below (never earlier)
        Assert.InRange(lo, 0.2, 0.2 * Math.Pow(10, 1.0 / ExistingBounds.PointsPerDecade));
        Assert.Equal("none", Assert.Single(v.Deciding).Constraint);
    }

    [Fact]
    public void DecidingConstraintChangesInsideARange()
    {
        // curve 1e-4 below both; A = 1e-2 (m/0.01) dominates (is lower) below 0.01 GeV... the smaller of A and B decides
        var v = VerdictFinder.Find("x", "ee", "all", Curve(_ => 1e-4), [C("A", m => 1e-2 * (m / 0.01)), C("B", _ => 1e-2)]);
        Assert.Equal((1e-3, 0.5), Assert.Single(v.Ranges));
        Assert.Equal(["A", "B"], v.Deciding.Select(d => d.Constraint));
        Assert.Equal(0.01, v.Deciding[0].Hi, 0.01 * 0.15); // switch within one grid step (20 per decade) of 0.01
    }

    [Fact]
    public void PointsWithoutABoundAreNeverBelow()
    {
        var v = VerdictFinder.Find("x", "ee", "all", Curve(m => m > 0.05 && m < 0.2 ? null : 1e-6), [C("A", _ => 1e-3)]);
        Assert.Equal(2, v.Ranges.Count);
        Assert.True(v.Ranges[0].Hi <= 0.05 && v.Ranges[1].Lo >= 0.2);
    }

    [Fact]
    public void AboveEverywhereGivesNoRange()
    {
        var v = VerdictFinder.Find("x", "ee", "all", Curve(_ => 1), [C("A", _ => 1e-3)]);
        Assert.Empty(v.Ranges);
        Assert.Empty(v.Deciding);
    }

    [Fact]
    public void PaperStatementsAreCheckedByCoverage()
    {
        var s = new PaperStatement("etau", ["faser-nu"], [(0.05, 0.1)], "t");
        Assert.True(s.Check([(0.04, 0.2)]).Holds);
        Assert.True(s.Check([(0.052, 0.1)]).Holds);     // 94 % of the decade range: rounding of a range read off a plot
        Assert.False(s.Check([(0.07, 0.1)]).Holds);     // 51 %
        Assert.False(s.Check([]).Holds);
        var nowhere = new PaperStatement("ee", ["faser-nu"], [], "cannot beat");
        Assert.True(nowhere.Check([]).Holds);
        Assert.False(nowhere.Check([(0.1, 0.3)]).Holds);
    }

    [Fact]
    public void ScenariosSwapVariantsAndDropUnconfirmed()
    {
        var s = ConstraintScenario.For(CouplingMatrix.Parse("etau=1"));
        Assert.Equal(["all", "computed"], s.Take(2).Select(x => x.Name));
        var all = s[0].Constraints.Select(c => c.Id).ToHashSet();
        Assert.Contains("z-invisible", all);
        Assert.DoesNotContain("z-invisible-quoted", all);
        var quoted = s.Single(x => x.Name == "z-invisible-quoted").Constraints.Select(c => c.Id).ToHashSet();
        Assert.Contains("z-invisible-quoted", quoted);
        Assert.DoesNotContain("z-invisible", quoted);
        Assert.All(s.Single(x => x.Name == "computed").Constraints, c => Assert.True(c.Computed));
        Assert.All(s.Single(x => x.Name == "confirmed-only").Constraints, c => Assert.Equal("confirmed", c.Status));
        Assert.Contains(s.Single(x => x.Name == "with-model-dependent").Constraints, c => c.Id == "w-tau-mu");
    }
}
