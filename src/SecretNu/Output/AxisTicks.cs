using System.Globalization;

namespace SecretNu.Output;

/// <summary>A tick at <paramref name="Position"/> in axis units (log10 of the value on a log axis); unlabelled when <paramref name="Label"/> is null.</summary>
internal readonly record struct Tick(double Position, bool Major, string? Label);

/// <summary>
/// Tick positions and labels. ScottPlot 5 has no log scale, so a log axis is a linear axis over log10 of the values
/// with these ticks: majors at each decade labelled 10ⁿ (every k-th decade when there are many), minors at 2…9 × 10ⁿ.
/// </summary>
internal static class AxisTicks
{
    const double Eps = 1e-9;
    const char Minus = '\u2212';

    /// <summary>Ticks for an axis spanning [<paramref name="lo"/>, <paramref name="hi"/>] in axis units.</summary>
    public static IReadOnlyList<Tick> For(AxisScale scale, double lo, double hi, int maxLabels = 8)
    {
        if (!(hi > lo) || !double.IsFinite(lo) || !double.IsFinite(hi)) return [];
        return scale == AxisScale.Log ? Log(lo, hi, maxLabels) : Linear(lo, hi);
    }

    static List<Tick> Log(double lo, double hi, int maxLabels)
    {
        var ticks = new List<Tick>();
        int first = (int)Math.Ceiling(lo - Eps), last = (int)Math.Floor(hi + Eps);
        int decades = last - first + 1;
        int step = Math.Max(1, (int)Math.Ceiling(decades / (double)maxLabels));
        for (int n = first; n <= last; n++)
            ticks.Add(new Tick(n, true, Mod(n, step) == 0 ? Power(n) : null));

        if (hi - lo > 12) return ticks; // minor ticks would only blacken the axis
        bool labelMinors = decades < 2;  // less than two labelled decades: label 2…9 × 10ⁿ as well
        for (int n = (int)Math.Floor(lo) - 1; n <= (int)Math.Ceiling(hi); n++)
            for (int m = 2; m <= 9; m++)
            {
                double p = n + Math.Log10(m);
                if (p < lo - Eps || p > hi + Eps) continue;
                string? label = labelMinors && (decades == 1 ? m is 2 or 5 : m is 2 or 3 or 5) ? Number(m * Math.Pow(10, n)) : null;
                ticks.Add(new Tick(p, false, label));
            }
        return ticks;
    }

    static List<Tick> Linear(double lo, double hi)
    {
        var ticks = new List<Tick>();
        double raw = (hi - lo) / 5;
        double mag = Math.Pow(10, Math.Floor(Math.Log10(raw)));
        double norm = raw / mag;
        double unit = norm < 1.5 ? 1 : norm < 3 ? 2 : norm < 7 ? 5 : 10;
        double step = unit * mag;
        double minor = step / (unit == 2 ? 4 : 5);
        for (long k = (long)Math.Ceiling(lo / minor - Eps); k * minor <= hi + Eps * step; k++)
        {
            double p = k * minor;
            bool major = Math.Abs(p / step - Math.Round(p / step)) < 1e-6;
            if (major) p = Math.Round(p / step) * step;
            ticks.Add(new Tick(p, major, major ? Number(p) : null));
        }
        return ticks;
    }

    static int Mod(int a, int b) => ((a % b) + b) % b;

    /// <summary>"10^{n}" with a true minus sign, in <see cref="RichText"/> markup.</summary>
    internal static string Power(int n) =>
        "10^{" + (n < 0 ? Minus + (-n).ToString(CultureInfo.InvariantCulture) : n.ToString(CultureInfo.InvariantCulture)) + "}";

    /// <summary>A plain number, shortest round-trip form, with a true minus sign.</summary>
    internal static string Number(double v)
    {
        if (Math.Abs(v) < 1e-12) v = 0;
        string s = v.ToString("G6", CultureInfo.InvariantCulture);
        return s.Replace('-', Minus);
    }
}
