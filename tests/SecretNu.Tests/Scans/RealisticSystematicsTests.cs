using SecretNu.Detection;
using SecretNu.Fluxes;
using SecretNu.Physics;
using SecretNu.Scans;
using SecretNu.Statistics;

namespace SecretNu.Tests.Scans;

/// <summary>Issue 13 point 3: under "realistic" no bound is stronger than under "paper", and the widths follow the rule.</summary>
public class RealisticSystematicsTests
{
    [Fact]
    public void RealisticBoundsAreNeverStrongerAndTheWidthsAreHalfTheEnvelope()
    {
        var cards = new[] { ExperimentCatalog.Load("faser-nu"), ExperimentCatalog.Load("faser2-nu-x1000") };
        var data = DataDirectory.Resolve(TestData.Directory);
        CampaignRequest Request(Systematics s) => new(cards, [("etau", CouplingMatrix.Parse("etau=1")), ("mutau", CouplingMatrix.Parse("mutau=1"))],
            [1e-3, 0.03, 0.2], AcceptanceMode.Exact, ZPrimeOptions.Default, StatisticsOptions.Paper, new LimitFinderOptions(), Band: false, Systematics: s);
        var paper = BoundCampaign.Run(data, Request(Systematics.Paper));
        var realistic = BoundCampaign.Run(data, Request(Systematics.Realistic));
        var widths = realistic.Statistics!.NormalisationSigmaBySample!;
        Assert.All(widths.Values, w => Assert.True(w >= 0.1));
        Assert.True(widths["nu_tau CC"] > 0.3, "the generators disagree on ν_τ by far more than 10 %");
        for (int c = 0; c < paper.Curves.Count; c++)
            for (int i = 0; i < paper.Curves[c].Points.Count; i++)
                // no bound below the cap (null) is the weakest bound of all
                Assert.True(realistic.Curves[c].Points[i].Coupling is not double r || r >= paper.Curves[c].Points[i].Coupling * (1 - 1e-3),
                    $"{paper.Curves[c].Experiment} {paper.Curves[c].Coupling} at {paper.Curves[c].Points[i].Mass}");

        // the rule, recomputed here: ½ (max − min)/default of the ν_τ CC events over the default and the band generators
        var card = cards[0];
        var setup = new FluxSetup(data, card, FluxSettings.Default);
        var response = new DetectorResponse(card, new CrossSection(data, card.Target), includeExposureScale: false);
        double Events(GeneratorChoice g)
        {
            var calc = new FluxCalculation(setup, g, AcceptanceMode.Exact, ZPrimeOptions.Default, AnalysisGrid.TrueEdges);
            return response.Events(EventSample.Of(Flavor.Tau, false).Single(), s => calc.StandardModel.Counts(s)).Sum();
        }
        var all = BoundCampaign.Alternatives(card, setup.DefaultGenerators).Append(setup.DefaultGenerators).Select(Events).ToArray();
        Assert.Equal(Math.Max(0.1, 0.5 * (all.Max() - all.Min()) / Events(setup.DefaultGenerators)), widths["nu_tau CC"], 1e-12);
    }
}
