using SecretNu.Physics;

namespace SecretNu.Measurements;

/// <summary>
/// One reconstructed bin of a published neutrino measurement, with the numbers the likelihood and the validation need
/// (each as read in the measurement file; relative uncertainties are fractions).
/// </summary>
/// <param name="Index">Bin number as published (1-based).</param>
/// <param name="Species">Neutrino species counted in the bin (ν_μ, ν̄_μ, or both where the charges are not separated).</param>
/// <param name="Low">Lower neutrino-energy edge [GeV]; &gt; 0.</param>
/// <param name="High">Upper edge [GeV], or +∞ for an open bin.</param>
/// <param name="Observed">Observed events (a non-negative integer).</param>
/// <param name="Background">Expected background events, ≥ 0 (published signal + background minus signal).</param>
/// <param name="PredictedSignal">The publication's simulated signal events, &gt; 0.</param>
/// <param name="PredictedSignalError">Its quoted uncertainty, relative.</param>
/// <param name="Efficiency">Total efficiency (acceptance × reconstruction), in (0, 1].</param>
/// <param name="EfficiencyError">Its quoted uncertainty, relative.</param>
/// <param name="FluxPerLumi">The publication's simulated flux through the fiducial area [neutrinos per cm² per fb⁻¹], summed over the bin.</param>
/// <param name="FluxPerLumiError">Its quoted uncertainty, relative.</param>
/// <param name="CrossSection">The publication's flux-averaged CC cross section per nucleon [cm²].</param>
/// <param name="CrossSectionError">Its quoted uncertainty, relative.</param>
public sealed record MeasuredBin(int Index, NeutrinoSpecies[] Species, double Low, double High, int Observed, double Background,
    double PredictedSignal, double PredictedSignalError, double Efficiency, double EfficiencyError, double FluxPerLumi, double FluxPerLumiError,
    double CrossSection, double CrossSectionError)
{
    /// <summary>The upper edge the prediction integrates to [GeV]: <see cref="High"/>, or
    /// <see cref="BinnedMeasurement.OpenBinCeiling"/> for an open bin.</summary>
    public double UpperEdge => double.IsPositiveInfinity(High) ? BinnedMeasurement.OpenBinCeiling : High;

    /// <summary>Whether a fine bin of centre <paramref name="energy"/> [GeV] lies in this bin's range.</summary>
    public bool Contains(double energy) => energy >= Low && energy <= UpperEdge;

    /// <summary>Label such as "ν_μ 100–300 GeV" or "ν_μ + ν̄_μ > 1000 GeV".</summary>
    public string Label => $"{string.Join(" + ", Species.Select(s => s.Name()))} " +
        (double.IsPositiveInfinity(High) ? $"> {Low:G4} GeV" : $"{Low:G4}–{High:G4} GeV");
}
