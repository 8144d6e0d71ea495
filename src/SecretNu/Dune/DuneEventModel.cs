using SecretNu.Detection;
using SecretNu.Fluxes;
using SecretNu.Physics;
using SecretNu.Scans;

namespace SecretNu.Dune;

/// <summary>
/// Expected CC events at the DUNE ND at one m_Z′ (physics.md §7.1 with the beam-dump exposure): per horn mode h and
/// species s, per true bin k,
/// <code>
/// N_k = ε_f · s · POT_h · (M/u) · ∫_k φ_s,h(E; g²) σ_s(E) dE      (φ per cm² per POT per GeV, σ per nucleon)
/// </code>
/// (the face area cancels: the flux files are per cm² and n_T = M/(u·A)), then Gaussian smearing into the
/// reconstructed bins. ε_f = the card's efficiency of the flavour (2 % for ν_τ on dune-nd), s = its exposure scale,
/// POT_h = POT per year × years in the mode, σ from <see cref="ArgonCrossSection"/> averaged over the bin. Each flavour
/// sample is kept per horn mode ("nu_tau CC (FHC)").
/// </summary>
public sealed class DuneEventModel : IEventPredictor
{
    /// <summary>Sub-points per true bin for the bin-averaged cross section (the ν_τ threshold region varies within a bin).</summary>
    public const int CrossSectionPoints = 8;

    readonly DuneZPrimeFlux[] _fluxes;
    readonly EventSample[] _flavourSamples;
    readonly double[][][] _weight; // [mode][species][true bin]: events per (ν cm⁻² POT⁻¹ GeV⁻¹)
    readonly Smearing _smearing;
    readonly double[] _flux, _true;

    /// <summary>m_Z′ [GeV].</summary>
    public double Mass { get; }
    /// <summary>Reconstructed bins per sample.</summary>
    public int RecoBins => _smearing.RecoBins;
    /// <summary>The samples, horn mode by horn mode: each flavour sample of the bound with the mode in its name.</summary>
    public IReadOnlyList<EventSample> Samples { get; }

    /// <summary>Builds the event weights of a beam-dump card for the flux models of its horn modes.</summary>
    /// <param name="card">The beam-dump card (target mass, efficiencies, resolution, exposure scale, POT and years).</param>
    /// <param name="fluxes">One Z′ flux model per horn mode with beam time, all at one mass on <see cref="DuneGrid.TrueEdges"/>.</param>
    /// <param name="sigma">CC cross sections on argon.</param>
    /// <param name="flavourSamples">The flavour samples of the bound (<see cref="EventSample.Of"/>).</param>
    /// <param name="recoEdges">Reconstructed-energy bin edges [GeV].</param>
    public DuneEventModel(ExperimentCard card, IReadOnlyList<DuneZPrimeFlux> fluxes, ArgonCrossSection sigma, IReadOnlyList<EventSample> flavourSamples,
        double[] recoEdges)
    {
        var source = card.Accelerator ?? throw new ArgumentException($"'{card.Name}' is not a beam-dump card", nameof(card));
        if (fluxes.Count == 0) throw new ArgumentException("need at least one horn mode", nameof(fluxes));
        _fluxes = [.. fluxes];
        _flavourSamples = [.. flavourSamples];
        Mass = fluxes[0].Mass;
        var edges = fluxes[0].Edges;
        foreach (var f in fluxes)
            if (f.Mass != Mass || !f.Edges.SequenceEqual(edges)) throw new ArgumentException("every horn mode needs the same mass and bins", nameof(fluxes));
        double nucleons = card.TargetMassT * Units.KilogramsPerTonne / Constants.AtomicMassUnitKg;
        _weight = new double[fluxes.Count][][];
        for (int h = 0; h < fluxes.Count; h++)
        {
            _weight[h] = new double[6][];
            foreach (var s in FlavorExtensions.AllSpecies)
            {
                double factor = card.EfficiencyOf(s.Flavor()) * card.ExposureScale * source.ProtonsOnTarget(fluxes[h].Mode) * nucleons;
                var w = new double[edges.Count - 1];
                for (int k = 0; k < w.Length; k++) w[k] = factor * IntegratedSigma(sigma, s, edges[k], edges[k + 1]);
                _weight[h][(int)s] = w;
            }
        }
        Samples = [.. fluxes.SelectMany(f => _flavourSamples.Select(x => new EventSample(f.Mode.SampleName(x), x.Species)))];
        _smearing = new Smearing([.. edges], recoEdges, card.EnergyResolution);
        _flux = new double[edges.Count - 1];
        _true = new double[edges.Count - 1];
    }

    /// <summary>∫ σ(E) dE over [lo, hi] [cm² GeV] by the midpoint rule on <see cref="CrossSectionPoints"/> sub-bins.</summary>
    static double IntegratedSigma(ArgonCrossSection sigma, NeutrinoSpecies s, double lo, double hi)
    {
        double h = (hi - lo) / CrossSectionPoints, sum = 0;
        for (int i = 0; i < CrossSectionPoints; i++) sum += sigma.Sigma(s, lo + (i + 0.5) * h);
        return sum * h;
    }

    /// <summary>Reconstructed events [sample·RecoBins + j] at g = scale·ĝ for exposure multiplier m. Not thread-safe (scratch
    /// buffers); one model per thread.</summary>
    public void Predict(double scale, double multiplier, Span<double> reco)
    {
        double g2 = scale * scale;
        int nr = RecoBins, si = 0;
        for (int h = 0; h < _fluxes.Length; h++)
            foreach (var sample in _flavourSamples)
            {
                Array.Clear(_true);
                foreach (var s in sample.Species)
                {
                    _fluxes[h].Evaluate(g2, s, _flux);
                    var w = _weight[h][(int)s];
                    for (int k = 0; k < _true.Length; k++) _true[k] += _flux[k] * w[k];
                }
                var target = reco.Slice(si++ * nr, nr);
                target.Clear(); // Apply adds
                _smearing.Apply(_true, target);
                if (multiplier != 1) for (int j = 0; j < nr; j++) target[j] *= multiplier;
            }
    }

    /// <summary>The Standard-Model events (scale 0).</summary>
    public double[] StandardModel(double multiplier)
    {
        var reco = new double[Samples.Count * RecoBins];
        Predict(0, multiplier, reco);
        return reco;
    }
}
