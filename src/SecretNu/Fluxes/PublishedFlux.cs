using System.Collections.Immutable;
using System.Runtime.InteropServices;
using SecretNu.Physics;

namespace SecretNu.Fluxes;

/// <summary>
/// One published forward-neutrino spectrum of FastNeutrinoFluxSimulation (data/README §4): the number of neutrinos
/// (or CC interactions) per energy bin for one detector and species, at the luminosity of that study (150 fb⁻¹ for
/// FASERν and SND@LHC, 3000 fb⁻¹ for FASERν2 and FLArE). Counts per bin, not densities. Immutable.
/// </summary>
public sealed class PublishedFlux
{
    /// <summary>Number of energy bins in every file.</summary>
    public const int BinCount = 28;

    /// <summary>Lower edge of the first bin, GeV.</summary>
    public const double FirstEdgeGeV = 10.0;

    /// <summary>
    /// The 28 bin centres in GeV, exactly as in the first column of every upstream file
    /// (KlingFelix/FastNeutrinoFluxSimulation @ c16ed47, Fluxes/*/*.txt; identical in all 48 files).
    /// Arithmetic means of the bin edges, not geometric ones.
    /// </summary>
    public static readonly ImmutableArray<double> StandardCentres =
    [
        11.336355, 14.31343, 18.019555, 22.685205, 28.559015, 35.953649999999996, 45.263, 56.98274, 71.737075,
        90.31156, 113.6953, 143.1343, 180.19555, 226.85205000000002, 285.59015, 359.5365, 452.63, 569.8274,
        717.37075, 903.1156000000001, 1136.953, 1431.3429999999998, 1801.9555, 2268.5205, 2855.9015, 3595.365,
        4526.3, 5698.274,
    ];

    /// <summary>
    /// The 29 bin edges in GeV (data/README §4.2): 10 GeV, then upper edge = 2 × centre − lower edge, i.e. 12.6727 ×
    /// 10^(0.1 k) for k = 0 … 27 (to ≈1e-5). The first bin [10, 12.67] GeV is 0.1029 decades wide, the others 0.1.
    /// </summary>
    public static readonly ImmutableArray<double> StandardEdges = ComputeEdges();

    /// <summary>Detector folder name (FASERv, FASERv2, FLArE, SND@LHC), or the name given to the reader.</summary>
    public string Detector { get; }

    /// <summary>Neutrino species of the file.</summary>
    public NeutrinoSpecies Species { get; }

    /// <summary>Through-face flux or CC interactions.</summary>
    public PublishedFluxKind Kind { get; }

    /// <summary>Bin centres in GeV as read (equal to <see cref="StandardCentres"/> within 1e-5 relative).</summary>
    public ImmutableArray<double> EnergyCentres { get; }

    /// <summary>Number of neutrinos (or CC interactions) per bin, ≥ 0, for the study's luminosity.</summary>
    public ImmutableArray<double> Counts { get; }

    /// <summary>Sum of <see cref="Counts"/>.</summary>
    public double Total { get; }

    /// <summary>Path (or name) of the file, for messages.</summary>
    public string Source { get; }

    internal PublishedFlux(string detector, NeutrinoSpecies species, PublishedFluxKind kind, double[] centres,
        double[] counts, string source)
    {
        Detector = detector;
        Species = species;
        Kind = kind;
        EnergyCentres = ImmutableCollectionsMarshal.AsImmutableArray(centres);
        Counts = ImmutableCollectionsMarshal.AsImmutableArray(counts);
        double total = 0;
        foreach (double c in counts) total += c;
        Total = total;
        Source = source;
    }

    static ImmutableArray<double> ComputeEdges()
    {
        var edges = new double[BinCount + 1];
        edges[0] = FirstEdgeGeV;
        for (int i = 0; i < BinCount; i++) edges[i + 1] = 2 * StandardCentres[i] - edges[i];
        return ImmutableCollectionsMarshal.AsImmutableArray(edges);
    }

    /// <inheritdoc />
    public override string ToString() => $"{Detector} {Species.Name()} {Kind} (total {Total:G6})";
}
