using SecretNu.Decays;
using SecretNu.Fluxes;
using SecretNu.Physics;
using SecretNu.Spectra;

namespace SecretNu.Dune;

/// <summary>
/// The on-axis neutrino flux at the DUNE ND in a Z′ model (physics.md §5, §6.5, §13), at one m_Z′ and one coupling
/// direction ĝ (g = scale·ĝ, g² = scale²), for one horn mode's parent reconstruction (<see cref="DuneReconstruction"/>).
/// Templates are folded once (per unit scale², the rest-frame spectra through <see cref="OnAxisResponse"/>); then
/// <see cref="Evaluate(double, NeutrinoSpecies, Span{double})"/> gives the flux for any g² without allocating:
/// <code>
/// φ_s(g²) = Σ_M { SM_s,M · Γ_M/Γ_tot + g²·Γ_M/Γ_tot·[ P_s,M + m_s Σ_ch Σ_j P̄_dec(g²; ch, j) Z_s,M,ch,j ] }
/// Γ_M/Γ_tot = Γ_M/(Γ_M + g²Γ₃)                                  (ZPrimeScaling.Depletion; Γ₃ per unit scale²)
/// P̄_dec(g²; ch, j) = Σ_i w_ij [1 − exp(−L_i M g²Γ̂_Z′/(ħc p_max,ch,j))]   (ZPrimeScaling.DecayProbabilities)
/// </code>
/// [ν cm⁻² POT⁻¹ GeV⁻¹, averaged over each neutrino bin]. SM_s,M is the reconstruction's own Standard-Model fold
/// (<see cref="ParentSpectrum.StandardModelFlux"/>), so g² = 0 returns it exactly. P_s,M are the primary ν of
/// M → ℓ_α ν_β Z′ (weight ĝ_αβ²) and Z the ν (or ν̄) of Z′ → νν̄ for P_dec = 1, folded per parent-energy bin j, with
/// m_s the multiplicity of species s per Z′ decay; both per decay normalised to Γ_M, as in <see cref="ZPrimeFluxModel"/>,
/// so that with the depletion they are per decay ÷ Γ_tot as in <see cref="MesonNeutrinoSpectra"/>. Parents with a Z′
/// channel: π±, K±; μ± keep their SM flux unchanged (the small loss of μ from depleted π/K decays is neglected).
/// Charge conjugation: an M⁻ gives the ν ↔ ν̄ mirror of M⁺.
/// <para>
/// Decay probability (physics.md §4.1, §6.5, §13): the Z′ must decay before the ND. Its lab momentum is bounded per
/// parent bin by the largest a channel allows, p_max = (E_M q*_max + p_M E*_Z,max)/m_M at the bin's upper energy (a Z′
/// of the largest meson-frame momentum emitted along the boost; E*_Z,max = (m_M² + M² − m_ℓ²)/(2m_M),
/// q*_max = √(E*_Z,max² − M²)), so P_dec is a lower bound in the momentum. The flight L comes from
/// <see cref="DecayPipe.FlightDistances"/>: the shortest flight (DetectorDistance − PipeLength, a lower bound as well)
/// or the average over the parent's decay points along the pipe. The Z′ flight displaces the neutrino's origin
/// (neglected, physics.md §6.3) and the fold is collinear on-axis (<see cref="OnAxisResponse"/>).
/// </para>
/// </summary>
public sealed class DuneZPrimeFlux
{
    readonly int _nb;
    readonly double[] _edges;
    readonly ParentTemplates[] _parents; // in DuneParentExtensions.All order (the order of DuneReconstruction.Predicted)
    readonly double[] _multiplicity;     // [species]: neutrinos of that species per Z′ decay

