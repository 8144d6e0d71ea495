using System.Security.Cryptography;
using SecretNu.Data;

namespace SecretNu.Tests.Data;

/// <summary>Fetches from <see cref="LocalDataServer"/> (127.0.0.1 only) into temporary directories.</summary>
public class DataFetcherTests
{
    /// <summary>A flux file from the folder with an '@', a 1 MB hadron table, a 160 kB one and a licence.</summary>
    static readonly string[] Subset =
    [
        "fast-neutrino-flux/Fluxes/SND@LHC/SND_14.txt",
        "foresee/hadrons/14TeV/EPOSLHC/EPOSLHC_14TeV_211.txt",
        "foresee/hadrons/13.6TeV/NLO-P8/NLO-P8_13.6TeV_411.txt",
        "foresee/LICENSE.md",
    ];

    const string Table = "foresee/hadrons/14TeV/EPOSLHC/EPOSLHC_14TeV_211.txt";
    const string Flux = "fast-neutrino-flux/Fluxes/SND@LHC/SND_14.txt";

    static ManifestEntry Entry(string local) => DataManifest.Embedded.Entries.Single(e => e.LocalPath == local);

    static byte[] Reference(ManifestEntry e) => File.ReadAllBytes(e.PathUnder(TestData.Directory));

    static FetchSummary Fetch(LocalDataServer server, string root, IEnumerable<ManifestEntry> entries, bool force = false,
        Action<FetchProgress>? progress = null) =>
        Fetch(server.BaseUrl, root, entries, force, progress);

    static FetchSummary Fetch(Uri baseUrl, string root, IEnumerable<ManifestEntry> entries, bool force = false,
        Action<FetchProgress>? progress = null, double stallSeconds = 10)
    {
        using var fetcher = new DataFetcher(new FetchOptions
        {
            BaseUrl = baseUrl, Force = force, ConnectTimeout = TimeSpan.FromSeconds(5), StallTimeout = TimeSpan.FromSeconds(stallSeconds),
        });
        using var deadline = new CancellationTokenSource(TimeSpan.FromSeconds(60));
        return fetcher.FetchAsync(root, entries.ToList(), progress, deadline.Token).GetAwaiter().GetResult();
    }

