using System.Numerics;
namespace SecretNu.Detection;

/// <summary>
/// Gaussian energy smearing (physics.md §7.3): reconstructed energy ~ N(E, (r E)²), so a true energy E lands in
/// reconstructed bin [E_j, E_{j+1}] with P(j|E) = ½[erf((E_{j+1} − E)/(√2 r E)) − erf((E_j − E)/(√2 r E))]. Events outside
/// the reconstructed range are lost (the same for SM and Z′). The matrix maps true-energy bins (at their geometric
/// centres) to reconstructed bins.
/// </summary>
public sealed class Smearing
{
    readonly double[] _m; // [reco * nTrue + true]
    readonly double[] _mT; // [true * nReco + reco]
    /// <summary>Number of true-energy bins.</summary>
    public int TrueBins { get; }
    /// <summary>Number of reconstructed-energy bins.</summary>
    public int RecoBins { get; }
    /// <summary>Relative energy resolution r = σ_E/E (0: no smearing).</summary>
    public double Resolution { get; }

    /// <summary>The migration matrix from true bins (evaluated at their geometric centres) to reconstructed bins.</summary>
    /// <param name="trueEdges">True-energy bin edges [GeV], increasing.</param>
    /// <param name="recoEdges">Reconstructed-energy bin edges [GeV], increasing.</param>
    /// <param name="resolution">Relative resolution r (≥ 0).</param>
    public Smearing(ReadOnlySpan<double> trueEdges, ReadOnlySpan<double> recoEdges, double resolution)
    {
        TrueBins = trueEdges.Length - 1; RecoBins = recoEdges.Length - 1; Resolution = resolution;
        _m = new double[TrueBins * RecoBins];
        for (int k = 0; k < TrueBins; k++)
        {
            double e = Math.Sqrt(trueEdges[k] * trueEdges[k + 1]);
            for (int j = 0; j < RecoBins; j++)
                _m[j * TrueBins + k] = Probability(e, recoEdges[j], recoEdges[j + 1], resolution);
        }
        _mT = new double[TrueBins * RecoBins];
        for (int k = 0; k < TrueBins; k++)
            for (int j = 0; j < RecoBins; j++) _mT[k * RecoBins + j] = _m[j * TrueBins + k];
    }

    /// <summary>P(reconstructed in [lo, hi] | true e) for relative resolution r (r = 0: a step).</summary>
    public static double Probability(double e, double lo, double hi, double r)
    {
        if (r <= 0) return e >= lo && e < hi ? 1 : 0;
        double s = Math.Sqrt(2) * r * e;
        return 0.5 * (MathNet.Numerics.SpecialFunctions.Erf((hi - e) / s) - MathNet.Numerics.SpecialFunctions.Erf((lo - e) / s));
    }

    /// <summary>P(reconstructed bin <paramref name="reco"/> | true bin <paramref name="tru"/>).</summary>
    public double this[int reco, int tru] => _m[reco * TrueBins + tru];

    /// <summary>reco += M · true.</summary>
    /// <remarks>Each reconstructed bin sums its terms in ascending true bin from zero, then is added to reco; the
    /// reconstructed bins are independent, so they are summed side by side in vector lanes (the same sums).</remarks>
    public void Apply(ReadOnlySpan<double> trueCounts, Span<double> reco)
    {
        int nv = Vector<double>.Count, j = 0;
        if (trueCounts.Length == TrueBins && RecoBins >= nv)
        {
            Span<double> sums = stackalloc double[RecoBins];
            for (; j <= RecoBins - nv; j += nv)
            {
                var s = Vector<double>.Zero;
                for (int k = 0; k < TrueBins; k++)
                    s += new Vector<double>(_mT.AsSpan(k * RecoBins + j, nv)) * new Vector<double>(trueCounts[k]);
                s.CopyTo(sums[j..]);
            }
            for (int i = 0; i < j; i++) reco[i] += sums[i];
        }
        for (; j < RecoBins; j++)
        {
            double s = 0;
            var row = _m.AsSpan(j * TrueBins, TrueBins);
            for (int k = 0; k < TrueBins; k++) s += row[k] * trueCounts[k];
            reco[j] += s;
        }
    }
}
