using SecretNu.Scans;

namespace SecretNu.Tests.Cli;

/// <summary>
/// Issue 6 points 4 and 7, end to end with real processes: a scan killed with SIGKILL and restarted with --resume ends
/// byte-identical to an uninterrupted one; three shard processes merged give the outputs of a single run.
/// </summary>
public class ResumeAndShardTests
{
    static readonly string[] Scan = ["limit", "--experiment", "faser-nu", "faser2-nu-x100", "--coupling", "etau,ee", "--masses", "1keV:500MeV:10", "--no-band"];

    [Fact]
    public void KilledScanResumedIsByteIdenticalToUninterrupted()
    {
        using var tmp = new TempDirectory();
        string whole = Path.Combine(tmp.Path, "whole"), killed = Path.Combine(tmp.Path, "killed");
        // slow the scan down (sleep after each saved point) so that it can be killed midway; without the persistent cache, which
        // the reference run fills meanwhile (its points would make the scan finish at once)
        using (var p = CliProcess.Start([.. Scan, "--out", killed, "--no-cache"], new Dictionary<string, string> { [CheckpointStore.DelayVariable] = "400" }))
        {
            var reference = CliRunner.Run([.. Scan, "--data", TestData.Directory, "--out", whole]); // meanwhile, in this process
            Assert.True(reference.Code == 0, reference.Err);
            string checkpoints = CheckpointStore.In(killed);
            var clock = System.Diagnostics.Stopwatch.StartNew();
            while (!(Directory.Exists(checkpoints) && Directory.GetFiles(checkpoints, "*.point").Length >= 4))
            {
                if (p.HasExited) Assert.Fail($"the scan ended (exit {p.ExitCode}) before it could be killed: {p.StandardError.ReadToEnd()}");
                Assert.True(clock.Elapsed < TimeSpan.FromMinutes(2), "no checkpoint appeared");
                Thread.Sleep(20);
            }
            p.Kill(); // SIGKILL on Unix: no chance to clean up
            p.WaitForExit();
        }
        int saved = Directory.GetFiles(CheckpointStore.In(killed), "*.point").Length;
        Assert.InRange(saved, 4, 19); // interrupted: 20 points (2 couplings × 10 masses) in all
        Assert.False(File.Exists(Path.Combine(killed, "limit.csv")));

        var resumed = CliProcess.Run([.. Scan, "--out", killed, "--resume", "--no-cache"]);
        Assert.True(resumed.Code == 0, resumed.Err);
        Assert.Contains("mass points read back from checkpoints", resumed.Err);
        Assert.False(Directory.Exists(CheckpointStore.In(killed)), "checkpoints are removed once the outputs are written");
        CliProcess.AssertSameFiles(whole, killed); // CSV, JSON, text, PNG and SVG alike
    }

    [Fact]
    public void ThreeShardProcessesMergedAreByteIdenticalToOneRun()
    {
        using var tmp = new TempDirectory();
        string single = Path.Combine(tmp.Path, "single"), merged = Path.Combine(tmp.Path, "merged");
        string[] shards = [.. Enumerable.Range(1, 3).Select(k => Path.Combine(tmp.Path, $"shard{k}"))];
        var processes = shards.Select((dir, k) => CliProcess.Start([.. Scan, "--shard", $"{k + 1}/3", "--out", dir])).ToArray();
        var singleRun = CliRunner.Run([.. Scan, "--data", TestData.Directory, "--out", single]); // meanwhile, in this process
        foreach (var p in processes)
        {
            string err = p.StandardError.ReadToEnd();
            p.WaitForExit();
            Assert.True(p.ExitCode == 0, err);
            p.Dispose();
        }
        Assert.True(singleRun.Code == 0, singleRun.Err);
        foreach (string dir in shards)
        {
            Assert.True(File.Exists(Path.Combine(dir, "shard.json")));
            Assert.False(File.Exists(Path.Combine(dir, "limit.csv")), "a shard writes checkpoints, not results");
        }
        // every point computed exactly once across the shards
        var points = shards.SelectMany(d => Directory.GetFiles(CheckpointStore.In(d), "*.point").Select(Path.GetFileName)).ToArray();
        Assert.Equal(points.Length, points.Distinct().Count());

        var merge = CliRunner.Run(["merge", "--data", TestData.Directory, "--out", merged, .. shards]);
        Assert.True(merge.Code == 0, merge.Err);
        Assert.Contains($"{points.Length} mass points from 3 shards", merge.Err);
        CliProcess.AssertSameFiles(single, merged);
    }

    [Fact]
    public void ShardsOfAScanWithTheGeneratorBandMergeToOneRun()
    {
        // the band runs on a second mass list (every third mass): both lists are shared out
        using var tmp = new TempDirectory();
        string[] args = ["limit", "--data", TestData.Directory, "--coupling", "mutau", "--masses", "1keV:300MeV:7"];
        string single = Path.Combine(tmp.Path, "single"), merged = Path.Combine(tmp.Path, "merged");
        Assert.Equal(0, CliRunner.Run([.. args, "--out", single]).Code);
        string[] shards = [Path.Combine(tmp.Path, "s1"), Path.Combine(tmp.Path, "s2")];
        for (int k = 0; k < 2; k++) Assert.Equal(0, CliRunner.Run([.. args, "--shard", $"{k + 1}/2", "--out", shards[k]]).Code);
        var merge = CliRunner.Run(["merge", "--data", TestData.Directory, "--out", merged, .. shards]);
        Assert.True(merge.Code == 0, merge.Err);
        CliProcess.AssertSameFiles(single, merged);
    }

    [Fact]
    public void MergeRefusesAnIncompleteOrMixedSetOfShards()
    {
        using var tmp = new TempDirectory();
        string a = Path.Combine(tmp.Path, "a"), b = Path.Combine(tmp.Path, "b"), c = Path.Combine(tmp.Path, "c");
        string[] quick = ["limit", "--data", TestData.Directory, "--coupling", "etau", "--masses", "10MeV", "--no-band"];
        Assert.Equal(0, CliRunner.Run([.. quick, "--shard", "1/2", "--out", a]).Code);
        Assert.Equal(0, CliRunner.Run([.. quick, "--poisson", "--shard", "2/2", "--out", b]).Code);

        var missing = CliRunner.Run(["merge", "--out", c, a]);
        Assert.Equal(2, missing.Code);
        Assert.Contains("shard(s) 2/2 missing", missing.Err);
        var mixed = CliRunner.Run(["merge", "--out", c, a, b]);
        Assert.Equal(2, mixed.Code);
        Assert.Contains("shard of a different run", mixed.Err);
        Assert.Contains("--poisson", mixed.Err);
        var notShard = CliRunner.Run(["merge", "--out", c, tmp.Path]);
        Assert.Equal(2, notShard.Code);
        Assert.Contains("no shard.json", notShard.Err);
        Assert.False(File.Exists(Path.Combine(c, "limit.csv")));

        var badSpec = CliRunner.Run([.. quick, "--shard", "3/2", "--out", c]);
        Assert.Equal(2, badSpec.Code);
        Assert.Contains("--shard '3/2'", badSpec.Err);
    }
}
