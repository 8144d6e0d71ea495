using SecretNu.Decays;
using SecretNu.Physics;

namespace SecretNu.Bounds;

/// <summary>A mass range [GeV] and the constraint that decides it (the strongest existing one there; "none" where no
/// constraint of the set covers the mass).</summary>
public sealed record DecidingRange(double Lo, double Hi, string Constraint);

/// <summary>
/// Where one bound curve lies below an envelope of existing constraints: the mass ranges [GeV] and, inside them,
/// which constraint decides each part.
/// </summary>
/// <param name="Experiment">Experiment (exposure) name of the bound curve.</param>
/// <param name="Coupling">Coupling label of the curve, e.g. "etau".</param>
/// <param name="Against">"all" (the default envelope), "computed" (its computed members) or a scenario name.</param>
/// <param name="Ranges">Mass ranges [GeV], (lo, hi) in increasing order, where the curve lies below the envelope.</param>
/// <param name="Deciding">The same ranges split by the constraint that sets the envelope in each part.</param>
public sealed record Verdict(string Experiment, string Coupling, string Against, IReadOnlyList<(double Lo, double Hi)> Ranges,
    IReadOnlyList<DecidingRange> Deciding);

/// <summary>
/// Finds the mass ranges where a curve g(m) (log-log interpolated between its scan points) lies below the envelope
/// min_c g_c(m) of a set of constraints. The comparison runs on the union of the curve's masses and the constraints'
/// tabulation grid (<see cref="ExistingBounds.Grid"/>: 20 per decade plus every end point and points beside it), and a
/// range edge between a point below and one above is placed where log(g/g_env) crosses zero, linearly in log m, when
/// both sides are finite; otherwise at the last point verified below (so a range is never widened by a guess).
/// </summary>
public static class VerdictFinder
{
    /// <summary>The verdict of one curve (points: mass [GeV], bound or null) against a set of constraints.</summary>
    public static Verdict Find(string experiment, string coupling, string against, IReadOnlyList<(double Mass, double? G)> curve,
        IReadOnlyList<ConstraintEntry> constraints, CouplingMatrix direction, RateNormalisation normalisation = RateNormalisation.Derived) =>
        Find(experiment, coupling, against, curve, Bounds(constraints, direction, normalisation));

    /// <summary>The constraints as named functions g_c(m) for ĝ (<see cref="ExistingBounds.At"/>), the envelope form of
    /// <see cref="Find(string, string, string, IReadOnlyList{ValueTuple{double, double?}}, IReadOnlyList{ValueTuple{string, Func{double, double}}})"/>.</summary>
    public static (string Name, Func<double, double> Bound)[] Bounds(IEnumerable<ConstraintEntry> constraints, CouplingMatrix direction,
        RateNormalisation normalisation = RateNormalisation.Derived) =>
        [.. constraints.Select(c => (c.Name, ExistingBounds.Function(c, direction, normalisation)))];

    /// <summary>The same with the envelope given as named functions g_c(m) (+∞ where a constraint says nothing).</summary>
    public static Verdict Find(string experiment, string coupling, string against, IReadOnlyList<(double Mass, double? G)> curve,
        IReadOnlyList<(string Name, Func<double, double> Bound)> constraints)
    {
        var onGrid = CurveGrid.Of(curve);
        return Find(experiment, coupling, against, onGrid, [.. constraints.Select(c => (c.Name, onGrid.Evaluate(c.Bound)))]);
    }

