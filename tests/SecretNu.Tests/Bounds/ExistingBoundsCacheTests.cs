using SecretNu.Bounds;
using SecretNu.Physics;

namespace SecretNu.Tests.Bounds;

/// <summary>The tabulated existing constraints in the persistent cache: read back bit for bit, and a damaged entry recomputed.</summary>
public class ExistingBoundsCacheTests
{
    static double[] Flat(IReadOnlyList<ExistingBound> bounds) => [.. bounds.SelectMany(b => b.Masses.Concat(b.Couplings))];

    [Fact]
    public void ATabulationIsStoredReadBackAndRecomputedWhenDamaged()
    {
        using var tmp = new TempDirectory();
        var direction = CouplingMatrix.Parse("etau=1");
        double[] masses = [1e-3, 0.01, 0.1, 0.3];
        var reference = Flat(ExistingBounds.For(direction, masses));
        CacheFile.Directory = tmp.Path;
        try
        {
            Assert.Equal(reference, Flat(ExistingBounds.For(direction, masses))); // computed (or from the process cache) and stored
            var entry = Assert.Single(Directory.GetFiles(tmp.Path, "*.bounds"));
            Assert.Equal(reference, Flat(ExistingBounds.For(direction, masses))); // read back
            File.WriteAllBytes(entry, [1, 2, 3]);
            Assert.Equal(reference, Flat(ExistingBounds.For(direction, masses))); // damaged: recomputed and rewritten
            Assert.True(new FileInfo(entry).Length > 3);
        }
        finally { CacheFile.Directory = null; }
    }
}
