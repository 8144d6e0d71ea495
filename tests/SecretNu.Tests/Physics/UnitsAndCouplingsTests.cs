using SecretNu.Physics;

namespace SecretNu.Tests.Physics;

public class UnitsAndCouplingsTests
{
    [Theory]
    [InlineData("10MeV", 0.01)]
    [InlineData("1 keV", 1e-6)]
    [InlineData("0.3GeV", 0.3)]
    [InlineData("500eV", 5e-7)]
    [InlineData("2.5", 2.5)]
    [InlineData("1e-3", 1e-3)]
    [InlineData("10mev", 0.01)]
    public void ParsesEnergies(string text, double gev) => Assert.Equal(gev, Units.ParseEnergy(text), 15);

    [Theory]
    [InlineData("")]
    [InlineData("abc")]
    [InlineData("-1MeV")]
    [InlineData("0")]
    [InlineData("NaN")]
    [InlineData("1e400")]
    [InlineData("10 parsec")]
    public void RejectsBadEnergies(string text)
    {
        var ex = Assert.Throws<InputException>(() => Units.ParseEnergy(text));
        Assert.Contains($"'{text}'", ex.Message);
    }

    [Fact]
    public void ParsesCouplings()
    {
        var g = CouplingMatrix.Parse("etau=1e-3,mumu=2e-4");
        Assert.Equal(1e-3, g[Flavor.E, Flavor.Tau]);
        Assert.Equal(1e-3, g[Flavor.Tau, Flavor.E]);
        Assert.Equal(2e-4, g[Flavor.Mu, Flavor.Mu]);
        Assert.Equal(1, g.TotalSumSquares() / (2e-6 + 4e-8), 14);
        Assert.Equal(1, g.RowSumSquares(Flavor.E) / 1e-6, 14);
        Assert.Equal("etau=0.001,mumu=0.0002", g.ToString());
        Assert.Equal(g, CouplingMatrix.Parse("g_taue=1e-3 mumu=2e-4"));
    }

    [Theory]
    [InlineData("ex=1e-3", "ex")]
    [InlineData("etau=abc", "abc")]
    [InlineData("etau=-1e-3", "-1e-3")]
    [InlineData("etau", "etau")]
    public void RejectsBadCouplings(string text, string named)
    {
        var ex = Assert.Throws<InputException>(() => CouplingMatrix.Parse(text));
        Assert.Contains(named, ex.Message);
    }

    [Fact]
    public void SpeciesBookkeeping()
    {
        foreach (var s in FlavorExtensions.AllSpecies)
        {
            Assert.Equal(s, FlavorExtensions.FromPdgId(s.PdgId()));
            Assert.Equal(s, s.Conjugate().Conjugate());
            Assert.NotEqual(s.IsAnti(), s.Conjugate().IsAnti());
        }
        Assert.Equal(-16, NeutrinoSpecies.NuTauBar.PdgId());
        Assert.Equal("nubar_mu", NeutrinoSpecies.NuMuBar.Name());
    }
}
