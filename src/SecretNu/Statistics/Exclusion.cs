namespace SecretNu.Statistics;

/// <summary>
/// Where a Δχ²(g) that need not rise monotonically lies at or above a threshold, over g ∈ [gMin, gMax] (log scale):
/// the excluded intervals. A Z′ can make Δχ² rise, fall and rise again (the meson's width first depletes the SM
/// neutrinos, then the Z′ decays give some back), so an upper bound alone can misstate the data. The <see cref="Bound"/>
/// is the lower edge of the excluded interval that reaches gMax (everything above it is excluded); <see cref="Windows"/>
/// are the excluded intervals below it.
/// </summary>
/// <param name="Bound">Lower edge of the interval reaching gMax, or null when gMax is not excluded.</param>
/// <param name="Windows">Excluded intervals (lo, hi) below the bound, in increasing g.</param>
/// <param name="Detail">One line for humans.</param>
public sealed record Exclusion(double? Bound, IReadOnlyList<(double Low, double High)> Windows, string Detail)
{
    /// <summary>Grid nodes per decade of g.</summary>
    public const int NodesPerDecade = 8;

    /// <summary>Relative precision of each refined interval edge.</summary>
    public const double EdgeTolerance = 1e-3;

    /// <summary>The log-uniform grid from <paramref name="gMin"/> to <paramref name="gMax"/> (both included).</summary>
    public static double[] Grid(double gMin, double gMax)
    {
        int n = (int)Math.Ceiling(Math.Log10(gMax / gMin) * NodesPerDecade);
        return [.. Enumerable.Range(0, n + 1).Select(k => k == n ? gMax : gMin * Math.Pow(10, (double)k / NodesPerDecade))];
    }

    /// <summary>Finds the excluded intervals of <paramref name="deltaChi2"/> from its values on <paramref name="grid"/>,
    /// refining each edge by bisection in log g to <see cref="EdgeTolerance"/>.</summary>
    /// <param name="deltaChi2">Δχ²(g) ≥ 0.</param>
    /// <param name="grid">Increasing g values (e.g. <see cref="Grid"/>).</param>
    /// <param name="values">Δχ² at the grid nodes.</param>
    /// <param name="threshold">The CL threshold, e.g. 2.706.</param>
    public static Exclusion Find(Func<double, double> deltaChi2, IReadOnlyList<double> grid, IReadOnlyList<double> values, double threshold)
    {
        var intervals = new List<(double, double)>();
        int k = 0;
        while (k < grid.Count)
        {
            if (values[k] < threshold) { k++; continue; }
            double low = k == 0 ? grid[0] : Edge(deltaChi2, grid[k - 1], grid[k], threshold, aboveAtLow: false);
            int j = k;
            while (j + 1 < grid.Count && values[j + 1] >= threshold) j++;
            double high = j == grid.Count - 1 ? grid[^1] : Edge(deltaChi2, grid[j], grid[j + 1], threshold, aboveAtLow: true);
            intervals.Add((low, high));
            k = j + 1;
        }
        bool open = values[^1] >= threshold;
        double? bound = open ? intervals[^1].Item1 : null;
        var windows = open ? intervals.Take(intervals.Count - 1).ToArray() : intervals.ToArray();
        string detail = bound is double b
            ? (values[0] >= threshold ? $"excluded at every g from {grid[0]:G3}" : $"excluded above g = {b:G4}") +
              (windows.Length > 0 ? $"; also excluded {string.Join(", ", windows.Select(w => $"{w.Item1:G3}–{w.Item2:G3}"))}" : "")
            : windows.Length > 0 ? $"no bound below g = {grid[^1]:G3}; excluded only {string.Join(", ", windows.Select(w => $"{w.Item1:G3}–{w.Item2:G3}"))}"
            : $"no bound below g = {grid[^1]:G3} (max delta chi2 {values.Max():G3} < {threshold:G4})";
        return new Exclusion(bound, windows, detail);
    }

    /// <summary>The g in [a, b] where Δχ² crosses the threshold (one side below, the other at or above).</summary>
    static double Edge(Func<double, double> deltaChi2, double a, double b, double threshold, bool aboveAtLow)
    {
        bool aAbove = aboveAtLow;
        double la = Math.Log(a), lb = Math.Log(b);
        while (lb - la > Math.Log(1 + EdgeTolerance))
        {
            double mid = 0.5 * (la + lb);
            if ((deltaChi2(Math.Exp(mid)) >= threshold) == aAbove) la = mid; else lb = mid;
        }
        return Math.Exp(0.5 * (la + lb));
    }
}
