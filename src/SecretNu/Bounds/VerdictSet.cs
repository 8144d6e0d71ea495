using SecretNu.Decays;
using SecretNu.Physics;
using SecretNu.Scans;

namespace SecretNu.Bounds;

/// <summary>The verdicts of a set of bound curves: each curve against every <see cref="ConstraintScenario"/> of its
/// coupling direction ("all" and "computed" first, then the disputed readings).</summary>
public static class VerdictSet
{
    /// <summary>One verdict per curve and scenario, grouped by curve.</summary>
    /// <param name="curves">The bound curves g(m_Z′).</param>
    /// <param name="directions">Coupling label → direction ĝ of the curves.</param>
    /// <param name="normalisation">Rate normalisation used to evaluate the computed constraints.</param>
    /// <param name="scenarios">False: only "all" and "computed".</param>
    /// <param name="cl">Confidence level the constraints are evaluated at (default <see cref="ConstraintEvaluator.TargetCl"/>).</param>
    public static IReadOnlyList<Verdict> For(IReadOnlyList<LimitCurve> curves, IReadOnlyDictionary<string, CouplingMatrix> directions,
        RateNormalisation normalisation, bool scenarios = true, double cl = ConstraintEvaluator.TargetCl)
    {
        // per curve: its grid, and each constraint on it once for all the scenarios it is part of
        var perCurve = new Verdict[curves.Count][];
        Parallel.For(0, curves.Count, Parallelism.Options, i =>
        {
            var c = curves[i];
            var d = directions[c.Coupling];
            var grid = CurveGrid.Of([.. c.Points.Select(p => (p.Mass, p.Coupling))]);
            var bounds = new Dictionary<ConstraintEntry, double[]>(ReferenceEqualityComparer.Instance);
            double[] On(ConstraintEntry e) =>
                bounds.TryGetValue(e, out var b) ? b : bounds[e] = grid.Evaluate(ExistingBounds.Function(e, d, normalisation));
            perCurve[i] = [.. ConstraintScenario.For(d, cl).Take(scenarios ? int.MaxValue : 2)
                .Select(s => VerdictFinder.Find(c.Experiment, c.Coupling, s.Name, grid, [.. s.Constraints.Select(e => (e.Name, On(e)))]))];
        });
        return [.. perCurve.SelectMany(v => v), .. AgainstBeamDump(curves, directions, normalisation, cl)];
    }

    /// <summary>"Against" of the verdicts of an LHC curve against a computed beam-dump curve alone, and against it together with
    /// every default constraint (the paper's "more strongly than the current constraints and DUNE ND").</summary>
    public static string BeamDumpScenario(string experiment, bool withConstraints) => withConstraints ? $"all+{experiment}" : experiment;

    /// <summary>Each LHC curve against each beam-dump curve of its coupling (DUNE ND), alone and with the "all" envelope.</summary>
    static IEnumerable<Verdict> AgainstBeamDump(IReadOnlyList<LimitCurve> curves, IReadOnlyDictionary<string, CouplingMatrix> directions,
        RateNormalisation normalisation, double cl)
    {
        foreach (var dune in curves.Where(Dune.BeamDumpScan.IsBeamDump))
        {
            var d = directions[dune.Coupling];
            var dunePoints = dune.Points.Select(p => (p.Mass, p.Coupling)).ToArray();
            // +∞ where the beam-dump curve has no bound (it then decides nothing)
            Func<double, double> duneBound = m => VerdictFinder.CurveAt(dunePoints, m) is var g && double.IsFinite(g) ? g : double.PositiveInfinity;
            var all = VerdictFinder.Bounds(ConstraintScenario.For(d, cl).First().Constraints, d, normalisation);
            var label = $"{dune.Experiment} (computed)";
            foreach (var c in curves.Where(c => c.Coupling == dune.Coupling && !Dune.BeamDumpScan.IsBeamDump(c)))
            {
                var pts = c.Points.Select(p => (p.Mass, p.Coupling)).ToArray();
                yield return VerdictFinder.Find(c.Experiment, c.Coupling, BeamDumpScenario(dune.Experiment, false), pts, [(label, duneBound)]);
                yield return VerdictFinder.Find(c.Experiment, c.Coupling, BeamDumpScenario(dune.Experiment, true), pts, [.. all, (label, duneBound)]);
            }
        }
    }
}
