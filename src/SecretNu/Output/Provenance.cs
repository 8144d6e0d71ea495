using System.Collections.Concurrent;
using System.Security.Cryptography;
using System.Text.Json;

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

    /// <summary>Writes "program", "version" and "inputs" (file, bytes, sha256; sorted by name, without duplicates).</summary>
    public static void Write(Utf8JsonWriter w, DataDirectory? data, IEnumerable<string> files)
    {
        w.WriteString("program", "secretnu");
        w.WriteString("version", BuildInfo.Version);
        w.WriteStartArray("inputs");
        foreach (var (name, full) in files.Select(f => (Name: DisplayName(f, data), Full: Path.GetFullPath(f)))
                     .DistinctBy(x => x.Full).OrderBy(x => x.Name, StringComparer.Ordinal))
        {
            w.WriteStartObject();
            w.WriteString("file", name);
            w.WriteNumber("bytes", new FileInfo(full).Length);
            w.WriteString("sha256", Sha256(full));
            w.WriteEndObject();
        }
        w.WriteEndArray();
    }

    /// <summary>First line of a CSV or text output: the program version and the JSON file that holds the provenance.</summary>
    public static string CommentLine(string what, string sidecar) =>
        $"# secretnu {BuildInfo.Version}: {what}; inputs (with SHA-256), cards and options: {sidecar}\n";
}
