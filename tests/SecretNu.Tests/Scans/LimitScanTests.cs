using SecretNu.Detection;
using SecretNu.Fluxes;
using SecretNu.Physics;
using SecretNu.Scans;
using SecretNu.Statistics;

namespace SecretNu.Tests.Scans;

/// <summary>Issue 5 item 7: checks of the bound curves on the FASERν card.</summary>
public class LimitScanTests
{
    static readonly Lazy<(FluxCalculation Calc, DetectorResponse Response)> Setup = new(() =>
    {
        var data = DataDirectory.Resolve(TestData.Directory);
        var card = ExperimentCatalog.Load("faser-nu");
        var setup = new FluxSetup(data, card, FluxSettings.Default);
        var calc = new FluxCalculation(setup, setup.DefaultGenerators, AcceptanceMode.Exact, ZPrimeOptions.Default, AnalysisGrid.TrueEdges);
        return (calc, new DetectorResponse(card, new CrossSection(data, card.Target), includeExposureScale: false));
    });

    static IReadOnlyList<LimitCurve> Run(string coupling, IReadOnlyList<double> masses) =>
        new LimitScan().Run(Setup.Value.Calc, Setup.Value.Response, [("x1", 1.0), ("x100", 100.0), ("x1000", 1000.0)],
            new LimitRequest(CouplingMatrix.Parse($"{coupling}=1"), coupling, masses, StatisticsOptions.Paper, new LimitFinderOptions()));

    [Theory]
    [InlineData("etau")]
    [InlineData("ee")]
    public void BoundIsProportionalToTheMassBelowAnMeV(string coupling)
    {
        // BR ∝ g²/M² and P_dec ≪ 1 near the bound: g₉₀ ∝ M, log-log slope 1.00 ± 0.03 (issue 5; physics.md §10 item 20).
        // P_dec ≪ 1 holds below ~10 keV here: at 80 keV the g_ee bound (5e-4) already gives a decay length of ~9 km at
        // 1 TeV, the Z′ → νν̄ neutrinos add to the signal and the slope drops below 1 (see docs/results.md).
        var masses = new[] { 1e-6, 3e-6, 1e-5 };
        foreach (var curve in Run(coupling, masses))
        {
            var g = curve.Points.Select(p => p.Coupling!.Value).ToArray();
            for (int i = 0; i + 1 < g.Length; i++)
                Assert.InRange(Math.Log10(g[i + 1] / g[i]) / Math.Log10(masses[i + 1] / masses[i]), 0.97, 1.03);
        }
    }

    [Theory]
    [InlineData("etau")]
    [InlineData("mutau")]
    public void MoreStatisticsNeverWeakensTheBound(string coupling)
    {
        var curves = Run(coupling, LimitRequest.LogSpaced(1e-6, 0.4, 9));
        for (int i = 0; i < 9; i++)
        {
            double? g1 = curves[0].Points[i].Coupling, g100 = curves[1].Points[i].Coupling, g1000 = curves[2].Points[i].Coupling;
            Assert.NotNull(g1000);
            if (g100 is double b) Assert.True(g1000 <= b * (1 + 1e-3), $"×1000 {g1000} vs ×100 {b} at point {i}");
            if (g1 is double a) Assert.True(g100 <= a * (1 + 1e-3), $"×100 {g100} vs ×1 {a} at point {i}");
        }
    }

    [Fact]
    public void DeltaChiSquareAtTheBoundIsTheNinetyPercentQuantile()
    {
        foreach (var curve in Run("etau", LimitRequest.LogSpaced(1e-5, 0.2, 5)))
            foreach (var p in curve.Points.Where(p => p.Coupling is not null))
            {
                Assert.Equal(LimitStatus.Found, p.Result.Status);
                Assert.Equal(Constants.DeltaChi2Cl90OneParameter, p.Result.DeltaChi2AtCoupling, 0.01);
                Assert.True(p.NewEventsAtBound.Sum() > 0);
            }
    }

    [Fact]
    public void AZPrimeTruthIsExcludedByTheSmOnlyFitOnlyWhenStrong()
    {
        // the seed's second case: Asimov data from a Z′ at g_true; the Δχ² of the SM (g = 0) against it grows with g_true
        var calc = Setup.Value.Calc;
        var flux = new ZPrimeFluxModel(0.03, CouplingMatrix.Parse("etau=1"), calc.ZPrimeMeasures(), calc.StandardModel, calc.Setup.Luminosity);
        var ev = new ZPrimeEventModel(flux, calc.StandardModel, Setup.Value.Response, [EventSample.Electron, EventSample.Tau]);
        double DeltaAt(double truth)
        {
            var scratch = new double[ev.ScratchLength];
            var obs = new double[2 * ev.RecoBins];
            ev.Predict(truth, 1000, scratch, obs);
            var sm = ev.StandardModel(1000);
            int nr = ev.RecoBins;
            var samples = new[] { new Sample("e", obs.AsSpan(0, nr), sm.AsSpan(0, nr)), new Sample("tau", obs.AsSpan(nr, nr), sm.AsSpan(nr, nr)) };
            var profile = new ProfiledChi2(samples, StatisticsOptions.Paper);
            return profile.Minimize(sm) - profile.Minimize(obs);
        }
        Assert.True(DeltaAt(1e-3) < DeltaAt(3e-2));
        Assert.True(DeltaAt(3e-2) > 0);
    }
}
