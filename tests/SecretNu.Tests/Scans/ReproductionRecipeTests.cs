using SecretNu.Scans;

namespace SecretNu.Tests.Scans;

/// <summary>Issue 12: the figure recipe of reproduce is a validated document (embedded default, --recipe to replace).</summary>
public class ReproductionRecipeTests
{
    [Fact]
    public void TheEmbeddedRecipeIsTheSeedPapers()
    {
        var r = ReproductionRecipe.SeedPaper;
        Assert.Equal(["faser-nu", "faser2-nu-x100", "faser2-nu-x1000", "dune-nd"], r.Experiments); // DUNE ND computed (issue 15)
        Assert.Equal(0.01, r.Figure1.Mass);
        Assert.Equal([(2, "etau"), (3, "ee"), (4, "mutau"), (5, "emu")], r.BoundFigures.Select(f => (f.Number, f.Coupling)));
        Assert.Equal(1e-3, r.Figure1.Couplings[SecretNu.Physics.Flavor.E, SecretNu.Physics.Flavor.Tau]);
    }

    const string Good = """
        { "experiments": ["snd-lhc"], "figure1": { "mass": "1MeV", "couplings": "ee=1e-3" },
          "bound_figures": [ { "number": 7, "coupling": "ee" } ] }
        """;

    [Fact]
    public void AUserRecipeIsRead()
    {
        var r = ReproductionRecipe.Parse(Good, "mine.json");
        Assert.Equal(["snd-lhc"], r.Experiments);
        Assert.Equal(1e-3, r.Figure1.Mass, 1e-15);
        Assert.Equal("Fig. 7: bound on g_{ee}", r.BoundFigures[0].Title);
    }

    [Theory]
    [InlineData("\"experiments\": [\"snd-lhc\"]", "\"experiments\": []", "names no experiment")]
    [InlineData("\"number\": 7", "\"number\": 7, \"colour\": \"red\"", "not a reproduce recipe")]
    [InlineData("\"coupling\": \"ee\" } ]", "\"coupling\": \"ee\" }, { \"number\": 7, \"coupling\": \"mutau\" } ]", "given twice")]
    [InlineData("\"coupling\": \"ee\" }", "\"coupling\": \"xx\" }", "recipe:")]
    [InlineData("\"mass\": \"1MeV\"", "\"mass\": \"10meV\"", "figure1.mass")]
    [InlineData(", \"couplings\": \"ee=1e-3\"", "", "not a reproduce recipe")]
    public void BadRecipesAreRefusedNamingTheFile(string from, string to, string message)
    {
        var e = Assert.Throws<InputException>(() => ReproductionRecipe.Parse(Good.Replace(from, to), "mine.json"));
        Assert.Contains(message, e.Message);
        Assert.Contains("mine.json", e.Message);
    }
}
