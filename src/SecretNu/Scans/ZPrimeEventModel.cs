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
    public double Mass { get; }
    public CouplingMatrix Direction { get; }
    public IReadOnlyList<EventSample> Samples { get; }
    public int RecoBins { get; }
    readonly int _nk, _ns;
    readonly Smearing _smearing;
    readonly double[] _gammaM, _gamma3;
    readonly double[][] _sm, _prim, _z;   // [group][sample*nk + k], z: [group][sample*nActive + t]
    readonly double[] _fixed;             // [sample*nk + k]
    readonly int[] _activeK;              // active (k, lc) entries
    readonly double[] _activeFactor;      // decay factor of each active entry
    readonly double _zWidth;

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
        var zFull = new double[ng][];
        for (int g = 0; g < ng; g++)
        {
            int first = groups[g].First().i;
            _gammaM[g] = flux.ParentWidth(first);
            _gamma3[g] = flux.NewWidthPerScale2(first);
            _sm[g] = new double[_ns * _nk]; _prim[g] = new double[_ns * _nk]; zFull[g] = new double[_ns * _nk * nlc];
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
                            if (wz != 0) for (int q = 0; q < nlc; q++) zFull[g][(si * _nk + k) * nlc + q] += wz * z[k * nlc + q];
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
                for (int si = 0; si < _ns && !any; si++) any = zFull[g][(si * _nk + k) * nlc + q] != 0;
            if (any) active.Add(idx);
        }
        _activeK = active.Select(idx => idx / nlc).ToArray();
        _activeFactor = active.Select(idx => flux.DecayFactors[idx]).ToArray();
        _z = new double[ng][];
        for (int g = 0; g < ng; g++)
        {
            _z[g] = new double[_ns * active.Count];
            for (int si = 0; si < _ns; si++)
                for (int t = 0; t < active.Count; t++)
                {
                    int k = active[t] / nlc, q = active[t] % nlc;
                    _z[g][si * active.Count + t] = zFull[g][(si * _nk + k) * nlc + q];
                }
        }
    }

    /// <summary>Length of the scratch buffer <see cref="Predict"/> needs.</summary>
    public int ScratchLength => _ns * _nk + _activeK.Length;

    /// <summary>Reconstructed events [sample·RecoBins + j] at g = scale·ĝ, for exposure multiplier m (× the card's).</summary>
    public void Predict(double scale, double multiplier, Span<double> scratch, Span<double> reco)
    {
        double g2 = scale * scale;
        int na = _activeK.Length;
        var fine = scratch[..(_ns * _nk)];
        var pdec = scratch.Slice(_ns * _nk, na);
        ZPrimeScaling.DecayProbabilities(_activeFactor, g2, _zWidth, pdec);
        _fixed.CopyTo(fine);
        for (int g = 0; g < _gammaM.Length; g++)
        {
            double norm = ZPrimeScaling.Depletion(_gammaM[g], _gamma3[g], g2);
            double ng2 = norm * g2;
            var sm = _sm[g]; var pr = _prim[g]; var z = _z[g];
            for (int i = 0; i < fine.Length; i++) fine[i] += norm * sm[i] + ng2 * pr[i];
            for (int si = 0; si < _ns; si++)
            {
                var f = fine.Slice(si * _nk, _nk);
                var zs = z.AsSpan(si * na, na);
                for (int t = 0; t < na; t++) f[_activeK[t]] += ng2 * zs[t] * pdec[t];
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
