using SecretNu.Output;
using SecretNu.Scans;

namespace SecretNu.Tests.Cli;

/// <summary>Issue 11 point 4: checkpoints of another run are never deleted silently, and shards made from different data
/// are refused before any work, naming what differs.</summary>
public class CheckpointSafetyTests
{
    static readonly string[] Shard1 = ["limit", "--coupling", "etau", "--masses", "1MeV,10MeV", "--no-band", "--shard", "1/2"];
    static readonly string[] Shard2 = ["limit", "--coupling", "etau", "--masses", "1MeV,10MeV", "--no-band", "--shard", "2/2"];

    [Fact]
    public void CheckpointsOfAnotherRunAreKeptUntilDiscardedOnPurpose()
    {
        using var tmp = new TempDirectory();
        string dir = Path.Combine(tmp.Path, "a");
        var shard = CliRunner.Run([.. Shard1, "--data", TestData.Directory, "--out", dir]);
        Assert.True(shard.Code == 0, shard.Err);
        string folder = CheckpointStore.In(dir);
        int points = Directory.GetFiles(folder, "*.point").Length;
        Assert.True(points > 0);
        Assert.True(File.Exists(Path.Combine(folder, "run.json")));

        // --resume with other options: refused, naming the difference, before any work; nothing deleted
        var other = CliRunner.Run("limit", "--coupling", "ee", "--masses", "1MeV,10MeV", "--no-band", "--resume", "--data", TestData.Directory, "--out", dir);
        Assert.Equal(2, other.Code);
        Assert.Contains("other options", other.Err);
        Assert.Contains("+ee", other.Err);
        Assert.Equal(points, Directory.GetFiles(folder, "*.point").Length);

        // no --resume at all: refused too
        var fresh = CliRunner.Run("limit", "--coupling", "etau", "--masses", "1MeV,10MeV", "--no-band", "--data", TestData.Directory, "--out", dir);
        Assert.Equal(2, fresh.Code);
        Assert.Contains("--discard-checkpoints", fresh.Err);
        Assert.Equal(points, Directory.GetFiles(folder, "*.point").Length);

        // discarding on purpose works, and says so
        var discard = CliRunner.Run("limit", "--coupling", "etau", "--masses", "1MeV,10MeV", "--no-band", "--discard-checkpoints", "--data", TestData.Directory, "--out", dir);
        Assert.True(discard.Code == 0, discard.Err);
        Assert.Contains($"discarded {points} checkpoints", discard.Err);
        Assert.True(File.Exists(Path.Combine(dir, "limit.csv")));
    }

    [Fact]
    public void ResumeWithChangedInputFilesIsRefusedNamingTheFile()
    {
        using var tmp = new TempDirectory();
        string dir = Path.Combine(tmp.Path, "a");
        Assert.Equal(0, CliRunner.Run([.. Shard1, "--data", TestData.Directory, "--out", dir]).Code);
        string run = Path.Combine(CheckpointStore.In(dir), "run.json");
        var json = JsonOutput.Deserialize<CheckpointRunJson>(File.ReadAllBytes(run));
        // as if the checkpoints had been made from another copy of the table
        File.WriteAllText(run, JsonOutput.Serialize(json with { Inputs = json.Inputs.Select(i =>
            i.File.EndsWith("EPOSLHC_14TeV_321.txt", StringComparison.Ordinal) ? i with { Sha256 = new string('0', 64) } : i).ToArray() }));
        var resumed = CliRunner.Run("limit", "--coupling", "etau", "--masses", "1MeV,10MeV", "--no-band", "--resume", "--data", TestData.Directory, "--out", dir);
        Assert.Equal(2, resumed.Code);
        Assert.Contains("EPOSLHC_14TeV_321.txt has changed", resumed.Err);
        Assert.False(File.Exists(Path.Combine(dir, "limit.csv")));
    }

    [Fact]
    public void ShardsFromDifferentDataAreRefusedBeforeAnyWork()
    {
        using var tmp = new TempDirectory();
        string s1 = Path.Combine(tmp.Path, "s1"), s2 = Path.Combine(tmp.Path, "s2");
        Assert.Equal(0, CliRunner.Run([.. Shard1, "--data", TestData.Directory, "--out", s1]).Code);
        Assert.Equal(0, CliRunner.Run([.. Shard2, "--data", TestData.Directory, "--out", s2]).Code);
        // shard.json records every input with its SHA-256
        string shardFile = Path.Combine(s2, "shard.json");
        var json = JsonOutput.Deserialize<ShardJson>(File.ReadAllBytes(shardFile));
        Assert.Contains(json.Inputs, i => i.File.EndsWith("EPOSLHC_14TeV_211.txt", StringComparison.Ordinal));
        // as if shard 2 had been made from another copy of the table
        File.WriteAllText(shardFile, JsonOutput.Serialize(json with { Inputs = json.Inputs.Select(i =>
            i.File.EndsWith("EPOSLHC_14TeV_211.txt", StringComparison.Ordinal) ? i with { Sha256 = new string('0', 64) } : i).ToArray() }));
        var merge = CliRunner.Run("merge", "--data", TestData.Directory, "--out", Path.Combine(tmp.Path, "m"), s1, s2);
        Assert.Equal(2, merge.Code);
        Assert.Contains("EPOSLHC_14TeV_211.txt", merge.Err);
        Assert.Contains("different input files", merge.Err);
        Assert.False(Directory.Exists(Path.Combine(tmp.Path, "m")));
    }
}
