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
        var jobs = (from c in curves
                    let d = directions[c.Coupling]
                    from s in ConstraintScenario.For(d, cl).Take(scenarios ? int.MaxValue : 2)
                    select (Curve: c, Direction: d, Scenario: s)).ToArray();
        var verdicts = new Verdict[jobs.Length];
        Parallel.For(0, jobs.Length, Parallelism.Options, i =>
        {
            var (c, d, s) = jobs[i];
            verdicts[i] = VerdictFinder.Find(c.Experiment, c.Coupling, s.Name, c.Points.Select(p => (p.Mass, p.Coupling)).ToArray(), s.Constraints, d, normalisation);
        });
        return verdicts;
    }
}
