using SecretNu.Decays;
using SecretNu.Numerics;
using SecretNu.Physics;
using SecretNu.Spectra;

namespace SecretNu.Fluxes;

/// <summary>
/// The Z′ part of the neutrino flux at one m_Z′ along one direction ĝ of the coupling matrix (g = scale·ĝ), folded
/// through the same <see cref="DopplerMeasure"/>s as the SM flux (physics.md §5–6). Built once per mass and direction
/// (the expensive part: rest-frame spectra and folding), then evaluated for any scale in microseconds:
/// <code>
/// N_s,k(g) = Σ_parents Γ_M/Γ_tot(g) · { SM_s,k + g²·[ P_s,k + Σ_l,c Z_s,k,l,c · P_dec(g; k, l, c) ] }
/// </code>
/// with P the primary neutrinos, Z the Z′ → νν̄ neutrinos resolved by decay-position class l and decay-length class
/// c, and P_dec = 1 − exp(−L_l M Γ_Z′/(ħc p_Z)), p_Z = r_c·E_k (physics.md §6.5; E_k the bin's geometric centre,
/// L_l the μ-weighted mean distance of class l to the face). Charge conjugation: an M⁻ gives the ν ↔ ν̄ mirror.
/// </summary>
public sealed class ZPrimeFluxModel
{
    /// <summary>m_Z′ [GeV].</summary>
    public double Mass { get; }
    /// <summary>The coupling direction ĝ (g = scale·ĝ).</summary>
    public CouplingMatrix Direction { get; }
    /// <summary>Options of the Z′ part (normalisation, D± included).</summary>
    public ZPrimeOptions Options { get; }
    /// <summary>Energy bin edges [GeV], those of the SM flux table.</summary>
    public double[] Edges { get; }
    /// <summary>PDG ids of the Z′ parents with a Doppler measure, in parent-index order.</summary>
    public IReadOnlyList<int> Parents { get; }

    readonly int _nb, _nl, _nc;
    readonly double[] _gammaM;          // Γ_M per parent
    readonly double[] _gamma3;          // Σ_α ĝ_α² Γ₃(α) per parent (per unit scale²)
    readonly double[][] _sm;            // [parent][s*nb + k]
    readonly double[][] _primary;       // [parent][s*nb + k] per unit scale², normalised to Γ_M
    readonly double[][][] _zshape;      // [parent][0: ν shape, 1: ν̄ shape][(k*nl + l)*nc + c] per unit scale², per Z′ decay
    readonly double[] _multiplicity;    // [species]: neutrinos of that species per Z′ decay
    readonly double[] _decayFactor;     // [(k*nl + l)*nc + c]: L M/(ħc p_Z), so that P_dec = 1 − exp(−factor·Γ_Z′)
    readonly double _zWidthPerScale2;

    /// <summary>The Z′ parents considered: π±, K±, D_s± and (unless excluded) D±.</summary>
    public static int[] ZPrimeParents(ZPrimeOptions options) =>
        options.IncludeDPlus ? [211, -211, 321, -321, 431, -431, 411, -411] : [211, -211, 321, -321, 431, -431];

