using SecretNu.Physics;

namespace SecretNu.Dune;

/// <summary>
/// The result of <see cref="DuneParentFlux.Reconstruct(DuneFluxFile, HornMode, Regularisation?)"/>: the six parent
/// spectra (convention of <see cref="ParentSpectrum"/>) and their Standard-Model neutrino fluxes pushed forward through
/// the same response, on the file's 0.25-GeV bins, for comparison with the input.
/// </summary>
public sealed class DuneReconstruction
{
    readonly Lazy<Dictionary<(DuneParent, NeutrinoSpecies), double[]>> _contributions;

    /// <summary>Horn polarity of the input.</summary>
    public HornMode Mode { get; }
    /// <summary>The regularisation used.</summary>
    public Regularisation Regularisation { get; }
    /// <summary>The input flux file.</summary>
    public DuneFluxFile Input { get; }
    /// <summary>The reconstructed parent spectra, one per <see cref="DuneParent"/>.</summary>
    public IReadOnlyDictionary<DuneParent, ParentSpectrum> Parents { get; }
    /// <summary>Neutrino bin edges [GeV] of the input (502 values).</summary>
    public IReadOnlyList<double> NeutrinoEdges { get; }

    /// <summary>The species fitted: ν_e, ν̄_e, ν_μ, ν̄_μ (the ν_τ columns are zero).</summary>
    public static IReadOnlyList<NeutrinoSpecies> FittedSpecies { get; } =
        [NeutrinoSpecies.NuE, NeutrinoSpecies.NuEBar, NeutrinoSpecies.NuMu, NeutrinoSpecies.NuMuBar];

    internal DuneReconstruction(HornMode mode, Regularisation regularisation, DuneFluxFile input, double[] neutrinoEdges,
        IReadOnlyDictionary<DuneParent, ParentSpectrum> parents, Lazy<Dictionary<(DuneParent, NeutrinoSpecies), double[]>> contributions)
    {
        Mode = mode; Regularisation = regularisation; Input = input; NeutrinoEdges = neutrinoEdges;
        Parents = parents; _contributions = contributions;
    }

    /// <summary>Flux of <paramref name="species"/> from <paramref name="parent"/> per neutrino bin [ν cm⁻² POT⁻¹ GeV⁻¹].</summary>
    public IReadOnlyList<double> Contribution(DuneParent parent, NeutrinoSpecies species) =>
        _contributions.Value.TryGetValue((parent, species), out var c) ? c : new double[NeutrinoEdges.Count - 1];

    /// <summary>Predicted flux of <paramref name="species"/> (sum over parents) per bin [ν cm⁻² POT⁻¹ GeV⁻¹].</summary>
    public double[] Predicted(NeutrinoSpecies species)
    {
        var s = new double[NeutrinoEdges.Count - 1];
        foreach (var p in DuneParentExtensions.All)
        {
            var c = Contribution(p, species);
            for (int i = 0; i < s.Length; i++) s[i] += c[i];
        }
        return s;
    }

    /// <summary>∫ predicted / ∫ input of <paramref name="species"/> over all bins (1 = perfect).</summary>
    public double TotalRatio(NeutrinoSpecies species) =>
        Predicted(species).Sum() / Input.Flux(species).Sum();

    /// <summary>Largest |predicted/input − 1| over bins with centres in [<paramref name="eMin"/>, <paramref name="eMax"/>] GeV.</summary>
    public double MaxRelativeDeviation(NeutrinoSpecies species, double eMin, double eMax)
    {
        var pred = Predicted(species);
        var input = Input.Flux(species);
        double worst = 0;
        for (int i = 0; i < pred.Length; i++)
        {
            double c = Input.Centres[i];
            if (c < eMin || c > eMax || input[i] <= 0) continue;
            worst = Math.Max(worst, Math.Abs(pred[i] / input[i] - 1));
        }
        return worst;
    }

    /// <summary>Fraction of the predicted flux of <paramref name="species"/> made by <paramref name="parent"/>.</summary>
    public double Share(DuneParent parent, NeutrinoSpecies species)
    {
        double total = Predicted(species).Sum();
        return total > 0 ? Contribution(parent, species).Sum() / total : 0;
    }
}
