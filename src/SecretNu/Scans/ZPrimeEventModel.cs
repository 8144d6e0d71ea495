using System.Numerics;
using SecretNu.Detection;
using SecretNu.Fluxes;
using SecretNu.Numerics;
using SecretNu.Physics;
using SecretNu.Spectra;

namespace SecretNu.Scans;

/// <summary>
/// Expected reconstructed CC events per sample as a function of the coupling scale g along a fixed direction, at
/// one m_Z′ (physics.md §7–8): the <see cref="ZPrimeFluxModel"/> templates contracted with the detector response
/// (σ·n_T·ε, per true-energy bin), with the g-dependence of <see cref="ZPrimeScaling"/> (shared with Fig. 1's fluxes), and grouped by parent meson (π, K, D_s, D: Γ_M and Γ₃ are the same for M±). Built
/// once per mass and direction; <see cref="Predict"/> is allocation-free given scratch buffers, so every Brent step
/// of every exposure reuses it:
/// <code>T_j(g) = Σ_k S_jk [ F_k + Σ_groups Γ_M/Γ_tot(g)·( SM_k + g²·P_k + g²·Σ_(l,c) Z_k,lc·P_dec(g) ) ]</code>
/// with F the SM events of parents without a Z′ channel and S the smearing matrix.
/// </summary>
public sealed class ZPrimeEventModel
{
    /// <summary>m_Z′ [GeV].</summary>
    public double Mass { get; }
    /// <summary>The coupling direction ĝ.</summary>
    public CouplingMatrix Direction { get; }
    /// <summary>The event samples, in prediction order.</summary>
    public IReadOnlyList<EventSample> Samples { get; }
    /// <summary>Reconstructed bins per sample.</summary>
    public int RecoBins { get; }
    readonly int _nk, _ns;
    readonly Smearing _smearing;
    readonly double[] _gammaM, _gamma3;
    readonly double[][] _sm, _prim;       // [group][sample*nk + k]
    readonly double[] _fixed;             // [sample*nk + k]
    readonly double[] _activeFactor;      // decay factor of each active (k, lc) entry, in (k, lc) order
    readonly double _zWidth;
    // the active entries regrouped by class lc: run u covers bins [_runK[u], _runK[u] + _runLength[u]) of one class lc
    // (entries inside a run that carry nothing are zero), packed at _runOffset[u]; P_dec of active entry t goes to
    // _packedOf[t]. For each bin the classes still add in ascending order, so the sums are those of the (k, lc) order.
    readonly int[] _runK, _runLength, _runOffset, _packedOf;
    readonly int[] _gaps;                 // packed positions of entries that carry nothing (P_dec set to 0 there)
    readonly int _packed;
    readonly double[][] _zPacked;         // [group][sample*_packed + position]

