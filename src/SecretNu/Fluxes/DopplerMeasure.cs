namespace SecretNu.Fluxes;

/// <summary>
/// The decay elements of one parent species that can send a neutrino through a detector face, reduced to what any
/// isotropic rest-frame spectrum needs (physics.md §6.1, 6.6): for each Doppler factor D on <see cref="DopplerGrid"/>
/// and each class of decay position, μ = Σ w · ΔA (n̂·r̂)/r² · D²/(4π) [pb], so that a rest-frame spectrum with cumulative
/// C(E*) per decay gives N_bin = L · Σ μ [C(E_hi/D) − C(E_lo/D)] neutrinos in a lab-energy bin for luminosity L [pb⁻¹].
/// Distance classes keep the distance from the decay point to the face (for the Z′ decay probability); their
/// μ-weighted mean distance is stored. This is the cached intermediate through which the SM and every Z′ spectrum
/// are folded.
/// </summary>
public sealed class DopplerMeasure
{
    /// <summary>Upper edges [m] of the decay-position classes in z (the last class takes everything beyond).</summary>
    public static readonly double[] ZClassEdges = [25, 60, 100, double.PositiveInfinity];

    /// <summary>PDG id of the parent hadron (either sign).</summary>
    public int ParentPdgId { get; }
    /// <summary>μ [pb] indexed [zClass * DopplerGrid.Count + d].</summary>
    public double[] Weights { get; }
    /// <summary>μ-weighted mean distance from decay point to the face [m] per z class (NaN where empty).</summary>
    public double[] MeanDistance { get; }

    /// <summary>A measure from its weights; throws <see cref="ArgumentException"/> unless <paramref name="weights"/> has
    /// <see cref="Classes"/> × <see cref="DopplerGrid.Count"/> entries.</summary>
    /// <param name="parent">PDG id of the parent hadron.</param>
    /// <param name="weights">μ [pb] indexed [zClass * DopplerGrid.Count + d].</param>
    /// <param name="meanDistance">μ-weighted mean distance to the face [m] per z class.</param>
    public DopplerMeasure(int parent, double[] weights, double[] meanDistance)
    {
        if (weights.Length != ZClassEdges.Length * DopplerGrid.Count) throw new ArgumentException("weights length");
        ParentPdgId = parent; Weights = weights; MeanDistance = meanDistance;
    }

    /// <summary>Decay-position class of a decay at z [m] along the beam line: the first class whose upper edge exceeds z.</summary>
    public static int ZClass(double z)
    {
        int c = 0;
        while (z >= ZClassEdges[c]) c++;
        return c;
    }

    /// <summary>Number of decay-position classes (length of <see cref="ZClassEdges"/>).</summary>
    public int Classes => ZClassEdges.Length;
    /// <summary>μ [pb] of one decay-position class over the Doppler grid (length <see cref="DopplerGrid.Count"/>).</summary>
    public ReadOnlySpan<double> Row(int zClass) => Weights.AsSpan(zClass * DopplerGrid.Count, DopplerGrid.Count);

    /// <summary>The mean of several measures of the same parent (an average over generators).</summary>
    public static DopplerMeasure Average(IReadOnlyList<DopplerMeasure> parts)
    {
        var w = new double[parts[0].Weights.Length];
        var num = new double[parts[0].MeanDistance.Length];
        var den = new double[num.Length];
        foreach (var p in parts)
        {
            for (int i = 0; i < w.Length; i++) w[i] += p.Weights[i] / parts.Count;
            for (int z = 0; z < num.Length; z++)
            {
                double rowSum = 0;
                foreach (double x in p.Row(z)) rowSum += x;
                if (rowSum > 0) { num[z] += rowSum * p.MeanDistance[z]; den[z] += rowSum; }
            }
        }
        var mean = new double[num.Length];
        for (int z = 0; z < mean.Length; z++) mean[z] = den[z] > 0 ? num[z] / den[z] : double.NaN;
        return new DopplerMeasure(parts[0].ParentPdgId, w, mean);
    }

    /// <summary>Σ μ [pb]: neutrinos through the face per pb⁻¹ for a spectrum of one neutrino per decay, all energies.</summary>
    public double Total => Weights.Sum();
}
