namespace SecretNu.Bounds;

/// <summary>
/// One statement of the reference paper (its Sec. IV and Summary) about where FASERν/FASER2ν improve on the current
/// bounds, as data: for each listed experiment, the curve is claimed below every current bound over each range
/// [GeV] (<see cref="Beats"/>), or nowhere (<see cref="Beats"/> empty).
/// </summary>
/// <param name="Coupling">The coupling label, e.g. "etau".</param>
/// <param name="Experiments">The experiments the statement is about.</param>
/// <param name="Beats">Claimed mass ranges [GeV] (empty: "cannot beat").</param>
/// <param name="Text">The statement as the paper makes it.</param>
/// <param name="Against">The verdict the statement is checked on: "all" (every default constraint), or "all+dune-nd" for a
/// statement that also claims to beat DUNE ND (checked on "all" when the DUNE ND curve was not computed).</param>
public sealed record PaperStatement(string Coupling, IReadOnlyList<string> Experiments, IReadOnlyList<(double Lo, double Hi)> Beats, string Text,
    string Against = "all")
{
    /// <summary>A claimed range holds when the verdict covers at least this fraction of it (in log m), the rest being
    /// the paper's rounding of a range read off a log plot.</summary>
    public const double CoveredToHold = 0.9;

    /// <summary>Statements of "cannot beat" hold when the verdict ranges together span less than this many decades.</summary>
    public const double NowhereDecades = 0.05;

    /// <summary>The paper's statements (Sec. IV; "m &lt; 2 keV" is read as 1–2 keV, the bottom of its mass range).</summary>
    public static readonly IReadOnlyList<PaperStatement> All =
    [
        new("etau", ["faser-nu"], [(0.05, 0.1)], "FASERν constrains g_eτ more strongly than the current constraints (and DUNE ND) for 50 MeV < m_Z′ < 100 MeV (150 MeV in its summary).",
            "all+dune-nd"),
        new("etau", ["faser2-nu-x100", "faser2-nu-x1000"], [(1e-6, 2e-6), (3e-3, 0.3)], "FASER2ν ×100 and ×1000 constrain g_eτ more strongly than the current constraints for m_Z′ < 2 keV and 3 MeV < m_Z′ < 300 MeV."),
        new("ee", ["faser-nu"], [], "FASERν cannot constrain g_ee more strongly than the current constraints."),
        new("ee", ["faser2-nu-x100", "faser2-nu-x1000"], [(1e-6, 2e-6), (3e-3, 0.2)], "FASER2ν ×100 and ×1000 improve the constraint on g_ee for m_Z′ < 2 keV and 3 MeV < m_Z′ < 200 MeV."),
        new("mutau", ["faser2-nu-x1000"], [(0.01, 0.3)], "FASER2ν ×1000 sets the most stringent bound on g_μτ for 10 MeV < m_Z′ < 300 MeV."),
        new("emu", ["faser2-nu-x1000"], [(0.015, 0.3)], "FASER2ν ×1000 improves the constraint on g_eμ slightly for 15 MeV < m_Z′ < 300 MeV."),
    ];

    /// <summary>Whether the statement holds for one experiment's verdict ranges; the covered fraction of each claimed range.</summary>
    public (bool Holds, IReadOnlyList<double> Covered) Check(IReadOnlyList<(double Lo, double Hi)> verdictRanges)
    {
        if (Beats.Count == 0) return (VerdictFinder.Decades(verdictRanges) < NowhereDecades, []);
        var covered = Beats.Select(b => VerdictFinder.CoveredFraction(verdictRanges, b.Lo, b.Hi)).ToArray();
        return (covered.All(f => f >= CoveredToHold), covered);
    }
}