    /// <summary>Rapidity quadrature of the Z′ templates per parent bin: one panel of 4 Gauss–Legendre nodes. Convergence study
    /// (docs/dune.md, test DuneEventModelTests): the new ν_e and ν_τ events at 10 keV–300 MeV move by ≤ 2e-6 against
    /// 4 × 16 nodes, at an eighth of the cost of the fit's 2 × 16.</summary>
    public static readonly (int Panels, int Nodes) TemplateQuadrature = (1, 4);

    readonly TemplateFolds _folds;

    /// <summary>Horn mode of the reconstruction.</summary>
    public HornMode Mode { get; }
    /// <summary>m_Z′ [GeV].</summary>
    public double Mass { get; }
    /// <summary>The coupling direction ĝ (g = scale·ĝ; may be zero: then only the SM part).</summary>
    public CouplingMatrix Direction { get; }
    /// <summary>Neutrino energy bin edges [GeV].</summary>
    public IReadOnlyList<double> Edges => _edges;
    /// <summary>Number of neutrino energy bins.</summary>
    public int Bins => _nb;
    /// <summary>The decay pipe and detector distance [m].</summary>
    public DecayPipe Pipe { get; }
    /// <summary>Where the Z′ start their flight (shortest flight or the pipe average).</summary>
    public DecayPointModel DecayPoints { get; }
    /// <summary>The open M → ℓνZ′ channels used (π⁺ and K⁺ with ℓ of a non-zero row of ĝ).</summary>
    public IReadOnlyList<ZPrimeChannelSpectra> Channels { get; }
    /// <summary>Z′ total width per unit scale² [GeV]: Σ_ab ĝ_ab² M/(24π) (physics.md §4).</summary>
    public double ZWidthPerScale2 { get; }

    /// <summary>Folds the templates (the expensive part: about 0.25 s on two cores for the 501 bins of the DUNE files, the
    /// channel spectra included; then an evaluation takes 6–80 µs for 198 bins).</summary>
    /// <param name="reconstruction">Parent spectra of one horn mode (<see cref="DuneParentFlux.Reconstruct(string, HornMode, Regularisation?)"/>).</param>
    /// <param name="mass">m_Z′ [GeV], finite and &gt; 0.</param>
    /// <param name="direction">Coupling direction ĝ.</param>
    /// <param name="neutrinoEdges">Neutrino energy bin edges [GeV], increasing, ≥ 0, at least two.</param>
    /// <param name="pipe">Decay pipe length and detector distance [m] (from the experiment card).</param>
    /// <param name="decayPoints">Decay-point model for P_dec; default the pipe average.</param>
    /// <param name="normalisation">Three-body rate normalisation (derived, or the seed's ×½).</param>
    /// <param name="channels">Unit channel spectra at this mass (reuse across directions and horn modes); built if null.</param>
    /// <param name="quadrature">Rapidity quadrature of the templates (default <see cref="TemplateQuadrature"/>).</param>
    /// <param name="folds">Folds shared with the other directions at this mass (used when its edges and quadrature are these).</param>
    public DuneZPrimeFlux(DuneReconstruction reconstruction, double mass, CouplingMatrix direction, IReadOnlyList<double> neutrinoEdges,
        DecayPipe pipe, DecayPointModel decayPoints = DecayPointModel.PipeAverage,
        RateNormalisation normalisation = RateNormalisation.Derived, IReadOnlyList<ZPrimeChannelSpectra>? channels = null,
        (int Panels, int Nodes)? quadrature = null, TemplateFolds? folds = null)
    {
        var q = quadrature ?? TemplateQuadrature;
        _folds = folds is not null && folds.Quadrature == q && folds.Edges.SequenceEqual(neutrinoEdges) ? folds : new TemplateFolds([.. neutrinoEdges], q);
        ArgumentNullException.ThrowIfNull(reconstruction);
        ArgumentNullException.ThrowIfNull(direction);
        ArgumentNullException.ThrowIfNull(neutrinoEdges);
        ArgumentNullException.ThrowIfNull(pipe);
        if (!(mass > 0) || !double.IsFinite(mass)) throw new ArgumentOutOfRangeException(nameof(mass), mass, "m_Z′ must be finite and > 0");
        if (neutrinoEdges.Count < 2) throw new ArgumentException("need at least two neutrino bin edges", nameof(neutrinoEdges));
        if (!(neutrinoEdges[0] >= 0)) throw new ArgumentException("neutrino edges must be ≥ 0", nameof(neutrinoEdges));
        for (int i = 1; i < neutrinoEdges.Count; i++)
            if (!(neutrinoEdges[i] > neutrinoEdges[i - 1]) || !double.IsFinite(neutrinoEdges[i]))
                throw new ArgumentException("neutrino edges must increase and be finite", nameof(neutrinoEdges));

        Mode = reconstruction.Mode; Mass = mass; Direction = direction; Pipe = pipe; DecayPoints = decayPoints;
        _edges = neutrinoEdges.ToArray();
        _nb = _edges.Length - 1;
        var z = new ZPrimeDecay(mass, direction);
        ZWidthPerScale2 = z.Width;
        _multiplicity = FlavorExtensions.AllSpecies.Select(z.Multiplicity).ToArray();
        Channels = (channels ?? BuildChannels(mass, direction, normalisation))
            .Where(c => c.ZMass == mass && direction.RowSumSquares(c.Lepton.Flavor) > 0 && ParentMesons.Contains(c.Meson))
            .ToArray();

        var all = DuneParentExtensions.All;
        _parents = new ParentTemplates[all.Count];
        Parallel.For(0, all.Count, Parallelism.Options, i => _parents[i] = BuildParent(reconstruction.Parents[all[i]]));
    }

