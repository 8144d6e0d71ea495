using System.Numerics;
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
        Span<double> mu = stackalloc double[nl];
        // Doppler node outermost: the cumulatives and class fractions at E/D serve every position class
        for (int d = 0; d < DopplerGrid.Count; d++)
        {
            if (!Column(measure, d, scale, mu)) continue;
            double dop = DopplerGrid.Value(d);
            if (cont.Hi * dop <= edges[0] || cont.Lo * dop >= edges[nb]) continue;
            for (int k = 0; k <= nb; k++) c[k] = cont.Cumulative(edges[k] / dop);
            for (int k = 0; k < nb; k++)
            {
                double dc = c[k + 1] - c[k];
                if (dc <= 0) continue;
                var frac = spectrum.OccupiedClassFractionsAt(Math.Sqrt(edges[k] * edges[k + 1]) / dop, out int first);
                for (int l = 0; l < nl; l++)
                {
                    double w = mu[l] * dc;
                    if (w == 0) continue;
                    var target = result.Slice((k * nl + l) * nc + first, frac.Length);
                    for (int i = 0; i < frac.Length; i++) target[i] += w * frac[i];
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

    /// <summary>
    /// The aligned fold by class as a discrete convolution: lab bin j and Doppler node d take the cell pair starting at
    /// a = 2j − d, so the class-resolved pair sums P_c(a) = φ_c(a)·cell(a) + φ_c(a+1)·cell(a+1) are formed once (dense
    /// over the classes that occur, φ at each cell's geometric centre) and each (d, j) adds μ_ld·P(a) for every position
    /// class l.
    /// </summary>
    static void FoldAlignedByClass(ZDecaySpectrum spectrum, DopplerMeasure measure, Span<double> result, double scale)
    {
        var cells = Cells(spectrum.Spectrum, out int off);
        if (cells.Length == 0) return;
        int nc = DecayLengthClasses.Count, nl = measure.Classes, nb = AnalysisGrid.TrueEdges.Length - 1;
        // pairs a = −1 … len − 1 stored at a + 1; classes [lo, hi) of each pair carry everything
        int np = cells.Length + 1;
        // a per-thread buffer, all zero between calls: only the class ranges [lo, hi) of the pairs used are cleared after
        var pairs = t_pairs is { } buffer && buffer.Length >= np * nc ? buffer : (t_pairs = new double[Math.Max(np * nc, 512 * nc)]);
        Span<int> lo = np <= 1024 ? stackalloc int[np] : new int[np], hi = np <= 1024 ? stackalloc int[np] : new int[np];
        try
        {
            lo.Fill(nc); hi.Clear();
            for (int m = 0; m < cells.Length; m++)
            {
                if (cells[m] <= 0) continue;
                var frac = spectrum.OccupiedClassFractionsAt(Math.Sqrt(AnalysisGrid.CellLow(m + off) * AnalysisGrid.CellLow(m + off + 1)), out int first);
                for (int f = 0; f < frac.Length; f++)
                {
                    int q = first + f;
                    if (frac[f] <= 0) continue;
                    double v = frac[f] * cells[m];
                    foreach (int p in (ReadOnlySpan<int>)[m, m + 1]) // cell m is the first of pair m and the second of pair m − 1
                    {
                        pairs[p * nc + q] += v;
                        lo[p] = Math.Min(lo[p], q); hi[p] = Math.Max(hi[p], q + 1);
                    }
                }
            }
            Span<double> mu = stackalloc double[nl];
            int nv = Vector<double>.Count;
            for (int d = 0; d < DopplerGrid.Count; d++)
            {
                if (!Column(measure, d, scale, mu)) continue;
                int jLo = Math.Max(0, (off + d) / 2 - 1), jHi = Math.Min(nb - 1, (off + cells.Length + d) / 2 + 1);
                for (int j = jLo; j <= jHi; j++)
                {
                    int p = 2 * j - d - off + 1;
                    if ((uint)p >= (uint)np || hi[p] == 0) continue;
                    var pair = pairs.AsSpan(p * nc + lo[p], hi[p] - lo[p]);
                    for (int l = 0; l < nl; l++)
                    {
                        if (mu[l] == 0) continue;
                        var target = result.Slice((j * nl + l) * nc + lo[p], pair.Length);
                        // the classes q are independent: vector lanes do the same products and sums
                        var m = new Vector<double>(mu[l]);
                        int q = 0;
                        for (; q <= pair.Length - nv; q += nv)
                            (new Vector<double>(target[q..]) + m * new Vector<double>(pair[q..])).CopyTo(target[q..]);
                        for (; q < pair.Length; q++) target[q] += mu[l] * pair[q];
                    }
                }
            }
        }
        finally
        {
            for (int p = 0; p < np; p++)
                if (hi[p] > lo[p]) Array.Clear(pairs, p * nc + lo[p], hi[p] - lo[p]);
        }
    }

    [ThreadStatic] static double[]? t_pairs;

    /// <summary>μ of every decay-position class at Doppler node d, × scale; false when all vanish.</summary>
    static bool Column(DopplerMeasure measure, int d, double scale, Span<double> mu)
    {
        bool any = false;
        for (int l = 0; l < mu.Length; l++) { mu[l] = measure.Row(l)[d] * scale; any |= mu[l] != 0; }
        return any;
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
