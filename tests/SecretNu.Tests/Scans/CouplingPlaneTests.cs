using SecretNu.Detection;
using SecretNu.Fluxes;
using SecretNu.Physics;
using SecretNu.Scans;
using SecretNu.Statistics;

namespace SecretNu.Tests.Scans;

/// <summary>Issue 13 point 5: the two-coupling contour against the one-dimensional machinery.</summary>
public class CouplingPlaneTests
{
    static readonly Lazy<(FluxCalculation Calc, DetectorResponse Response, ExperimentCard Card)> Setup = new(() =>
    {
        var card = ExperimentCatalog.Load("faser-nu");
        var data = DataDirectory.Resolve(TestData.Directory);
        var setup = new FluxSetup(data, card, FluxSettings.Default);
        var calc = new FluxCalculation(setup, setup.DefaultGenerators, AcceptanceMode.Exact, ZPrimeOptions.Default, AnalysisGrid.TrueEdges);
        return (calc, new DetectorResponse(card, new CrossSection(data, card.Target), includeExposureScale: false), card);
    });

    static PlaneContour Plane(double mass, double cl, CouplingMatrix? truth = null, double multiplier = 1) =>
        CouplingPlane.Run(Setup.Value.Calc, Setup.Value.Response, multiplier, new LimitScan(), (Flavor.E, Flavor.E), (Flavor.E, Flavor.Tau), mass,
            StatisticsOptions.Paper, new LimitFinderOptions(), CouplingPlane.TwoParameterThreshold(cl), truth);

    /// <summary>The 1-D bound on one axis with the plane's samples (ν_e and ν_τ) at a given Δχ².</summary>
    static double Axis(string coupling, double mass, double threshold)
    {
        var (calc, response, card) = Setup.Value;
        var request = new LimitRequest(CouplingMatrix.Parse(coupling + "=1"), coupling, [mass], StatisticsOptions.Paper,
            new LimitFinderOptions { Threshold = threshold }, [Flavor.E, Flavor.Tau]);
        return new LimitScan().Run(calc, response, [(card.Name, 1.0)], request)[0].Points[0].Coupling!.Value;
    }

    [Fact]
    public void InterceptsAreTheOneDimensionalBoundsAtTheTwoParameterThreshold()
    {
        var p = Plane(0.01, 0.9);
        double thr2 = CouplingPlane.TwoParameterThreshold(0.9);
        Assert.Equal(4.60517, thr2, 1e-5); // χ²₂ quantile at 90 %
        // θ = π/2 is the first point (g_ee = 0), θ = 0 the last (g_eτ = 0)
        var (ee0, etauAxis) = p.Points[0];
        var (eeAxis, etau0) = p.Points[^1];
        Assert.Equal(0, ee0);
        Assert.Equal(0, etau0);
        // the same Δχ² crossing found by the 1-D limit finder (tolerance: its 1e-3 on g)
        Assert.Equal(Axis("etau", 0.01, thr2), etauAxis, 2e-3 * etauAxis);
        Assert.Equal(Axis("ee", 0.01, thr2), eeAxis, 2e-3 * eeAxis);
        // and, Δχ² growing about as g⁴ (events ∝ g²), the 90 % 1-D bound times (4.605/2.706)^¼ to a few per cent
        double ratio = Math.Pow(thr2 / Constants.DeltaChi2Cl90OneParameter, 0.25);
        Assert.Equal(ratio, etauAxis / Axis("etau", 0.01, Constants.DeltaChi2Cl90OneParameter), 0.05 * ratio);
        Assert.Null(p.Separate);
    }

    [Fact]
    public void ATruthWellAboveTheBoundsIsLocatedAndOneAtZeroIsNot()
    {
        // FASER2ν ×1000 statistics, a Z′ with g_ee = g_eτ = 0.02 (3–4× the 1-D bounds): both couplings are determined
        var strong = Plane(0.01, 0.9, CouplingMatrix.Parse("ee=0.02,etau=0.02"), multiplier: 1000);
        Assert.True(strong.Separate);
        Assert.Contains(strong.Points, q => q.G1 < 0.02 && q.G2 < 0.02);   // the region surrounds the truth
        Assert.Contains(strong.Points, q => q.G1 > 0.02 && q.G2 > 0.02);
        // a Z′ with g_eτ only: g_ee = 0 stays allowed, so g_ee is not determined
        var single = Plane(0.01, 0.9, CouplingMatrix.Parse("etau=0.03"), multiplier: 1000);
        Assert.True(single.G1ZeroAllowed);
        Assert.False(single.Separate);
    }
}