    /// <summary>The mesons of the beam with an M → ℓνZ′ channel: π and K (μ± have none; charm is not in the DUNE fluxes).</summary>
    public static IReadOnlyList<ChargedMeson> ParentMesons { get; } = [ChargedMeson.Pion, ChargedMeson.Kaon];

    /// <summary>Unit channel spectra of π⁺ and K⁺ for every charged lepton with a non-zero row of ĝ and an open channel.</summary>
    /// <param name="mass">m_Z′ [GeV].</param>
    /// <param name="direction">Coupling direction ĝ.</param>
    /// <param name="normalisation">Three-body rate normalisation.</param>
    public static IReadOnlyList<ZPrimeChannelSpectra> BuildChannels(double mass, CouplingMatrix direction, RateNormalisation normalisation) =>
        ZPrimeFluxModel.BuildChannels(mass, direction, normalisation, ParentMesons);

    /// <summary>
    /// Largest lab momentum [GeV] of the Z′ of M⁺ → ℓ⁺νZ′ for a meson of lab energy E_M [GeV]: a Z′ of the largest
    /// meson-frame momentum q*_max emitted along the boost, p_max = γ(q*_max + β E*_Z,max) = (E_M q*_max + p_M E*_Z,max)/m_M,
    /// with E*_Z,max = (m_M² + M² − m_ℓ²)/(2m_M) (physics.md §3.5) and q*_max = √(E*_Z,max² − M²).
    /// </summary>
    /// <param name="meson">The decaying meson.</param>
    /// <param name="lepton">The charged lepton of the channel.</param>
    /// <param name="zMass">m_Z′ [GeV], below m_M − m_ℓ.</param>
    /// <param name="mesonEnergy">Meson lab energy E_M ≥ m_M [GeV].</param>
    public static double MaximumZMomentum(ChargedMeson meson, ChargedLepton lepton, double zMass, double mesonEnergy)
    {
        double mM = meson.Mass, ml = lepton.Mass;
        double ezMax = (mM * mM + zMass * zMass - ml * ml) / (2 * mM);
        double qMax = Math.Sqrt(Math.Max(0, (ezMax - zMass) * (ezMax + zMass)));
        double pM = Math.Sqrt(Math.Max(0, (mesonEnergy - mM) * (mesonEnergy + mM)));
        return (mesonEnergy * qMax + pM * ezMax) / mM;
    }

