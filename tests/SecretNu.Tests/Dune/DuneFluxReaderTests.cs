using SecretNu.Dune;
using SecretNu.Physics;

namespace SecretNu.Tests.Dune;

/// <summary>data README §8: format and integrals of the DUNE ND flux files.</summary>
public class DuneFluxReaderTests
{
    [Theory]
    [InlineData("DUNE_ND_FHC.dat", 1.087e-9, 1.049e-7, 2.375e-10, 7.775e-9)]
    [InlineData("DUNE_ND_RHC.dat", 2.980e-10, 9.276e-9, 8.969e-10, 9.442e-8)]
    public void IntegralsMatchTheReadme(string name, double nuE, double nuMu, double nuEBar, double nuMuBar)
    {
        var f = DuneFluxReader.Read(TestData.File("dune/" + name));
        Assert.Equal(501, f.Centres.Count);
        Assert.Equal(0.125, f.Centres[0], 1e-12);
        Assert.Equal(125.125, f.Centres[^1], 1e-12);
        Assert.Equal(1, f.Integral(NeutrinoSpecies.NuE) / nuE, 5e-4);
        Assert.Equal(1, f.Integral(NeutrinoSpecies.NuMu) / nuMu, 5e-4);
        Assert.Equal(1, f.Integral(NeutrinoSpecies.NuEBar) / nuEBar, 5e-4);
        Assert.Equal(1, f.Integral(NeutrinoSpecies.NuMuBar) / nuMuBar, 5e-4);
        Assert.Equal(0, f.Integral(NeutrinoSpecies.NuTau));
        Assert.Equal(0, f.Integral(NeutrinoSpecies.NuTauBar));
    }

    [Fact]
    public void FhcNuMuPeaksAt2125MeV()
    {
        var f = DuneFluxReader.Read(TestData.File("dune/DUNE_ND_FHC.dat"));
        var mu = f.Flux(NeutrinoSpecies.NuMu);
        int peak = Enumerable.Range(0, mu.Count).MaxBy(i => mu[i]);
        Assert.Equal(2.125, f.Centres[peak], 1e-12);
        Assert.Equal(3.64e-8, mu[peak], 0.005e-8);
    }

    static string Valid(int rows = 501, Func<int, string>? row = null)
    {
        var sb = new System.Text.StringBuilder("#  Enu(GeV) nue numu nutau nuebar numubar nutaubar\n");
        for (int i = 0; i < rows; i++)
            sb.Append(row?.Invoke(i) ?? $"{(i + 0.5) * 0.25:R} 1e-10 2e-9 0 3e-11 4e-10 0").Append('\n');
        return sb.ToString();
    }

    [Fact]
    public void ParsesAValidTable() => Assert.Equal(501 * 2e-9 * 0.25, DuneFluxReader.Parse(Valid(), "t").Integral(NeutrinoSpecies.NuMu), 1e-15);

    [Theory]
    [InlineData(3, "1.875 1e-10 2e-9 0 3e-11 4e-10", "expected 7 columns")]
    [InlineData(4, "1.5 1e-10 2e-9 0 3e-11 4e-10 0", "bin centre 1.5")]
    [InlineData(5, "1.375 1e-10 -2e-9 0 3e-11 4e-10 0", "nu_mu flux is negative")]
    [InlineData(6, "1.625 1e-10 2e-9 0 x 4e-10 0", "nubar_e flux is not a number")]
    [InlineData(7, "1.875 1e-10 2e-9 0 3e-11 NaN 0", "not finite")]
    public void MalformedRowsNameFileAndLine(int index, string bad, string message)
    {
        string text = Valid(row: i => i == index ? bad : null!);
        var e = Assert.Throws<InputException>(() => DuneFluxReader.Parse(text, "flux.dat"));
        Assert.Equal("flux.dat", e.File);
        Assert.Equal(index + 2, e.Line);
        Assert.Contains(message, e.Message);
    }

    [Fact]
    public void WrongRowCountsAreNamed()
    {
        var e = Assert.Throws<InputException>(() => DuneFluxReader.Parse(Valid(500), "short.dat"));
        Assert.Contains("expected 501 data rows, found 500", e.Message);
        Assert.Equal("short.dat", e.File);
        e = Assert.Throws<InputException>(() => DuneFluxReader.Parse(Valid(502), "long.dat"));
        Assert.Contains("more than 501 data rows", e.Message);
        Assert.Equal(503, e.Line);
        Assert.Throws<InputException>(() => DuneFluxReader.Read("/nonexistent/DUNE_ND_FHC.dat"));
    }
}
