using SecretNu.Fluxes;
using SecretNu.Physics;

namespace SecretNu.Detection;

/// <summary>
/// From neutrinos through the face to expected CC events (physics.md §7.1): N = ε · s · n_T · Σ_k φ_k σ(E_k) per
/// true-energy bin of <see cref="AnalysisGrid"/>, then Gaussian smearing into reconstructed bins. ε = card efficiency,
/// s = card exposure scale, n_T = target mass/(u · face area).
/// </summary>
public sealed class DetectorResponse
{
    readonly double[][] _weight = new double[6][]; // events per neutrino, per true bin
    /// <summary>True-to-reconstructed energy migration for the card's resolution, from the <see cref="AnalysisGrid"/> true bins to <see cref="RecoEdges"/>.</summary>
    public Smearing Smearing { get; }
    /// <summary>Reconstructed-energy bin edges [GeV] of the card's χ² (<see cref="ExperimentCard.RecoEdges"/>).</summary>
    public double[] RecoEdges { get; }
    /// <summary>Geometric centres of <see cref="RecoEdges"/> [GeV] (the tilt's energies).</summary>
    public double[] RecoCentres { get; }
    /// <summary>Number of reconstructed bins per sample.</summary>
    public int RecoBins => RecoEdges.Length - 1;
    /// <summary>Target nucleons per area n_T = m/(u · face area) [cm⁻²] of the card's detector.</summary>
    public double NucleonsPerCm2 { get; }
    /// <summary>The experiment card (target, face, efficiency, resolution, exposure scale).</summary>
    public ExperimentCard Card { get; }
    /// <summary>CC cross sections per nucleon σ(E) used for the weights.</summary>
    public CrossSection CrossSection { get; }
    /// <summary>Whether the card's realistic per-flavour efficiencies are used.</summary>
    public bool Realistic { get; }

    /// <summary>Builds the per-bin event weights ε · s · n_T · σ(E) and the smearing matrix for a card.</summary>
    /// <param name="card">The experiment card.</param>
    /// <param name="sigma">CC cross sections for the card's target.</param>
    /// <param name="includeExposureScale">Multiply by the card's exposure scale s (false: s = 1).</param>
    /// <param name="realistic">Use the card's per-flavour efficiencies of <see cref="ExperimentCard.Realistic"/> (when it has them).</param>
    public DetectorResponse(ExperimentCard card, CrossSection sigma, bool includeExposureScale = true, bool realistic = false)
    {
        Card = card; CrossSection = sigma; Realistic = realistic && card.Realistic is not null;
        NucleonsPerCm2 = Detection.CrossSection.NucleonsPerCm2(card.TargetMassT, card.FaceAreaM2);
        var edges = AnalysisGrid.TrueEdges;
        foreach (var s in FlavorExtensions.AllSpecies)
        {
            double efficiency = realistic && card.Realistic is { } r ? r.EfficiencyOf(s.Flavor()) : card.EfficiencyOf(s.Flavor());
            double factor = efficiency * (includeExposureScale ? card.ExposureScale : 1) * NucleonsPerCm2;
            var w = new double[edges.Length - 1];
            for (int k = 0; k < w.Length; k++) w[k] = factor * sigma.Sigma(s, Math.Sqrt(edges[k] * edges[k + 1]));
            _weight[(int)s] = w;
        }
        RecoEdges = card.RecoEdges;
        RecoCentres = AnalysisGrid.Centres(RecoEdges);
        Smearing = new Smearing(edges, RecoEdges, card.EnergyResolution);
    }

    /// <summary>Expected events per neutrino through the face, per true bin.</summary>
    public ReadOnlySpan<double> Weights(NeutrinoSpecies s) => _weight[(int)s];

    /// <summary>Reconstructed events of a sample from fluxes per species on the true grid.</summary>
    public double[] Events(EventSample sample, Func<NeutrinoSpecies, double[]> flux)
    {
        var tru = new double[AnalysisGrid.TrueEdges.Length - 1];
        foreach (var s in sample.Species)
        {
            var f = flux(s);
            var w = _weight[(int)s];
            for (int k = 0; k < tru.Length; k++) tru[k] += f[k] * w[k];
        }
        var reco = new double[RecoBins];
        Smearing.Apply(tru, reco);
        return reco;
    }

    /// <summary>True-energy (unsmeared) events of a species: ε s n_T Σ φ σ.</summary>
    public double TrueEvents(NeutrinoSpecies s, ReadOnlySpan<double> flux)
    {
        double n = 0;
        for (int k = 0; k < flux.Length; k++) n += flux[k] * _weight[(int)s][k];
        return n;
    }
}