    /// <summary>Γ_M/Γ_tot(g²) = Γ_M/(Γ_M + g²Γ₃) of a parent (<see cref="ZPrimeScaling.Depletion"/>); 1 for μ±.</summary>
    /// <param name="g2">scale² (g = scale·ĝ), ≥ 0.</param>
    /// <param name="parent">The parent.</param>
    public double Depletion(double g2, DuneParent parent)
    {
        var t = _parents[(int)parent];
        return ZPrimeScaling.Depletion(t.GammaM, t.Gamma3, g2);
    }

    /// <summary>Γ₃ = Σ_α Σ_β ĝ_αβ² Γ(M → ℓ_α ν Z′)/g² of a parent per unit scale² [GeV] (0 for μ±).</summary>
    /// <param name="parent">The parent.</param>
    public double NewWidthPerScale2(DuneParent parent) => _parents[(int)parent].Gamma3;

    /// <summary>
    /// The flux of one species summed over parents: SM (depleted) + primary + ν of Z′ decayed before the ND
    /// [ν cm⁻² POT⁻¹ GeV⁻¹, averaged over each bin]. Allocation-free; not thread-safe (one instance per thread).
    /// </summary>
    /// <param name="g2">scale² (g = scale·ĝ), finite, ≥ 0.</param>
    /// <param name="species">Neutrino species.</param>
    /// <param name="into">Receives one value per bin (length ≥ <see cref="Bins"/>; overwritten).</param>
    public void Evaluate(double g2, NeutrinoSpecies species, Span<double> into)
    {
        var target = Prepare(g2, into);
        foreach (var t in _parents)
        {
            Add(t, g2, species, ZPrimeFlux.Part.StandardModel, target);
            Add(t, g2, species, ZPrimeFlux.Part.Primary, target);
            Add(t, g2, species, ZPrimeFlux.Part.Decayed, target);
        }
    }

    /// <summary>One part of the flux of one species summed over parents [ν cm⁻² POT⁻¹ GeV⁻¹]: the depleted SM, the primary
    /// ν, the ν of Z′ decayed before the ND, or those the Z′ that decay beyond it would give (diagnostic). Allocation-free; not thread-safe (one instance per thread).</summary>
    /// <param name="g2">scale² (g = scale·ĝ), finite, ≥ 0.</param>
    /// <param name="species">Neutrino species.</param>
    /// <param name="part">Which part.</param>
    /// <param name="into">Receives one value per bin (length ≥ <see cref="Bins"/>; overwritten).</param>
    public void Evaluate(double g2, NeutrinoSpecies species, ZPrimeFlux.Part part, Span<double> into)
    {
        var target = Prepare(g2, into);
        foreach (var t in _parents) Add(t, g2, species, part, target);
    }

    /// <summary>One part of the flux of one species from one parent [ν cm⁻² POT⁻¹ GeV⁻¹]. Allocation-free; not thread-safe (one instance per thread).</summary>
    /// <param name="g2">scale² (g = scale·ĝ), finite, ≥ 0.</param>
    /// <param name="parent">The parent.</param>
    /// <param name="species">Neutrino species.</param>
    /// <param name="part">Which part.</param>
    /// <param name="into">Receives one value per bin (length ≥ <see cref="Bins"/>; overwritten).</param>
    public void Evaluate(double g2, DuneParent parent, NeutrinoSpecies species, ZPrimeFlux.Part part, Span<double> into)
    {
        var target = Prepare(g2, into);
        Add(_parents[(int)parent], g2, species, part, target);
    }

