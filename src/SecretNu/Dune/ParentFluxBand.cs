namespace SecretNu.Dune;

/// <summary>
/// A central parent reconstruction and the variations around it (two regularisation strengths, a K/π-split
/// variation; <see cref="Regularisation.Variations"/>). The band of a parent spectrum is the per-bin envelope of the
/// central and all variations (all share the same parent bins).
/// </summary>
public sealed class ParentFluxBand
{
    /// <summary>The central reconstruction.</summary>
    public DuneReconstruction Central { get; }
    /// <summary>The variations.</summary>
    public IReadOnlyList<DuneReconstruction> Variations { get; }

    /// <summary>A band from the central result and its variations.</summary>
    public ParentFluxBand(DuneReconstruction central, IReadOnlyList<DuneReconstruction> variations)
    {
        Central = central; Variations = variations;
    }

    IEnumerable<DuneReconstruction> All => Variations.Prepend(Central);

    /// <summary>Per-bin lower edge of the band of <paramref name="parent"/> [POT⁻¹ GeV⁻¹ cm⁻²].</summary>
    public double[] Lower(DuneParent parent) => Envelope(parent, Math.Min);
    /// <summary>Per-bin upper edge of the band of <paramref name="parent"/> [POT⁻¹ GeV⁻¹ cm⁻²].</summary>
    public double[] Upper(DuneParent parent) => Envelope(parent, Math.Max);

    /// <summary>Relative half-width of the band of the integral of <paramref name="parent"/>:
    /// (max − min)/(2 × central) over the central and the variations.</summary>
    public double IntegralSpread(DuneParent parent)
    {
        var v = All.Select(r => r.Parents[parent].Integral()).ToArray();
        double c = Central.Parents[parent].Integral();
        return c > 0 ? (v.Max() - v.Min()) / (2 * c) : 0;
    }

    double[] Envelope(DuneParent parent, Func<double, double, double> pick)
    {
        var result = Central.Parents[parent].Values.ToArray();
        foreach (var r in Variations)
        {
            var v = r.Parents[parent].Values;
            for (int j = 0; j < result.Length; j++) result[j] = pick(result[j], v[j]);
        }
        return result;
    }
}
