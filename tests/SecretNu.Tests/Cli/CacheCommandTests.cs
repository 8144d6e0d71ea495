namespace SecretNu.Tests.Cli;

/// <summary><c>secretnu cache</c> reports what a run left in the persistent cache and <c>--clear</c> removes exactly the entries.</summary>
public class CacheCommandTests
{
    [Fact]
    public void ReportsTheEntriesOfARunAndClearRemovesOnlyThem()
    {
        using var tmp = new TempDirectory();
        string cache = Path.Combine(tmp.Path, "cache");
        var run = CliRunner.Run("limit", "--coupling", "etau", "--masses", "10MeV,100MeV", "--no-band", "--data", TestData.Directory,
            "--cache", cache, "--out", Path.Combine(tmp.Path, "out"));
        Assert.True(run.Code == 0, run.Err);
        File.WriteAllText(Path.Combine(cache, "notes.txt"), "not an entry");

        var shown = CliRunner.Run("cache", "--cache", cache);
        Assert.Equal(0, shown.Code);
        Assert.Contains($"cache folder: {cache}", shown.Out);
        int Files(string output, string kind) =>
            int.Parse(output.Split('\n').Single(l => l.TrimStart().StartsWith(kind, StringComparison.Ordinal))[38..].Trim().Split(' ')[0]);
        Assert.Equal(2, Files(shown.Out, "bound points"));
        Assert.Equal(1, Files(shown.Out, "figure PNGs"));
        // (the flux measures may come from this test process's memory, built by another test: not counted here)
        int total = Files(shown.Out, "total");
        Assert.True(total >= 3, shown.Out);

        var cleared = CliRunner.Run("cache", "--cache", cache, "--clear");
        Assert.Equal(0, cleared.Code);
        Assert.Contains($"removed {total} entries", cleared.Out);
        Assert.Equal(["notes.txt"], Directory.GetFiles(cache).Select(Path.GetFileName));
        Assert.Equal(0, Files(CliRunner.Run("cache", "--cache", cache).Out, "total"));
    }

    [Fact]
    public void WithoutACacheItSaysSo()
    {
        var r = CliRunner.Run("cache", "--no-cache");
        Assert.Equal(0, r.Code);
        Assert.Contains("no persistent cache", r.Out);
    }

    [Fact]
    public void EveryEntryHasADeclaredKind() =>
        Assert.Throws<ArgumentException>(() => CacheFile.PathOf("key", ".unknown"));
}