    /// <summary>P̄_dec per parent-energy bin of <paramref name="parent"/> (bins of its <see cref="ParentSpectrum"/>) for the Z′
    /// of the channel with charged lepton <paramref name="lepton"/>; throws if that channel is not used.</summary>
    /// <param name="g2">scale² (g = scale·ĝ), finite, ≥ 0.</param>
    /// <param name="parent">π± or K±.</param>
    /// <param name="lepton">Flavour α of the charged lepton of M → ℓ_α ν Z′.</param>
    /// <param name="into">Receives one value per parent bin (length ≥ the parent's bin count).</param>
    public void DecayProbabilities(double g2, DuneParent parent, Flavor lepton, Span<double> into)
    {
        CheckCoupling(g2);
        var ch = _parents[(int)parent].Channels.FirstOrDefault(c => c.Lepton == lepton)
                 ?? throw new ArgumentException($"no {parent.Name()} → {lepton.Name()} ν Z′ channel in this model", nameof(lepton));
        Span<double> scratch = stackalloc double[DecayPipe.MaxFlightDistances];
        for (int j = 0; j < ch.ParentBins; j++) into[j] = DecayProbability(ch, j, g2, scratch);
    }

    Span<double> Prepare(double g2, Span<double> into)
    {
        CheckCoupling(g2);
        if (into.Length < _nb) throw new ArgumentException($"need room for {_nb} bins", nameof(into));
        var target = into[.._nb];
        target.Clear();
        return target;
    }

    static void CheckCoupling(double g2)
    {
        if (!(g2 >= 0) || !double.IsFinite(g2)) throw new ArgumentOutOfRangeException(nameof(g2), g2, "scale² must be finite and ≥ 0");
    }

    /// <summary>Adds one part of one parent to <paramref name="into"/> (the SM first, so that at g² = 0 the sum over parents
    /// is formed in the order, and with the values, of <see cref="DuneReconstruction.Predicted"/>).</summary>
    void Add(ParentTemplates t, double g2, NeutrinoSpecies s, ZPrimeFlux.Part part, Span<double> into)
    {
        double depletion = ZPrimeScaling.Depletion(t.GammaM, t.Gamma3, g2);
        int at = (int)s * _nb;
        switch (part)
        {
            case ZPrimeFlux.Part.StandardModel:
            {
                var sm = t.StandardModel.AsSpan(at, _nb);
                for (int k = 0; k < _nb; k++) into[k] += depletion * sm[k];
                return;
            }
            case ZPrimeFlux.Part.Primary:
            {
                double c = g2 * depletion;
                var primary = t.Primary.AsSpan(at, _nb);
                for (int k = 0; k < _nb; k++) into[k] += c * primary[k];
                return;
            }
            default:
            {
                // g²·Γ_M/Γ_tot·m_s Σ_ch Σ_j P̄_j Z_j (decayed) or (1 − P̄_j) Z_j (undecayed)
                double c = g2 * depletion * _multiplicity[(int)s];
                if (c == 0) return;
                bool decayed = part == ZPrimeFlux.Part.Decayed;
                int shape = s.IsAnti() != t.IsAntiparticle ? 1 : 0; // the ν̄ shape for ν̄ of M⁺ and ν of M⁻
                foreach (var ch in t.Channels)
                {
                    var z = ch.Shapes[shape];
                    var pbar = DecayProbabilities(ch, g2);
                    // decayed = Σ_j Z_j − Σ_j (1 − P̄_j) Z_j: the first sum is precomputed, and a prompt Z′ (P̄_j = 1 exactly,
                    // the usual case) adds nothing to the second
                    double sign = decayed ? -1 : 1;
                    if (decayed)
                    {
                        var total = ch.Totals[shape];
                        for (int k = 0; k < _nb; k++) into[k] += c * total[k];
                    }
                    for (int j = 0; j < ch.ParentBins; j++)
                    {
                        int first = ch.First[j], end = ch.End[j];
                        if (first >= end || pbar[j] == 1) continue;
                        double a = sign * c * (1 - pbar[j]);
                        var column = z.AsSpan(j * _nb, _nb);
                        for (int k = first; k < end; k++) into[k] += a * column[k];
                    }
                }
                return;
            }
        }
    }

