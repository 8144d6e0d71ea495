using SecretNu.Fluxes;
using SecretNu.Physics;

namespace SecretNu.Tests.Fluxes;

public class PublishedFluxCatalogTests
{
    [Theory]
    [InlineData("FASERv", NeutrinoSpecies.NuMu, PublishedFluxKind.ThroughFace, "FASERv/FASER_14.txt")]
    [InlineData("FASERv2", NeutrinoSpecies.NuEBar, PublishedFluxKind.ChargedCurrentInteractions, "FASERv2/FASERv2_CCint_-12.txt")]
    [InlineData("FLArE", NeutrinoSpecies.NuTau, PublishedFluxKind.ThroughFace, "FLArE/FLARE_16.txt")]
    [InlineData("SND@LHC", NeutrinoSpecies.NuTauBar, PublishedFluxKind.ChargedCurrentInteractions, "SND@LHC/SND_CCint_-16.txt")]
    public void Paths(string folder, NeutrinoSpecies s, PublishedFluxKind kind, string relative) =>
        Assert.Equal(Path.Combine("/d", "fast-neutrino-flux", "Fluxes", relative), PublishedFluxCatalog.Path("/d", folder, s, kind));

    [Fact]
    public void LoadAllIsIndexedBySpecies()
    {
        foreach (string folder in PublishedFluxCatalog.Folders)
            foreach (PublishedFluxKind kind in Enum.GetValues<PublishedFluxKind>())
            {
                var all = PublishedFluxCatalog.LoadAll(TestData.Directory, folder, kind);
                Assert.Equal(6, all.Length);
                for (int i = 0; i < 6; i++)
                {
                    Assert.Equal((NeutrinoSpecies)i, all[i].Species);
                    Assert.Equal(kind, all[i].Kind);
                    Assert.Equal(folder, all[i].Detector);
                }
            }
    }

    [Fact]
    public void UnknownFolderListsAvailable()
    {
        var e = Assert.Throws<InputException>(() =>
            PublishedFluxCatalog.LoadAll(TestData.Directory, "FASER", PublishedFluxKind.ThroughFace));
        Assert.Contains("'FASER'", e.Message);
        Assert.Contains("FASERv, FASERv2, FLArE, SND@LHC", e.Message);
    }

    [Fact]
    public void MissingFileIsNamed()
    {
        using var tmp = new TempDirectory();
        Directory.CreateDirectory(Path.Combine(tmp.Path, "fast-neutrino-flux", "Fluxes", "FLArE"));
        var e = Assert.Throws<InputException>(() =>
            PublishedFluxCatalog.Load(tmp.Path, "FLArE", NeutrinoSpecies.NuE, PublishedFluxKind.ThroughFace));
        Assert.Contains("FLARE_12.txt", e.Message);
    }
}
