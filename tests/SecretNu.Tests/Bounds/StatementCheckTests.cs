using SecretNu.Bounds;

namespace SecretNu.Tests.Bounds;

/// <summary>The paper's "FASERν beats the current constraints and DUNE ND" statement is checked against both when the DUNE ND
/// curve was computed, and against the constraints alone (never a mix) otherwise.</summary>
public class StatementCheckTests
{
    static Verdict V(string against, params (double, double)[] ranges) => new("faser-nu", "etau", against, ranges, []);

    static StatementCheck ETau(IReadOnlyList<Verdict> verdicts, IReadOnlyList<Verdict>? seed = null) =>
        StatementCheck.For(verdicts, seed).Single(c => c.Experiment == "faser-nu" && c.Statement.Coupling == "etau");

    [Fact]
    public void WithTheDuneCurveTheStatementNeedsBoth()
    {
        var beatsConstraints = V("all", (0.04, 0.2));
        Assert.Equal("holds", ETau([beatsConstraints]).Result);
        Assert.Equal("does not hold", ETau([beatsConstraints, V("all+dune-nd")]).Result);
        Assert.Equal("holds", ETau([beatsConstraints, V("all+dune-nd", (0.045, 0.11))]).Result);
    }

    [Fact]
    public void TheSeedModeCheckUsesTheSameSet()
    {
        // the main run has DUNE ND, the seed-mode run does not: its "all" verdict must not stand in for "all+dune-nd"
        var check = ETau([V("all", (0.04, 0.2)), V("all+dune-nd")], [V("all", (0.04, 0.2))]);
        Assert.Equal("does not hold", check.Result);
        Assert.Null(check.SeedRanges);
    }
}
