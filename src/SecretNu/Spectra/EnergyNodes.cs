namespace SecretNu.Spectra;

/// <summary>
/// Tabulation nodes for a spectrum on [lo, hi]: geometric in E from max(lo, hi·dynamicRange) up to hi/2, then
/// geometric in (hi − E) down to hi·endResolution, then hi. Relative resolution is uniform at both ends, so power-law
/// behaviour near E → 0 and √(hi − E) edges at the kinematic endpoint are both interpolated accurately; plus a uniform
/// grid of <see cref="MinimumLinearNodes"/> points for narrow supports.
/// </summary>
public static class EnergyNodes
{
    public const int MinimumLinearNodes = 48;

    public static double[] DoubleLog(double lo, double hi, int nodesPerDecade, double dynamicRange, double endResolution = 1e-5)
    {
        double start = Math.Max(lo, hi * dynamicRange), mid = 0.5 * hi;
        var nodes = new List<double>();
        if (start < mid)
        {
            int n = Math.Max(2, (int)Math.Ceiling(Math.Log10(mid / start) * nodesPerDecade));
            for (int i = 0; i < n; i++) nodes.Add(start * Math.Pow(mid / start, (double)i / n));
        }
        double gapStart = hi - Math.Max(start, mid), gapEnd = hi * endResolution;
        if (gapStart > gapEnd)
        {
            int n = Math.Max(2, (int)Math.Ceiling(Math.Log10(gapStart / gapEnd) * nodesPerDecade));
            for (int i = 0; i <= n; i++) nodes.Add(hi - gapStart * Math.Pow(gapEnd / gapStart, (double)i / n));
        }
        else nodes.Add(Math.Max(start, mid));
        nodes.Add(hi);
        // absolute resolution too: a spectrum squeezed into a fraction of a decade (near kinematic closure) still
        // gets ≥ MinimumLinearNodes nodes over its support
        double lin0 = nodes[0];
        for (int i = 1; i < MinimumLinearNodes; i++) nodes.Add(lin0 + (hi - lin0) * i / MinimumLinearNodes);
        nodes.Sort();
        var result = new List<double>(nodes.Count) { nodes[0] };
        foreach (double x in nodes)
            if (x > result[^1] * (1 + 1e-9) + 1e-300) result.Add(x);
        result[^1] = hi;
        return result.ToArray();
    }
}
