using SecretNu.Detection;
using SecretNu.Physics;

namespace SecretNu.Tests.Detection;

/// <summary>Reading a table in the format of the embedded argon table, and the provenance record (no data files needed).</summary>
public class ArgonCrossSectionReaderTests
{
    static readonly string Header = string.Join('\t', ArgonCrossSection.Columns) + "\n";

    static ArgonCrossSection Parse(string rows) => ArgonCrossSection.Parse(Header + rows, "t.tsv");

    [Fact]
    public void ReadsColumnsInGlobesOrder()
    {
        var t = Parse("# comment\n-1 1 2 3 4 5 6\n\n0\t1\t2\t3\t4\t5\t6\n");
        (NeutrinoSpecies S, double V)[] expected =
            [(NeutrinoSpecies.NuE, 1), (NeutrinoSpecies.NuMu, 2), (NeutrinoSpecies.NuTau, 3), (NeutrinoSpecies.NuEBar, 4), (NeutrinoSpecies.NuMuBar, 5), (NeutrinoSpecies.NuTauBar, 6)];
        foreach (var (s, v) in expected) Assert.Equal(v * ArgonCrossSection.TableUnit, t.SigmaOverE(s, 0.5), 1e-50);
        Assert.Equal("t.tsv", t.Source);
    }

    [Fact]
    public void SplineNoiseIsZeroAndRealNegativesAreErrors()
    {
        var t = Parse("-1 1 1 -7.5e-11 1 1 3e-10\n0 1 1 0 1 1 0\n");
        Assert.Equal(0, t.Sigma(NeutrinoSpecies.NuTau, 0.1));
        Assert.Equal(0, t.Sigma(NeutrinoSpecies.NuTauBar, 0.1));
        var e = Assert.Throws<InputException>(() => Parse("-1 1 1 1 1 1 1\n0 1 1 -1e-3 1 1 1\n"));
        Assert.Contains("t.tsv:3", e.Message);
        Assert.Contains("negative", e.Message);
    }

    [Theory]
    [InlineData("-1 1 2 3 4 5\n0 1 2 3 4 5 6\n", "where 7 columns")]
    [InlineData("-1 1 2 3 4 5 6\n-1 1 2 3 4 5 6\n", "rows must be sorted")]
    [InlineData("-1 1 2 x 4 5 6\n0 1 2 3 4 5 6\n", "t.tsv:2")]
    [InlineData("-1 1 2 NaN 4 5 6\n0 1 2 3 4 5 6\n", "t.tsv:2")]
    [InlineData("-1 1 2 3 4 5 6\n", "fewer than two rows")]
    public void MalformedTablesAreInputErrors(string rows, string message) =>
        Assert.Contains(message, Assert.Throws<InputException>(() => Parse(rows)).Message);

    [Fact]
    public void WrongColumnHeaderIsAnInputError() =>
        Assert.Contains("column header", Assert.Throws<InputException>(() =>
            ArgonCrossSection.Parse("log10_E nu_e nu_mu nu_tau nubar_e nubar_mu nubar_tau\n-1 1 2 3 4 5 6\n0 1 2 3 4 5 6\n", "t.tsv")).Message);

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
        Assert.Contains(s.Claims, c => c.What.Contains($"{ArgonCrossSection.Embedded.Log10Energies.Count} of the 1001 upstream rows") && c.Status == "checked");
    }

    [Fact]
    public void EmbeddedTableHeaderNamesItsSource()
    {
        using var stream = typeof(ArgonCrossSection).Assembly.GetManifestResourceStream(ArgonCrossSection.ResourceName)!;
        string text = new StreamReader(stream).ReadToEnd();
        var s = ArgonCrossSectionSource.Table;
        foreach (string needed in new[] { s.Repository, s.Commit, s.UpstreamPath, s.Sha256, "GENIE 2.8.4", "1e-38 cm^2/GeV", "QUOTED", "Measured maximum" })
            Assert.Contains(needed, text);
        Assert.Equal(ArgonCrossSection.ResourceName, ArgonCrossSection.Embedded.Source);
    }
}
