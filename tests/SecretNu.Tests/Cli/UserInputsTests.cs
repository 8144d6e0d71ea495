namespace SecretNu.Tests.Cli;

/// <summary>Issue 11 point 6: a card may point at the user's own hadron tables (FORESEE layout) or published-flux files;
/// they are read with the same validation. Here the user's files are the bundled ones under other names (symbolic
/// links), so the results must be identical to the bundled run.</summary>
public class UserInputsTests
{
    static string Card(string name, string generators, string published) =>
        File.ReadAllText(TestData.Card("faser-nu"))
            .Replace("name = \"faser-nu\"", $"name = \"{name}\"")
            .Replace(File.ReadAllLines(TestData.Card("faser-nu")).Single(l => l.StartsWith("light = ", StringComparison.Ordinal)), generators)
            .Replace("folder = \"FASERv\"", published);

    static void Link(string from, string to)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(to)!);
        File.CreateSymbolicLink(to, from);
    }

    [Fact]
    public void OwnHadronTablesGiveTheSameBoundAsTheBundledOnes()
    {
        using var tmp = new TempDirectory();
        string hadrons = Path.Combine(TestData.Directory, "foresee", "hadrons", "14TeV");
        foreach (int pdg in new[] { 211, -211, 321, -321, 130, 310 })
            Link(Path.Combine(hadrons, "EPOSLHC", $"EPOSLHC_14TeV_{pdg}.txt"), Path.Combine(tmp.Path, "tables", "14TeV", "MyLight", $"MyLight_14TeV_{pdg}.txt"));
        foreach (int pdg in new[] { 411, -411, 421, -421, 431, -431, 4122, -4122, 15, -15 })
            Link(Path.Combine(hadrons, "SIBYLL", $"SIBYLL_14TeV_{pdg}.txt"), Path.Combine(tmp.Path, "tables", "14TeV", "MyCharm", $"MyCharm_14TeV_{pdg}.txt"));
        string mine = Path.Combine(tmp.Path, "mine.toml"), reference = Path.Combine(tmp.Path, "reference.toml");
        File.WriteAllText(mine, Card("mine", "light = [\"MyLight\"]", "folder = \"FASERv\"")
            .Replace(File.ReadAllLines(TestData.Card("faser-nu")).Single(l => l.StartsWith("charm = ", StringComparison.Ordinal)), "charm = [\"MyCharm\"]\ndirectory = \"tables\""));
        File.WriteAllText(reference, Card("mine", "light = [\"EPOSLHC\"]", "folder = \"FASERv\"")
            .Replace(File.ReadAllLines(TestData.Card("faser-nu")).Single(l => l.StartsWith("charm = ", StringComparison.Ordinal)), "charm = [\"SIBYLL\"]"));
        var a = CliRunner.Run("limit", "--experiment", mine, "--coupling", "etau", "--masses", "10MeV,100MeV", "--no-band", "--data", TestData.Directory, "--out", Path.Combine(tmp.Path, "a"));
        var b = CliRunner.Run("limit", "--experiment", reference, "--coupling", "etau", "--masses", "10MeV,100MeV", "--no-band", "--data", TestData.Directory, "--out", Path.Combine(tmp.Path, "b"));
        Assert.True(a.Code == 0, a.Err);
        Assert.True(b.Code == 0, b.Err);
        string Numbers(string dir) => string.Join('\n', File.ReadAllLines(Path.Combine(tmp.Path, dir, "mine_etau.txt")).Where(l => !l.StartsWith('#')));
        Assert.Equal(Numbers("b"), Numbers("a"));
        Assert.Contains("MyLight_14TeV_211.txt", File.ReadAllText(Path.Combine(tmp.Path, "a", "limit.json"))); // recorded with its SHA-256
    }

    [Fact]
    public void OwnPublishedFluxFilesAreValidatedAgainst()
    {
        using var tmp = new TempDirectory();
        foreach (int pid in new[] { 12, -12, 14, -14, 16, -16 })
            Link(Path.Combine(TestData.Directory, "fast-neutrino-flux", "Fluxes", "FASERv", $"FASER_{pid}.txt"), Path.Combine(tmp.Path, "pub", $"MINE_{pid}.txt"));
        string card = Path.Combine(tmp.Path, "mine.toml");
        File.WriteAllText(card, Card("mine", File.ReadAllLines(TestData.Card("faser-nu")).Single(l => l.StartsWith("light = ", StringComparison.Ordinal)),
            "directory = \"pub\"\nprefix = \"MINE_\""));
        var own = CliRunner.Run("validate-flux", "--experiment", card, "--data", TestData.Directory, "--out", Path.Combine(tmp.Path, "own"));
        var bundled = CliRunner.Run("validate-flux", "--experiment", "faser-nu", "--data", TestData.Directory, "--out", Path.Combine(tmp.Path, "bundled"));
        Assert.True(own.Code == 0, own.Err);
        Assert.True(bundled.Code == 0, bundled.Err);
        string Rows(string dir, string name) => string.Join('\n', File.ReadAllLines(Path.Combine(tmp.Path, dir, name)).Where(l => !l.StartsWith('#')));
        Assert.Equal(Rows("bundled", "flux-faser-nu.csv"), Rows("own", "flux-mine.csv"));
    }

    [Theory]
    [InlineData("[generators]", "[generators]\ndirectory = \"no-such-folder\"", "is not a folder")]
    [InlineData("folder = \"FASERv\"", "directory = \".\"", "directory and prefix go together")]
    [InlineData("folder = \"FASERv\"", "folder = \"FASERv\"\ndirectory = \".\"\nprefix = \"X_\"", "not both")]
    public void BadUserInputsAreRefusedNamingTheKey(string from, string to, string message)
    {
        using var tmp = new TempDirectory();
        string card = Path.Combine(tmp.Path, "bad.toml");
        File.WriteAllText(card, File.ReadAllText(TestData.Card("faser-nu")).Replace(from, to));
        var r = CliRunner.Run("limit", "--experiment", card, "--coupling", "etau", "--masses", "10MeV", "--no-band", "--data", TestData.Directory, "--out", Path.Combine(tmp.Path, "o"));
        Assert.Equal(2, r.Code);
        Assert.Contains(message, r.Err);
        Assert.Contains("bad.toml", r.Err);
    }
}
