using System.Text.Json.Serialization;

namespace SecretNu.Output;

/// <summary>
/// What every output records about how it was made: the program and its version (<see cref="BuildInfo.Version"/>) and
/// the input files with their size and SHA-256. Reports add the experiment cards and the options. Files inside the data
/// directory are named relative to it (so that outputs do not depend on where the data live); others by full path.
/// </summary>
public static class Provenance
{
    /// <summary>SHA-256 of a file as lower-case hex (one cache for the process, per file, size and modification time;
    /// see <see cref="Data.DataIntegrity.Sha256Of"/>).</summary>
    public static string Sha256(string path) =>
        File.Exists(path) ? Data.DataIntegrity.Sha256Of(path) : throw new InputException("input file has disappeared", path);

    /// <summary>A file's name in outputs: relative to the data root (with '/') when inside it, else its full path.</summary>
    public static string DisplayName(string file, DataDirectory? data)
    {
        string full = Path.GetFullPath(file);
        if (data is not null)
        {
            string rel = Path.GetRelativePath(data.Root, full);
            if (!rel.StartsWith("..", StringComparison.Ordinal) && !Path.IsPathRooted(rel)) return rel.Replace('\\', '/');
        }
        return full;
    }

    /// <summary>The "inputs" of a document: each file with its size and SHA-256, sorted by name, without duplicates.</summary>
    public static IReadOnlyList<InputFile> Inputs(DataDirectory? data, IEnumerable<string> files) =>
        files.Select(f => (Name: DisplayName(f, data), Full: Path.GetFullPath(f)))
            .DistinctBy(x => x.Full).OrderBy(x => x.Name, StringComparer.Ordinal)
            .Select(x => new InputFile(x.Name, new FileInfo(x.Full).Length, Sha256(x.Full))).ToArray();

    /// <summary>First line of a CSV or text output: the program version and the JSON file that holds the provenance.</summary>
    public static string CommentLine(string what, string sidecar) =>
        $"# secretnu {BuildInfo.Version}: {what}; inputs (with SHA-256), cards and options: {sidecar}\n";
}

/// <summary>One input file of an output: its name (<see cref="Provenance.DisplayName"/>), size and SHA-256 (the name and
/// the digest are required when reading: merge compares them).</summary>
/// <param name="File">relative to the data directory when inside it, else the full path</param>
/// <param name="Bytes">size in bytes</param>
/// <param name="Sha256">SHA-256 as lower-case hex</param>
public sealed record InputFile([property: JsonRequired] string File, long Bytes, [property: JsonRequired] string Sha256);

/// <summary>
/// What every JSON output starts with: "program", "version" (<see cref="BuildInfo.Version"/>) and "inputs" (see
/// <see cref="Provenance"/>). The documents derive from it; their own properties follow these three.
/// </summary>
public abstract record OutputDocument
{
    /// <summary>Always "secretnu".</summary>
    [JsonPropertyOrder(-3)]
    public string Program { get; init; } = "secretnu";

    /// <summary>The version of the program that wrote the document (required when reading one back).</summary>
    [JsonPropertyOrder(-2), JsonRequired]
    public string Version { get; init; } = BuildInfo.Version;

    /// <summary>Every input file with its size and SHA-256 (<see cref="Provenance.Inputs"/>); empty when there is none.</summary>
    [JsonPropertyOrder(-1)]
    public IReadOnlyList<InputFile> Inputs { get; init; } = [];
}
