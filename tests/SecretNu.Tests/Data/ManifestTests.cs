using System.Security.Cryptography;
using SecretNu.Data;

namespace SecretNu.Tests.Data;

public class ManifestTests
{
    const string Foresee = "KlingFelix/FORESEE";
    const string ForeseeCommit = "2d6431f6f6e92287c1fe1b3003aea39234b29a4b";
    const string Fnfs = "KlingFelix/FastNeutrinoFluxSimulation";
    const string FnfsCommit = "c16ed47d801615ff44226dee141c8e711740e797";
    const string DarkNews = "mhostert/DarkNews-generator";
    const string DarkNewsCommit = "54d63a6b9c104bef184c2089286e36edb4b3eaa5";

    static IReadOnlyList<ManifestEntry> Entries => DataManifest.Embedded.Entries;

    /// <summary>The check that the manifest is right: size and SHA-256 of every file of the reference directory.</summary>
    [Fact]
    public void EveryReferenceFileHasItsManifestSizeAndHash()
    {
        var mismatches = Entries.AsParallel().Select(e =>
        {
            string path = e.PathUnder(TestData.Directory);
            if (!File.Exists(path)) return $"{e.LocalPath}: missing from the reference directory";
            byte[] bytes = File.ReadAllBytes(path);
            string sha = Convert.ToHexStringLower(SHA256.HashData(bytes));
            return bytes.Length == e.Size && sha == e.Sha256 ? null : $"{e.LocalPath}: {bytes.Length} bytes, {sha}";
        }).Where(m => m is not null).ToList();
        Assert.Empty(mismatches);
    }

    /// <summary>A hadron table that is byte for byte the manifest's is not parsed before a run (ForwardFluxModel.LoadTables
    /// trusts its digest, issue 14): so every such table must parse.</summary>
    [Fact]
    public void DataManifestTablesParse()
    {
        string prefix = DataDirectory.HadronsSubPath.Replace('\\', '/') + "/";
        var tables = Entries.Where(e => e.LocalPath.StartsWith(prefix, StringComparison.Ordinal) && e.LocalPath.EndsWith(".txt", StringComparison.Ordinal)).ToArray();
        Assert.True(tables.Length > 50, $"only {tables.Length} hadron tables in the manifest");
        var failures = tables.AsParallel().Select(e =>
        {
            try { return SecretNu.Production.HadronTableReader.Read(e.PathUnder(TestData.Directory)).Weights.Length > 0 ? null : $"{e.LocalPath}: no rows"; }
            catch (InputException x) { return $"{e.LocalPath}: {x.Message}"; }
        }).Where(m => m is not null).ToList();
        Assert.Empty(failures);
    }

    [Fact]
    public void ListsEveryUpstreamFileOfTheReferenceDirectoryAndNothingElse()
    {
        var onDisk = new[] { "foresee", "fast-neutrino-flux", "dune" }
            .SelectMany(d => Directory.EnumerateFiles(Path.Combine(TestData.Directory, d), "*", SearchOption.AllDirectories))
            .Select(f => Path.GetRelativePath(TestData.Directory, f).Replace('\\', '/'))
            .Order(StringComparer.Ordinal).ToList();
        Assert.Equal(onDisk, Entries.Select(e => e.LocalPath).Order(StringComparer.Ordinal));
        Assert.Equal(275, Entries.Count); // 222 hadron tables + 48 flux files + 2 LICENSE.md (data/README.md §1) + 2 DUNE files and their licence (§8)
        Assert.Equal(94_987_901, DataManifest.Embedded.TotalBytes);
        Assert.Contains(Entries, e => e.LocalPath == "foresee/LICENSE.md" && e.UpstreamPath == "LICENSE.md" && e.Repository == Foresee);
        Assert.Contains(Entries, e => e.LocalPath == "fast-neutrino-flux/LICENSE.md" && e.UpstreamPath == "LICENSE.md" && e.Repository == Fnfs);
        Assert.Contains(Entries, e => e.LocalPath == "dune/LICENSE-DarkNews" && e.UpstreamPath == "LICENSE" && e.Repository == DarkNews);
    }

    /// <summary>data/README.md §2: repository, commit and path mapping of each source.</summary>
    [Fact]
    public void UpstreamPathsFollowTheProvenance()
    {
        foreach (var e in Entries)
        {
            var (repository, commit, upstream) = e.LocalPath switch
            {
                "foresee/LICENSE.md" => (Foresee, ForeseeCommit, "LICENSE.md"),
                "fast-neutrino-flux/LICENSE.md" => (Fnfs, FnfsCommit, "LICENSE.md"),
                "dune/LICENSE-DarkNews" => (DarkNews, DarkNewsCommit, "LICENSE"),
                var p when p.StartsWith("dune/") => (DarkNews, DarkNewsCommit, "src/DarkNews/include/fluxes/" + p["dune/".Length..]),
                var p when p.StartsWith("foresee/hadrons/") => (Foresee, ForeseeCommit, "files/hadrons/" + p["foresee/hadrons/".Length..]),
                var p when p.StartsWith("fast-neutrino-flux/Fluxes/") => (Fnfs, FnfsCommit, "Fluxes/" + p["fast-neutrino-flux/Fluxes/".Length..]),
                var p => throw new Xunit.Sdk.XunitException($"unexpected local path {p}"),
            };
            Assert.Equal((repository, commit, upstream), (e.Repository, e.Commit, e.UpstreamPath));
        }
    }

