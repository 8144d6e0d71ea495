using SecretNu.Detection;
using SecretNu.Fluxes;
using SecretNu.Physics;

namespace SecretNu.Scans;

/// <summary>Which statistical assumptions a campaign uses (issue 13 point 3).</summary>
public enum Systematics
{
    /// <summary>The reference paper's: a 10 % (or --normalisation-uncertainty) pull per sample.</summary>
    Paper,
    /// <summary>
    /// The flux normalisation of each sample as uncertain as the generators disagree: σ_α per sample from
    /// <see cref="GeneratorSpread"/>, never below the paper's. Detector realism (per-flavour efficiencies, ν_τ
    /// backgrounds) and shape templates are not part of it yet (docs/statistics.md).
    /// </summary>
    Realistic,
}

/// <summary>
/// The flux-normalisation uncertainty of each event sample from the spread of the card's generators: for every sample,
/// σ_α = max(σ_paper, ½ (N_max − N_min)/N_default), with N the SM events of the sample (after efficiency and smearing) for
/// the default generator choice and each alternative of the band. Half the envelope is the stated rule (the envelope is
/// read as a ±1σ band around its middle); the floor keeps every realistic bound at least as weak as the paper's.
/// </summary>
public static class GeneratorSpread
{
    /// <summary>σ_α per sample name (every flavour's samples of the card), for the given flux settings.</summary>
    public static IReadOnlyDictionary<string, double> NormalisationWidths(FluxSetup setup, GeneratorChoice reference, IReadOnlyList<GeneratorChoice> alternatives,
        DetectorResponse response, AcceptanceMode mode, ZPrimeOptions options, double floor)
    {
        var samples = FlavorExtensions.AllFlavors.SelectMany(f => EventSample.Of(f, setup.Card.ChargeIdentification)).ToArray();
        double[] Events(GeneratorChoice g)
        {
            var calc = new FluxCalculation(setup, g, mode, options, AnalysisGrid.TrueEdges);
            return samples.Select(s => response.Events(s, sp => calc.StandardModel.Counts(sp)).Sum()).ToArray();
        }
        var nominal = Events(reference);
        var all = alternatives.Select(Events).Append(nominal).ToArray();
        var widths = new Dictionary<string, double>();
        for (int i = 0; i < samples.Length; i++)
        {
            double lo = all.Min(e => e[i]), hi = all.Max(e => e[i]);
            double half = nominal[i] > 0 ? 0.5 * (hi - lo) / nominal[i] : 0;
            widths[samples[i].Name] = Math.Max(floor, half);
        }
        return widths;
    }
}
