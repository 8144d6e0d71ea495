using SecretNu.Detection;
using SecretNu.Fluxes;
using SecretNu.Physics;
using SecretNu.Scans;
using SecretNu.Statistics;

namespace SecretNu.Tests.Detection;

/// <summary>Issue 13 point 2: detector realism on the card — per-flavour efficiencies and a ν_τ background.</summary>
public class RealisticDetectorTests
{
    const string Realistic = "\n[realistic]\nefficiency_e = 0.6\nefficiency_mu = 0.9\nefficiency_tau = 0.3\ntau_background_fraction = 0.002\nsource = \"assumed (test)\"\n";

    /// <summary>The faser-nu card with its [realistic] table replaced by <paramref name="extra"/>.</summary>
    static ExperimentCard Card(string extra = Realistic)
    {
        string text = File.ReadAllText(TestData.Card("faser-nu"));
        int start = text.IndexOf("[realistic]", StringComparison.Ordinal), end = text.IndexOf("[published]", StringComparison.Ordinal);
        return ExperimentCardReader.Parse(text[..start] + text[end..] + extra, "faser-nu+realistic.toml") with { Name = "faser-nu" };
    }

    [Fact]
    public void TheTableIsReadAndChecked()
    {
        var r = Card().Realistic!;
        Assert.Equal((0.6, 0.9, 0.3, 0.002, "assumed (test)"), (r.EfficiencyE, r.EfficiencyMu, r.EfficiencyTau, r.TauBackgroundFraction, r.Source));
        var e = Assert.Throws<InputException>(() => Card(Realistic.Replace("efficiency_tau = 0.3", "efficiency_tau = 1.3")));
        Assert.Contains("efficiency_tau", e.Message);
        Assert.Contains("(0, 1]", e.Message);
        Assert.Contains("source", Assert.Throws<InputException>(() => Card(Realistic.Replace("source = \"assumed (test)\"\n", ""))).Message);
    }

    [Fact]
    public void EfficienciesApplyPerFlavourOnlyWhenRealistic()
    {
        var card = Card();
        var sigma = new CrossSection(DataDirectory.Resolve(TestData.Directory), card.Target);
        var paper = new DetectorResponse(card, sigma);
        var real = new DetectorResponse(card, sigma, realistic: true);
        Assert.Equal(0.3 / 0.8, real.Weights(NeutrinoSpecies.NuTau)[50] / paper.Weights(NeutrinoSpecies.NuTau)[50], 1e-12);
        Assert.Equal(0.6 / 0.8, real.Weights(NeutrinoSpecies.NuEBar)[50] / paper.Weights(NeutrinoSpecies.NuEBar)[50], 1e-12);
        Assert.Equal(0.9 / 0.8, real.Weights(NeutrinoSpecies.NuMu)[50] / paper.Weights(NeutrinoSpecies.NuMu)[50], 1e-12);
    }

    [Fact]
    public void TheBackgroundIsTheStatedFractionAndWeakensTheBound()
    {
        var card = Card();
        var data = DataDirectory.Resolve(TestData.Directory);
        CampaignRequest Request(ExperimentCard c, Systematics s) => new([c], [("etau", CouplingMatrix.Parse("etau=1"))], [1e-3, 0.01],
            AcceptanceMode.Exact, ZPrimeOptions.Default, StatisticsOptions.Paper, new LimitFinderOptions(), Band: false, Systematics: s);
        var paper = BoundCampaign.Run(data, Request(card, Systematics.Paper));
        var realistic = BoundCampaign.Run(data, Request(card, Systematics.Realistic));
        var noBackground = BoundCampaign.Run(data, Request(card with { Realistic = card.Realistic! with { TauBackgroundFraction = 0 } }, Systematics.Realistic));
        Assert.Equal(["nu_e CC", "nu_tau CC"], realistic.Curves[0].Samples);

        // the ν_τ sample's SM count grows by exactly 0.002 × the ν_e + ν_μ CC events (realistic efficiencies), summed over bins
        var setup = new FluxSetup(data, card, FluxSettings.Default);
        var calc = new FluxCalculation(setup, setup.DefaultGenerators, AcceptanceMode.Exact, ZPrimeOptions.Default, AnalysisGrid.TrueEdges);
        var response = new DetectorResponse(card, new CrossSection(data, card.Target), includeExposureScale: false, realistic: true);
        double source = new[] { Flavor.E, Flavor.Mu }.Sum(f => response.Events(new EventSample("x", [f.Neutrino(), f.Antineutrino()]), s => calc.StandardModel.Counts(s)).Sum());
        double added = realistic.Curves[0].Points[0].StandardModelEvents[1] - noBackground.Curves[0].Points[0].StandardModelEvents[1];
        Assert.Equal(0.002 * source, added, 1e-9 * source);
        Assert.Equal(realistic.Curves[0].Points[0].StandardModelEvents[0], noBackground.Curves[0].Points[0].StandardModelEvents[0]); // ν_e untouched

        for (int i = 0; i < 2; i++)
        {
            double g(CampaignResult r) => r.Curves[0].Points[i].Coupling!.Value;
            Assert.True(g(realistic) >= g(noBackground) * (1 - 1e-6), "a background never strengthens the bound");
            Assert.True(g(noBackground) > g(paper), "ε_τ = 0.3, ε_e = 0.6 and the generator spread weaken it");
        }
    }
}
