using SecretNu.Physics;
using SecretNu.Spectra;

namespace SecretNu.Fluxes;

/// <summary>
/// Neutrinos through a detector face per lab-energy bin, per species and per parent species [counts for the given
/// luminosity]. Immutable once built.
/// </summary>
public sealed class FluxTable
{
    /// <summary>Lab-energy bin edges [GeV], increasing.</summary>
    public double[] Edges { get; }
    /// <summary>PDG ids of the parent hadrons, in table order.</summary>
    public IReadOnlyList<int> Parents { get; }
    readonly double[] _counts; // [parent][species][bin]
    /// <summary>Number of energy bins.</summary>
    public int Bins => Edges.Length - 1;

    /// <summary>A table from its counts; throws <see cref="ArgumentException"/> unless there are parents × 6 × bins of them.</summary>
    /// <param name="edges">Lab-energy bin edges [GeV].</param>
    /// <param name="parents">PDG ids of the parents.</param>
    /// <param name="counts">Neutrinos per bin, indexed [(parent · 6 + species) · bins + bin].</param>
    public FluxTable(double[] edges, IReadOnlyList<int> parents, double[] counts)
    {
        Edges = edges; Parents = parents; _counts = counts;
        if (counts.Length != parents.Count * 6 * Bins) throw new ArgumentException("counts length");
    }

    /// <summary>Neutrinos per bin of one species from the parent at <paramref name="parentIndex"/> in <see cref="Parents"/>.</summary>
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

    /// <summary>Neutrinos of one species through the face, all parents and bins.</summary>
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