    /// <param name="mass">m_Z′ [GeV].</param>
    /// <param name="direction">The coupling direction ĝ (non-zero).</param>
    /// <param name="measures">Doppler measures of (at least) the Z′ parents.</param>
    /// <param name="luminosity">Integrated luminosity [pb⁻¹] (the measures are per pb of production cross section).</param>
    /// <param name="options">Options of the Z′ part; null: the defaults.</param>
    /// <param name="smFlux">SM counts per parent, species and bin (same edges), for the combined flux.</param>
    /// <param name="channels">Unit channel spectra at this mass, reused across directions; built if null.</param>
    public ZPrimeFluxModel(double mass, CouplingMatrix direction, IReadOnlyDictionary<int, DopplerMeasure> measures,
        FluxTable smFlux, double luminosity, ZPrimeOptions? options = null, IReadOnlyList<ZPrimeChannelSpectra>? channels = null)
    {
        Options = options ?? ZPrimeOptions.Default;
        if (direction.IsZero) throw new ArgumentException("the coupling direction is zero");
        Mass = mass;
        Direction = direction;
        Edges = smFlux.Edges;
        _nb = Edges.Length - 1; _nl = DopplerMeasure.ZClassEdges.Length; _nc = DecayLengthClasses.Count;
        var parents = ZPrimeParents(Options).Where(measures.ContainsKey).ToArray();
        Parents = parents;
        var z = new ZPrimeDecay(mass, direction);
        _zWidthPerScale2 = z.Width;
        _multiplicity = FlavorExtensions.AllSpecies.Select(z.Multiplicity).ToArray();

        var spectra = channels ?? BuildChannels(mass, direction, Options.Normalisation);
        int np = parents.Length;
        _gammaM = new double[np]; _gamma3 = new double[np];
        _sm = new double[np][]; _primary = new double[np][]; _zshape = new double[np][][];
        var smIndex = smFlux.Parents.Select((p, i) => (p, i)).ToDictionary(x => x.p, x => x.i);

        var rowTotals = new double[np, _nl];
        Parallel.For(0, np, Parallelism.Options, i =>
        {
            int pdg = parents[i];
            bool anti = pdg < 0;
            var meson = ChargedMeson.All.Single(m => m.PdgId == Math.Abs(pdg));
            var measure = measures[pdg];
            var mu = SpectrumFolder.TotalOverClasses(measure);
            _gammaM[i] = meson.Width;
            var sm = new double[6 * _nb];
            if (smIndex.TryGetValue(pdg, out int si))
                foreach (var s in FlavorExtensions.AllSpecies) smFlux.Counts(si, s).CopyTo(sm.AsSpan((int)s * _nb, _nb));
            _sm[i] = sm;
            var primary = new double[6 * _nb];
            // the Z′ → νν̄ neutrinos of every species share two shapes, the ν and the ν̄ of the channel spectra,
            // scaled by the species' multiplicity per Z′ decay (kept apart: 2 blocks instead of 6)
            double[][] shapes = [new double[_nb * _nl * _nc], new double[_nb * _nl * _nc]];
            var primBuffer = new double[_nb];
            foreach (var ch in spectra.Where(c => c.Meson == meson))
            {
                double rowSum = direction.RowSumSquares(ch.Lepton.Flavor);
                if (rowSum == 0) continue;
                _gamma3[i] += rowSum * ch.WidthPerG2;
                double perDecay = ch.WidthPerG2 / meson.Width * luminosity; // BR₃ per unit Σ_β g_αβ², before Γ_tot
                // primary ν_β (ν̄_β for M⁻) with weight ĝ_αβ²
                Array.Clear(primBuffer);
                SpectrumFolder.Fold(RestFrameSpectrum.Continuum(ch.Primary), mu, Edges, primBuffer);
                foreach (var beta in FlavorExtensions.AllFlavors)
                {
                    double gab = direction[ch.Lepton.Flavor, beta];
                    if (gab == 0) continue;
                    var target = primary.AsSpan((int)beta.Species(anti) * _nb, _nb);
                    for (int k = 0; k < _nb; k++) target[k] += perDecay * gab * gab * primBuffer[k];
                }
                // Z′ → νν̄, per Z′ decay
                SpectrumFolder.FoldByClass(ch.ZNeutrino, measure, Edges, shapes[0], perDecay * rowSum);
                SpectrumFolder.FoldByClass(ch.ZAntineutrino, measure, Edges, shapes[1], perDecay * rowSum);
            }
            _primary[i] = primary;
            _zshape[i] = shapes;
            for (int l = 0; l < _nl; l++)
                foreach (double x in measure.Row(l)) rowTotals[i, l] += x;
        });
        // μ-weighted mean distance per position class, summed in parent order (deterministic)
        var distanceNum = new double[_nl];
        var distanceDen = new double[_nl];
        for (int i = 0; i < np; i++)
        {
            var measure = measures[parents[i]];
            for (int l = 0; l < _nl; l++)
                if (rowTotals[i, l] > 0 && double.IsFinite(measure.MeanDistance[l]))
                {
                    distanceNum[l] += rowTotals[i, l] * measure.MeanDistance[l];
                    distanceDen[l] += rowTotals[i, l];
                }
        }

        // P_dec = 1 − exp(−factor·Γ): factor = L M/(ħc p_Z), p_Z = r_c E_k (GeV), L the class mean distance (m)
        _decayFactor = new double[_nb * _nl * _nc];
        for (int k = 0; k < _nb; k++)
        {
            double ek = Math.Sqrt(Edges[k] * Edges[k + 1]);
            for (int l = 0; l < _nl; l++)
            {
                double length = distanceDen[l] > 0 ? distanceNum[l] / distanceDen[l] : 0;
                for (int c = 0; c < _nc; c++)
                {
                    double pz = DecayLengthClasses.Representative(c) * ek;
                    _decayFactor[(k * _nl + l) * _nc + c] = length * mass / (Constants.HbarCGeVm * pz);
                }
            }
        }
    }

