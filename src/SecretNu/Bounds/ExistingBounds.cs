using System.Collections.Concurrent;
using SecretNu.Decays;
using SecretNu.Physics;

namespace SecretNu.Bounds;

/// <summary>
/// The existing constraints of <see cref="ConstraintCatalog"/> for a coupling direction ĝ (bounds on the scale g),
/// evaluated by <see cref="ConstraintEvaluator"/> and tabulated for figures and tables on a grid of
/// <see cref="PointsPerDecade"/> log-spaced masses plus every constraint's end points and points just beside them,
/// so that each curve reaches its kinematic edge. Evaluations are cached per (constraint, normalisation, direction, mass).
/// </summary>
public static class ExistingBounds
{
    /// <summary>Tabulation density: the curves are smooth in log m except at end points, which are added exactly.</summary>
    public const int PointsPerDecade = 20;

    /// <summary>Relative offsets of the extra points beside an end point (the bound diverges there as the accepted rate vanishes).</summary>
    static readonly double[] EdgeOffsets = [1e-4, 1e-3, 1e-2, 3e-2];

    /// <summary>Every bound evaluated in this process: one series (mass → bound) per constraint, confidence level, normalisation and direction.</summary>
    static readonly ConcurrentDictionary<(string Id, double Cl, RateNormalisation N, string Direction), ConcurrentDictionary<double, double>> Cache = new();

    static ConcurrentDictionary<double, double> Series(ConstraintEntry c, RateNormalisation n, string direction) =>
        Cache.GetOrAdd((c.Id, c.Cl, n, direction), _ => new());

    /// <summary>The bound of one constraint at one mass (+∞: no constraint there), cached.</summary>
    public static double At(ConstraintEntry c, CouplingMatrix direction, double mass, RateNormalisation normalisation = RateNormalisation.Derived) =>
        Function(c, direction, normalisation)(mass);

    /// <summary><see cref="At"/> as a function of the mass (its series is looked up once, not per mass: the verdicts call it
    /// some 10⁵ times).</summary>
    public static Func<double, double> Function(ConstraintEntry c, CouplingMatrix direction, RateNormalisation normalisation = RateNormalisation.Derived)
    {
        var series = Series(c, normalisation, direction.ToString());
        return mass => series.GetOrAdd(mass, m => ConstraintEvaluator.Bound(c, direction, m, normalisation));
    }

    /// <summary>Every catalog constraint that sees ĝ, tabulated over [lo, hi] GeV (default: the masses' range), at the
    /// confidence level <paramref name="cl"/> where it can be converted (<see cref="ConstraintCatalog.AtCl"/>).</summary>
    public static IReadOnlyList<ExistingBound> For(CouplingMatrix direction, IReadOnlyList<double> masses, RateNormalisation normalisation = RateNormalisation.Derived,
        double cl = ConstraintEvaluator.TargetCl)
    {
        double lo = masses.Min(), hi = masses.Max();
        var grid = Grid(lo, hi);
        var constraints = ConstraintCatalog.AtCl(cl).Where(c => ConstraintEvaluator.Applies(c, direction)).ToArray();
        var points = grid.Concat(masses).Distinct().Order().ToArray();
        // every (constraint, mass) is independent: evaluated in parallel into its own slot, collected in order
        var values = Stored(constraints, direction, points, normalisation);
        if (values is null)
        {
            values = new double[constraints.Length * points.Length];
            Parallel.For(0, values.Length, Parallelism.Options, i => values[i] = At(constraints[i / points.Length], direction, points[i % points.Length], normalisation));
            Store(constraints, direction, points, normalisation, values);
        }
        var list = new List<ExistingBound>();
        for (int ci = 0; ci < constraints.Length; ci++)
        {
            var ms = new List<double>();
            var gs = new List<double>();
            for (int mi = 0; mi < points.Length; mi++)
            {
                double g = values[ci * points.Length + mi];
                if (double.IsFinite(g)) { ms.Add(points[mi]); gs.Add(g); }
            }
            if (ms.Count > 0) list.Add(new ExistingBound(constraints[ci], ms, gs));
        }
        return list;
    }

