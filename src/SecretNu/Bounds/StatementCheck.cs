namespace SecretNu.Bounds;

/// <summary>One of the paper's statements checked for one experiment: result "holds", "holds only with --seed-mode"
/// or "does not hold", and the covered fraction of each claimed range (default and, when computed, seed mode).</summary>
public sealed record StatementCheck(PaperStatement Statement, string Experiment, string Result, IReadOnlyList<double> Covered,
    IReadOnlyList<double>? CoveredSeedMode, IReadOnlyList<(double Lo, double Hi)> Ranges, IReadOnlyList<(double Lo, double Hi)>? SeedRanges)
{
    /// <summary>Checks every statement against the "all" verdicts (and those of a seed-mode run, when given).</summary>
    public static IReadOnlyList<StatementCheck> For(IReadOnlyList<Verdict> verdicts, IReadOnlyList<Verdict>? seedVerdicts)
    {
        var list = new List<StatementCheck>();
        foreach (var s in PaperStatement.All)
            foreach (var e in s.Experiments)
            {
                // a statement about DUNE ND too is checked on the verdict with the DUNE ND curve when it was computed
                Verdict? Of(IReadOnlyList<Verdict> set) => set.FirstOrDefault(x => x.Experiment == e && x.Coupling == s.Coupling && x.Against == s.Against)
                    ?? set.FirstOrDefault(x => x.Experiment == e && x.Coupling == s.Coupling && x.Against == "all");
                var v = Of(verdicts);
                if (v is null) continue;
                var (holds, covered) = s.Check(v.Ranges);
                // the seed-mode check must compare against the same set (seed-mode runs have no DUNE ND curve: not computed then)
                var sv = seedVerdicts?.FirstOrDefault(x => x.Experiment == e && x.Coupling == s.Coupling && x.Against == v.Against);
                var seed = sv is null ? ((bool, IReadOnlyList<double>)?)null : s.Check(sv.Ranges);
                string result = holds ? "holds" : seed is { Item1: true } ? "holds only with --seed-mode" : "does not hold";
                list.Add(new StatementCheck(s, e, result, covered, seed?.Item2, v.Ranges, sv?.Ranges));
            }
        return list;
    }
}
