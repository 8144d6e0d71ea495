namespace SecretNu.Dune;

/// <summary>
/// The energy grids of the DUNE ND analysis: true neutrino energies in log-uniform bins of 0.05 decade (12 % wide,
/// finer than the resolution and than the ν_τ threshold region of the cross section), reconstructed energies in
/// 0.1-decade bins (or the card's [analysis] reco_bins_per_decade), both from 10^-0.5 ≈ 0.32 GeV to 10^2.1 ≈ 126 GeV:
/// the range of the public flux files (0.125–125 GeV, 0.25-GeV bins) above the lowest bins, where the parent
/// reconstruction is not fitted (docs/dune.md).
/// </summary>
public static class DuneGrid
{
    /// <summary>log10 of the lowest and highest grid energy [GeV].</summary>
    public const double Log10Low = -0.5, Log10High = 2.1;

    /// <summary>Width of a true-energy bin [decades].</summary>
    public const double TrueStep = 0.05;

    /// <summary>Reconstructed bins per decade without an [analysis] reco_bins_per_decade.</summary>
    public const int DefaultRecoBinsPerDecade = 10;

    /// <summary>True-energy bin edges [GeV] (52 bins).</summary>
    public static readonly double[] TrueEdges = Edges(1 / TrueStep);

    /// <summary>Reconstructed-energy edges [GeV] with <paramref name="perDecade"/> bins per decade (null: 10), the last bin
    /// narrower when 2.6 decades are not whole bins.</summary>
    public static double[] RecoEdgesFor(int? perDecade) => Edges(perDecade ?? DefaultRecoBinsPerDecade);

    static double[] Edges(double perDecade) => Fluxes.AnalysisGrid.LogEdges(Log10Low, Log10High, 1 / perDecade);
}
