using SecretNu.Detection;

namespace SecretNu.Tests.Detection;

public class ExperimentCatalogTests
{
    [Fact]
    public void FindsRepositoryCardsFromTheBinFolder()
    {
        // The test binary lives in tests/SecretNu.Tests/bin/<cfg>/net10.0; the upward search must reach experiments/.
        string? dir = ExperimentCatalog.FindUpward(AppContext.BaseDirectory);
        Assert.NotNull(dir);
        Assert.True(File.Exists(Path.Combine(dir, "faser-nu.toml")));
        Assert.Contains(dir, ExperimentCatalog.SearchDirectories());
    }

    [Fact]
    public void ResolvesByName()
    {
        ExperimentCard c = ExperimentCatalog.Load("snd-lhc");
        Assert.Equal("snd-lhc", c.Name);
        Assert.Contains("faser2-nu-x1000", ExperimentCatalog.Available());
    }

    [Fact]
    public void ResolvesByPath()
    {
        string path = Path.Combine(ExperimentCatalog.FindUpward(AppContext.BaseDirectory)!, "faser-nu.toml");
        Assert.Equal(path, ExperimentCatalog.Resolve(path));
    }

    [Fact]
    public void UnknownNameListsAvailableCards()
    {
        var e = Assert.Throws<InputException>(() => ExperimentCatalog.Resolve("faser-mu"));
        Assert.Contains("unknown experiment 'faser-mu'", e.Message);
        Assert.Contains("faser-nu, faser2-nu-x100, faser2-nu-x1000, fasernu2-fpf, snd-lhc", e.Message);
    }

    [Fact]
    public void MissingPathIsNamed()
    {
        var e = Assert.Throws<InputException>(() => ExperimentCatalog.Resolve("cards/nowhere.toml"));
        Assert.Contains("nowhere.toml", e.Message);
    }

    [Fact]
    public void ExplicitDirectory()
    {
        using var tmp = new TempDirectory();
        string src = Path.Combine(ExperimentCatalog.FindUpward(AppContext.BaseDirectory)!, "faser-nu.toml");
        tmp.Write("mine.toml", File.ReadAllText(src).Replace("name = \"faser-nu\"", "name = \"mine\""));
        Assert.Equal("mine", ExperimentCatalog.Load("mine", tmp.Path).Name);
        var e = Assert.Throws<InputException>(() => ExperimentCatalog.Resolve("faser-nu", tmp.Path));
        Assert.Contains("available cards: mine", e.Message);
    }
}
