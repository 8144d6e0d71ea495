using SecretNu.Spectra;

namespace SecretNu.Fluxes;

/// <summary>
/// Folds a rest-frame spectrum through a <see cref="DopplerMeasure"/> into lab-energy bins (physics.md eq. 6.1 integrated
/// over a bin): N_k = Σ_d μ_d [C(E_{k+1}/D_d) − C(E_k/D_d)], for continua via their cumulative and for lines by placing
/// D_d·E*₀ in its bin. Result in the measure's units (pb, i.e. neutrinos per pb⁻¹).
/// </summary>
public static class SpectrumFolder
{
    /// <summary>μ summed over decay-position classes, per Doppler node.</summary>
    public static double[] TotalOverClasses(DopplerMeasure measure)
    {
        int nD = DopplerGrid.Count;
        var t = new double[nD];
        for (int z = 0; z < measure.Classes; z++)
        {
            var row = measure.Row(z);
            for (int d = 0; d < nD; d++) t[d] += row[d];
        }
        return t;
    }

    /// <summary>Adds the folded spectrum × scale to <paramref name="result"/> (length edges − 1).</summary>
    public static void Fold(RestFrameSpectrum spectrum, ReadOnlySpan<double> mu, ReadOnlySpan<double> edges, Span<double> result, double scale = 1)
    {
        int nb = edges.Length - 1;
        Span<double> c = stackalloc double[edges.Length];
        for (int d = 0; d < mu.Length; d++)
        {
            double m = mu[d] * scale;
            if (m == 0) continue;
            double dop = DopplerGrid.Value(d);
            foreach (var line in spectrum.Lines)
            {
                int k = BinOf(dop * line.Energy, edges);
                if (k >= 0) result[k] += m * line.Weight;
            }
            foreach (var cont in spectrum.Continua)
            {
                if (cont.Hi * dop <= edges[0] || cont.Lo * dop >= edges[nb]) continue;
                for (int k = 0; k <= nb; k++) c[k] = cont.Cumulative(edges[k] / dop);
                for (int k = 0; k < nb; k++) result[k] += m * (c[k + 1] - c[k]);
            }
        }
    }

    /// <summary>
    /// Folds a Z′ → νν̄ spectrum keeping the decay-position class l of the measure and the decay-length class c of the
    /// neutrino (<see cref="DecayLengthClasses"/>): result[(k·nl + l)·nc + c] += scale · μ_ld [C(E_{k+1}/D) − C(E_k/D)]
    /// · φ_c(E*), with φ the class fractions at the bin's geometric centre E* = √(E_k E_{k+1})/D.
    /// </summary>
    public static void FoldByClass(ZDecaySpectrum spectrum, DopplerMeasure measure, ReadOnlySpan<double> edges, Span<double> result, double scale = 1)
    {
        int nb = edges.Length - 1, nl = measure.Classes, nc = DecayLengthClasses.Count;
        var cont = spectrum.Spectrum;
        Span<double> c = stackalloc double[edges.Length];
        for (int l = 0; l < nl; l++)
        {
            var row = measure.Row(l);
            for (int d = 0; d < row.Length; d++)
            {
                double m = row[d] * scale;
                if (m == 0) continue;
                double dop = DopplerGrid.Value(d);
                if (cont.Hi * dop <= edges[0] || cont.Lo * dop >= edges[nb]) continue;
                for (int k = 0; k <= nb; k++) c[k] = cont.Cumulative(edges[k] / dop);
                for (int k = 0; k < nb; k++)
                {
                    double dc = c[k + 1] - c[k];
                    if (dc <= 0) continue;
                    var frac = spectrum.ClassFractionsAt(Math.Sqrt(edges[k] * edges[k + 1]) / dop);
                    var target = result.Slice((k * nl + l) * nc, nc);
                    double w = m * dc;
                    for (int i = 0; i < nc; i++) target[i] += w * frac[i];
                }
            }
        }
    }

    /// <summary>Index of the bin [edges[k], edges[k+1]) holding e, or −1 outside.</summary>
    public static int BinOf(double e, ReadOnlySpan<double> edges)
    {
        if (e < edges[0] || e >= edges[^1]) return -1;
        int lo = 0, hi = edges.Length - 1;
        while (hi - lo > 1)
        {
            int mid = (lo + hi) >> 1;
            if (e >= edges[mid]) lo = mid; else hi = mid;
        }
        return lo;
    }
}
