using System.Globalization;

namespace SecretNu.Statistics;

/// <summary>
/// Finds the coupling g where a rising Δχ²(g) reaches a threshold (physics.md §8): start at g = ScanStart (Δχ² must
/// be below the threshold there), multiply by StepFactor until Δχ² exceeds the threshold or g reaches the cap, then
/// Brent's method (Brent–Dekker "zeroin": inverse quadratic interpolation, secant, bisection) in log10 g until the
/// bracket is narrower than log10(1 + RelativeTolerance).
/// <para>
/// Every evaluated point is kept, and each new one is checked against its neighbours in g: if Δχ² decreases with g
/// (beyond <see cref="LimitFinderOptions.MonotonicityTolerance"/>) the search stops and reports
/// <see cref="LimitStatus.NonMonotonic"/> rather than a number. The check covers the evaluated points only.
/// </para>
/// <para>
/// Math.NET's <c>Brent.TryFindRoot</c> is not used: besides the bracket width it also stops when |f| &lt; accuracy,
/// which would tie the tolerance on g to the slope of Δχ², and it cannot be stopped from inside when a point breaks
/// monotonicity.
/// </para>
/// </summary>
public static class LimitFinder
{
    const int MaxRootIterations = 200;

    /// <summary>Searches for the bound.</summary>
    /// <param name="deltaChi2">
    /// Δχ²(g) for g &gt; 0, expected non-decreasing. +∞ is allowed (counts as above the threshold); NaN throws
    /// <see cref="InvalidOperationException"/>. Called once per evaluation; exceptions propagate.
    /// </param>
    /// <param name="options">Settings (defaults: threshold 2.70554, start 1e-9, cap 1, factor 10, tolerance 1e-3).</param>
    public static LimitResult Find(Func<double, double> deltaChi2, LimitFinderOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(deltaChi2);
        var o = options ?? new LimitFinderOptions();
        o.Validate();
        var search = new Search(deltaChi2, o.MonotonicityTolerance);
        double thr = o.Threshold;

        // Bracketing.
        double gLo = o.ScanStart;
        if (!search.TryEvaluate(gLo, out double dLo)) return search.NonMonotonic();
        if (dLo >= thr)
            return new LimitResult(LimitStatus.BelowScanStart, null, dLo, gLo, search.Evaluations,
                $"bound below the scan start: delta chi2({F(gLo)}) = {F(dLo)} >= {F(thr)}");
        double gHi, dHi;
        for (int k = 1; ; k++)
        {
            gHi = o.ScanStart * Math.Pow(o.StepFactor, k);
            if (gHi >= o.Cap * (1 - 1e-12)) gHi = o.Cap;
            if (!search.TryEvaluate(gHi, out dHi)) return search.NonMonotonic();
            if (dHi == thr) return Found(gHi, dHi, search);
            if (dHi > thr) break;
            if (gHi == o.Cap)
                return new LimitResult(LimitStatus.NoBoundBelowCap, null, dHi, gHi, search.Evaluations,
                    $"no bound below g = {F(o.Cap)} (delta chi2 there = {F(dHi)} < {F(thr)})");
            gLo = gHi;
            dLo = dHi;
        }

        // Brent–Dekker in x = log10 g on [x(gLo), x(gHi)], f = Δχ² − threshold, f(a) < 0 < f(b).
        double tol = 0.999 * Math.Log10(1 + o.RelativeTolerance);
        double a = Math.Log10(gLo), fa = dLo - thr, b = Math.Log10(gHi), fb = dHi - thr;
        double c = b, fc = fb, d = b - a, e = d;
        for (int iter = 0; iter < MaxRootIterations; iter++)
        {
            if ((fb > 0 && fc > 0) || (fb < 0 && fc < 0)) { c = a; fc = fa; e = d = b - a; }
            if (Math.Abs(fc) < Math.Abs(fb)) { a = b; b = c; c = a; fa = fb; fb = fc; fc = fa; }
            double tol1 = 2 * 2.220446049250313e-16 * Math.Abs(b) + 0.5 * tol;
            double xm = 0.5 * (c - b);
            if (Math.Abs(xm) <= tol1 || fb == 0)
            {
                double g = Math.Pow(10, b);
                return Found(g, search.ValueNearest(g), search);
            }
            if (Math.Abs(e) >= tol1 && Math.Abs(fa) > Math.Abs(fb) && double.IsFinite(fa) && double.IsFinite(fb) && double.IsFinite(fc))
            {
                double s = fb / fa, p, q;
                if (a == c)
                {
                    p = 2 * xm * s; // secant
                    q = 1 - s;
                }
                else
                {
                    double qq = fa / fc, r = fb / fc; // inverse quadratic interpolation
                    p = s * (2 * xm * qq * (qq - r) - (b - a) * (r - 1));
                    q = (qq - 1) * (r - 1) * (s - 1);
                }
                if (p > 0) q = -q; else p = -p;
                if (2 * p < Math.Min(3 * xm * q - Math.Abs(tol1 * q), Math.Abs(e * q))) { e = d; d = p / q; }
                else { d = xm; e = d; }
            }
            else { d = xm; e = d; }
            a = b;
            fa = fb;
            b += Math.Abs(d) > tol1 ? d : (xm > 0 ? tol1 : -tol1);
            if (!search.TryEvaluate(Math.Pow(10, b), out double db)) return search.NonMonotonic();
            fb = db - thr;
        }
        throw new InvalidOperationException($"Brent's method did not converge in {MaxRootIterations} iterations between g = {F(gLo)} and {F(gHi)}.");
    }