    /// <summary>The same on a curve's comparison grid, with each constraint's bound at every grid point (+∞ where it says
    /// nothing): the curve and the constraints are evaluated once for all the sets they are compared in.</summary>
    public static Verdict Find(string experiment, string coupling, string against, CurveGrid curve, IReadOnlyList<(string Name, double[] Bounds)> constraints)
    {
        if (curve.Empty) return new Verdict(experiment, coupling, against, [], []);
        var grid = curve.Masses;
        int n = grid.Length;
        var r = new double[n];          // log(g/g_env): < 0 below the envelope; −∞ where no constraint covers the mass
        var arg = new string[n];
        for (int i = 0; i < n; i++)
        {
            double g = curve.G[i];
            double env = double.PositiveInfinity;
            string name = "none";
            foreach (var (cname, bounds) in constraints)
            {
                double b = bounds[i];
                if (b < env) { env = b; name = cname; }
            }
            r[i] = double.IsNaN(g) ? double.NaN : double.IsPositiveInfinity(env) ? double.NegativeInfinity : Math.Log(g / env);
            arg[i] = name;
        }
        bool Below(int i) => r[i] < 0; // NaN (no curve there) is not below

        var ranges = new List<(double, double)>();
        var deciding = new List<DecidingRange>();
        for (int i = 0; i < n; i++)
        {
            if (!Below(i)) continue;
            int j = i;
            while (j + 1 < n && Below(j + 1)) j++;
            double a = i > 0 ? Edge(grid, r, i - 1, i) : grid[i];
            double b = j + 1 < n ? Edge(grid, r, j, j + 1) : grid[j];
            ranges.Add((a, b));
            // sub-ranges by deciding constraint: switch at the midpoint (in log m) between grid points
            int k = i;
            double start = a;
            while (k <= j)
            {
                int l = k;
                while (l + 1 <= j && arg[l + 1] == arg[k]) l++;
                double end = l < j ? Math.Sqrt(grid[l] * grid[l + 1]) : b;
                deciding.Add(new DecidingRange(start, end, arg[k]));
                start = end;
                k = l + 1;
            }
            i = j;
        }
        return new Verdict(experiment, coupling, against, ranges, deciding);
    }

    /// <summary>The mass where r crosses 0 between grid points i and j (one below, one not).</summary>
    static double Edge(double[] grid, double[] r, int i, int j)
    {
        int below = r[i] < 0 ? i : j;
        if (!double.IsFinite(r[i]) || !double.IsFinite(r[j])) return grid[below];
        return LogLogInterpolation.Between(grid[i], grid[j], r[i] / (r[i] - r[j]));
    }

    /// <summary>Log-log interpolation of the curve at m: NaN outside it or next to a point without a bound.</summary>
    public static double CurveAt(IReadOnlyList<(double Mass, double? G)> curve, double m)
    {
        for (int i = 0; i < curve.Count; i++)
        {
            if (curve[i].Mass == m) return curve[i].G ?? double.NaN;
            if (i + 1 < curve.Count && m > curve[i].Mass && m < curve[i + 1].Mass)
            {
                if (curve[i].G is not double a || curve[i + 1].G is not double b) return double.NaN;
                return LogLogInterpolation.Segment(curve[i].Mass, a, curve[i + 1].Mass, b, m);
            }
        }
        return double.NaN;
    }

    /// <summary>Total length in decades of a set of ranges.</summary>
    public static double Decades(IEnumerable<(double Lo, double Hi)> ranges) => ranges.Sum(r => Math.Log10(r.Hi / r.Lo));

    /// <summary>The part of [lo, hi] (decades) covered by the ranges, as a fraction of its length in log m.</summary>
    public static double CoveredFraction(IReadOnlyList<(double Lo, double Hi)> ranges, double lo, double hi)
    {
        double covered = ranges.Sum(r => Math.Max(0, Math.Log10(Math.Min(r.Hi, hi) / Math.Max(r.Lo, lo))));
        return covered / Math.Log10(hi / lo);
    }
}

/// <summary>
/// A bound curve on the grid its verdicts are found on: the union of the curve's masses and the constraints' tabulation
/// grid (<see cref="ExistingBounds.Grid"/>) over the curve's range, and the curve there (log-log interpolated; NaN outside
/// it or beside a point without a bound).
/// </summary>
public sealed class CurveGrid
{
    /// <summary>The grid [GeV], increasing.</summary>
    public double[] Masses { get; }
    /// <summary>The curve at each grid mass (NaN: no bound there).</summary>
    public double[] G { get; }
    /// <summary>Whether the curve has no finite positive bound at all (then its verdicts are empty).</summary>
    public bool Empty { get; }

    CurveGrid(double[] masses, double[] g, bool empty) { Masses = masses; G = g; Empty = empty; }

    /// <summary>The grid of a curve (points: mass [GeV], bound or null).</summary>
    public static CurveGrid Of(IReadOnlyList<(double Mass, double? G)> curve)
    {
        if (!curve.Any(p => p.G is double g && g > 0 && double.IsFinite(g))) return new([], [], true);
        double lo = curve.Min(p => p.Mass), hi = curve.Max(p => p.Mass);
        var grid = ExistingBounds.Grid(lo, hi).Concat(curve.Select(p => p.Mass)).Distinct().Order().ToArray();
        return new(grid, [.. grid.Select(m => VerdictFinder.CurveAt(curve, m))], false);
    }

    /// <summary>A bound function at every grid mass.</summary>
    public double[] Evaluate(Func<double, double> bound) => [.. Masses.Select(bound)];
}
