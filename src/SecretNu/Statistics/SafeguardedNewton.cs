namespace SecretNu.Statistics;

/// <summary>The first and second derivative of a convex function of one variable (f′ increasing), at a point.</summary>
public interface IConvexDerivatives
{
    /// <summary>f′(x) and f″(x) (f″ &gt; 0 where f′ is to be followed; any positive multiple of both is fine).</summary>
    void At(double x, out double first, out double second);
}

/// <summary>
/// The one safeguarded Newton of the profiled likelihoods: minimises a convex f over x ≥ floor by Newton on the
/// increasing f′, keeping a bracket [lo, hi] of the root of f′ and bisecting whenever a Newton step leaves it. A minimum
/// on the bound (f′(floor) ≥ 0) is returned exactly, and flagged. Converges to a step below <see cref="Tolerance"/>.
/// Allocation-free: the derivatives come from a struct (also a ref struct over spans).
/// </summary>
public static class SafeguardedNewton
{
    /// <summary>Convergence: stop when the step is below this (absolute).</summary>
    public const double Tolerance = 1e-12;

    const int MaxIterations = 200;

    /// <summary>argmin over x ≥ <paramref name="floor"/> (−∞: unbounded) of f, starting from <paramref name="start"/> (or just
    /// above the floor when the start is not above it).</summary>
    /// <param name="f">The derivatives of f.</param>
    /// <param name="floor">Lower bound of x, or −∞.</param>
    /// <param name="start">Starting point.</param>
    /// <param name="atFloor">Whether the minimum lies on the bound.</param>
    /// <exception cref="InvalidOperationException">No convergence in 200 steps (not seen: each step at least halves the bracket or is Newton's).</exception>
    public static double Minimize<T>(ref T f, double floor, double start, out bool atFloor) where T : IConvexDerivatives, allows ref struct
    {
        double lo = floor, hi = double.PositiveInfinity;
        bool floorChecked = double.IsNegativeInfinity(floor);
        double x = start > floor ? start : floor + 1e-3;
        atFloor = false;
        for (int iter = 0; iter < MaxIterations; iter++)
        {
            f.At(x, out double d1, out double d2);
            if (d1 == 0) return x;
            if (d1 < 0) lo = x; else hi = x;
            double step = -d1 / d2;
            if (Math.Abs(step) < Tolerance && x + step >= floor) return x + step;
            double next = x + step;
            if (!(next > lo && next < hi))
            {
                if (!floorChecked && lo == floor)
                {
                    floorChecked = true;
                    f.At(floor, out double atBound, out _);
                    if (atBound >= 0)
                    {
                        atFloor = true; // the minimum is on the bound
                        return floor;
                    }
                }
                next = 0.5 * (lo + hi); // hi is finite here: the step went left because f′ > 0
            }
            if (Math.Abs(next - x) < Tolerance || hi - lo < Tolerance) return next;
            x = next;
        }
        throw new InvalidOperationException($"safeguarded Newton did not converge (last x = {x}, bracket [{lo}, {hi}])");
    }
}
