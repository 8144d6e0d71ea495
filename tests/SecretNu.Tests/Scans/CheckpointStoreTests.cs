using CsCheck;
using SecretNu.Scans;
using SecretNu.Statistics;

namespace SecretNu.Tests.Scans;

public class CheckpointStoreTests
{
    static LimitPoint Point(double mass, double? g, double delta, double[] extra) =>
        new(mass, new LimitResult(g is null ? LimitStatus.NoBoundBelowCap : LimitStatus.Found, g, delta, g ?? 1.0, 17, "détail, \"quoted\"\nline"),
            extra, extra.Select(x => -x).ToArray());

    [Fact]
    public void PointsRoundTripBitForBit()
    {
        using var tmp = new TempDirectory();
        var store = new CheckpointStore(tmp.Path, resume: true);
        Gen.Select(Gen.Double, Gen.Double.Array[0, 4], Gen.Bool).Sample((x, extra, hasBound) =>
        {
            var points = new[] { Point(Math.Abs(x) + 1e-9, hasBound ? x : null, x, extra), Point(Math.Abs(x) + 1e-9, null, double.NaN, extra) };
            string key = CheckpointStore.Key([x.ToString("R"), string.Join(",", extra), hasBound.ToString()]);
            store.Save(key, points);
            Assert.True(store.TryLoad(key, 2, out var back));
            for (int e = 0; e < 2; e++)
            {
                Assert.Equal(BitConverter.DoubleToInt64Bits(points[e].Mass), BitConverter.DoubleToInt64Bits(back[e].Mass));
                Assert.Equal(points[e].Result.Status, back[e].Result.Status);
                Assert.Equal(points[e].Result.Coupling.HasValue, back[e].Result.Coupling.HasValue);
                if (points[e].Result.Coupling is double g) Assert.Equal(BitConverter.DoubleToInt64Bits(g), BitConverter.DoubleToInt64Bits(back[e].Result.Coupling!.Value));
                Assert.Equal(BitConverter.DoubleToInt64Bits(points[e].Result.DeltaChi2AtCoupling), BitConverter.DoubleToInt64Bits(back[e].Result.DeltaChi2AtCoupling));
                Assert.Equal(points[e].Result.Detail, back[e].Result.Detail);
                Assert.Equal(points[e].NewEventsAtBound.Select(BitConverter.DoubleToInt64Bits), back[e].NewEventsAtBound.Select(BitConverter.DoubleToInt64Bits));
                Assert.Equal(points[e].StandardModelEvents.Select(BitConverter.DoubleToInt64Bits), back[e].StandardModelEvents.Select(BitConverter.DoubleToInt64Bits));
            }
        }, iter: 200);
    }

    [Fact]
    public void WithoutResumeNothingIsReadAndMissingPointsAreReported()
    {
        using var tmp = new TempDirectory();
        var writer = new CheckpointStore(tmp.Path, resume: false);
        writer.Save("k", [Point(0.01, 1e-3, 2.7, [1.0])]);
        Assert.False(writer.TryLoad("k", 1, out _));
        Assert.True(new CheckpointStore(tmp.Path, resume: true).TryLoad("k", 1, out _));
        Assert.False(new CheckpointStore(tmp.Path, resume: true).TryLoad("other", 1, out _));
        writer.Clear();
        Assert.False(Directory.Exists(tmp.Path));
    }

    [Fact]
    public void DamagedOrForeignCheckpointIsAClearError()
    {
        using var tmp = new TempDirectory();
        var store = new CheckpointStore(tmp.Path, resume: true);
        store.Save("a", [Point(0.01, 1e-3, 2.7, [1.0])]);
        File.Copy(Path.Combine(tmp.Path, "a.point"), Path.Combine(tmp.Path, "b.point"));
        var foreign = Assert.Throws<InputException>(() => store.TryLoad("b", 1, out _));
        Assert.Contains("b.point", foreign.Message);
        Assert.Contains("key does not match", foreign.Message);
        File.WriteAllText(Path.Combine(tmp.Path, "c.point"), "{\"key\": \"c\", \"mass\": ");
        Assert.Contains("damaged checkpoint", Assert.Throws<InputException>(() => store.TryLoad("c", 1, out _)).Message);
        Assert.Contains("exposures instead of", Assert.Throws<InputException>(() => store.TryLoad("a", 2, out _)).Message);
    }

    [Fact]
    public void ShardsPartitionTheMassIndices()
    {
        Gen.Select(Gen.Int[1, 40], Gen.Int[0, 500]).Sample((n, count) =>
        {
            for (int i = 0; i < count; i++)
                Assert.Equal(1, Enumerable.Range(1, n).Count(k => new Shard(k, n).Owns(i)));
        });
        Assert.Equal(new Shard(2, 8), Shard.Parse("2/8"));
        foreach (string bad in new[] { "0/3", "4/3", "1/0", "a/b", "1", "1/2/3", "-1/2", " 1/2" })
            Assert.Contains($"--shard '{bad}'", Assert.Throws<InputException>(() => Shard.Parse(bad)).Message);
    }
}
