namespace SecretNu.Tests;

/// <summary>
/// Locates the input-data directory for tests: env SECRETNU_DATA if set, else a directory <c>shared/data</c> found
/// by walking up from the test binary (i.e. beside the repository root, e.g. /work/shared/data).
/// </summary>
public static class TestData
{
    static readonly Lazy<string> Dir = new(Find);

    /// <summary>The data root (contains foresee/hadrons and fast-neutrino-flux/Fluxes).</summary>
    public static string Directory => Dir.Value;

    /// <summary>The data README (its appendices list the sums of every file).</summary>
    public static string Readme => Path.Combine(Directory, "README.md");

    /// <summary>Path of a file under the data root, given with forward slashes.</summary>
    public static string File(string relative) => Path.Combine(Directory, relative);

    /// <summary>Path of the repository's experiment card of this name (experiments/&lt;name&gt;.toml).</summary>
    public static string Card(string name) => Path.Combine(ExperimentCatalogFolder.Value, name + ".toml");

    static readonly Lazy<string> ExperimentCatalogFolder = new(() => SecretNu.Detection.ExperimentCatalog.FindUpward(AppContext.BaseDirectory)
        ?? throw new InvalidOperationException("experiments/ not found above the test binaries"));

    /// <summary>The malformed-input corpus copied to the test output.</summary>
    public static string Malformed => Path.Combine(AppContext.BaseDirectory, "Malformed");

    static string Find()
    {
        string? env = Environment.GetEnvironmentVariable(DataDirectory.EnvironmentVariable);
        if (!string.IsNullOrWhiteSpace(env)) return DataDirectory.Resolve(env, null).Root;
        for (DirectoryInfo? d = new(AppContext.BaseDirectory); d is not null; d = d.Parent)
        {
            string candidate = Path.Combine(d.FullName, "shared", "data");
            if (System.IO.Directory.Exists(Path.Combine(candidate, DataDirectory.HadronsSubPath)))
                return candidate;
        }
        throw new InvalidOperationException(
            $"test data not found: set {DataDirectory.EnvironmentVariable} or place shared/data beside the repository");
    }
}
