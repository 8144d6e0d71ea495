namespace SecretNu.Spectra;

/// <summary>
/// Classes of r = ε/E* for neutrinos from Z′ → νν̄, where E* is the neutrino's meson-frame energy and
/// ε = E_Z − M²/(4E*) (physics.md §6.5): a neutrino reaching the detector with lab energy E comes from a Z′ of lab
/// momentum ≈ r·E, so its decay probability is 1 − exp(−L M Γ/(ħc r E)). Classes are log-spaced in r ∈ [1, 10^MaxLog10R],
/// ClassesPerDecade per decade; the last class also holds r beyond the range (those Z′ are the most boosted, so
/// this slightly overestimates their decay probability — a fraction ≲ 1e-6 of the neutrinos for M ≥ 1e-7 GeV).
/// </summary>
public static class DecayLengthClasses
{
    /// <summary>Classes per decade of r.</summary>
    public const int ClassesPerDecade = 4;
    /// <summary>log10 of the largest r resolved (r up to 10⁶); larger r go to the last class.</summary>
    public const double MaxLog10R = 6;
    /// <summary>Number of classes: ClassesPerDecade × MaxLog10R = 24.</summary>
    public const int Count = (int)(ClassesPerDecade * MaxLog10R);

    /// <summary>Class index of r (r &lt; 1 goes to class 0).</summary>
    public static int Of(double r)
    {
        // most r are between 1 and a few: a short scan over the class edges beats a logarithm
        int c = 0;
        while (c < Count - 1 && r >= Edges[c + 1]) c++;
        return c;
    }

    static readonly double[] Edges = Enumerable.Range(0, Count + 1).Select(k => Math.Pow(10, (double)k / ClassesPerDecade)).ToArray();

    /// <summary>Lower edge of class c in r (10^(c/ClassesPerDecade); class 0 also takes r &lt; 1).</summary>
    public static double LowerEdge(int c) => Edges[c];

    /// <summary>Representative r of a class: the geometric centre.</summary>
    public static double Representative(int c) => Math.Pow(10, (c + 0.5) / ClassesPerDecade);
}
