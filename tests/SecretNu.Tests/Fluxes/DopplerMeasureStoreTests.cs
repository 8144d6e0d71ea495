using SecretNu.Fluxes;
using SecretNu.Tests.Cli;

namespace SecretNu.Tests.Fluxes;

/// <summary>Issue 14 point 3: the persistent flux cache changes no number (byte-identical outputs with, without and
/// from a warm cache), and a damaged entry is detected and recomputed.</summary>
public class DopplerMeasureStoreTests
{
    static readonly string[] Limit = ["limit", "--coupling", "etau", "--masses", "10MeV,100MeV", "--no-band"];

    static string Text(string dir) => File.ReadAllText(Path.Combine(dir, "limit.csv")) + File.ReadAllText(Path.Combine(dir, "faser-nu_etau.txt"));

    [Fact]
    public void CachedRunsAreByteIdenticalAndDamagedEntriesAreRecomputed()
    {
        using var tmp = new TempDirectory();
        // a data directory of its own (links to the real files): its tables have paths no concurrent test shares, so
        // clearing the in-memory caches makes every run here read the disk cache or build afresh
        using var data = new SecretNu.Tests.Hardening.MirroredData();
        string cache = Path.Combine(tmp.Path, "cache");
        string Run(string name, params string[] extra)
        {
            ForwardFluxModel.ClearTableCache(); // nothing from this process's memory: the disk cache (or a fresh build) only
            string dir = Path.Combine(tmp.Path, name);
            var r = CliRunner.Run([.. Limit, .. extra, "--data", data.Root, "--out", dir]);
            Assert.True(r.Code == 0, r.Err);
            return Text(dir);
        }
        string none = Run("none", "--no-cache");
        string cold = Run("cold", "--cache", cache);
        var entries = Directory.GetFiles(cache, "*.measure");
        Assert.NotEmpty(entries);
        int hits = DopplerMeasureStore.Hits;
        // without the bound points of the cold run (else the warm run reads them and needs no flux: PointCacheTests)
        foreach (string point in Directory.GetFiles(cache, "*.point")) File.Delete(point);
        string warm = Run("warm", "--cache", cache);
        Assert.True(DopplerMeasureStore.Hits > hits, "the second run read the cache");
        Assert.Equal(none, cold);
        Assert.Equal(none, warm);

        // damage every entry (one byte each): they fail their SHA-256, are recomputed and rewritten
        foreach (string e in entries)
        {
            byte[] b = File.ReadAllBytes(e);
            b[b.Length / 2] ^= 0xFF;
            File.WriteAllBytes(e, b);
        }
        foreach (string point in Directory.GetFiles(cache, "*.point")) File.Delete(point);
        int writes = DopplerMeasureStore.Writes;
        Assert.Equal(none, Run("damaged", "--cache", cache));
        Assert.True(DopplerMeasureStore.Writes >= writes + entries.Length, "every damaged entry was rewritten");
    }

    [Fact]
    public void TheKeyCoversTheInputs()
    {
        var face = new DetectorFace(480, 0.25, 0.25);
        string k = DopplerMeasureStore.Key(new string('a', 64), "run2", face, AcceptanceMode.Exact, FluxSettings.Default, 211);
        Assert.NotEqual(k, DopplerMeasureStore.Key(new string('b', 64), "run2", face, AcceptanceMode.Exact, FluxSettings.Default, 211));
        Assert.NotEqual(k, DopplerMeasureStore.Key(new string('a', 64), "run3", face, AcceptanceMode.Exact, FluxSettings.Default, 211));
        Assert.NotEqual(k, DopplerMeasureStore.Key(new string('a', 64), "run2", face with { Width = 0.3 }, AcceptanceMode.Exact, FluxSettings.Default, 211));
        Assert.NotEqual(k, DopplerMeasureStore.Key(new string('a', 64), "run2", face, AcceptanceMode.Collinear, FluxSettings.Default, 211));
        Assert.NotEqual(k, DopplerMeasureStore.Key(new string('a', 64), "run2", face, AcceptanceMode.Exact, FluxSettings.Default with { MaxAzimuths = 13 }, 211));
        Assert.NotEqual(k, DopplerMeasureStore.Key(new string('a', 64), "run2", face, AcceptanceMode.Exact, FluxSettings.Default, -211));
    }
}
