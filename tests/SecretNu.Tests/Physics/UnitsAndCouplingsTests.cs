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
    public void ParsesEnergies(string text, double gev) => Assert.Equal(gev, Units.ParseEnergy(text), 15);

    [Theory]
    [InlineData("")]
    [InlineData("abc")]
    [InlineData("-1MeV")]
    [InlineData("0")]
    [InlineData("NaN")]
    [InlineData("1e400")]
    [InlineData("10 parsec")]
    [InlineData("10mev")] // units are case-sensitive: "meV" would be milli-eV, never MeV
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

public class QuadratureTests
{
    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(5)]
    [InlineData(24)]
    [InlineData(96)]
    [InlineData(400)]
    public void GaussLegendreIsExactForPolynomialsAndKnownIntegrals(int n)
    {
        var q = SecretNu.Numerics.Quadrature.GaussLegendre(n);
        Assert.Equal(2, q.Weights.Sum(), 13);
        // exact for x^(2n−1): ∫_{-1}^{1} x^(2k) = 2/(2k+1)
        int k = n - 1;
        Assert.Equal(2.0 / (2 * k + 1), q.Integrate(x => Math.Pow(x, 2 * k), -1, 1), 13);
        if (n >= 24) Assert.Equal(Math.E - 1 / Math.E, q.Integrate(Math.Exp, -1, 1), 13);
        for (int i = 1; i < n; i++) Assert.True(q.Nodes[i] > q.Nodes[i - 1]);
    }

    [Fact]
    public void CosineMapResolvesSquareRootEnds()
    {
        // ∫_0^1 √(x(1−x)) dx = π/8: plain Gauss–Legendre converges algebraically, the cosine map to machine precision
        double exact = Math.PI / 8;
        Assert.Equal(exact, SecretNu.Numerics.Quadrature.CosineMapped(24).Integrate(x => Math.Sqrt(x * (1 - x)), 0, 1), 13);
        Assert.True(Math.Abs(SecretNu.Numerics.Quadrature.GaussLegendre(24).Integrate(x => Math.Sqrt(x * (1 - x)), 0, 1) - exact) > 1e-6);
    }

    [Fact]
    public void ExpM1KeepsRelativePrecision()
    {
        foreach (double x in new[] { 1e-300, 1e-30, 1e-17, 1e-9, 1e-3, 0.3, -0.3, 2 })
            Assert.Equal(1, SecretNu.Numerics.SafeMath.ExpM1(x) / (x == 2 ? Math.Exp(2) - 1 : Series(x)), 14);
        static double Series(double x) { double s = 0, t = 1; for (int k = 1; k < 40; k++) { t *= x / k; s += t; } return s; }
    }
}
