using SecretNu.Physics;
using SecretNu.Spectra;

namespace SecretNu.Fluxes;

/// <summary>
/// Neutrinos through a detector face per lab-energy bin, per species and per parent species [counts for the given
/// luminosity]. Immutable once built.
/// </summary>
public sealed class FluxTable
{
    public double[] Edges { get; }
    public IReadOnlyList<int> Parents { get; }
    readonly double[] _counts; // [parent][species][bin]
    public int Bins => Edges.Length - 1;

    public FluxTable(double[] edges, IReadOnlyList<int> parents, double[] counts)
    {
        Edges = edges; Parents = parents; _counts = counts;
        if (counts.Length != parents.Count * 6 * Bins) throw new ArgumentException("counts length");
    }

    public ReadOnlySpan<double> Counts(int parentIndex, NeutrinoSpecies s) => _counts.AsSpan((parentIndex * 6 + (int)s) * Bins, Bins);

    /// <summary>Sum over parents.</summary>
    public double[] Counts(NeutrinoSpecies s)
    {
        var r = new double[Bins];
        for (int p = 0; p < Parents.Count; p++)
        {
            var c = Counts(p, s);
            for (int k = 0; k < Bins; k++) r[k] += c[k];
        }
        return r;
    }

    public double Total(NeutrinoSpecies s) => Counts(s).Sum();

    /// <summary>Standard-Model flux: the SM rest-frame spectra of every parent folded through its measure, × luminosity [pb⁻¹].</summary>
    public static FluxTable StandardModel(IReadOnlyDictionary<int, DopplerMeasure> measures, double luminosityPerPb, double[] edges,
        StandardModelOptions? options = null)
    {
        var parents = measures.Keys.ToArray();
        int nb = edges.Length - 1;
        var counts = new double[parents.Length * 6 * nb];
        Parallel.For(0, parents.Length, Parallelism.Options, i =>
        {
            var mu = SpectrumFolder.TotalOverClasses(measures[parents[i]]);
            var spectra = StandardModelSpectra.ForParent(parents[i], options);
            foreach (var s in FlavorExtensions.AllSpecies)
                SpectrumFolder.Fold(spectra[s], mu, edges, counts.AsSpan((i * 6 + (int)s) * nb, nb), luminosityPerPb);
        });
        return new FluxTable(edges, parents, counts);
    }
}
