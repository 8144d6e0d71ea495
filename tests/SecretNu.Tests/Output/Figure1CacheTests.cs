using SecretNu.Detection;
using SecretNu.Fluxes;
using SecretNu.Output;
using SecretNu.Physics;

namespace SecretNu.Tests.Output;

/// <summary>Issue 14: Fig. 1's files are kept in the persistent cache. Read back, they are the files computed without the
/// cache; another model is another entry; a damaged entry is computed again.</summary>
public class Figure1CacheTests
{
    [Fact]
    public void CachedFilesAreTheComputedOnes()
    {
        var data = DataDirectory.Resolve(TestData.Directory);
        var setup = new FluxSetup(data, ExperimentCatalog.Load("faser-nu"), FluxSettings.Default);
        var generators = setup.DefaultGenerators;
        var model = new ZPrimeModel(0.01, CouplingMatrix.Parse("ee=1e-3,etau=1e-3,mutau=1e-3"));
        Figure1Files Make(ZPrimeModel m) => ReproductionReport.Figure1(setup, generators, AcceptanceMode.Exact, ZPrimeOptions.Default, m);
        static void Same(Figure1Files a, Figure1Files b)
        {
            Assert.Equal(a.Csv, b.Csv);
            Assert.Equal(a.Json, b.Json);
            Assert.Equal(a.Png, b.Png);
            Assert.Equal(a.Svg, b.Svg);
        }

        using var tmp = new TempDirectory();
        string? before = CacheFile.Directory;
        try
        {
            CacheFile.Directory = null;
            var computed = Make(model);
            CacheFile.Directory = tmp.Path;
            Same(computed, Make(model)); // computed and stored
            string entry = Assert.Single(Directory.GetFiles(tmp.Path, "*.fig1"));
            Same(computed, Make(model)); // read back
            var other = Make(model with { Mass = 0.1 });
            Assert.NotEqual(computed.Csv, other.Csv);
            Assert.Equal(2, Directory.GetFiles(tmp.Path, "*.fig1").Length);

            byte[] bytes = File.ReadAllBytes(entry);
            bytes[bytes.Length / 3] ^= 0xFF; // fails its SHA-256
            File.WriteAllBytes(entry, bytes);
            Same(computed, Make(model));
        }
        finally
        {
            CacheFile.Directory = before;
        }
    }
}
