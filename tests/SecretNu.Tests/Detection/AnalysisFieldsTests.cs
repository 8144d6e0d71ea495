using SecretNu.Detection;
using SecretNu.Fluxes;
using SecretNu.Physics;
using SecretNu.Scans;
using SecretNu.Statistics;

namespace SecretNu.Tests.Detection;

/// <summary>Issue 12 item 1: the event samples and the reconstructed binning are card data ([analysis]).</summary>
public class AnalysisFieldsTests
{
    static readonly string FaserNuText = File.ReadAllText(TestData.Card("faser-nu"));

    static ExperimentCard WithAnalysis(string lines) =>
        ExperimentCardReader.Parse(FaserNuText.Replace("[generators]", $"[analysis]\n{lines}\n[generators]"), "x.toml");

    [Fact]
    public void WithoutTheTableTheCardKeepsTheSeedBinningBitForBit()
    {
        var card = ExperimentCatalog.Load("faser-nu");
        Assert.Null(card.RecoBinsPerDecade);
        Assert.Null(card.Samples);
        // the seed's edges, written out independently: 10^(1 + 0.1 k), k = 0…28
        var seed = Enumerable.Range(0, 29).Select(k => Math.Pow(10, 1.0 + 0.1 * k)).ToArray();
        Assert.Equal(seed, card.RecoEdges);
        Assert.Equal(seed, AnalysisGrid.RecoEdgesFor(10));
    }

    [Fact]
    public void OtherBinningsCoverTheSameRange()
    {
        // 4 per decade: 2.8 decades = 11 whole bins to 10^3.75 GeV, then a narrower one to 10^3.8 GeV
        var e4 = AnalysisGrid.RecoEdgesFor(4);
        Assert.Equal(13, e4.Length);
        Assert.Equal(Math.Pow(10, 3.75), e4[^2], 1e-9 * e4[^2]);
        Assert.Equal(Math.Pow(10, 3.8), e4[^1], 1e-9 * e4[^1]);
        foreach (int n in new[] { 1, 5, 7, 20, 25 })
        {
            var e = AnalysisGrid.RecoEdgesFor(n);
            Assert.Equal(10.0, e[0]);
            Assert.Equal(Math.Pow(10, 3.8), e[^1], 1e-9 * e[^1]);
            for (int i = 1; i < e.Length; i++) Assert.True(e[i] > e[i - 1]);
        }
    }

    [Fact]
    public void TheTotalEventCountDoesNotDependOnTheBinning()
    {
        // smearing conserves the events that stay within 10 GeV–6.3 TeV, so every binning of that range sums to the same
        var data = DataDirectory.Resolve(TestData.Directory);
        var sigma = new CrossSection(data, TargetMaterial.Tungsten);
        var flux = FlavorExtensions.AllSpecies.ToDictionary(s => s, s => AnalysisGrid.TrueEdges.Skip(1).Select((e, k) => 1e6 / e + k).ToArray());
        double Total(ExperimentCard card) => new DetectorResponse(card, sigma).Events(EventSample.Electron, s => flux[s]).Sum();
        double reference = Total(ExperimentCatalog.Load("faser-nu"));
        foreach (int n in new[] { 3, 5, 20 })
        {
            var card = WithAnalysis($"reco_bins_per_decade = {n}");
            Assert.Equal(AnalysisGrid.RecoEdgesFor(n).Length - 1, new DetectorResponse(card, sigma).RecoBins);
            Assert.Equal(reference, Total(card), 1e-10 * reference);
        }
    }

    [Theory]
    [InlineData("reco_bins_per_decade = 2.5", "whole number")]
    [InlineData("reco_bins_per_decade = 0", "whole number")]
    [InlineData("reco_bins_per_decade = 26", "whole number")]
    [InlineData("reco_bins_per_decade = \"ten\"", "a number")]
    [InlineData("samples = []", "at least one flavour")]
    [InlineData("samples = [\"e\", \"quark\"]", "'quark'")]
    [InlineData("samples = [\"e\", \"electron\"]", "twice")]
    [InlineData("samples = \"e\"", "an array")]
    [InlineData("bins = 3", "unknown key 'bins' in [analysis]")]
    public void BadAnalysisFieldsAreRejectedWithTheLine(string line, string message)
    {
        var e = Assert.Throws<InputException>(() => WithAnalysis(line));
        Assert.Contains(message, e.Message);
        Assert.Contains("x.toml", e.Message);
        Assert.Contains("[analysis]", e.Message);
    }

    [Fact]
    public void TheSamplesComeFromTheCommandThenTheCardThenTheSeedRule()
    {
        var seed = ExperimentCatalog.Load("faser-nu");
        var card = WithAnalysis("samples = [\"tau\", \"e\"]");
        var ee = CouplingMatrix.Parse("ee=1");
        Assert.Equal([Flavor.E], EventSample.Choose(null, seed, ee));
        Assert.Equal([Flavor.Tau, Flavor.E], EventSample.Choose(null, card, ee));
        Assert.Equal([Flavor.Mu], EventSample.Choose([Flavor.Mu], card, ee));
    }

    [Fact]
    public void TheAnalysisFieldsArePartOfThePhysicsKeyAndTheEcho()
    {
        var seed = ExperimentCatalog.Load("faser-nu");
        string key = ExperimentCardSchema.PhysicsKey(seed);
        Assert.NotEqual(key, ExperimentCardSchema.PhysicsKey(WithAnalysis("reco_bins_per_decade = 5")));
        Assert.NotEqual(key, ExperimentCardSchema.PhysicsKey(WithAnalysis("samples = [\"e\"]")));
        var field = ExperimentCardSchema.Fields.Single(f => f.Key == "samples");
        Assert.Equal(["tau", "e"], (IEnumerable<string>)field.Get(WithAnalysis("samples = [\"tau\", \"e\"]"))!);
    }

    [Fact]
    public void ACardsSamplesAndBinningReachTheBound()
    {
        var data = DataDirectory.Resolve(TestData.Directory);
        var card = WithAnalysis("reco_bins_per_decade = 5\nsamples = [\"e\", \"tau\"]");
        var setup = new FluxSetup(data, card, FluxSettings.Default);
        var calc = new FluxCalculation(setup, setup.DefaultGenerators, AcceptanceMode.Collinear, ZPrimeOptions.Default, AnalysisGrid.TrueEdges);
        var response = new DetectorResponse(card, new CrossSection(data, card.Target), includeExposureScale: false);
        var curve = new LimitScan().Run(calc, response, [("x1", 1.0)],
            new LimitRequest(CouplingMatrix.Parse("ee=1"), "ee", [0.01], StatisticsOptions.Paper, new LimitFinderOptions())).Single();
        Assert.Equal(["nu_e CC", "nu_tau CC"], curve.Samples);
        var point = Assert.Single(curve.Points);
        Assert.Equal(LimitStatus.Found, point.Result.Status);
        Assert.Equal(2, point.NewEventsAtBound.Count);
        Assert.Equal(14, response.RecoBins); // 5 per decade over 2.8 decades
    }
}
