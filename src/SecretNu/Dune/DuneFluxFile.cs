using SecretNu.Physics;

namespace SecretNu.Dune;

/// <summary>
/// One DUNE near-detector flux file (data README §8): 501 energy bins of width <see cref="BinWidth"/> with centres
/// 0.125 … 125.125 GeV, and the flux of each species in ν per cm² per POT per GeV at the ND (574 m from the start of
/// Horn 1, on axis). The ν_τ and ν̄_τ columns are zero in the published files.
/// </summary>
public sealed class DuneFluxFile
{
    /// <summary>Number of rows of a DUNE ND flux file.</summary>
    public const int BinCount = 501;
    /// <summary>Bin width [GeV].</summary>
    public const double BinWidth = 0.25;

    readonly double[] _centres;
    readonly double[][] _flux;

    /// <summary>The file this was read from (for messages).</summary>
    public string Source { get; }
    /// <summary>Bin centres [GeV], increasing, spaced by <see cref="BinWidth"/>.</summary>
    public IReadOnlyList<double> Centres => _centres;

    internal DuneFluxFile(string source, double[] centres, double[][] flux)
    {
        Source = source; _centres = centres; _flux = flux;
    }

    /// <summary>Flux of <paramref name="species"/> per bin [ν cm⁻² POT⁻¹ GeV⁻¹], one value per <see cref="Centres"/>.</summary>
    public IReadOnlyList<double> Flux(NeutrinoSpecies species) => _flux[(int)species];

    /// <summary>Bin edges [GeV]: centre ∓ <see cref="BinWidth"/>/2 (502 values, from 0).</summary>
    public double[] Edges()
    {
        var e = new double[_centres.Length + 1];
        for (int i = 0; i < _centres.Length; i++) e[i] = _centres[i] - 0.5 * BinWidth;
        e[^1] = _centres[^1] + 0.5 * BinWidth;
        return e;
    }

    /// <summary>∫ φ dE = Σ φ × <see cref="BinWidth"/> [ν cm⁻² POT⁻¹] (the README §8 integrals).</summary>
    public double Integral(NeutrinoSpecies species) => _flux[(int)species].Sum() * BinWidth;
}
