using System.Globalization;
using SecretNu.Fluxes;
using SecretNu.Physics;

namespace SecretNu.Tests.Fluxes;

public class PublishedFluxReaderTests
{
    static string Data => TestData.Directory;

    [Fact]
    public void StandardEdgesMatchReadmeList() // data/README §4.2, to 1e-5 relative
    {
        double[] readme = [10, 12.6727, 15.9542, 20.085, 25.2855, 31.8326, 40.0747, 50.4513, 63.5142, 79.96, 100.663,
            126.727, 159.541, 200.85, 252.854, 318.326, 400.747, 504.513, 635.142, 799.6, 1006.63, 1267.27, 1595.41,
            2008.5, 2528.54, 3183.26, 4007.47, 5045.13, 6351.42];
        Assert.Equal(29, PublishedFlux.StandardEdges.Length);
        for (int i = 0; i < readme.Length; i++)
            Assert.InRange(PublishedFlux.StandardEdges[i] / readme[i] - 1, -1e-5, 1e-5);
        // "12.6727 × 10^(0.1 k)": holds to the 6 digits of 12.6727 (observed 1.04e-5).
        for (int k = 0; k < 28; k++)
            Assert.InRange(PublishedFlux.StandardEdges[k + 1] / (12.6727 * Math.Pow(10, 0.1 * k)) - 1, -2e-5, 2e-5);
        // Centres are arithmetic means of the edges.
        for (int i = 0; i < 28; i++)
            Assert.Equal(PublishedFlux.StandardCentres[i],
                0.5 * (PublishedFlux.StandardEdges[i] + PublishedFlux.StandardEdges[i + 1]), 9);
    }

    [Fact]
    public void CentreRatios() // §7: E2/E1 = 1.262613, then 1.258925 ± 1e-5
    {
        var c = PublishedFlux.StandardCentres;
        Assert.Equal(11.336355, c[0]);
        Assert.Equal(5698.274, c[^1]);
        Assert.InRange(c[1] / c[0], 1.262613 - 1e-6, 1.262613 + 1e-6);
        for (int i = 1; i < 27; i++) Assert.InRange(c[i + 1] / c[i], 1.258925 - 1e-5, 1.258925 + 1e-5);
    }

    [Fact]
    public void AllFilesMatchAppendixC()
    {
        Assert.Equal(24, DataReadme.AppendixC.Count);
        foreach (DataReadme.FluxTotals row in DataReadme.AppendixC)
        {
            NeutrinoSpecies s = FlavorExtensions.FromPdgId(row.Pid);
            PublishedFlux flux = PublishedFluxCatalog.Load(Data, row.Folder, s, PublishedFluxKind.ThroughFace);
            PublishedFlux cc = PublishedFluxCatalog.Load(Data, row.Folder, s, PublishedFluxKind.ChargedCurrentInteractions);
            Assert.InRange(flux.Total / row.Total - 1, -1e-3, 1e-3);
            Assert.InRange(cc.Total / row.TotalCc - 1, -1e-3, 1e-3);
            Assert.InRange(MeanEnergy(flux) / row.MeanEnergy - 1, -1e-3, 1e-3);
            Assert.InRange(MeanEnergy(cc) / row.MeanEnergyCc - 1, -1e-3, 1e-3);
            // First column identical in all 48 files.
            Assert.Equal(PublishedFlux.StandardCentres.ToArray(), flux.EnergyCentres.ToArray());
            Assert.Equal(PublishedFlux.StandardCentres.ToArray(), cc.EnergyCentres.ToArray());
        }
    }

    static double MeanEnergy(PublishedFlux f)
    {
        double sum = 0;
        for (int i = 0; i < f.Counts.Length; i++) sum += f.Counts[i] * f.EnergyCentres[i];
        return sum / f.Total;
    }

    [Theory] // data/README §7, 1e-3 relative
    [InlineData("FASERv", 12, PublishedFluxKind.ThroughFace, 2.214e+11)]
    [InlineData("FASERv", 14, PublishedFluxKind.ThroughFace, 1.818e+12)]
    [InlineData("FASERv", 16, PublishedFluxKind.ThroughFace, 6.400e+09)]
    [InlineData("FASERv", -12, PublishedFluxKind.ThroughFace, 2.498e+11)]
    [InlineData("FASERv", -14, PublishedFluxKind.ThroughFace, 1.440e+12)]
    [InlineData("FASERv", -16, PublishedFluxKind.ThroughFace, 6.431e+09)]
    [InlineData("FASERv", 12, PublishedFluxKind.ChargedCurrentInteractions, 1.231e+03)]
    [InlineData("FASERv", 14, PublishedFluxKind.ChargedCurrentInteractions, 4.452e+03)]
    [InlineData("FASERv", 16, PublishedFluxKind.ChargedCurrentInteractions, 2.756e+01)]
    [InlineData("SND@LHC", 14, PublishedFluxKind.ThroughFace, 2.115e+12)]
    [InlineData("FASERv2", 14, PublishedFluxKind.ThroughFace, 6.346e+13)]
    [InlineData("FLArE", 14, PublishedFluxKind.ThroughFace, 1.727e+14)]
    public void Section7Totals(string folder, int pid, PublishedFluxKind kind, double total)
    {
        PublishedFlux f = PublishedFluxCatalog.Load(Data, folder, FlavorExtensions.FromPdgId(pid), kind);
        Assert.InRange(f.Total / total - 1, -1e-3, 1e-3);
        Assert.Equal(28, f.Counts.Length);
    }

    [Fact]
    public void ZeroBinsAreAccepted()
    {
        PublishedFlux f = PublishedFluxCatalog.Load(Data, "FASERv", NeutrinoSpecies.NuTau, PublishedFluxKind.ThroughFace);
        Assert.Equal(0.0, f.Counts[^1]);
    }

    static string Valid(string sep = " ", string newline = "\n") =>
        string.Concat(PublishedFlux.StandardCentres.Select((c, i) =>
            c.ToString("R", CultureInfo.InvariantCulture) + sep + (1e6 / (i + 1)).ToString("R", CultureInfo.InvariantCulture) + newline));

    [Theory]
    [InlineData(" ", "\n")]
    [InlineData("\t", "\r\n")]
    public void AcceptsSeparatorsAndRoundedEnergies(string sep, string newline)
    {
        PublishedFlux f = PublishedFluxReader.Parse(Valid(sep, newline).Replace("35.953649999999996", "35.95365"),
            "synthetic", "test", NeutrinoSpecies.NuMuBar, PublishedFluxKind.ThroughFace);
        Assert.Equal(NeutrinoSpecies.NuMuBar, f.Species);
        Assert.Equal(35.95365, f.EnergyCentres[5]);
        Assert.Equal(1e6, f.Counts[0]);
    }

    [Fact]
    public void AcceptsMissingFinalNewline()
    {
        PublishedFlux f = PublishedFluxReader.Parse(Valid().TrimEnd('\n'), "synthetic", "test", NeutrinoSpecies.NuE,
            PublishedFluxKind.ThroughFace);
        Assert.Equal(28, f.Counts.Length);
    }
}
