using System.Collections.Immutable;
using System.Runtime.InteropServices;
using SecretNu.Physics;

namespace SecretNu.Fluxes;

/// <summary>
/// Locates the published flux files (data/README §4.1):
/// <c>&lt;data&gt;/fast-neutrino-flux/Fluxes/&lt;folder&gt;/&lt;prefix&gt;[CCint_]&lt;pid&gt;.txt</c> with the folders and
/// prefixes FASERv → FASER_, FASERv2 → FASERv2_, FLArE → FLARE_, SND@LHC → SND_.
/// </summary>
public static class PublishedFluxCatalog
{
    /// <summary>The four detector folders, in the order FASERv, FASERv2, FLArE, SND@LHC.</summary>
    public static readonly ImmutableArray<string> Folders = ["FASERv", "FASERv2", "FLArE", "SND@LHC"];

    static readonly string[] Prefixes = ["FASER_", "FASERv2_", "FLARE_", "SND_"];

    /// <summary>File-name prefix of a detector folder (e.g. "FLArE" → "FLARE_"). Throws for an unknown folder.</summary>
    public static string FilePrefix(string folder) => Prefixes[IndexOf(folder)];

    /// <summary>Path of one file. Throws <see cref="InputException"/> for an unknown folder.</summary>
    /// <param name="dataDir">data root (contains fast-neutrino-flux/Fluxes)</param>
    /// <param name="folder">one of <see cref="Folders"/></param>
    /// <param name="species">neutrino species</param>
    /// <param name="kind">through-face flux or CC interactions</param>
    public static string Path(string dataDir, string folder, NeutrinoSpecies species, PublishedFluxKind kind)
    {
        string prefix = FilePrefix(folder);
        string cc = kind == PublishedFluxKind.ChargedCurrentInteractions ? "CCint_" : "";
        return System.IO.Path.Combine(dataDir, DataDirectory.FluxesSubPath, folder,
            $"{prefix}{cc}{species.PdgId()}.txt");
    }

    /// <summary>Reads and validates one file.</summary>
    public static PublishedFlux Load(string dataDir, string folder, NeutrinoSpecies species, PublishedFluxKind kind)
    {
        string path = Path(dataDir, folder, species, kind);
        if (!File.Exists(path))
            throw new InputException($"published flux file for {species.Name()} ({kind}) is missing", path);
        return PublishedFluxReader.Read(path, folder, species, kind);
    }

    /// <summary>
    /// Reads all six species of one folder and kind; the result is indexed by <c>(int)NeutrinoSpecies</c>
    /// (ν_e, ν̄_e, ν_μ, ν̄_μ, ν_τ, ν̄_τ).
    /// </summary>
    public static ImmutableArray<PublishedFlux> LoadAll(string dataDir, string folder, PublishedFluxKind kind)
    {
        var all = new PublishedFlux[FlavorExtensions.SpeciesCount];
        foreach (NeutrinoSpecies s in FlavorExtensions.AllSpecies) all[(int)s] = Load(dataDir, folder, s, kind);
        return ImmutableCollectionsMarshal.AsImmutableArray(all);
    }

    /// <summary>
    /// Reads all six species of the user's own published-flux files: <c>&lt;directory&gt;/&lt;prefix&gt;[CCint_]&lt;pid&gt;.txt</c>
    /// in the FastNeutrinoFluxSimulation format (docs/data.md), with the same validation as the bundled ones.
    /// </summary>
    public static ImmutableArray<PublishedFlux> LoadAllIn(string directory, string prefix, PublishedFluxKind kind)
    {
        var all = new PublishedFlux[FlavorExtensions.SpeciesCount];
        string cc = kind == PublishedFluxKind.ChargedCurrentInteractions ? "CCint_" : "";
        foreach (NeutrinoSpecies s in FlavorExtensions.AllSpecies)
        {
            string path = System.IO.Path.Combine(directory, $"{prefix}{cc}{s.PdgId()}.txt");
            if (!File.Exists(path)) throw new InputException($"published flux file for {s.Name()} ({kind}) is missing", path);
            all[(int)s] = PublishedFluxReader.Read(path, prefix, s, kind);
        }
        return ImmutableCollectionsMarshal.AsImmutableArray(all);
    }

    static int IndexOf(string folder)
    {
        int i = Folders.IndexOf(folder);
        if (i < 0)
            throw new InputException(
                $"unknown published-flux folder '{folder}'; available: {string.Join(", ", Folders)}");
        return i;
    }
}
