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
        if (AnalysisGrid.IsAligned(edges) && spectrum.Lines.Count == 0)
        {
            foreach (var cont in spectrum.Continua) FoldAligned(cont, mu, result, scale);
            return;
        }
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
        if (AnalysisGrid.IsAligned(edges)) { FoldAlignedByClass(spectrum, measure, result, scale); return; }
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

    // ---- the aligned grid: lab bin j and Doppler node d see rest-frame cells m = 2j − d and m + 1 ----

    /// <summary>Cell integrals C(cell m upper) − C(cell m lower) for m = mOffset … mOffset + count − 1.</summary>
    static double[] Cells(ContinuousSpectrum c, out int mOffset)
    {
        int nb = AnalysisGrid.TrueEdges.Length - 1, nD = DopplerGrid.Count;
        int mMin = -(nD - 1), mMax = 2 * nb; // cells that any (j, d) can touch
        // restrict to the support
        int lo = Math.Max(mMin, (int)Math.Floor((Math.Log10(Math.Max(c.Lo, 1e-300)) - Math.Log10(AnalysisGrid.CellLow(0))) / DopplerGrid.Step) - 1);
        int hi = Math.Min(mMax, (int)Math.Ceiling((Math.Log10(c.Hi) - Math.Log10(AnalysisGrid.CellLow(0))) / DopplerGrid.Step) + 1);
        mOffset = lo;
        if (hi < lo) return [];
        var cells = new double[hi - lo + 1];
        double prev = c.Cumulative(AnalysisGrid.CellLow(lo));
        for (int m = lo; m <= hi; m++)
        {
            double next = c.Cumulative(AnalysisGrid.CellLow(m + 1));
            cells[m - lo] = next - prev;
            prev = next;
        }
        return cells;
    }

    static void FoldAligned(ContinuousSpectrum c, ReadOnlySpan<double> mu, Span<double> result, double scale)
    {
        var cells = Cells(c, out int off);
        if (cells.Length == 0) return;
        int nb = result.Length;
        for (int d = 0; d < mu.Length; d++)
        {
            double m = mu[d] * scale;
            if (m == 0) continue;
            // j range where cells 2j − d, 2j − d + 1 meet [off, off + len)
            int jLo = Math.Max(0, (off + d - 1 + 1) / 2 - 1), jHi = Math.Min(nb - 1, (off + cells.Length + d) / 2 + 1);
            for (int j = jLo; j <= jHi; j++)
            {
                int a = 2 * j - d - off;
                double v = 0;
                if ((uint)a < (uint)cells.Length) v += cells[a];
                if ((uint)(a + 1) < (uint)cells.Length) v += cells[a + 1];
                result[j] += m * v;
            }
        }
    }

    static void FoldAlignedByClass(ZDecaySpectrum spectrum, DopplerMeasure measure, Span<double> result, double scale)
    {
        var cells = Cells(spectrum.Spectrum, out int off);
        if (cells.Length == 0) return;
        int nc = DecayLengthClasses.Count, nl = measure.Classes, nb = AnalysisGrid.TrueEdges.Length - 1;
        // sparse class fractions per cell (at the cell's geometric centre)
        var start = new int[cells.Length + 1];
        var idx = new List<int>(cells.Length * 2);
        var val = new List<double>(cells.Length * 2);
        for (int m = 0; m < cells.Length; m++)
        {
            start[m] = idx.Count;
            if (cells[m] <= 0) continue;
            var frac = spectrum.ClassFractionsAt(Math.Sqrt(AnalysisGrid.CellLow(m + off) * AnalysisGrid.CellLow(m + off + 1)));
            for (int q = 0; q < nc; q++) if (frac[q] > 0) { idx.Add(q); val.Add(frac[q] * cells[m]); }
        }
        start[cells.Length] = idx.Count;
        var ci = idx.ToArray();
        var cv = val.ToArray();
        for (int l = 0; l < nl; l++)
        {
            var row = measure.Row(l);
            for (int d = 0; d < row.Length; d++)
            {
                double mu = row[d] * scale;
                if (mu == 0) continue;
                int jLo = Math.Max(0, (off + d) / 2 - 1), jHi = Math.Min(nb - 1, (off + cells.Length + d) / 2 + 1);
                for (int j = jLo; j <= jHi; j++)
                {
                    int a = 2 * j - d - off;
                    var target = result.Slice((j * nl + l) * nc, nc);
                    for (int cell = a; cell <= a + 1; cell++)
                    {
                        if ((uint)cell >= (uint)cells.Length) continue;
                        for (int t = start[cell]; t < start[cell + 1]; t++) target[ci[t]] += mu * cv[t];
                    }
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