    /// <summary>P̄_j of every used parent bin of a channel at g2, kept for the last g2: every species of one evaluation needs
    /// the same (species-independent) decay probabilities. Not thread-safe: one model per thread, as the scans use it.</summary>
    ReadOnlySpan<double> DecayProbabilities(ChannelTemplates ch, double g2)
    {
        var cache = ch.Cache;
        if (cache.G2 != g2)
        {
            Span<double> scratch = stackalloc double[DecayPipe.MaxFlightDistances];
            for (int j = 0; j < ch.ParentBins; j++)
                cache.P[j] = ch.First[j] < ch.End[j] ? DecayProbability(ch, j, g2, scratch) : 0;
            cache.G2 = g2;
        }
        return cache.P;
    }

    /// <summary>P̄_j = Σ_i w_ij P_dec(L_i) with P_dec = 1 − exp(−f_ij g²Γ̂_Z′), f_ij = L_i M/(ħc p_max,j).</summary>
    double DecayProbability(ChannelTemplates ch, int j, double g2, Span<double> scratch)
    {
        int n = ch.Points[j], o = j * DecayPipe.MaxFlightDistances;
        var p = scratch[..n];
        ZPrimeScaling.DecayProbabilities(ch.Factors.AsSpan(o, n), g2, ZWidthPerScale2, p);
        var w = ch.Weights.AsSpan(o, n);
        double sum = 0;
        for (int i = 0; i < n; i++) sum += w[i] * p[i];
        return Math.Min(sum, 1); // Σ w_i = 1 up to rounding
    }

    ParentTemplates BuildParent(ParentSpectrum spectrum)
    {
        var parent = spectrum.Parent;
        var sm = new double[6 * _nb];
        foreach (var s in FlavorExtensions.AllSpecies)
            spectrum.StandardModelFlux(s, _edges).CopyTo(sm.AsSpan((int)s * _nb, _nb));
        var meson = parent.Meson();
        bool anti = !parent.IsPositive();
        var primary = new double[6 * _nb];
        var channels = new List<ChannelTemplates>();
        double gamma3 = 0;
        if (meson is not null)
            foreach (var ch in Channels.Where(c => c.Meson == meson))
            {
                var alpha = ch.Lepton.Flavor;
                double rowSum = Direction.RowSumSquares(alpha);
                gamma3 += rowSum * ch.WidthPerG2;
                double perDecay = ch.WidthPerG2 / meson.Width; // BR₃ per unit Σ_β ĝ_αβ², normalised to Γ_M
                // primary ν_β (ν̄_β for M⁻) with weight ĝ_αβ²
                var folded = _folds.Fold(spectrum, ch.Primary);
                foreach (var beta in FlavorExtensions.AllFlavors)
                {
                    double gab = Direction[alpha, beta];
                    if (gab == 0) continue;
                    var target = primary.AsSpan((int)beta.Species(anti) * _nb, _nb);
                    for (int k = 0; k < _nb; k++) target[k] += perDecay * gab * gab * folded[k];
                }
                channels.Add(BuildChannel(spectrum, meson, ch, perDecay * rowSum));
            }
        // μ± have no Z′ channel: Γ₃ = 0, so the depletion is exactly 1 whatever the width put here
        return new ParentTemplates(anti, meson?.Width ?? 1, gamma3, sm, primary, channels.ToArray());
    }

