using SecretNu.Production;

namespace SecretNu.Tests.Production;

public class HadronTableCatalogTests
{
    static string Data => TestData.Directory;

    [Fact]
    public void PathFollowsForeseeConvention() =>
        Assert.Equal(Path.Combine("/d", "foresee", "hadrons", "13.6TeV", "NLO-P8-Min", "NLO-P8-Min_13.6TeV_-4122.txt"),
            HadronTableCatalog.Path("/d", "13.6", "NLO-P8-Min", -4122));

    [Theory]
    [InlineData(14.0, "14")]
    [InlineData(13.6, "13.6")]
    [InlineData(27, "27")]
    public void EnergyLabels(double sqrtS, string label) => Assert.Equal(label, HadronTableCatalog.EnergyLabel(sqrtS));

    [Fact]
    public void Inventory() // data/README §3.1 and §7: 84 files at 14 TeV, 138 at 13.6 TeV
    {
        Assert.Equal(["13.6", "14"], HadronTableCatalog.EnergyLabels(Data));
        Assert.Equal(["EPOSLHC", "NLO-P8", "NLO-P8-Max", "NLO-P8-Min", "Pythia8", "QGSJET", "SIBYLL", "SIBYLL2.3c"],
            HadronTableCatalog.Generators(Data, "14"));
        Assert.Equal(84, HadronTableCatalog.Generators(Data, "14").Sum(g => HadronTableCatalog.Species(Data, "14", g).Count));
        Assert.Equal(138, HadronTableCatalog.Generators(Data, "13.6").Sum(g => HadronTableCatalog.Species(Data, "13.6", g).Count));
    }

    [Theory]
    [InlineData("14", "EPOSLHC", "L")]
    [InlineData("14", "QGSJET", "L")]
    [InlineData("14", "SIBYLL", "LCT")]
    [InlineData("14", "SIBYLL2.3c", "LCT")]
    [InlineData("14", "Pythia8", "CT")]
    [InlineData("14", "NLO-P8", "CT")]
    [InlineData("13.6", "DPMJET", "LCT")]
    [InlineData("13.6", "Pythia8-ForwardMin", "LCT")]
    [InlineData("13.6", "NLO-P8-Max", "CT")]
    public void SpeciesPerGenerator(string energy, string generator, string present)
    {
        var expected = new List<int>();
        if (present.Contains('L')) expected.AddRange(HadronTableCatalog.LightHadrons);
        if (present.Contains('C')) expected.AddRange(HadronTableCatalog.CharmHadrons);
        if (present.Contains('T')) expected.AddRange(HadronTableCatalog.TauLeptons);
        Assert.Equal(expected, HadronTableCatalog.Species(Data, energy, generator));
    }

    [Fact]
    public void LoadReadsTheTable()
    {
        HadronTable t = HadronTableCatalog.Load(Data, "14", "EPOSLHC", 211);
        Assert.Equal(("EPOSLHC", "14", 211), (t.Generator, t.EnergyLabel, t.PdgId));
        Assert.Equal(1.38134e12, t.Normalization);
    }

    [Fact]
    public void UnknownGeneratorListsAvailable()
    {
        var e = Assert.Throws<InputException>(() => HadronTableCatalog.Load(Data, "14", "EPOS", 211));
        Assert.Contains("unknown generator 'EPOS'", e.Message);
        Assert.Contains("EPOSLHC, NLO-P8, NLO-P8-Max, NLO-P8-Min, Pythia8, QGSJET, SIBYLL, SIBYLL2.3c", e.Message);
    }

    [Fact]
    public void MissingSpeciesListsWhatExists()
    {
        var e = Assert.Throws<InputException>(() => HadronTableCatalog.Load(Data, "14", "Pythia8", 211));
        Assert.Contains("no table for PDG id 211", e.Message);
        Assert.Contains("411, -411, 421, -421, 431, -431, 4122, -4122, 15, -15", e.Message);
        Assert.Contains("Pythia8_14TeV_211.txt", e.Message);
    }

    [Fact]
    public void UnknownEnergyListsAvailable()
    {
        var e = Assert.Throws<InputException>(() => HadronTableCatalog.Generators(Data, "27"));
        Assert.Contains("27 TeV", e.Message);
        Assert.Contains("13.6, 14", e.Message);
    }
}
