using SecretNu.Physics;
using SecretNu.Spectra;

namespace SecretNu.Dune;

/// <summary>
/// A reconstructed parent energy spectrum at the DUNE ND, piecewise constant on parent-energy bins.
/// <para>
/// Normalisation convention: <c>Values[j]</c> = W(E_M) on bin j, in [decays POT⁻¹ GeV⁻¹ cm⁻²]: the number of decays of
/// this parent per proton on target per GeV of parent lab energy, each decay weighted by 1/(4πL²) with L [cm] its
/// distance to the ND, the parent moving along the beam axis towards the ND. Equivalently: the flux per cm² at the ND
/// if every decay emitted one particle isotropically in the lab. The Lorentz boost is applied when folding: for any
/// rest-frame spectrum f(E*) per decay that is isotropic in the parent frame (all spectra of a spin-0 meson, including
/// those of M → ℓνZ′ and its Z′ → νν̄ neutrinos, and the unpolarised μ), the flux at the ND is
/// φ(E) = ∫ dE_M W(E_M) D f(E/D) [ν cm⁻² POT⁻¹ GeV⁻¹], D = (E_M + p_M)/m (physics.md eq. 6.1–6.2; see
/// <see cref="OnAxisResponse"/>). A decay probability that depends on the decay point (Z′ → νν̄ before the ND) is not
/// in W and must be applied by the caller (physics.md §6.5, §13).
/// </para>
/// </summary>
public sealed class ParentSpectrum
{
    readonly double[] _edges, _values;

    /// <summary>Which parent.</summary>
    public DuneParent Parent { get; }
    /// <summary>Parent lab-energy bin edges [GeV], increasing, from ≥ m up to ≤ the 120-GeV beam energy.</summary>
    public IReadOnlyList<double> Edges => _edges;
    /// <summary>W on each bin [decays POT⁻¹ GeV⁻¹ cm⁻²] (≥ 0), convention in the class summary.</summary>
    public IReadOnlyList<double> Values => _values;

    /// <summary>A spectrum from bin edges [GeV] and values [POT⁻¹ GeV⁻¹ cm⁻²] (one fewer than edges).</summary>
    public ParentSpectrum(DuneParent parent, IReadOnlyList<double> edges, IReadOnlyList<double> values)
    {
        if (edges.Count != values.Count + 1 || values.Count < 1) throw new ArgumentException("need one more edge than value");
        for (int i = 1; i < edges.Count; i++)
            if (!(edges[i] > edges[i - 1])) throw new ArgumentException("parent edges must increase");
        Parent = parent; _edges = edges.ToArray(); _values = values.ToArray();
    }

    /// <summary>∫ W dE_M [decays POT⁻¹ cm⁻²] (each decay weighted by 1/(4πL²)).</summary>
    public double Integral()
    {
        double s = 0;
        for (int j = 0; j < _values.Length; j++) s += _values[j] * (_edges[j + 1] - _edges[j]);
        return s;
    }

    /// <summary>
    /// The flux at the ND from this parent decaying with the rest-frame spectrum <paramref name="restFrame"/> (per
    /// decay, isotropic), averaged over each neutrino bin [ν cm⁻² POT⁻¹ GeV⁻¹].
    /// </summary>
    /// <param name="restFrame">Rest-frame neutrino spectrum per decay, e.g. a species of <see cref="MesonNeutrinoSpectra"/>.</param>
    /// <param name="neutrinoEdges">Neutrino energy bin edges [GeV], increasing, ≥ 0.</param>
    /// <param name="quadrature">Rapidity quadrature of the continua (default <see cref="OnAxisResponse.FitQuadrature"/>).</param>
    public double[] Fold(RestFrameSpectrum restFrame, IReadOnlyList<double> neutrinoEdges, (int Panels, int Nodes)? quadrature = null) =>
        Apply(OnAxisResponse.Matrix(Parent.Mass(), _edges, restFrame, neutrinoEdges, quadrature));

    /// <summary>φ_i = Σ_j R[i, j] W_j: this spectrum through a response matrix of its parent bins (<see cref="OnAxisResponse.Matrix"/>).</summary>
    public double[] Apply(double[,] r)
    {
        var phi = new double[r.GetLength(0)];
        for (int i = 0; i < phi.Length; i++)
            for (int j = 0; j < _values.Length; j++) phi[i] += r[i, j] * _values[j];
        return phi;
    }

    /// <summary>The Standard-Model flux of <paramref name="species"/> from this parent on the given bins
    /// (<see cref="Fold"/> with <see cref="DuneParentExtensions.RestFrame"/>); folded once per species and bins, since every
    /// Z′ mass point of a scan needs the same SM folds (a copy is returned).</summary>
    public double[] StandardModelFlux(NeutrinoSpecies species, IReadOnlyList<double> neutrinoEdges)
    {
        var edges = neutrinoEdges.ToArray();
        lock (_smFolds)
        {
            foreach (var (e, s, phi) in _smFolds)
                if (s == species && e.AsSpan().SequenceEqual(edges)) return (double[])phi.Clone();
        }
        var folded = Fold(Parent.RestFrame(species), edges);
        lock (_smFolds) _smFolds.Add((edges, species, folded));
        return (double[])folded.Clone();
    }

    readonly List<(double[] Edges, NeutrinoSpecies Species, double[] Flux)> _smFolds = [];
}