    /// <summary>Contracts the flux templates with the response, per sample and parent group.</summary>
    /// <param name="flux">The Z′ flux model on <see cref="AnalysisGrid.TrueEdges"/>.</param>
    /// <param name="smTrue">The SM flux of every parent (those without a Z′ channel enter as fixed events).</param>
    /// <param name="response">The detector response (σ n_T ε per true bin and smearing).</param>
    /// <param name="samples">The event samples.</param>
    public ZPrimeEventModel(ZPrimeFluxModel flux, FluxTable smTrue, DetectorResponse response, IReadOnlyList<EventSample> samples)
    {
        if (!AnalysisGrid.IsAligned(flux.Edges)) throw new ArgumentException("the flux model must be built on AnalysisGrid.TrueEdges");
        Mass = flux.Mass; Direction = flux.Direction; Samples = samples;
        _nk = flux.Edges.Length - 1; _ns = samples.Count;
        _smearing = response.Smearing;
        RecoBins = _smearing.RecoBins;
        _zWidth = flux.ZWidthPerScale2;
        int nlc = flux.PositionClasses * DecayLengthClasses.Count;

        // groups of parents with equal widths (M⁺ with M⁻)
        var groups = flux.Parents.Select((p, i) => (Abs: Math.Abs(p), i)).GroupBy(x => x.Abs).ToArray();
        int ng = groups.Length;
        _gammaM = new double[ng]; _gamma3 = new double[ng];
        _sm = new double[ng][]; _prim = new double[ng][];
        // z events per (group, sample, k, lc), summed as before; a per-thread buffer (the model keeps only the packed runs)
        int block = _ns * _nk * nlc;
        var zAll = t_zFull is { } buffer && buffer.Length >= ng * block ? buffer : (t_zFull = new double[ng * block]);
        Array.Clear(zAll, 0, ng * block);
        for (int g = 0; g < ng; g++)
        {
            int first = groups[g].First().i;
            _gammaM[g] = flux.ParentWidth(first);
            _gamma3[g] = flux.NewWidthPerScale2(first);
            _sm[g] = new double[_ns * _nk]; _prim[g] = new double[_ns * _nk];
            var zFull = zAll.AsSpan(g * block, block);
            foreach (var (_, i) in groups[g])
                for (int si = 0; si < _ns; si++)
                    foreach (var s in samples[si].Species)
                    {
                        var w = response.Weights(s);
                        var sm = flux.StandardModelCounts(i, s);
                        var pr = flux.PrimaryCounts(i, s);
                        var z = flux.ZDecayShape(i, s, out double multiplicity);
                        for (int k = 0; k < _nk; k++)
                        {
                            _sm[g][si * _nk + k] += w[k] * sm[k];
                            _prim[g][si * _nk + k] += w[k] * pr[k];
                            double wz = w[k] * multiplicity;
                            if (wz != 0) for (int q = 0; q < nlc; q++) zFull[(si * _nk + k) * nlc + q] += wz * z[k * nlc + q];
                        }
                    }
        }
        // SM events of parents without a Z′ channel (K_L, K_S, D⁰, Λ_c, and D± when excluded)
        _fixed = new double[_ns * _nk];
        for (int p = 0; p < smTrue.Parents.Count; p++)
        {
            if (flux.Parents.Contains(smTrue.Parents[p])) continue;
            for (int si = 0; si < _ns; si++)
                foreach (var s in samples[si].Species)
                {
                    var w = response.Weights(s);
                    var c = smTrue.Counts(p, s);
                    for (int k = 0; k < _nk; k++) _fixed[si * _nk + k] += w[k] * c[k];
                }
        }
        // keep only the (k, l, c) entries that carry anything
        var active = new List<int>();
        for (int idx = 0; idx < _nk * nlc; idx++)
        {
            int k = idx / nlc, q = idx % nlc;
            bool any = false;
            for (int g = 0; g < ng && !any; g++)
                for (int si = 0; si < _ns && !any; si++) any = zAll[g * block + (si * _nk + k) * nlc + q] != 0;
            if (any) active.Add(idx);
        }
        _activeFactor = active.Select(idx => flux.DecayFactors[idx]).ToArray();
        // runs of bins per class, in ascending class order
        var kLo = new int[nlc]; var kHi = new int[nlc];
        Array.Fill(kLo, int.MaxValue); Array.Fill(kHi, -1);
        foreach (int idx in active) { int k = idx / nlc, q = idx % nlc; kLo[q] = Math.Min(kLo[q], k); kHi[q] = Math.Max(kHi[q], k); }
        var runK = new List<int>(); var runLength = new List<int>(); var runOffset = new List<int>();
        var offsetOf = new int[nlc];
        int packed = 0;
        for (int q = 0; q < nlc; q++)
        {
            if (kHi[q] < 0) continue;
            offsetOf[q] = packed;
            runK.Add(kLo[q]); runLength.Add(kHi[q] - kLo[q] + 1); runOffset.Add(packed);
            packed += kHi[q] - kLo[q] + 1;
        }
        _runK = runK.ToArray(); _runLength = runLength.ToArray(); _runOffset = runOffset.ToArray(); _packed = packed;
        _packedOf = active.Select(idx => offsetOf[idx % nlc] + idx / nlc - kLo[idx % nlc]).ToArray();
        var isActive = new bool[packed];
        foreach (int position in _packedOf) isActive[position] = true;
        _gaps = Enumerable.Range(0, packed).Where(position => !isActive[position]).ToArray();
        _zPacked = new double[ng][];
        for (int g = 0; g < ng; g++)
        {
            _zPacked[g] = new double[_ns * packed];
            for (int si = 0; si < _ns; si++)
                for (int t = 0; t < active.Count; t++)
                {
                    int k = active[t] / nlc, q = active[t] % nlc;
                    _zPacked[g][si * packed + _packedOf[t]] = zAll[g * block + (si * _nk + k) * nlc + q];
                }
        }
    }