    [Fact]
    public void FetchesASubsetByteForByte()
    {
        var entries = Subset.Select(Entry).ToList();
        using var server = new LocalDataServer(TestData.Directory);
        using var tmp = new TempDirectory();
        var reports = new List<FetchProgress>();

        var summary = Fetch(server, tmp.Path, entries, progress: reports.Add);

        foreach (var e in entries) Assert.Equal(Reference(e), File.ReadAllBytes(e.PathUnder(tmp.Path)));
        Assert.Empty(Directory.EnumerateFiles(tmp.Path, "*.part", SearchOption.AllDirectories));
        Assert.Equal(new FetchSummary(4, 0, 0, 0, entries.Sum(e => e.Size)), summary);
        Assert.Equal(Enumerable.Range(1, 4), reports.Select(r => r.FilesDone));
        Assert.Equal(entries.Sum(e => e.Size), reports[^1].BytesDone);
        Assert.Equal(reports[^1].BytesTotal, reports[^1].BytesDone);
        Assert.All(server.Requests, r => Assert.Equal(200, r.Status)); // the server rejects a raw '@' with 400
        Assert.Single(server.RequestsFor(Entry(Flux)));
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public void ResumesAPartialFileAndSkipsCompleteOnes(bool serverSupportsRanges)
    {
        var table = Entry(Table);
        var flux = Entry(Flux);
        using var server = new LocalDataServer(TestData.Directory) { SupportsRanges = serverSupportsRanges };
        using var tmp = new TempDirectory();
        byte[] tableBytes = Reference(table);
        int half = tableBytes.Length / 2;
        Directory.CreateDirectory(Path.GetDirectoryName(table.PathUnder(tmp.Path))!);
        File.WriteAllBytes(table.PathUnder(tmp.Path) + ".part", tableBytes[..half]);
        Directory.CreateDirectory(Path.GetDirectoryName(flux.PathUnder(tmp.Path))!);
        File.WriteAllBytes(flux.PathUnder(tmp.Path), Reference(flux));

        var summary = Fetch(server, tmp.Path, [table, flux]);

        Assert.Equal(tableBytes, File.ReadAllBytes(table.PathUnder(tmp.Path)));
        Assert.False(File.Exists(table.PathUnder(tmp.Path) + ".part"));
        Assert.Empty(server.RequestsFor(flux));
        var request = Assert.Single(server.RequestsFor(table));
        Assert.Equal($"bytes={half}-", request.Range);
        Assert.Equal(serverSupportsRanges ? 206 : 200, request.Status);
        Assert.Equal(new FetchSummary(Downloaded: 1, Resumed: serverSupportsRanges ? 1 : 0, Replaced: 0, Present: 1,
            BytesReceived: serverSupportsRanges ? tableBytes.Length - half : tableBytes.Length), summary);

        // everything in place: a rerun asks the server nothing
        int before = server.Requests.Count;
        Assert.Equal(new FetchSummary(0, 0, 0, 2, 0), Fetch(server, tmp.Path, [table, flux]));
        Assert.Equal(before, server.Requests.Count);
    }

    [Fact]
    public void AStalePartialFileIsRestartedFromScratch()
    {
        var table = Entry(Table);
        using var server = new LocalDataServer(TestData.Directory);
        using var tmp = new TempDirectory();
        Directory.CreateDirectory(Path.GetDirectoryName(table.PathUnder(tmp.Path))!);
        File.WriteAllBytes(table.PathUnder(tmp.Path) + ".part", new byte[1000]); // not a prefix of the file

        Fetch(server, tmp.Path, [table]);

        Assert.Equal(Reference(table), File.ReadAllBytes(table.PathUnder(tmp.Path)));
        Assert.Equal(["bytes=1000-", null], server.RequestsFor(table).Select(r => r.Range));
    }

    [Fact]
    public void ATamperedDownloadIsRefused()
    {
        var table = Entry(Table);
        var flux = Entry(Flux);
        using var server = new LocalDataServer(TestData.Directory);
        byte[] bad = Reference(table);
        bad[bad.Length / 2] ^= 1;
        server.Tamper(table, bad);
        using var tmp = new TempDirectory();

        var e = Assert.Throws<InputException>(() => Fetch(server, tmp.Path, [flux, table]));

        Assert.Contains(table.PathUnder(tmp.Path), e.Message);
        Assert.Contains(table.Sha256, e.Message);
        Assert.Contains(Convert.ToHexStringLower(SHA256.HashData(bad)), e.Message);
        Assert.DoesNotContain('\n', e.Message);
        Assert.False(File.Exists(table.PathUnder(tmp.Path)));
        Assert.False(File.Exists(table.PathUnder(tmp.Path) + ".part"));
    }

    [Fact]
    public void AnUnreachableServerGivesOneErrorWithTheUrl()
    {
        var entries = Subset.Select(Entry).ToList();
        var nowhere = new Uri($"http://127.0.0.1:{LocalDataServer.FreePort()}");
        using var tmp = new TempDirectory();

        var e = Assert.Throws<InputException>(() => Fetch(nowhere, tmp.Path, entries));

        Assert.StartsWith($"cannot download {nowhere.AbsoluteUri}", e.Message);
        Assert.Contains(entries, x => e.Message.Contains(x.Url(nowhere).AbsoluteUri));
        Assert.DoesNotContain('\n', e.Message);
        Assert.All(entries, x => Assert.False(File.Exists(x.PathUnder(tmp.Path))));
    }

    [Fact]
    public void AStalledServerTimesOut()
    {
        var flux = Entry(Flux);
        using var server = new LocalDataServer(TestData.Directory);
        server.Stall(flux);
        using var tmp = new TempDirectory();
        var clock = System.Diagnostics.Stopwatch.StartNew();

        var e = Assert.Throws<InputException>(() => Fetch(server.BaseUrl, tmp.Path, [flux], stallSeconds: 0.5));

        Assert.StartsWith($"cannot download {flux.Url(server.BaseUrl).AbsoluteUri}: timed out", e.Message);
        Assert.InRange(clock.Elapsed.TotalSeconds, 0.4, 10);
    }

    [Fact]
    public void AnHttpErrorNamesTheUrlAndStatus()
    {
        var flux = Entry(Flux);
        using var server = new LocalDataServer(TestData.Directory, []); // serves nothing
        using var tmp = new TempDirectory();

        var e = Assert.Throws<InputException>(() => Fetch(server, tmp.Path, [flux]));

        Assert.Equal($"cannot download {flux.Url(server.BaseUrl).AbsoluteUri}: HTTP 404 Not Found", e.Message);
    }

    [Fact]
    public void AWrongExistingFileIsReplacedOnlyWithForce()
    {
        var flux = Entry(Flux);
        var table = Entry(Table);
        using var server = new LocalDataServer(TestData.Directory);
        using var tmp = new TempDirectory();
        string path = tmp.Write(flux.LocalPath, "edited\n");

        var e = Assert.Throws<InputException>(() => Fetch(server, tmp.Path, [table, flux]));
        Assert.Contains(path, e.Message);
        Assert.Contains(flux.Sha256, e.Message);
        Assert.Contains(Convert.ToHexStringLower(SHA256.HashData("edited\n"u8)), e.Message);
        Assert.Contains("--force", e.Message);
        Assert.Equal("edited\n", File.ReadAllText(path));
        Assert.Empty(server.Requests); // nothing is downloaded

        var summary = Fetch(server, tmp.Path, [table, flux], force: true);
        Assert.Equal(Reference(flux), File.ReadAllBytes(path));
        Assert.Equal((2, 1), (summary.Downloaded, summary.Replaced));
    }
}
