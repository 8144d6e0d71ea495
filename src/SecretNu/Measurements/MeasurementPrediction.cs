using SecretNu.Detection;
using SecretNu.Fluxes;
using SecretNu.Physics;

namespace SecretNu.Measurements;

/// <summary>
/// Our CC events in the reconstructed bins of a <see cref="BinnedMeasurement"/>, from a flux through the card's face:
/// <code>S_i = ε_i · N_nuc · Σ_(s ∈ bin i) Σ_k (Φ_s,k / A) · σ_s(E_k)</code>
/// with Φ_s,k the neutrinos of species s through the face A in fine true-energy bin k inside the bin's range, σ_s the
/// CC cross section per nucleon (<see cref="CrossSection"/>, tungsten), N_nuc the card's target nucleons, and ε_i the
/// published total efficiency. Reconstructed and true bins are taken to coincide (no migration; the publication's own
/// numbers show how much migration matters: docs/validation/faser-2025-numu.md).
/// </summary>
public sealed class MeasurementPrediction
{
    /// <summary>Fine true-energy sub-bins per published bin range.</summary>
    public const int SubBins = 8;

    readonly double[][] _weight; // [bin][species * fine + k]: ε N_nuc σ_s(E_k)/A, 0 outside the bin
    readonly int _fine;

    /// <summary>The measurement predicted.</summary>
    public BinnedMeasurement Measurement { get; }

    /// <summary>Fine true-energy edges [GeV] every flux must be given on: the union of the bin edges (an open bin ends at
    /// <see cref="BinnedMeasurement.OpenBinCeiling"/>), each interval cut into <see cref="SubBins"/> log-uniform bins.</summary>
    public double[] Edges { get; }

    /// <summary>Target nucleons N_nuc of the card.</summary>
    public double Nucleons { get; }

    /// <summary>Face area A [cm²] of the card.</summary>
    public double FaceAreaCm2 { get; }

    /// <summary>Sets up the weights for <paramref name="measurement"/> with the card's target and face.</summary>
    public MeasurementPrediction(BinnedMeasurement measurement, ExperimentCard card, CrossSection sigma)
    {
        Measurement = measurement;
        Edges = FineEdges(measurement);
        _fine = Edges.Length - 1;
        FaceAreaCm2 = card.FaceAreaM2 / Units.Cm2InM2;
        Nucleons = CrossSection.NucleonsPerCm2(card.TargetMassT, card.FaceAreaM2) * FaceAreaCm2;
        _weight = new double[measurement.Bins.Count][];
        for (int i = 0; i < measurement.Bins.Count; i++)
        {
            var bin = measurement.Bins[i];
            var w = _weight[i] = new double[6 * _fine];
            for (int k = 0; k < _fine; k++)
            {
                double e = Centre(k);
                if (!bin.Contains(e)) continue;
                foreach (var s in bin.Species)
                    w[(int)s * _fine + k] = bin.Efficiency * Nucleons / FaceAreaCm2 * sigma.Sigma(s, e);
            }
        }
    }

    /// <summary>The fine edges of <see cref="Edges"/> for a measurement.</summary>
    public static double[] FineEdges(BinnedMeasurement m)
    {
        var cuts = m.Bins.SelectMany(b => new[] { b.Low, b.UpperEdge }).Distinct().Order().ToArray();
        var edges = new List<double> { cuts[0] };
        for (int c = 0; c + 1 < cuts.Length; c++)
            for (int j = 1; j <= SubBins; j++)
                edges.Add(j == SubBins ? cuts[c + 1] : cuts[c] * Math.Pow(cuts[c + 1] / cuts[c], (double)j / SubBins));
        return [.. edges];
    }

    /// <summary>Signal events per bin for neutrinos through the face per fine bin, <paramref name="flux"/>(s) (length
    /// <see cref="Edges"/> − 1).</summary>
    public double[] Events(Func<NeutrinoSpecies, double[]> flux)
    {
        var events = new double[_weight.Length];
        foreach (var s in FlavorExtensions.AllSpecies)
        {
            double[]? f = null;
            for (int i = 0; i < _weight.Length; i++)
                for (int k = 0; k < _fine; k++)
                {
                    double w = _weight[i][(int)s * _fine + k];
                    if (w == 0) continue;
                    f ??= flux(s);
                    events[i] += w * f[k];
                }
        }
        return events;
    }

    /// <summary>Flux through the face per bin range and species of the bin [neutrinos per cm² per fb⁻¹], for the
    /// validation against the publication's simulated flux.</summary>
    public double[] FluxPerLumi(Func<NeutrinoSpecies, double[]> flux, double luminosityFb) =>
        [.. Measurement.Bins.Select(bin =>
        {
            double sum = 0;
            foreach (var s in bin.Species)
            {
                var f = flux(s);
                for (int k = 0; k < _fine; k++)
                    if (bin.Contains(Centre(k))) sum += f[k];
            }
            return sum / FaceAreaCm2 / luminosityFb;
        })];

    /// <summary>Geometric centre of fine bin k [GeV].</summary>
    double Centre(int k) => Math.Sqrt(Edges[k] * Edges[k + 1]);
}