    [ThreadStatic] static double[]? t_zFull;

    /// <summary>Length of the scratch buffer <see cref="Predict"/> needs.</summary>
    public int ScratchLength => _ns * _nk + _activeFactor.Length + _packed;

    /// <summary>Reconstructed events [sample·RecoBins + j] at g = scale·ĝ, for exposure multiplier m (× the card's).</summary>
    public void Predict(double scale, double multiplier, Span<double> scratch, Span<double> reco)
    {
        double g2 = scale * scale;
        int na = _activeFactor.Length;
        var fine = scratch[..(_ns * _nk)];
        var pdec = scratch.Slice(_ns * _nk, na);
        var pPacked = scratch.Slice(_ns * _nk + na, _packed);
        ZPrimeScaling.DecayProbabilities(_activeFactor, g2, _zWidth, pdec);
        foreach (int position in _gaps) pPacked[position] = 0;
        for (int t = 0; t < na; t++) pPacked[_packedOf[t]] = pdec[t];
        _fixed.CopyTo(fine);
        for (int g = 0; g < _gammaM.Length; g++)
        {
            double norm = ZPrimeScaling.Depletion(_gammaM[g], _gamma3[g], g2);
            double ng2 = norm * g2;
            var sm = _sm[g]; var pr = _prim[g];
            for (int i = 0; i < fine.Length; i++) fine[i] += norm * sm[i] + ng2 * pr[i];
            // f_k += ng2·z·P_dec over the classes in ascending order: per class, the bins are independent (vector lanes)
            var ng2v = new Vector<double>(ng2);
            for (int si = 0; si < _ns; si++)
            {
                var f = fine.Slice(si * _nk, _nk);
                var zs = _zPacked[g].AsSpan(si * _packed, _packed);
                for (int u = 0; u < _runK.Length; u++)
                {
                    int len = _runLength[u];
                    var target = f.Slice(_runK[u], len);
                    var z = zs.Slice(_runOffset[u], len);
                    var p = pPacked.Slice(_runOffset[u], len);
                    int k = 0;
                    for (; k <= len - Vector<double>.Count; k += Vector<double>.Count)
                        (new Vector<double>(target[k..]) + ng2v * new Vector<double>(z[k..]) * new Vector<double>(p[k..])).CopyTo(target[k..]);
                    for (; k < len; k++) target[k] += ng2 * z[k] * p[k];
                }
            }
        }
        reco.Clear();
        for (int si = 0; si < _ns; si++) _smearing.Apply(fine.Slice(si * _nk, _nk), reco.Slice(si * RecoBins, RecoBins));
        if (multiplier != 1) for (int j = 0; j < reco.Length; j++) reco[j] *= multiplier;
    }

    /// <summary>The SM prediction (g = 0) for exposure multiplier m.</summary>
    public double[] StandardModel(double multiplier = 1)
    {
        var reco = new double[_ns * RecoBins];
        Predict(0, multiplier, new double[ScratchLength], reco);
        return reco;
    }
}
