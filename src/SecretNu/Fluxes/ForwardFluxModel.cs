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
    static readonly ConcurrentDictionary<(string Table, string Beamline, FluxSettings Settings, DetectorFace Face, AcceptanceMode Mode, int Parent), Lazy<DopplerMeasure>> PartCache = new();
    /// <summary>Measures per (data, energy, generator of the parent, beam line, settings, face, mode, parent): shared by every
    /// model of the process, so that generator choices with a common light or charm part reuse it.</summary>
    static readonly ConcurrentDictionary<(string Data, string Energy, string Generator, string Beamline, FluxSettings Settings, DetectorFace Face, AcceptanceMode Mode, int Parent), Lazy<DopplerMeasure>> MeasureCache = new();

    /// <summary>The data directory (published files, manifest, default hadron tables).</summary>
    public DataDirectory Data { get; }
    /// <summary>Collision energy √s in TeV as the table folders name it, e.g. "14" or "13.6".</summary>
    public string EnergyLabel { get; }
    /// <summary>Light-hadron and charm generators whose tables are used.</summary>
    public GeneratorChoice Generators { get; }
    /// <summary>Beam-line layout the light hadrons are transported through.</summary>
    public BeamlineLayout Beamline { get; }
    /// <summary>Numerical settings of the flux engine.</summary>
    public FluxSettings Settings { get; }

    /// <summary>Where the hadron tables are: the data directory's foresee/hadrons, or a card's own folder (FORESEE layout).</summary>
    public string HadronRoot { get; }

    /// <summary>A model for one collision energy, generator pair and beam line; no table is read until needed.</summary>
    /// <param name="data">The data directory.</param>
    /// <param name="energyLabel">√s label of the table folders [TeV], e.g. "14".</param>
    /// <param name="generators">Light-hadron and charm generators.</param>
    /// <param name="beamline">Beam-line layout.</param>
    /// <param name="settings">Numerical settings; null: <see cref="FluxSettings.Default"/>.</param>
    /// <param name="hadronRoot">A folder of the user's own hadron tables in the FORESEE layout (<c>&lt;E&gt;TeV/&lt;G&gt;/&lt;G&gt;_&lt;E&gt;TeV_&lt;pdg&gt;.txt</c>);
    /// null: the data directory's <c>foresee/hadrons</c>.</param>
    public ForwardFluxModel(DataDirectory data, string energyLabel, GeneratorChoice generators, BeamlineLayout beamline, FluxSettings? settings = null,
        string? hadronRoot = null)
    {
        Data = data; EnergyLabel = energyLabel; Generators = generators; Beamline = beamline; Settings = settings ?? FluxSettings.Default;
        HadronRoot = hadronRoot ?? HadronTableCatalog.Root(data.Root);
    }

    /// <summary>The parent species this model provides: those whose tables the data manifest lists for the chosen
    /// generators (a listed table that is missing is an error in <see cref="LoadTables"/>, never a silent drop), or, for
    /// a user's own generator folder, those whose tables exist.</summary>
    public IReadOnlyList<int> Parents => Hadron.LightIds.Where(id => HasTable(Generators.Light, id))
        .Concat(Hadron.CharmIds.Where(id => HasTable(Generators.Charm, id))).ToArray();

    /// <summary>The hadron tables this model reads (full paths; one per parent and averaged generator).</summary>
    public IReadOnlyList<string> InputFiles => Parents.SelectMany(p =>
        GeneratorChoice.Parts(Hadron.Get(p).DecaysInFlight ? Generators.Light : Generators.Charm)
            .Select(g => HadronTableCatalog.PathIn(HadronRoot, EnergyLabel, g, p))).ToArray();

    /// <summary>Forgets the tables read and the measures built so far (benchmarks that include file reading).</summary>
    public static void ClearTableCache()
    {
        TableCache.Clear();
        MeasureCache.Clear();
        PartCache.Clear();
    }

    bool HasTable(string generator, int pdg) =>
        GeneratorChoice.Parts(generator).All(g =>
        {
            string path = HadronTableCatalog.PathIn(HadronRoot, EnergyLabel, g, pdg);
            return SecretNu.Data.DataIntegrity.Listed(Data.Root, path) || File.Exists(path);
        });

    /// <summary>The production tables of a parent (light or charm generator according to the species; several for an
    /// averaged choice such as "SIBYLL+Pythia8").</summary>
    public IReadOnlyList<HadronTable> Tables(int pdg)
    {
        string generator = Hadron.Get(pdg).DecaysInFlight ? Generators.Light : Generators.Charm;
        return GeneratorChoice.Parts(generator).Select(g =>
        {
            string path = HadronTableCatalog.PathIn(HadronRoot, EnergyLabel, g, pdg);
            return TableCache.GetOrAdd(path, _ => new(() => HadronTableCatalog.LoadIn(HadronRoot, EnergyLabel, g, pdg))).Value;
        }).ToArray();
    }

    /// <summary>
    /// Checks the generators and reads every table of <see cref="Parents"/> (cached for the process), so that bad input
    /// is reported before any flux is computed. Throws <see cref="InputException"/> (see <see cref="RequireGenerator(string, string, string, bool)"/>
    /// and <see cref="Production.HadronTableReader"/>).
    /// </summary>
    public void LoadTables()
    {
        RequireGenerator(HadronRoot, EnergyLabel, Generators.Light, light: true);
        RequireGenerator(HadronRoot, EnergyLabel, Generators.Charm, light: false);
        SecretNu.Data.DataIntegrity.RequirePresent(Data.Root, InputFiles);
        // a table that is byte for byte the manifest's is known to parse (test DataManifestTablesParse): it is read only when a
        // measure is built; any other table is read now, so that its reader names the bad line before any work
        foreach (int parent in Parents)
            if (!TablesVerified(parent)) Tables(parent);
        SecretNu.Data.DataIntegrity.Require(Data.Root, InputFiles); // a table that parses but differs from the manifest
    }

    /// <summary>Whether every table of a parent is a manifest file with the manifest's SHA-256.</summary>
    bool TablesVerified(int pdg)
    {
        string generator = Hadron.Get(pdg).DecaysInFlight ? Generators.Light : Generators.Charm;
        return GeneratorChoice.Parts(generator).All(g => HadronTableCatalog.PathIn(HadronRoot, EnergyLabel, g, pdg) is var path
            && SecretNu.Data.DataIntegrity.Listed(Data.Root, path) && SecretNu.Data.DataIntegrity.Problem(Data.Root, path) is null);
    }

    /// <summary>
    /// Checks a generator name for light (π, K) or charm hadrons; "A+B" averages: every part must be a generator folder
    /// at this energy with at least one table of that kind. Throws <see cref="InputException"/> naming the generator and
    /// listing the ones available.
    /// </summary>
    public static void RequireGenerator(DataDirectory data, string energyLabel, string name, bool light) =>
        RequireGenerator(HadronTableCatalog.Root(data.Root), energyLabel, name, light);

    /// <summary><see cref="RequireGenerator(DataDirectory, string, string, bool)"/> under a hadron-table root.</summary>
    public static void RequireGenerator(string hadronRoot, string energyLabel, string name, bool light)
    {
        string kind = light ? "light-hadron (π, K)" : "charm-hadron";
        string[] parts = GeneratorChoice.Parts(name);
        if (parts.Length == 0) throw new InputException($"{kind} generator '{name}' names no generator");
        int[] ids = light ? Hadron.LightIds : Hadron.CharmIds;
        foreach (string part in parts)
        {
            IReadOnlyList<int> species = HadronTableCatalog.SpeciesIn(hadronRoot, energyLabel, part);
            if (!species.Any(ids.Contains))
            {
                var with = HadronTableCatalog.GeneratorsIn(hadronRoot, energyLabel)
                    .Where(g => HadronTableCatalog.SpeciesIn(hadronRoot, energyLabel, g).Any(ids.Contains));
                throw new InputException(
                    $"generator '{part}' has no {kind} tables at {energyLabel} TeV; generators with them: {string.Join(", ", with)}",
                    System.IO.Path.Combine(hadronRoot, energyLabel + "TeV", part));
            }
        }
    }

    /// <summary>Doppler measures of every parent for a face (each built once per face and mode, in parallel inside); all
    /// tables are read and checked first (<see cref="LoadTables"/>).</summary>
    public IReadOnlyDictionary<int, DopplerMeasure> Measures(DetectorFace face, AcceptanceMode? mode = null)
    {
        LoadTables();
        return Parents.ToDictionary(p => p, p => Measure(p, face, mode));
    }

    /// <summary>The Doppler measure of one parent species for a face (cached for the process).</summary>
    public DopplerMeasure Measure(int parent, DetectorFace face, AcceptanceMode? mode = null)
    {
        var m = mode ?? Settings.Mode;
        string generator = Hadron.Get(parent).DecaysInFlight ? Generators.Light : Generators.Charm;
        var key = (HadronRoot, EnergyLabel, generator, Beamline.Name, Settings with { Mode = m }, face, m, parent);
        return MeasureCache.GetOrAdd(key, k => new(() =>
        {
            // an averaged generator choice: the measure is linear in the table, so average the measures of its parts;
            // each part is built once per process (and read back from the persistent store when there is one), so a band
            // member that uses one half of an average reuses it
            var parts = GeneratorChoice.Parts(k.Generator).Select(g => PartMeasure(g, k.Parent, k.Face, k.Mode, k.Settings)).ToArray();
            return parts.Length == 1 ? parts[0] : DopplerMeasure.Average(parts);
        })).Value;
    }

    /// <summary>The measure of one hadron table (one generator, one parent) for a face: cached per process and on disk.</summary>
    DopplerMeasure PartMeasure(string generator, int parent, DetectorFace face, AcceptanceMode mode, FluxSettings settings)
    {
        string path = HadronTableCatalog.PathIn(HadronRoot, EnergyLabel, generator, parent);
        var key = (path, Beamline.Name, settings, face, mode, parent);
        return PartCache.GetOrAdd(key, _k => new(() =>
        {
            var table = TableCache.GetOrAdd(path, _ => new(() => HadronTableCatalog.LoadIn(HadronRoot, EnergyLabel, generator, parent))).Value;
            string storeKey = CacheFile.Directory is null ? "" :
                DopplerMeasureStore.Key(SecretNu.Data.DataIntegrity.Sha256Of(path), Beamline.Name, face, mode, settings, parent);
            return DopplerMeasureStore.GetOrBuild(storeKey, parent, () =>
            {
                var integrator = new FaceIntegrator(face, mode, settings.MinEnergy, settings.FaceNodesPerUnitSpread, settings.FaceNodeCap);
                return DopplerMeasureBuilder.Build(table, Beamline, integrator, settings, out _);
            });
        })).Value;
    }

    /// <summary>"&lt;light&gt; + &lt;charm&gt; at &lt;√s&gt; TeV, &lt;layout&gt; beam line".</summary>
    public override string ToString() => $"{Generators} at {EnergyLabel} TeV, {Beamline.Name} beam line";
}
