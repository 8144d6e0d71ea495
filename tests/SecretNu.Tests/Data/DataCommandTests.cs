using SecretNu.Data;
using SecretNu.Tests.Cli;

namespace SecretNu.Tests.Data;

/// <summary><c>secretnu data fetch</c> end to end, against <see cref="LocalDataServer"/> on 127.0.0.1.</summary>
public class DataCommandTests
{
    static string[] FetchArgs(string dir, LocalDataServer server, params string[] more) =>
        ["data", "fetch", "--data", dir, "--base-url", server.BaseUrl.AbsoluteUri, .. more];

    [Fact]
    public void FetchesTheWholeManifestThenNothing()
    {
        using var server = new LocalDataServer(TestData.Directory);
        using var tmp = new TempDirectory();

        var (code, stdout, stderr) = CliRunner.Run(FetchArgs(tmp.Path, server));

        Assert.True(code == 0, stderr);
        Assert.Equal($"{tmp.Path}: 275 files checked (95.0 MB): 275 downloaded (0 resumed, 0 replaced), 0 already present\n", stdout);
        Assert.All(DataManifest.Embedded.Entries, e =>
            Assert.True(File.ReadAllBytes(e.PathUnder(tmp.Path)).AsSpan().SequenceEqual(File.ReadAllBytes(e.PathUnder(TestData.Directory))), e.LocalPath));
        Assert.Empty(Directory.EnumerateFiles(tmp.Path, "*.part", SearchOption.AllDirectories));
        Assert.Equal(tmp.Path, DataDirectory.Resolve(tmp.Path, null).Root);

        int requests = server.Requests.Count;
        (code, stdout, stderr) = CliRunner.Run(FetchArgs(tmp.Path, server));
        Assert.True(code == 0, stderr);
        Assert.EndsWith(": 0 downloaded (0 resumed, 0 replaced), 275 already present\n", stdout);
        Assert.Equal(requests, server.Requests.Count);
    }

    [Fact]
    public void ATamperedFileIsExitCodeTwoWithOneLine()
    {
        var snd = DataManifest.Embedded.Entries.Single(e => e.LocalPath == "fast-neutrino-flux/Fluxes/SND@LHC/SND_-12.txt");
        using var server = new LocalDataServer(TestData.Directory);
        server.Tamper(snd, "1 2\n"u8.ToArray());
        using var tmp = new TempDirectory();

        var (code, stdout, stderr) = CliRunner.Run(FetchArgs(tmp.Path, server, "--only", "fluxes"));

        Assert.Equal(2, code);
        Assert.Equal("", stdout);
        string line = Assert.Single(stderr.Split('\n', StringSplitOptions.RemoveEmptyEntries),
            l => !l.StartsWith("secretnu: fetching data: ", StringComparison.Ordinal)); // progress lines appear after 1 s
        Assert.StartsWith($"secretnu: {snd.PathUnder(tmp.Path)}: download refused: SHA-256 ", line);
        Assert.False(File.Exists(snd.PathUnder(tmp.Path)));
        Assert.False(File.Exists(snd.PathUnder(tmp.Path) + ".part"));
    }

    [Theory]
    [InlineData("--energy", "15", "--energy '15' matches no hadron-table folder; available: 13.6TeV, 14TeV")]
    [InlineData("--base-url", "ftp://127.0.0.1/", "--base-url 'ftp://127.0.0.1/' is not an http or https address")]
    public void BadOptionsAreExitCodeTwo(string option, string value, string message)
    {
        using var tmp = new TempDirectory();
        var (code, stdout, stderr) = CliRunner.Run("data", "fetch", "--data", tmp.Path, option, value);
        Assert.Equal(2, code);
        Assert.Equal("", stdout);
        Assert.Equal($"secretnu: {message}\n", stderr);
        Assert.Empty(Directory.EnumerateFileSystemEntries(tmp.Path));
    }
}