    /// <summary>Unit channel spectra for every meson (of <paramref name="mesons"/>, default all) and charged lepton with a
    /// non-zero row of the direction.</summary>
    public static IReadOnlyList<ZPrimeChannelSpectra> BuildChannels(double mass, CouplingMatrix direction, RateNormalisation normalisation,
        IEnumerable<ChargedMeson>? mesons = null)
    {
        var list = new List<(ChargedMeson, ChargedLepton)>();
        foreach (var meson in mesons ?? ChargedMeson.All)
            foreach (var lepton in ChargedLepton.All)
                if (direction.RowSumSquares(lepton.Flavor) > 0 && ZPrimeChannelSpectra.IsOpen(meson, lepton, mass))
                    list.Add((meson, lepton));
        var result = new ZPrimeChannelSpectra[list.Count];
        Parallel.For(0, list.Count, Parallelism.Options, i => result[i] = new ZPrimeChannelSpectra(list[i].Item1, list[i].Item2, mass, normalisation));
        return result;
    }

    /// <summary>Z′ total width per unit scale² [GeV].</summary>
    public double ZWidthPerScale2 => _zWidthPerScale2;

    // ---- the per-parent templates, for models built on top (events, limits) ----
    internal int PositionClasses => _nl;
    internal double ParentWidth(int i) => _gammaM[i];
    internal double NewWidthPerScale2(int i) => _gamma3[i];
    internal ReadOnlySpan<double> StandardModelCounts(int i, NeutrinoSpecies s) => _sm[i].AsSpan((int)s * _nb, _nb);
    internal ReadOnlySpan<double> PrimaryCounts(int i, NeutrinoSpecies s) => _primary[i].AsSpan((int)s * _nb, _nb);
    /// <summary>Z′ → νν̄ neutrinos of species s from parent i: multiplicity × shape[(k·nl + l)·nc + c]. Species s takes
    /// the ν shape of the channel spectra if (s is a ν) XOR (the parent is an M⁻), the ν̄ shape otherwise.</summary>
    internal ReadOnlySpan<double> ZDecayShape(int i, NeutrinoSpecies s, out double multiplicity)
    {
        multiplicity = _multiplicity[(int)s];
        return _zshape[i][ShapeOf(i, s)];
    }

    /// <summary>0 (the ν shape) if (s is a ν) XOR (parent i is an M⁻), else 1 (the ν̄ shape).</summary>
    int ShapeOf(int i, NeutrinoSpecies s) => s.IsAnti() != (Parents[i] < 0) ? 1 : 0;
    internal ReadOnlySpan<double> DecayFactors => _decayFactor;

    /// <summary>The flux for g = scale·ĝ.</summary>
    public ZPrimeFlux Evaluate(double scale)
    {
        int np = Parents.Count, n = 6 * _nb;
        double g2 = scale * scale;
        var pdec = DecayProbabilities(g2);
        double[] sm = new double[np * n], prim = new double[np * n], dec = new double[np * n], und = new double[np * n];
        int block = _nl * _nc;
        Span<double> decayed = stackalloc double[2 * _nb], undecayed = stackalloc double[2 * _nb];
        for (int i = 0; i < np; i++)
        {
            double norm = ZPrimeScaling.Depletion(_gammaM[i], _gamma3[i], g2);
            for (int shape = 0; shape < 2; shape++)
                for (int k = 0; k < _nb; k++)
                {
                    var z = _zshape[i][shape].AsSpan(k * block, block);
                    var p = pdec.AsSpan(k * block, block);
                    double d = 0, u = 0;
                    for (int q = 0; q < block; q++) { d += z[q] * p[q]; u += z[q] * (1 - p[q]); }
                    decayed[shape * _nb + k] = d; undecayed[shape * _nb + k] = u;
                }
            foreach (var s in FlavorExtensions.AllSpecies)
            {
                int shape = ShapeOf(i, s), at = i * n + (int)s * _nb;
                double mult = norm * g2 * _multiplicity[(int)s];
                for (int k = 0; k < _nb; k++)
                {
                    sm[at + k] = norm * _sm[i][(int)s * _nb + k];
                    prim[at + k] = norm * g2 * _primary[i][(int)s * _nb + k];
                    dec[at + k] = mult * decayed[shape * _nb + k];
                    und[at + k] = mult * undecayed[shape * _nb + k];
                }
            }
        }
        return new ZPrimeFlux(Edges, Parents, sm, prim, dec, und);
    }

    /// <summary>P_dec for every (bin, position class, decay-length class) at coupling² g2.</summary>
    public double[] DecayProbabilities(double g2)
    {
        var p = new double[_decayFactor.Length];
        ZPrimeScaling.DecayProbabilities(_decayFactor, g2, _zWidthPerScale2, p);
        return p;
    }
}
