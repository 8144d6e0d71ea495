namespace SecretNu;

/// <summary>
/// The directory that holds the third-party input tables (never part of the repository). Expected layout:
/// <c>&lt;root&gt;/foresee/hadrons/&lt;E&gt;TeV/&lt;generator&gt;/…</c> (FORESEE hadron tables) and
/// <c>&lt;root&gt;/fast-neutrino-flux/Fluxes/&lt;detector&gt;/…</c> (published neutrino fluxes).
/// See docs/data.md for how to obtain the files.
/// </summary>
public sealed class DataDirectory
{
    /// <summary>Name of the environment variable read when no explicit path is given.</summary>
    public const string EnvironmentVariable = "SECRETNU_DATA";

    /// <summary>Sub-path (relative to the root) of the FORESEE hadron tables.</summary>
    public const string HadronsSubPath = "foresee/hadrons";

    /// <summary>Sub-path (relative to the root) of the FastNeutrinoFluxSimulation flux files.</summary>
    public const string FluxesSubPath = "fast-neutrino-flux/Fluxes";

    /// <summary>Sub-path (relative to the root) of the DUNE near-detector flux files (data README §8).</summary>
    public const string DuneSubPath = "dune";

    /// <summary>How to obtain the files; appended to every "data directory not found" message.</summary>
    public const string HowToObtain =
        "Obtain the input tables (MIT licensed; keep their LICENSE.md files beside them) and point --data or " +
        EnvironmentVariable + " at the directory that contains them:\n" +
        "  1. https://github.com/KlingFelix/FORESEE at commit 2d6431f6f6e92287c1fe1b3003aea39234b29a4b: " +
        "copy files/hadrons -> <data>/foresee/hadrons (and LICENSE.md -> <data>/foresee/LICENSE.md)\n" +
        "  2. https://github.com/KlingFelix/FastNeutrinoFluxSimulation at commit c16ed47d801615ff44226dee141c8e711740e797: " +
        "copy Fluxes -> <data>/fast-neutrino-flux/Fluxes (and LICENSE.md -> <data>/fast-neutrino-flux/LICENSE.md)\n" +
        "Or let 'secretnu data fetch --data DIR' download and check them. See docs/data.md.";

    /// <summary>Absolute path of the data root.</summary>
    public string Root { get; }

    /// <summary>Absolute path of <c>&lt;root&gt;/foresee/hadrons</c>.</summary>
    public string HadronsDirectory => Path.Combine(Root, HadronsSubPath);

    /// <summary>Absolute path of <c>&lt;root&gt;/fast-neutrino-flux/Fluxes</c>.</summary>
    public string FluxesDirectory => Path.Combine(Root, FluxesSubPath);

    DataDirectory(string root) => Root = root;

    /// <summary>
    /// Resolves the data directory: <paramref name="explicitPath"/> (the CLI's <c>--data</c>) when given, else the
    /// environment variable <c>SECRETNU_DATA</c>. Throws <see cref="InputException"/> with instructions for obtaining
    /// the files when neither is set or the directory lacks <c>foresee/hadrons</c> or <c>fast-neutrino-flux/Fluxes</c>.
    /// </summary>
    public static DataDirectory Resolve(string? explicitPath = null) =>
        Resolve(explicitPath, Environment.GetEnvironmentVariable(EnvironmentVariable));

    /// <summary>As <see cref="Resolve(string?)"/> with the environment value passed in (for tests).</summary>
    public static DataDirectory Resolve(string? explicitPath, string? environmentValue)
    {
        string source;
        string? path;
        if (!string.IsNullOrWhiteSpace(explicitPath)) { path = explicitPath; source = "--data"; }
        else if (!string.IsNullOrWhiteSpace(environmentValue)) { path = environmentValue; source = EnvironmentVariable; }
        else
            throw new InputException(
                $"no data directory given: pass --data <dir> or set {EnvironmentVariable}.\n{HowToObtain}");

        string root = Path.GetFullPath(path.Trim());
        if (!Directory.Exists(root))
            throw new InputException($"data directory (from {source}) does not exist.\n{HowToObtain}", root);
        foreach (string sub in new[] { HadronsSubPath, FluxesSubPath })
        {
            if (!Directory.Exists(Path.Combine(root, sub)))
                throw new InputException(
                    $"data directory (from {source}) has no '{sub}' folder.\n{HowToObtain}", root);
        }
        return new DataDirectory(root);
    }

    /// <inheritdoc />
    public override string ToString() => Root;
}
