namespace SecretNu.Spectra;

/// <summary>
/// Tabulation nodes for a spectrum on [lo, hi]: geometric in E from max(lo, hi·dynamicRange) up to hi/2, then
/// geometric in (hi − E) down to hi·endResolution, then hi. Relative resolution is uniform at both ends, so power-law
/// behaviour near E → 0 and √(hi − E) edges at the kinematic endpoint are both interpolated accurately.
/// </summary>
public static class EnergyNodes
{
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
        return nodes.ToArray();
    }
}
