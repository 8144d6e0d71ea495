namespace SecretNu.Spectra;

/// <summary>
/// Meson-frame energy spectrum of the ν (or ν̄) from Z′ → νν̄, per Z′ decay (integral 1), for P_dec = 1, with, at each
/// tabulation node, the fractions of the density in each <see cref="DecayLengthClasses"/> class, so that the flux
/// stage can apply the decay probability neutrino by neutrino.
/// </summary>
public sealed class ZDecaySpectrum(ContinuousSpectrum spectrum, double[] classFractions)
{
    /// <summary>The energy distribution (all Z′ decayed).</summary>
    public ContinuousSpectrum Spectrum { get; } = spectrum;
    readonly double[] _fractions = classFractions; // [node * Count + class]
    // per node, the classes [first, end) outside which the fractions vanish
    readonly (int First, int End)[] _occupied = Occupied(classFractions);

    static (int, int)[] Occupied(double[] fractions)
    {
        int nc = DecayLengthClasses.Count;
        var result = new (int, int)[fractions.Length / nc];
        for (int i = 0; i < result.Length; i++)
        {
            var f = fractions.AsSpan(i * nc, nc);
            int first = 0, end = nc;
            while (first < nc && f[first] == 0) first++;
            while (end > first && f[end - 1] == 0) end--;
            result[i] = (first, end);
        }
        return result;
    }

    /// <summary>Fractions of the density at energy e in each decay-length class (nearest node; sums to 1).</summary>
    public ReadOnlySpan<double> ClassFractionsAt(double e) =>
        new(_fractions, NearestNode(e) * DecayLengthClasses.Count, DecayLengthClasses.Count);

    /// <summary>The same, trimmed to the classes that occur: fractions of classes first, first + 1, ….</summary>
    public ReadOnlySpan<double> OccupiedClassFractionsAt(double e, out int first)
    {
        int i = NearestNode(e);
        (first, int end) = _occupied[i];
        return new(_fractions, i * DecayLengthClasses.Count + first, end - first);
    }

    int NearestNode(double e)
    {
        var nodes = Spectrum.Nodes;
        int i = nodes.BinarySearch(e);
        if (i < 0)
        {
            i = ~i;
            if (i >= nodes.Length) i = nodes.Length - 1;
            else if (i > 0 && e - nodes[i - 1] < nodes[i] - e) i--;
        }
        return i;
    }

    /// <summary>Mean decay-length class weight: ∫ fraction(class) dN over the spectrum (diagnostic).</summary>
    public double[] ClassTotals()
    {
        var totals = new double[DecayLengthClasses.Count];
        var nodes = Spectrum.Nodes;
        var c = Spectrum.CumulativeAtNodes;
        for (int i = 1; i < nodes.Length; i++)
        {
            double dc = c[i] - c[i - 1];
            var f = ClassFractionsAt(0.5 * (nodes[i] + nodes[i - 1]));
            for (int k = 0; k < totals.Length; k++) totals[k] += dc * f[k];
        }
        return totals;
    }
}
