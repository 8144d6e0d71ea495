using SecretNu.Detection;
using SecretNu.Physics;

namespace SecretNu.Tests.Detection;

/// <summary>Reading a GLoBES cross-section table and the provenance record (no data files needed).</summary>
public class ArgonCrossSectionReaderTests
{
    static ArgonCrossSection Parse(string text) => ArgonCrossSection.FromGlobesTable(new StringReader(text), "t.dat");

    [Fact]
    public void ReadsColumnsInGlobesOrder()
    {
        var t = Parse("# comment\n-1 1 2 3 4 5 6\n\n0 1 2 3 4 5 6\n");
        (NeutrinoSpecies S, double V)[] expected =
            [(NeutrinoSpecies.NuE, 1), (NeutrinoSpecies.NuMu, 2), (NeutrinoSpecies.NuTau, 3), (NeutrinoSpecies.NuEBar, 4), (NeutrinoSpecies.NuMuBar, 5), (NeutrinoSpecies.NuTauBar, 6)];
        foreach (var (s, v) in expected) Assert.Equal(v * 1e-38, t.SigmaOverE(s, 0.5), 1e-50);
    }

    [Fact]
    public void SplineNoiseIsZeroAndRealNegativesAreErrors()
    {
        var t = Parse("-1 1 1 -7.5e-11 1 1 3e-10\n0 1 1 0 1 1 0\n");
        Assert.Equal(0, t.Sigma(NeutrinoSpecies.NuTau, 0.1));
        Assert.Equal(0, t.Sigma(NeutrinoSpecies.NuTauBar, 0.1));
        var e = Assert.Throws<InputException>(() => Parse("-1 1 1 -1e-3 1 1 1\n0 1 1 1 1 1 1\n"));
        Assert.Contains("t.dat:1", e.Message);
    }

    [Theory]
    [InlineData("-1 1 2 3 4 5\n0 1 2 3 4 5 6\n", "expected 7 numbers")]
    [InlineData("-1 1 2 3 4 5 6\n-1 1 2 3 4 5 6\n", "does not increase")]
    [InlineData("-1 1 2 x 4 5 6\n0 1 2 3 4 5 6\n", "not a finite number")]
    [InlineData("-1 1 2 NaN 4 5 6\n0 1 2 3 4 5 6\n", "not a finite number")]
    [InlineData("-1 1 2 3 4 5 6\n", "fewer than two rows")]
    public void MalformedTablesAreInputErrors(string text, string message) =>
        Assert.Contains(message, Assert.Throws<InputException>(() => Parse(text)).Message);

    [Fact]
    public void MissingOrAlteredTableIsAnInputErrorSayingWhereToGetIt()
    {
        using var dir = new TempDirectory();
        Directory.CreateDirectory(Path.Combine(dir.Path, DataDirectory.HadronsSubPath));
        Directory.CreateDirectory(Path.Combine(dir.Path, DataDirectory.FluxesSubPath));
        var data = DataDirectory.Resolve(dir.Path, null);
        var missing = Assert.Throws<InputException>(() => new ArgonCrossSection(data));
        Assert.Contains("etworcester/2017GLoBES", missing.Message);
        dir.Write(ArgonCrossSectionSource.Table.LocalPath, "-1 1 2 3 4 5 6\n0 1 2 3 4 5 6\n");
        Assert.Contains("altered", Assert.Throws<InputException>(() => new ArgonCrossSection(data)).Message);
    }

    [Fact]
    public void ProvenanceRecord()
    {
        var s = ArgonCrossSectionSource.Table;
        Assert.Equal("etworcester/2017GLoBES", s.Repository);
        Assert.Equal("b739f9fa8804874e96d10d3dcfb8c45b052400a5", s.Commit);
        Assert.Equal("xsec/xsec_cc.dat", s.UpstreamPath);
        Assert.Equal(54841, s.Size);
        Assert.Contains(s.Claims, c => c.What.Contains("GENIE 2.8.4") && c.Status == "quoted");
        Assert.Contains(s.Claims, c => c.What.Contains("argon") && c.Status == "unconfirmed");
    }
}
