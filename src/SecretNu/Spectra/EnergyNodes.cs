namespace SecretNu.Spectra;

/// <summary>
/// Tabulation nodes for a spectrum on [lo, hi] (width W = hi − lo), in two geometric families that meet at the centre
/// lo + W/2: geometric in u = E − lo from u₀ up, and geometric in (hi − E) from W/2 down to W·endResolution, then
/// hi. Relative resolution is thus uniform at both ends, so power laws at E → 0, an (E − lo)^p rise at a lower edge
/// lo > 0 and √(hi − E) edges at the kinematic endpoint are all interpolated accurately. For lo below hi·dynamicRange
/// the lower family is geometric in E from hi·dynamicRange (below it the cumulative is linear); for larger lo it
/// starts at lo itself with u₀ = min(lo·(r − 1), W·endResolution), r = 10^(1/nodesPerDecade), so a remote edge
/// (lo ≪ W) costs about one decade of nodes and a near one (a spectrum squeezed near kinematic closure) is resolved
/// like the upper edge. Optionally a uniform grid of linearNodes points over the support is added, and a node at a
/// known kink of the density (e.g. E* = M/2 for the ν of Z′ → νν̄, where the Z′ threshold contributes), which
/// Hermite interpolation then resolves on each side.
/// </summary>
public static class EnergyNodes
{
    /// <summary>Default number of uniform (linear) nodes added over the support.</summary>
    public const int MinimumLinearNodes = 48;
    /// <summary>Nodes closer than this fraction of the local geometric step to their predecessor are dropped.</summary>
    public const double MinimumGapFraction = 0.25;

    /// <summary>The tabulation nodes [GeV], increasing and ending at <paramref name="hi"/> (families as in the class summary).</summary>
    /// <param name="lo">Lower end of the support [GeV] (≥ 0).</param>
    /// <param name="hi">Upper end of the support [GeV] (&gt; lo).</param>
    /// <param name="nodesPerDecade">Geometric nodes per decade in each family.</param>
    /// <param name="dynamicRange">Lowest energy resolved, as a fraction of hi (below it the cumulative is linear).</param>
    /// <param name="endResolution">Closest approach to the ends, as a fraction of the width hi − lo.</param>
    /// <param name="linearNodes">Points of the added uniform grid.</param>
    /// <param name="kink">Energy [GeV] of a known kink of the density to place a node at; NaN for none.</param>
    public static double[] DoubleLog(double lo, double hi, int nodesPerDecade, double dynamicRange, double endResolution = 1e-5,
        int linearNodes = MinimumLinearNodes, double kink = double.NaN)
    {
        double w = hi - lo, half = 0.5 * w, step = Math.Pow(10, 1.0 / nodesPerDecade) - 1;
        double floor = hi * dynamicRange - lo, edge = Math.Min(lo * step, w * endResolution);
        bool lowerEdge = lo > 0 && edge > floor;
        double u0 = Math.Max(floor, edge);
        var nodes = new List<double>();
        if (lowerEdge) nodes.Add(lo);
        if (u0 < half)
        {
            int n = Math.Max(2, (int)Math.Ceiling(Math.Log10(half / u0) * nodesPerDecade));
            for (int i = 0; i < n; i++) nodes.Add(lo + u0 * Math.Pow(half / u0, (double)i / n));
        }
        double gapStart = hi - Math.Max(lo + u0, lo + half), gapEnd = w * endResolution;
        if (gapStart > gapEnd)
        {
            int n = Math.Max(2, (int)Math.Ceiling(Math.Log10(gapStart / gapEnd) * nodesPerDecade));
            for (int i = 0; i <= n; i++) nodes.Add(hi - gapStart * Math.Pow(gapEnd / gapStart, (double)i / n));
        }
        else nodes.Add(lo + Math.Max(u0, half));
        nodes.Add(hi);
        double lin0 = nodes.Min();
        for (int i = 1; i < linearNodes; i++) nodes.Add(lin0 + (hi - lin0) * i / linearNodes);
        bool hasKink = kink > lin0 && kink < hi;
        if (hasKink) nodes.Add(kink);
        nodes.Sort();
        // merge nodes of the families that nearly coincide: an interval much shorter than the local step carries a
        // cumulative increment below the quadrature error, which can come out ≤ 0 and then force the monotonicity
        // limiter to zero the densities at both ends (an O(1e-3) defect in the neighbouring intervals)
        double minGap = MinimumGapFraction * step;
        var result = new List<double>(nodes.Count) { nodes[0] };
        for (int i = 1; i < nodes.Count - 1; i++)
        {
            double last = result[^1];
            if (nodes[i] - last > minGap * Math.Min(last - (lowerEdge ? lo : 0), hi - last)) result.Add(nodes[i]);
            else if (hasKink && nodes[i] == kink && result.Count > 1) result[^1] = kink; // the kink node has priority
        }
        if (hasKink) // drop a node just above the kink
        {
            int k = result.IndexOf(kink);
            if (k >= 0 && k + 1 < result.Count && result[k + 1] - kink <= minGap * Math.Min(kink - (lowerEdge ? lo : 0), hi - kink)) result.RemoveAt(k + 1);
            // halve the two intervals next to the kink: the density bends fastest there
            if (k >= 0 && k + 1 < result.Count) result.Insert(k + 1, 0.5 * (kink + result[k + 1]));
            if (k > 0) result.Insert(k, 0.5 * (kink + result[k - 1]));
        }
        double prev = result[^1];
        if (result.Count > 1 && hi - prev <= minGap * Math.Min(prev - (lowerEdge ? lo : 0), hi - prev)) result[^1] = hi;
        else result.Add(hi);
        return result.ToArray();
    }
}
