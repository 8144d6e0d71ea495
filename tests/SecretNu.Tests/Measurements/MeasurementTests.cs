using SecretNu.Detection;
using SecretNu.Measurements;
using SecretNu.Physics;

namespace SecretNu.Tests.Measurements;

/// <summary>Issue 16: reading FASER's 2025 ν_μ measurement, the derived fiducial target, and bad measurement files.</summary>
public class MeasurementTests
{
    static string File2025 => TestData.File("measurements/faser_2025_numu_flux.csv");

    [Fact]
    public void TheSixBinsAreReadWithTheReadmeChecks()
    {
        var m = BinnedMeasurement.ReadFaser2025(File2025);
        Assert.Equal(6, m.Bins.Count);
        // data README §3/§9: observed 50, 97, 71, 69, 48, 27 (sum 362); background = (S+B) − S, summing with the data to 338.3
        Assert.Equal([50, 97, 71, 69, 48, 27], m.Bins.Select(b => b.Observed));
        Assert.Equal(338.3, m.Bins.Sum(b => b.Observed - b.Background), 1e-9);
        Assert.Equal([NeutrinoSpecies.NuMu, NeutrinoSpecies.NuMuBar], m.Bins[3].Species);
        Assert.True(double.IsPositiveInfinity(m.Bins[3].High));
        Assert.Equal(0.135, m.Bins[0].Efficiency, 1e-12);      // 13.5 %
        Assert.Equal(7.0e6, m.Bins[0].FluxPerLumi, 1e-6);       // 7.0 × 10⁶ per cm² per fb⁻¹
        Assert.Equal(128.5e-38, m.Bins[0].CrossSection, 1e-50); // 128.5 × 10⁻³⁸ cm²
        Assert.Equal(65.6, m.LuminosityFb);
    }

    [Fact]
    public void TheFiducialTargetFollowsFromThePublishedPrediction()
    {
        // by hand from Tables I–III: Σ S / Σ ε Φ L σ
        double[] s = [33.6, 59.5, 51.6, 84.1, 50.1, 19.6], e = [0.135, 0.237, 0.308, 0.368, 0.401, 0.235], f = [7.0, 3.6, 1.6, 1.7, 3.5, 5.5],
            x = [128.5, 292.2, 514.6, 799.3, 166.3, 56.8];
        double denominator = 0;
        for (int i = 0; i < 6; i++) denominator += e[i] * f[i] * 1e6 * 65.6 * x[i] * 1e-38;
        double expected = s.Sum() / denominator;
        var m = BinnedMeasurement.ReadFaser2025(File2025);
        Assert.Equal(expected, m.DerivedNucleons, 1e-9 * expected);
        Assert.InRange(expected, 3.17e29, 3.19e29);
        // the card carries it as a mass: 527.9 kg (the geometric estimate, 1.1 t × π (10 cm)² / (25 cm)², is 553 kg)
        var card = ExperimentCatalog.Load("faser-2025-numu");
        Assert.Equal(expected * Constants.AtomicMassUnitKg / 1e3, card.TargetMassT, 1e-6 * card.TargetMassT);
        Assert.Equal(Math.PI * 0.1 * 0.1, card.FaceAreaM2, 1e-7); // the fiducial circle's area, r = 100 mm
        Assert.Equal("faser-2025-numu", card.Measurement);
    }

    static string Altered(TempDirectory dir, Func<string, string> change)
    {
        string path = Path.Combine(dir.Path, "faser_2025_numu_flux.csv");
        File.WriteAllText(path, change(File.ReadAllText(File2025)));
        return path;
    }

    [Theory]
    [InlineData("observed_events_reco,numu,1,100,300,50,", "observed_events_reco,numu,1,100,300,-50,", "not a non-negative integer")]
    [InlineData("observed_events_reco,numu,1,100,300,50,", "observed_events_reco,numu,1,100,300,50.5,", "not a non-negative integer")]
    [InlineData("observed_events_reco,numu,2,300,600,97,", "observed_events_reco,numu,2,300,600,98,", "add up to 363")]
    [InlineData("total_efficiency,numu,1,100,300,13.5,", "total_efficiency,numu,1,100,300,missing,", "marked missing")]
    [InlineData(",percent,", ",per cent,", "unit 'per cent'")]
    public void BadMeasurementFilesAreRefusedWithTheLine(string from, string to, string message)
    {
        using var dir = new TempDirectory();
        string path = Altered(dir, t => t.Replace(from, to));
        var e = Assert.Throws<InputException>(() => BinnedMeasurement.ReadFaser2025(path));
        Assert.Contains(message, e.Message);
        Assert.Contains("faser_2025_numu_flux.csv", e.Message);
    }

    [Fact]
    public void AMissingMeasurementFileIsRefused()
    {
        using var dir = new TempDirectory();
        var e = Assert.Throws<InputException>(() => MeasurementCatalog.Load(dir.Path, "faser-2025-numu"));
        Assert.Contains("measurement file not found", e.Message);
    }

    [Fact]
    public void ACardNamingAnUnknownMeasurementIsRefused()
    {
        string text = File.ReadAllText(TestData.Card("faser-2025-numu")).Replace("measurement = \"faser-2025-numu\"", "measurement = \"lep-1990\"");
        var e = Assert.Throws<InputException>(() => ExperimentCardReader.Parse(text, "x.toml"));
        Assert.Contains("is not a known measurement", e.Message);
    }

    [Fact]
    public void TheFineEdgesHoldEveryBinEdgeAndEndAtTheBeamEnergy()
    {
        var m = BinnedMeasurement.ReadFaser2025(File2025);
        var edges = MeasurementPrediction.FineEdges(m);
        foreach (double e in new[] { 100.0, 300, 600, 1000, BinnedMeasurement.OpenBinCeiling }) Assert.Contains(e, edges);
        Assert.Equal(4 * MeasurementPrediction.SubBins + 1, edges.Length);
        Assert.True(edges.Zip(edges.Skip(1)).All(p => p.Second > p.First));
    }
}
