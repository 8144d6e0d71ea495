using SecretNu.Scans;
using SecretNu.Tests.Cli;

namespace SecretNu.Tests.Scans;

/// <summary>Issue 14: bound points kept in the persistent cache under their checkpoint keys. A warm run computes no point and
/// writes the same bytes as a run without any cache; a damaged entry is recomputed; a changed option never reads another
/// option's points; a shard copies the cached points of its share into its folder, so that a merge elsewhere finds them.</summary>
public class PointCacheTests
{
    static readonly string[] Limit = ["limit", "--coupling", "etau", "--masses", "10MeV,100MeV,300MeV", "--no-band", "--data", TestData.Directory];

    static string Outputs(string dir) =>
        string.Concat(new[] { "limit.csv", "limit.json", "faser-nu_etau.txt", "limit-etau.svg" }.Select(f => File.ReadAllText(Path.Combine(dir, f))));

    static (string Err, string Outputs) Run(string dir, params string[] extra)
    {
        var r = CliRunner.Run([.. Limit, .. extra, "--out", dir]);
        Assert.True(r.Code == 0, r.Err);
        return (r.Err, Outputs(dir));
    }

    [Fact]
    public void WarmRunComputesNothingAndIsByteIdenticalToOneWithoutCache()
    {
        using var tmp = new TempDirectory();
        string cache = Path.Combine(tmp.Path, "cache");
        var none = Run(Path.Combine(tmp.Path, "none"), "--no-cache");
        var cold = Run(Path.Combine(tmp.Path, "cold"), "--cache", cache);
        Assert.Equal(3, Directory.GetFiles(cache, "*.point").Length);
        var warm = Run(Path.Combine(tmp.Path, "warm"), "--cache", cache);
        Assert.Contains("3 mass points read back from the cache", warm.Err);
        Assert.Contains("0 computed", warm.Err);
        Assert.Equal(none.Outputs, cold.Outputs);
        Assert.Equal(none.Outputs, warm.Outputs);
        // the unsharded run leaves no checkpoint folder behind
        Assert.False(Directory.Exists(CheckpointStore.In(Path.Combine(tmp.Path, "warm"))));
    }

    [Fact]
    public void DamagedEntriesAreRecomputedAndOtherOptionsNeverReadThem()
    {
        using var tmp = new TempDirectory();
        string cache = Path.Combine(tmp.Path, "cache");
        var cold = Run(Path.Combine(tmp.Path, "cold"), "--cache", cache);
        var entries = Directory.GetFiles(cache, "*.point");
        foreach (string e in entries)
        {
            byte[] b = File.ReadAllBytes(e);
            b[b.Length / 2] ^= 0xFF; // fails its SHA-256
            File.WriteAllBytes(e, b);
        }
        var damaged = Run(Path.Combine(tmp.Path, "damaged"), "--cache", cache);
        Assert.DoesNotContain("read back from the cache", damaged.Err);
        Assert.Equal(cold.Outputs, damaged.Outputs);
        Assert.Contains("3 mass points read back from the cache", Run(Path.Combine(tmp.Path, "rewritten"), "--cache", cache).Err);

        // another statistics option is another key: its points are computed, not read
        var tilt = Run(Path.Combine(tmp.Path, "tilt"), "--cache", cache, "--tilt");
        Assert.DoesNotContain("read back from the cache", tilt.Err);
        Assert.Equal(6, Directory.GetFiles(cache, "*.point").Length);
    }

    [Fact]
    public void AShardCopiesItsCachedPointsSoThatAMergeWithoutTheCacheFindsThem()
    {
        using var tmp = new TempDirectory();
        string cache = Path.Combine(tmp.Path, "cache");
        var whole = Run(Path.Combine(tmp.Path, "whole"), "--cache", cache);
        string[] shards = [Path.Combine(tmp.Path, "s1"), Path.Combine(tmp.Path, "s2")];
        for (int k = 0; k < 2; k++)
        {
            var r = CliRunner.Run([.. Limit, "--shard", $"{k + 1}/2", "--cache", cache, "--out", shards[k]]);
            Assert.True(r.Code == 0, r.Err);
            Assert.Contains("0 mass points computed", r.Out);
        }
        Assert.Equal(3, shards.Sum(s => Directory.GetFiles(CheckpointStore.In(s), "*.point").Length));
        string merged = Path.Combine(tmp.Path, "merged");
        var m = CliRunner.Run(["merge", "--no-cache", "--data", TestData.Directory, "--out", merged, .. shards]);
        Assert.True(m.Code == 0, m.Err);
        Assert.Contains("3 mass points read back from checkpoints", m.Err);
        Assert.Equal(whole.Outputs, Outputs(merged));
    }
}