    const string CacheMagic = "secretnu-existing-bounds-1";

    /// <summary>The persistent cache entry of a tabulation: the exact build, the constraints (id and CL), the direction, the
    /// points (exact bits) and the normalisation.</summary>
    static string? CachePath(ConstraintEntry[] constraints, CouplingMatrix direction, double[] points, RateNormalisation n, out string key)
    {
        key = "";
        if (CacheFile.Directory is null) return null;
        key = CacheFile.Key(CacheMagic, n.ToString(), direction.ToString(),
            string.Join(",", constraints.Select(c => $"{c.Id}@{c.Cl.ToString("R", System.Globalization.CultureInfo.InvariantCulture)}")),
            string.Join(",", points.Select(m => BitConverter.DoubleToInt64Bits(m).ToString("x16"))));
        return CacheFile.PathOf(key, ".bounds");
    }

    /// <summary>A tabulation read back from the persistent cache (every value also put in the in-process cache, which the
    /// verdicts read on the same points), or null.</summary>
    static double[]? Stored(ConstraintEntry[] constraints, CouplingMatrix direction, double[] points, RateNormalisation n)
    {
        if (CachePath(constraints, direction, points, n, out string key) is not { } path) return null;
        var values = CacheFile.TryRead(path, CacheMagic, key, r => CacheFile.ReadDoubles(r) is { } v && v.Length == constraints.Length * points.Length ? v : null);
        if (values is null) return null;
        string d = direction.ToString();
        for (int i = 0; i < values.Length; i++)
        {
            var c = constraints[i / points.Length];
            Series(c, n, d).TryAdd(points[i % points.Length], values[i]);
        }
        return values;
    }

    static void Store(ConstraintEntry[] constraints, CouplingMatrix direction, double[] points, RateNormalisation n, double[] values)
    {
        if (CachePath(constraints, direction, points, n, out string key) is { } path)
            CacheFile.TryWrite(path, CacheMagic, key, w => CacheFile.WriteDoubles(w, values));
    }

    /// <summary>The constraints on each labelled coupling direction over the masses (as <see cref="For"/>, at 90 % CL), in
    /// the order given; for <c>secretnu bounds</c>, where a direction without any constraint is an input error.</summary>
    /// <param name="couplings">Label (e.g. "etau") and direction ĝ of each coupling.</param>
    /// <param name="masses">Masses [GeV]; the constraints are tabulated over their range.</param>
    /// <param name="normalisation">Rate normalisation of the computed constraints.</param>
    /// <param name="massesText">The masses as given (--masses), quoted in the error.</param>
    /// <exception cref="InputException">No constraint on some coupling covers the masses.</exception>
    public static IReadOnlyDictionary<string, IReadOnlyList<ExistingBound>> ForCouplings(IReadOnlyList<(string Label, CouplingMatrix Direction)> couplings,
        IReadOnlyList<double> masses, RateNormalisation normalisation, string massesText)
    {
        var existing = couplings.ToDictionary(c => c.Label, c => For(c.Direction, masses, normalisation));
        foreach (var (label, list) in existing)
            if (list.Count == 0)
                throw new InputException($"--masses '{massesText}': no existing constraint on g_{label} covers {Units.FormatEnergy(masses.Min())}–{Units.FormatEnergy(masses.Max())}");
        return existing;
    }

    /// <summary>The tabulation grid over [lo, hi]: log-spaced points, every end point of every constraint and of every
    /// M → ℓνZ′ channel, and points just beside each end point.</summary>
    public static IReadOnlyList<double> Grid(double lo, double hi)
    {
        var points = new SortedSet<double>();
        int n = Math.Max(2, (int)Math.Ceiling(Math.Log10(hi / lo) * PointsPerDecade) + 1);
        for (int i = 0; i < n; i++) points.Add(n == 1 ? lo : lo * Math.Pow(hi / lo, i / (double)(n - 1)));
        foreach (double e in EndPoints.All())
        {
            points.Add(e);
            foreach (double d in EdgeOffsets) { points.Add(e * (1 - d)); points.Add(e * (1 + d)); }
        }
        return points.Where(m => m >= lo && m <= hi).ToArray();
    }
}