    /// <summary>Z′ → νν̄ templates of one channel per parent bin j (per Z′ decay × <paramref name="scale"/>) and the decay
    /// factors f_ij = L_i M/(ħc p_max,j) with weights w_ij.</summary>
    ChannelTemplates BuildChannel(ParentSpectrum spectrum, ChargedMeson meson, ZPrimeChannelSpectra ch, double scale)
    {
        var pe = spectrum.Edges;
        var w = spectrum.Values;
        int np = w.Count;
        double[][] shapes = [new double[np * _nb], new double[np * _nb]];
        var zSpectra = new[] { ch.ZNeutrino.Spectrum, ch.ZAntineutrino.Spectrum };
        var first = Enumerable.Repeat(_nb, np).ToArray();
        var end = new int[np];
        for (int shape = 0; shape < 2; shape++)
        {
            var r = _folds.Matrix(spectrum, zSpectra[shape]);
            var target = shapes[shape];
            for (int j = 0; j < np; j++)
                for (int k = 0; k < _nb; k++)
                {
                    double v = scale * r[k, j] * w[j];
                    if (v == 0) continue;
                    target[j * _nb + k] = v;
                    first[j] = Math.Min(first[j], k);
                    end[j] = Math.Max(end[j], k + 1);
                }
        }

        int m = DecayPipe.MaxFlightDistances;
        var points = new int[np];
        var factors = new double[np * m];
        var weights = new double[np * m];
        for (int j = 0; j < np; j++)
        {
            // the parent's lab decay length (p/m)·cτ at the bin centre sets the spread of decay points
            double eMid = 0.5 * (pe[j] + pe[j + 1]);
            double pMid = Math.Sqrt(Math.Max(0, (eMid - meson.Mass) * (eMid + meson.Mass)));
            double lambda = Math.Max(pMid, double.Epsilon) / meson.Mass * meson.DecayLength;
            points[j] = Pipe.FlightDistances(DecayPoints, lambda, factors.AsSpan(j * m, m), weights.AsSpan(j * m, m));
            // f = L M/(ħc p_max): P_dec = 1 − exp(−f Γ_Z′) is smallest for the largest momentum at the bin's upper energy
            double pMax = MaximumZMomentum(meson, ch.Lepton, Mass, pe[j + 1]);
            for (int i = 0; i < points[j]; i++) factors[j * m + i] *= Mass / (Constants.HbarCGeVm * pMax);
        }
        var totals = shapes.Select(z =>
        {
            var sum = new double[_nb];
            for (int j = 0; j < np; j++)
                for (int k = first[j]; k < end[j]; k++) sum[k] += z[j * _nb + k];
            return sum;
        }).ToArray();
        return new ChannelTemplates(ch.Lepton.Flavor, np, shapes, totals, first, end, points, factors, weights);
    }

    /// <summary>Per-parent templates: SM and primary per species and bin [6·nb] (primary per unit scale², normalised to
    /// Γ_M), Γ_M and Γ₃ per unit scale² [GeV], the Z′ channels.</summary>
    sealed record ParentTemplates(bool IsAntiparticle, double GammaM, double Gamma3, double[] StandardModel, double[] Primary,
        ChannelTemplates[] Channels);

    /// <summary>One channel's Z′ → νν̄ templates: Shapes[0 = ν, 1 = ν̄][j·nb + k] (Totals: their sums over j) per unit scale² (Γ_M-normalised, per Z′
    /// decay), non-zero for k in [First[j], End[j]); Points[j] flight distances of parent bin j with factors
    /// f = L M/(ħc p_max) [GeV⁻¹] and weights at [j·MaxFlightDistances + i].</summary>
    sealed record ChannelTemplates(Flavor Lepton, int ParentBins, double[][] Shapes, double[][] Totals, int[] First, int[] End, int[] Points,
        double[] Factors, double[] Weights)
    {
        /// <summary>P̄_j at the last g² evaluated (NaN: none yet).</summary>
        public DecayCache Cache { get; } = new(ParentBins);
    }

    /// <summary>The decay probabilities of a channel's parent bins at one g².</summary>
    sealed class DecayCache(int bins)
    {
        public double G2 = double.NaN;
        public readonly double[] P = new double[bins];
    }
}