    static LimitResult Found(double g, double d, Search search) =>
        new(LimitStatus.Found, g, d, g, search.Evaluations, $"g = {F(g)} (delta chi2 = {F(d)})");

    static string F(double x) => x.ToString("G6", CultureInfo.InvariantCulture);

    /// <summary>Evaluates Δχ², counts, and keeps the points sorted by g for the monotonicity check.</summary>
    sealed class Search(Func<double, double> deltaChi2, double tolerance)
    {
        readonly List<double> _g = [], _d = [];
        double _badG, _badD, _otherG, _otherD;

        public int Evaluations { get; private set; }

        /// <summary>False when the new point breaks monotonicity with a neighbour.</summary>
        public bool TryEvaluate(double g, out double d)
        {
            d = deltaChi2(g);
            Evaluations++;
            if (double.IsNaN(d)) throw new InvalidOperationException($"Delta chi2 is NaN at g = {g.ToString("R", CultureInfo.InvariantCulture)}.");
            int i = _g.BinarySearch(g);
            if (i < 0) i = ~i;
            if (i > 0 && Decreases(_d[i - 1], d)) return Flag(g, d, _g[i - 1], _d[i - 1]);
            int right = i < _g.Count && _g[i] == g ? i + 1 : i;
            if (right < _g.Count && Decreases(d, _d[right])) return Flag(g, d, _g[right], _d[right]);
            _g.Insert(i, g);
            _d.Insert(i, d);
            return true;
        }

        bool Decreases(double dLow, double dHigh) =>
            double.IsInfinity(dLow) || double.IsInfinity(dHigh)
                ? dHigh < dLow
                : dHigh < dLow - tolerance * (1 + Math.Abs(dLow));

        bool Flag(double g, double d, double otherG, double otherD)
        {
            (_badG, _badD, _otherG, _otherD) = (g, d, otherG, otherD);
            return false;
        }

        public LimitResult NonMonotonic()
        {
            var (lo, dl, hi, dh) = _badG < _otherG ? (_badG, _badD, _otherG, _otherD) : (_otherG, _otherD, _badG, _badD);
            return new LimitResult(LimitStatus.NonMonotonic, null, _badD, _badG, Evaluations,
                $"delta chi2 not monotonic: delta chi2({F(lo)}) = {F(dl)} > delta chi2({F(hi)}) = {F(dh)}");
        }

        /// <summary>Δχ² of the evaluated point closest to g in log g.</summary>
        public double ValueNearest(double g)
        {
            int best = 0;
            for (int i = 1; i < _g.Count; i++)
                if (Math.Abs(Math.Log(_g[i] / g)) < Math.Abs(Math.Log(_g[best] / g))) best = i;
            return _d[best];
        }
    }
}
