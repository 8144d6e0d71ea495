using SecretNu.Detection;
using SecretNu.Fluxes;
using SecretNu.Measurements;
using SecretNu.Output;
using SecretNu.Physics;
using SecretNu.Statistics;

namespace SecretNu.Tests.Measurements;

/// <summary>
/// Issue 16: the prediction on FASER's 2025 bins against the publication's own simulated numbers (independent: their
/// simulation, our first-principles chain), and the observed likelihood on known answers (closure with injected signals).
/// One analysis (the card's seven generator choices at 13.6 TeV, ~20 s cold) is shared by the tests.
/// </summary>
public class ObservedAnalysisTests
{
    static readonly Lazy<ObservedAnalysis> Shared = new(() =>
        new ObservedAnalysis(DataDirectory.Resolve(TestData.Directory), ExperimentCatalog.Load("faser-2025-numu"), ZPrimeOptions.Default));

    [Fact]
    public void OurFluxAndCrossSectionAgreeWithThePublishedSimulationWithinItsUncertainty()
    {
        foreach (var r in DataComparisonReport.Rows(Shared.Value))
        {
            Assert.InRange(r.Flux.Default / r.Bin.FluxPerLumi, 1 - r.Bin.FluxPerLumiError, 1 + r.Bin.FluxPerLumiError);
            Assert.InRange(r.Sigma / r.Bin.CrossSection, 1 - r.Bin.CrossSectionError, 1 + r.Bin.CrossSectionError);
            Assert.InRange(r.Signal.Default, r.Signal.Min, r.Signal.Max);
        }
    }

    [Fact]
    public void TheTotalSignalMatchesThePublishedPredictionToTheFluxUncertainty()
    {
        // per bin the publication's simulation migrates events between true and reconstructed bins; the total does not move
        var a = Shared.Value;
        double ours = a.StandardModel.Sum(), published = a.Measurement.Bins.Sum(b => b.PredictedSignal);
        Assert.InRange(ours / published, 0.85, 1.15);
    }

    [Theory]
    [InlineData("mutau")]
    [InlineData("emu")]
    public void TheSignalAtZeroCouplingIsTheStandardModelOfEveryParent(string coupling)
    {
        // K_L, K_S, D⁰, Λ_c have no Z′ channel: their SM ν_μ must stay in the prediction at every g
        var a = Shared.Value;
        var zero = a.Signal(a.Model(0.01, CouplingMatrix.Parse(coupling + "=1")), 0);
        for (int i = 0; i < zero.Length; i++) Assert.Equal(a.StandardModel[i], zero[i], 1e-12 * a.StandardModel[i]);
    }

    [Fact]
    public void AsimovStandardModelDataPreferNoZPrime()
    {
        var a = Shared.Value;
        var asimov = a.StandardModel.Zip(a.Background, (s, b) => s + b).ToArray();
        Assert.Equal(0, a.Chi2For(asimov)(a.StandardModel), 1e-9);
    }

    [Fact]
    public void AnInjectedZPrimeIsRecoveredByTheFit()
    {
        // closure: Asimov data from SM + Z′ at g_true; the fit returns g_true and a Δχ² to the SM above the threshold
        var a = Shared.Value;
        var direction = CouplingMatrix.Parse("mutau=1");
        var model = a.Model(0.001, direction);
        double gTrue = 0.2;
        var data = a.Signal(model, gTrue).Zip(a.Background, (s, b) => s + b).ToArray();
        var chi2 = a.Chi2For(data);
        double atTruth = chi2(a.Signal(model, gTrue)), atSm = chi2(a.Signal(model, 0));
        Assert.Equal(0, atTruth, 1e-8);
        Assert.True(atSm > Constants.DeltaChi2Cl90OneParameter, $"chi2(SM) = {atSm}");
        foreach (double g in new[] { 0.1, 0.15, 0.25, 0.3 }) Assert.True(chi2(a.Signal(model, g)) > atTruth);
    }

    [Fact]
    public void TheObservedAndExpectedBoundsAreFiniteAndTheBandHoldsTheExpected()
    {
        var a = Shared.Value;
        double threshold = Constants.DeltaChi2Cl90OneParameter;
        var p = a.At(0.001, CouplingMatrix.Parse("mutau=1"), threshold, ObservedScan.Cap, toys: 30);
        Assert.NotNull(p.Observed.Bound);
        Assert.NotNull(p.Expected.Bound);
        Assert.True(p.DeltaChi2Sm >= -1e-9);
        Assert.NotNull(p.ExpectedLow);
        Assert.InRange(p.Expected.Bound!.Value, p.ExpectedLow!.Value * 0.8, p.ExpectedHigh!.Value * 1.2);
        // the same seed gives the same band
        var again = a.At(0.001, CouplingMatrix.Parse("mutau=1"), threshold, ObservedScan.Cap, toys: 30);
        Assert.Equal((p.ExpectedLow, p.ExpectedHigh), (again.ExpectedLow, again.ExpectedHigh));
    }

    [Fact]
    public void TheStandardModelFitIsAProperPValue()
    {
        var (chi2, dof, p) = Shared.Value.StandardModelFit();
        Assert.Equal(6, dof);
        Assert.InRange(chi2, 0, 100);
        Assert.Equal(1 - MathNet.Numerics.Distributions.ChiSquared.CDF(6, chi2), p, 1e-12);
    }

    [Fact]
    public void ACardWithoutMeasurementIsRefused()
    {
        var e = Assert.Throws<InputException>(() => new ObservedAnalysis(DataDirectory.Resolve(TestData.Directory), ExperimentCatalog.Load("faser-nu"), ZPrimeOptions.Default));
        Assert.Contains("has no [data] measurement", e.Message);
    }

    [Fact]
    public void LimitCsvCarriesTheObservedBoundBesideTheExpectedAndParsesBack()
    {
        var a = Shared.Value;
        var direction = CouplingMatrix.Parse("emu=1");
        double threshold = Constants.DeltaChi2Cl90OneParameter;
        var points = new[] { 1e-6, 1e-3 }.Select(m => a.At(m, direction, threshold, ObservedScan.Cap)).ToArray();
        var request = new ObservedRequest(a.Card, "emu", direction, [1e-6, 1e-3], new LimitFinderOptions(), 0, ZPrimeOptions.Default);
        var csv = ObservedReport.Csv(new ObservedResult(request, a, points, [(a.Fluxes[0].Generators, 1.0, 6, 0.9)]));
        var lines = csv.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        var header = lines[1].Split(',');
        Assert.Equal(["experiment", "coupling", "mass_GeV", "g90", "g90_observed"], header.Take(5));
        for (int i = 0; i < points.Length; i++)
        {
            var cells = lines[2 + i].Split(',');
            double? Cell(string name) => cells[Array.IndexOf(header, name)] is { Length: > 0 } t ? double.Parse(t, System.Globalization.CultureInfo.InvariantCulture) : null;
            Assert.Equal(points[i].Observed.Bound, Cell("g90_observed"));
            Assert.Equal(points[i].Expected.Bound, Cell("g90"));
            var windows = cells[Array.IndexOf(header, "windows_observed")];
            Assert.Equal(points[i].Observed.Windows.Count, windows.Length == 0 ? 0 : windows.Split(';').Length);
            foreach (var w in windows.Split(';', StringSplitOptions.RemoveEmptyEntries))
                Assert.Equal(2, w.Split(':').Select(x => double.Parse(x, System.Globalization.CultureInfo.InvariantCulture)).Count());
        }
    }
}
