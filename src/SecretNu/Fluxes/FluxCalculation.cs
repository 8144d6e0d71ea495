using SecretNu.Physics;

namespace SecretNu.Fluxes;

/// <summary>
/// One flux calculation for a card: SM fluxes per parent for a generator pair and acceptance mode, and, for a Z′ model,
/// the Z′ part with the chosen options (including the seed's approximations).
/// </summary>
public sealed class FluxCalculation
{
    /// <summary>The card's data, beam line, face and settings.</summary>
    public FluxSetup Setup { get; }
    /// <summary>Light-hadron and charm generators whose tables are used.</summary>
    public GeneratorChoice Generators { get; }
    /// <summary>How the detector face is integrated.</summary>
    public AcceptanceMode Mode { get; }
    /// <summary>Options of the Z′ part (normalisation, D± included, seed's D_s treatment).</summary>
    public ZPrimeOptions Options { get; }
    /// <summary>Lab-energy bin edges [GeV] of the fluxes (default: the published files' 29 edges).</summary>
    public double[] Edges { get; }
    /// <summary>Doppler measure of every parent hadron, by PDG id (built, or read from the cache, when first asked for: a run
    /// whose bound points are all cached never needs them).</summary>
    public IReadOnlyDictionary<int, DopplerMeasure> Measures => _measures.Value;
    /// <summary>The SM flux through the face per parent, species and bin [counts for the card's luminosity] (built when first asked for).</summary>
    public FluxTable StandardModel => _standardModel.Value;

    readonly Lazy<IReadOnlyDictionary<int, DopplerMeasure>> _measures;
    readonly Lazy<FluxTable> _standardModel;
    /// <summary>The files it read: hadron tables and the experiment card (when read from a file).</summary>
    public IReadOnlyList<string> InputFiles { get; }

    /// <summary>The flux calculation for a card: its Doppler measures and SM flux are built (or read from the cache) when first used.</summary>
    /// <param name="setup">The card's flux setup.</param>
    /// <param name="generators">Light-hadron and charm generators.</param>
    /// <param name="mode">Face integration mode.</param>
    /// <param name="options">Options of the Z′ part.</param>
    /// <param name="edges">Lab-energy bin edges [GeV]; null: <see cref="PublishedFlux.StandardEdges"/>.</param>
    public FluxCalculation(FluxSetup setup, GeneratorChoice generators, AcceptanceMode mode, ZPrimeOptions options, double[]? edges = null)
    {
        Setup = setup; Generators = generators; Mode = mode; Options = options;
        Edges = edges ?? PublishedFlux.StandardEdges.ToArray();
        var model = setup.Model(generators);
        InputFiles = [.. model.InputFiles, .. setup.Card.SourcePath is string card ? [card] : Array.Empty<string>()];
        _measures = new(() => model.Measures(setup.Face, mode));
        _standardModel = new(() => FluxTable.StandardModel(Measures, setup.Luminosity, Edges));
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

    /// <summary>The Z′ flux model at m_Z′ = <paramref name="mass"/> [GeV] along coupling direction <paramref name="direction"/>
    /// (g = scale · ĝ), folded through <see cref="ZPrimeMeasures"/>.</summary>
    public ZPrimeFluxModel ZPrimeModel(double mass, CouplingMatrix direction) =>
        new(mass, direction, ZPrimeMeasures(), StandardModel, Setup.Luminosity, Options);

    /// <summary>Neutrinos per bin of a species with a Z′ (Fig. 1, observed data): the SM of every parent, with the Z′ parents' SM
    /// depleted by Γ_M/Γ_tot and their new ν added; the plain SM when <paramref name="z"/> is null.</summary>
    public double[] Total(ZPrimeFlux? z, NeutrinoSpecies s)
    {
        var total = StandardModel.Counts(s);
        if (z is null) return total;
        // replace the SM of Z′ parents by their Γ_M/Γ_tot-depleted SM and add the new neutrinos
        for (int p = 0; p < StandardModel.Parents.Count; p++)
        {
            int zi = z.Parents.ToList().IndexOf(StandardModel.Parents[p]);
            if (zi < 0) continue;
            var sm = StandardModel.Counts(p, s);
            var zsm = z.Counts(ZPrimeFlux.Part.StandardModel, zi, s);
            for (int k = 0; k < total.Length; k++) total[k] += zsm[k] - sm[k];
        }
        var add = z.New(s);
        for (int k = 0; k < total.Length; k++) total[k] += add[k];
        return total;
    }
}
