namespace SecretNu.Tests;

public class DataDirectoryTests
{
    [Fact]
    public void ExplicitPathWins()
    {
        DataDirectory d = DataDirectory.Resolve(TestData.Directory, "/nonexistent");
        Assert.Equal(Path.GetFullPath(TestData.Directory), d.Root);
        Assert.True(Directory.Exists(d.HadronsDirectory));
        Assert.True(Directory.Exists(d.FluxesDirectory));
    }

    [Fact]
    public void EnvironmentValueIsTheFallback() =>
        Assert.Equal(Path.GetFullPath(TestData.Directory), DataDirectory.Resolve(null, TestData.Directory).Root);

    [Fact]
    public void NothingGivenExplainsHowToObtainTheFiles()
    {
        var e = Assert.Throws<InputException>(() => DataDirectory.Resolve(null, null));
        foreach (string s in new[] { "--data", "SECRETNU_DATA", "KlingFelix/FORESEE", "2d6431f6f6e92287c1fe1b3003aea39234b29a4b",
                     "files/hadrons -> <data>/foresee/hadrons", "KlingFelix/FastNeutrinoFluxSimulation",
                     "c16ed47d801615ff44226dee141c8e711740e797", "Fluxes -> <data>/fast-neutrino-flux/Fluxes",
                     "LICENSE.md", "secretnu data fetch" })
            Assert.Contains(s, e.Message);
    }

    [Fact]
    public void MissingSubfolderIsNamed()
    {
        using var tmp = new TempDirectory();
        Directory.CreateDirectory(Path.Combine(tmp.Path, "foresee", "hadrons"));
        var e = Assert.Throws<InputException>(() => DataDirectory.Resolve(tmp.Path, null));
        Assert.Contains(tmp.Path, e.Message);
        Assert.Contains("fast-neutrino-flux/Fluxes", e.Message);
        Assert.Contains("KlingFelix/FastNeutrinoFluxSimulation", e.Message);
    }

    [Fact]
    public void MissingDirectoryIsNamed()
    {
        var e = Assert.Throws<InputException>(() => DataDirectory.Resolve(null, "/nonexistent/secretnu-data"));
        Assert.Contains("/nonexistent/secretnu-data", e.Message);
        Assert.Contains("SECRETNU_DATA", e.Message);
    }
}
