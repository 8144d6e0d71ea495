using System.Collections.Concurrent;
using SecretNu.Beamline;
using SecretNu.Physics;
using SecretNu.Production;

namespace SecretNu.Fluxes;

/// <summary>
/// Forward hadron production (one light and one charm generator at one collision energy) and a beam line: everything
/// that does not depend on the detector. For a detector face it builds, once, the <see cref="DopplerMeasure"/> of every
/// parent species (cached per face), through which SM and Z′ spectra are then folded. Tables are read once per process.
/// </summary>
public sealed class ForwardFluxModel
{
    static readonly ConcurrentDictionary<string, Lazy<HadronTable>> TableCache = new();
    readonly ConcurrentDictionary<(DetectorFace Face, AcceptanceMode Mode, int Parent), Lazy<DopplerMeasure>> _measures = new();

    public DataDirectory Data { get; }
    public string EnergyLabel { get; }
    public GeneratorChoice Generators { get; }
    public BeamlineLayout Beamline { get; }
    public FluxSettings Settings { get; }

    public ForwardFluxModel(DataDirectory data, string energyLabel, GeneratorChoice generators, BeamlineLayout beamline, FluxSettings? settings = null)
    {
        Data = data; EnergyLabel = energyLabel; Generators = generators; Beamline = beamline; Settings = settings ?? FluxSettings.Default;
    }

    /// <summary>The parent species this model provides (those whose tables exist for the chosen generators).</summary>
    public IReadOnlyList<int> Parents => Hadron.LightIds.Where(id => HasTable(Generators.Light, id))
        .Concat(Hadron.CharmIds.Where(id => HasTable(Generators.Charm, id))).ToArray();

    /// <summary>Forgets the tables read so far (benchmarks that include file reading).</summary>
    public static void ClearTableCache() => TableCache.Clear();

    bool HasTable(string generator, int pdg) =>
        GeneratorChoice.Parts(generator).All(g => File.Exists(HadronTableCatalog.Path(Data.Root, EnergyLabel, g, pdg)));

    /// <summary>The production tables of a parent (light or charm generator according to the species; several for an
    /// averaged choice such as "SIBYLL+Pythia8").</summary>
    public IReadOnlyList<HadronTable> Tables(int pdg)
    {
        string generator = Hadron.Get(pdg).DecaysInFlight ? Generators.Light : Generators.Charm;
        return GeneratorChoice.Parts(generator).Select(g =>
        {
            string path = HadronTableCatalog.Path(Data.Root, EnergyLabel, g, pdg);
            return TableCache.GetOrAdd(path, _ => new(() => HadronTableCatalog.Load(Data.Root, EnergyLabel, g, pdg))).Value;
        }).ToArray();
    }

    /// <summary>Doppler measures of every parent for a face (each built once per face and mode, in parallel inside).</summary>
    public IReadOnlyDictionary<int, DopplerMeasure> Measures(DetectorFace face, AcceptanceMode? mode = null) =>
        Parents.ToDictionary(p => p, p => Measure(p, face, mode));

    /// <summary>The Doppler measure of one parent species for a face (cached).</summary>
    public DopplerMeasure Measure(int parent, DetectorFace face, AcceptanceMode? mode = null)
    {
        var m = mode ?? Settings.Mode;
        return _measures.GetOrAdd((face, m, parent), key => new(() =>
        {
            var integrator = new FaceIntegrator(key.Face, key.Mode, Settings.MinEnergy, Settings.FaceNodesPerUnitSpread, Settings.FaceNodeCap);
            // an averaged generator choice: the measure is linear in the table, so average the measures
            var parts = Tables(key.Parent).Select(t => DopplerMeasureBuilder.Build(t, Beamline, integrator, Settings with { Mode = key.Mode }, out _)).ToArray();
            return parts.Length == 1 ? parts[0] : DopplerMeasure.Average(parts);
        })).Value;
    }

    public override string ToString() => $"{Generators} at {EnergyLabel} TeV, {Beamline.Name} beam line";
}