    [Fact]
    public void UrlsArePercentEncodedPerSegment()
    {
        var snd = Entries.Single(e => e.LocalPath == "fast-neutrino-flux/Fluxes/SND@LHC/SND_14.txt");
        Assert.Equal($"https://raw.githubusercontent.com/{Fnfs}/{FnfsCommit}/Fluxes/SND%40LHC/SND_14.txt",
            snd.Url(FetchOptions.DefaultBaseUrl).AbsoluteUri);
        Assert.Equal($"http://mirror.example/raw/{Fnfs}/{FnfsCommit}/Fluxes/SND%40LHC/SND_14.txt",
            snd.Url(new Uri("http://mirror.example/raw/")).AbsoluteUri);
        var table = Entries.Single(e => e.LocalPath == "foresee/hadrons/13.6TeV/NLO-P8-Max/NLO-P8-Max_13.6TeV_-411.txt");
        Assert.EndsWith("/files/hadrons/13.6TeV/NLO-P8-Max/NLO-P8-Max_13.6TeV_-411.txt", table.Url(FetchOptions.DefaultBaseUrl).AbsoluteUri);
    }

    [Theory]
    [InlineData("a\tb\n", "expected 6 tab-separated fields")]
    [InlineData("o/r\tc\tx\ty\t-1\t" + "00000000000000000000000000000000000000000000000000000000000000ab\n", "size '-1'")]
    [InlineData("o/r\tc\tx\ty\t1\tABC\n", "SHA-256 'ABC'")]
    [InlineData("o/r\tc\tx\t../y\t1\t" + "00000000000000000000000000000000000000000000000000000000000000ab\n", "not a plain relative path")]
    public void MalformedManifestLinesAreNamed(string text, string message)
    {
        var e = Assert.Throws<InputException>(() => DataManifest.Parse(new StringReader("# header\n" + text), "m.tsv"));
        Assert.StartsWith("m.tsv:2: ", e.Message);
        Assert.Contains(message, e.Message);
    }

    [Fact]
    public void SelectionsPickSourcesEnergiesAndGenerators()
    {
        var m = DataManifest.Embedded;
        Assert.Equal(275, DataSelection.All.Apply(m).Count);

        var dune = new DataSelection(DataSubset.Dune).Apply(m);
        Assert.Equal(["dune/DUNE_ND_FHC.dat", "dune/DUNE_ND_RHC.dat", "dune/LICENSE-DarkNews"], dune.Select(e => e.LocalPath).Order(StringComparer.Ordinal));
        Assert.Throws<InputException>(() => new DataSelection(DataSubset.Dune, ["14"]).Apply(m));

        var fluxes = new DataSelection(DataSubset.Fluxes).Apply(m);
        Assert.Equal(49, fluxes.Count);
        Assert.All(fluxes, e => Assert.StartsWith("fast-neutrino-flux/", e.LocalPath));

        var hadrons = new DataSelection(DataSubset.Hadrons).Apply(m);
        Assert.Equal(223, hadrons.Count);
        Assert.Contains(hadrons, e => e.LocalPath == "foresee/LICENSE.md");

        var eposAt14 = new DataSelection(DataSubset.All, ["14"], ["eposlhc"]).Apply(m);
        Assert.Equal(7, eposAt14.Count);
        Assert.Equal(6, eposAt14.Count(e => e.LocalPath.StartsWith("foresee/hadrons/14TeV/EPOSLHC/EPOSLHC_14TeV_")));
        Assert.Contains(eposAt14, e => e.LocalPath == "foresee/LICENSE.md");

        Assert.Equal(84 + 1, new DataSelection(DataSubset.Hadrons, ["14TeV"]).Apply(m).Count);
        Assert.Equal(138 + 1, new DataSelection(DataSubset.Hadrons, ["13.6"]).Apply(m).Count);
    }

    [Fact]
    public void UnknownOrEmptySelectionsAreErrors()
    {
        var m = DataManifest.Embedded;
        var e = Assert.Throws<InputException>(() => new DataSelection(DataSubset.All, ["15"]).Apply(m));
        Assert.Contains("available: 13.6TeV, 14TeV", e.Message);
        e = Assert.Throws<InputException>(() => new DataSelection(DataSubset.All, null, ["HERWIG"]).Apply(m));
        Assert.Contains("EPOSLHC", e.Message);
        e = Assert.Throws<InputException>(() => new DataSelection(DataSubset.All, ["14"], ["DPMJET"]).Apply(m)); // DPMJET: 13.6 TeV only
        Assert.Contains("no hadron table", e.Message);
        Assert.Throws<InputException>(() => new DataSelection(DataSubset.Fluxes, ["14"]).Apply(m));
    }
}
