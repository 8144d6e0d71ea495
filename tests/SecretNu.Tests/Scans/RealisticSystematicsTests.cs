using SecretNu.Detection;
using SecretNu.Fluxes;
using SecretNu.Physics;
using SecretNu.Scans;
using SecretNu.Statistics;

namespace SecretNu.Tests.Scans;

/// <summary>Issue 13 point 3: under "realistic" (generator templates beside the paper's pulls) no bound is stronger than under "paper".</summary>
public class RealisticSystematicsTests
{
    [Fact]
    public void RealisticBoundsAreNeverStrongerAndFeelTheGeneratorSpread()
    {
        var cards = new[] { ExperimentCatalog.Load("faser-nu"), ExperimentCatalog.Load("faser2-nu-x1000") };
        var data = DataDirectory.Resolve(TestData.Directory);
        CampaignRequest Request(Systematics s) => new(cards, [("etau", CouplingMatrix.Parse("etau=1")), ("mutau", CouplingMatrix.Parse("mutau=1"))],
            [1e-3, 0.03, 0.2], AcceptanceMode.Exact, ZPrimeOptions.Default, StatisticsOptions.Paper, new LimitFinderOptions(), Band: false, Systematics: s);
        var paper = BoundCampaign.Run(data, Request(Systematics.Paper));
        var realistic = BoundCampaign.Run(data, Request(Systematics.Realistic));
        for (int c = 0; c < paper.Curves.Count; c++)
            for (int i = 0; i < paper.Curves[c].Points.Count; i++)
                // no bound below the cap (null) is the weakest bound of all
                Assert.True(realistic.Curves[c].Points[i].Coupling is not double r || r >= paper.Curves[c].Points[i].Coupling * (1 - 1e-3),
                    $"{paper.Curves[c].Experiment} {paper.Curves[c].Coupling} at {paper.Curves[c].Points[i].Mass}");

        // the generators' spread weakens the bounds; FASER2ν ×1000, set by the spectral shape under the paper's pulls, most
        double Ratio(string experiment, string coupling) =>
            realistic.Curves.Single(c => c.Experiment == experiment && c.Coupling == coupling).Points[1].Coupling!.Value /
            paper.Curves.Single(c => c.Experiment == experiment && c.Coupling == coupling).Points[1].Coupling!.Value;
        Assert.True(Ratio("faser-nu", "etau") > 1.1);
        Assert.True(Ratio("faser2-nu-x1000", "mutau") > 1.4);
    }

    [Fact]
    public void TheTiltUnderRealisticIsOneMoreModifierAndNeverStrengthensTheBound()
    {
        // issue 12: the tilt is a modifier like the templates, so realistic takes it without a change of the solver
        var cards = new[] { ExperimentCatalog.Load("faser-nu") };
        var data = DataDirectory.Resolve(TestData.Directory);
        CampaignRequest Request(bool tilt) => new(cards, [("etau", CouplingMatrix.Parse("etau=1"))], [0.01, 0.1], AcceptanceMode.Exact, ZPrimeOptions.Default,
            StatisticsOptions.Paper with { Tilt = tilt }, new LimitFinderOptions(), Band: false, Systematics: Systematics.Realistic);
        var without = BoundCampaign.Run(data, Request(false)).Curves[0].Points;
        var with = BoundCampaign.Run(data, Request(true)).Curves[0].Points;
        for (int i = 0; i < without.Count; i++) Assert.True(with[i].Coupling >= without[i].Coupling * (1 - 1e-3));
        Assert.True(with.Zip(without).Any(p => p.First.Coupling > p.Second.Coupling * 1.001), "the tilt changes nothing");
    }
}
