namespace SecretNu.Fluxes;

/// <summary>
/// The energy grids of the analysis: true neutrino energies in log-uniform bins of 2 × <see cref="DopplerGrid.Step"/>
/// decades (0.04 = 9 % wide: fine compared with the 30 % smearing, and aligned with the Doppler grid, so that
/// folding a rest-frame spectrum becomes a discrete convolution), and reconstructed energies in 0.1-decade bins
/// (10 per decade, as the published flux files), both from 10 GeV to 10^3.8 GeV ≈ 6.3 TeV.
/// </summary>
public static class AnalysisGrid
{
    /// <summary>log10 of the lowest and highest grid energy [GeV]: 10 GeV and 10^3.8 GeV ≈ 6.3 TeV.</summary>
    public const double Log10Low = 1.0, Log10High = 3.8;
    /// <summary>Bin widths in decades: true bins 2 × <see cref="DopplerGrid.Step"/> = 0.04, reconstructed bins 0.1.</summary>
    public const double TrueStep = 2 * DopplerGrid.Step, RecoStep = 0.1;

    /// <summary>True-energy bin edges [GeV], log-uniform from 10 GeV to 10^3.8 GeV (70 bins).</summary>
    public static readonly double[] TrueEdges = Edges(TrueStep);
    /// <summary>Reconstructed-energy bin edges [GeV], log-uniform from 10 GeV to 10^3.8 GeV (28 bins).</summary>
    public static readonly double[] RecoEdges = Edges(RecoStep);

    /// <summary>Most reconstructed bins per decade a card may ask for: 25, the true grid's (finer bins than the true ones
    /// would only split the same true events).</summary>
    public const int MaxRecoBinsPerDecade = 25;

    /// <summary>Reconstructed-energy edges [GeV] with <paramref name="perDecade"/> log-uniform bins per decade from 10 GeV;
    /// the last bin ends at 10^3.8 GeV (narrower when 2.8 decades are not a whole number of bins). Null: <see cref="RecoEdges"/>.</summary>
    public static double[] RecoEdgesFor(int? perDecade)
    {
        if (perDecade is not int n) return RecoEdges;
        if (n is < 1 or > MaxRecoBinsPerDecade) throw new ArgumentOutOfRangeException(nameof(perDecade), n, $"must be 1 to {MaxRecoBinsPerDecade}");
        return Edges(1.0 / n);
    }

    /// <summary>Geometric centres √(E_j E_{j+1}) of bins with these edges [GeV] (the tilt's energies).</summary>
    public static double[] Centres(IReadOnlyList<double> edges) => edges.Zip(edges.Skip(1), (a, b) => Math.Sqrt(a * b)).ToArray();

    /// <summary>Geometric centres √(E_j E_{j+1}) of the reconstructed bins [GeV] (the tilt's energies).</summary>
    public static readonly double[] RecoCentres = Centres(RecoEdges);

    static double[] Edges(double step) => LogEdges(Log10Low, Log10High, step);

    /// <summary>Log-uniform edges [GeV] 10^(lo + k·step) from 10^lo up to 10^hi, the last bin narrower (ending at 10^hi)
    /// when hi − lo is not a whole number of steps.</summary>
    /// <param name="log10Low">log10 of the first edge [GeV].</param>
    /// <param name="log10High">log10 of the last edge [GeV].</param>
    /// <param name="step">Bin width [decades], &gt; 0.</param>
    public static double[] LogEdges(double log10Low, double log10High, double step)
    {
        int n = (int)Math.Floor((log10High - log10Low) / step + 1e-9);
        var edges = Enumerable.Range(0, n + 1).Select(i => Math.Pow(10, log10Low + step * i)).ToList();
        if (edges[^1] < Math.Pow(10, log10High) * (1 - 1e-12)) edges.Add(Math.Pow(10, log10High));
        return [.. edges];
    }

    /// <summary>True when these edges are the aligned true-energy grid (fast folding applies).</summary>
    public static bool IsAligned(ReadOnlySpan<double> edges) => edges.Length == TrueEdges.Length && edges[0] == TrueEdges[0] && edges[^1] == TrueEdges[^1];

    /// <summary>
    /// Lab bin j and Doppler node d see the rest-frame interval [10^(c0 + h(2j−d)), 10^(c0 + h(2j−d+2))], h the Doppler
    /// step, c0 = Log10Low − DopplerGrid.Log10Min: two cells of a log-uniform rest-frame grid, cell m = 2j − d.
    /// </summary>
    public static double CellLow(int m) => Math.Pow(10, Log10Low - DopplerGrid.Log10Min + DopplerGrid.Step * m);
}
