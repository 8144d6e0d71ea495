using SecretNu.Physics;

namespace SecretNu.Fluxes;

/// <summary>
/// One flux calculation for a card: SM fluxes per parent for a generator pair and acceptance mode, and, for a Z′ model,
/// the Z′ part with the chosen options (including the seed's approximations).
/// </summary>
public sealed class FluxCalculation
{
    public FluxSetup Setup { get; }
    public GeneratorChoice Generators { get; }
    public AcceptanceMode Mode { get; }
    public ZPrimeOptions Options { get; }
    public double[] Edges { get; }
    public IReadOnlyDictionary<int, DopplerMeasure> Measures { get; }
    public FluxTable StandardModel { get; }
    /// <summary>The files it read: hadron tables and the experiment card (when read from a file).</summary>
    public IReadOnlyList<string> InputFiles { get; }

    public FluxCalculation(FluxSetup setup, GeneratorChoice generators, AcceptanceMode mode, ZPrimeOptions options, double[]? edges = null)
    {
        Setup = setup; Generators = generators; Mode = mode; Options = options;
        Edges = edges ?? PublishedFlux.StandardEdges.ToArray();
        var model = setup.Model(generators);
        Measures = model.Measures(setup.Face, mode);
        InputFiles = [.. model.InputFiles, .. setup.Card.SourcePath is string card ? [card] : Array.Empty<string>()];
        StandardModel = FluxTable.StandardModel(Measures, setup.Luminosity, Edges);
    }

    /// <summary>Measures used for the Z′ part: as for the SM, except D_s± rebuilt from the ν_τ flux in the seed's way.</summary>
    public IReadOnlyDictionary<int, DopplerMeasure> ZPrimeMeasures()
    {
        if (!Options.DsFromTauLine) return Measures;
        var result = new Dictionary<int, DopplerMeasure>(Measures);
        result[431] = SeedDsMeasure.FromTauNeutrinoFlux(431, StandardModel.Counts(NeutrinoSpecies.NuTau), Edges, Setup.Luminosity, Setup.Face.Distance);
        result[-431] = SeedDsMeasure.FromTauNeutrinoFlux(-431, StandardModel.Counts(NeutrinoSpecies.NuTauBar), Edges, Setup.Luminosity, Setup.Face.Distance);
        return result;
    }

    public ZPrimeFluxModel ZPrimeModel(double mass, CouplingMatrix direction) =>
        new(mass, direction, ZPrimeMeasures(), StandardModel, Setup.Luminosity, Options);
}
