using SecretNu.Detection;
using SecretNu.Fluxes;
using SecretNu.Physics;
using SecretNu.Scans;
using SecretNu.Statistics;

namespace SecretNu.Tests.Scans;

/// <summary>Issue 11 point 5: progress counts mass points and band members, and ends at its total (it sat at "(4/8)"
/// for 60 % of a run before).</summary>
public class CampaignProgressTests
{
    [Fact]
    public void ProgressCountsEveryMassPointOfTheReferenceAndTheBand()
    {
        var card = ExperimentCatalog.Load("faser-nu");
        double[] masses = [1e-3, 1e-2, 0.05, 0.1];
        var request = new CampaignRequest([card], [("etau", CouplingMatrix.Parse("etau=1"))], masses, AcceptanceMode.Exact, ZPrimeOptions.Default,
            StatisticsOptions.Paper, new LimitFinderOptions(), Band: true, BandMassStride: 2);
        var reports = new List<(string What, int Done, int Total)>();
        BoundCampaign.Run(DataDirectory.Resolve(TestData.Directory), request, (what, done, total) => { lock (reports) reports.Add((what, done, total)); });
        int alternatives = BoundCampaign.Alternatives(card, new GeneratorChoice(card.LightGenerators[0], card.CharmGenerators[0])).Count;
        int bandMasses = 3; // every second mass (1e-3, 0.05) and the last (0.1)
        int expected = masses.Length + alternatives * bandMasses;
        Assert.All(reports, r => Assert.Equal(expected, r.Total));
        Assert.Equal(expected, reports[^1].Done);
        Assert.Contains(reports, r => r.What.Contains($"generator band member {alternatives}/{alternatives}"));
        Assert.Contains(reports, r => r.What.Contains("mass points"));
    }
}
