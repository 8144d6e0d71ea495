using System.Globalization;

namespace SecretNu.Data;

/// <summary>
/// The list of input files SecretNu is validated against (<c>Data/manifest.tsv</c>, embedded in the assembly): one
/// tab-separated line per file with repository, commit, upstream path, local path, size in bytes and SHA-256 (hex).
/// Lines starting with <c>#</c> and blank lines are ignored.
/// </summary>
public sealed class DataManifest
{
    const string ResourceName = "SecretNu.Data.manifest.tsv";
    static readonly Lazy<DataManifest> Builtin = new(LoadEmbedded);

    /// <summary>The files, in manifest order (sorted by local path).</summary>
    public IReadOnlyList<ManifestEntry> Entries { get; }

    /// <summary>Total size of all files in bytes.</summary>
    public long TotalBytes => Entries.Sum(e => e.Size);

    DataManifest(IReadOnlyList<ManifestEntry> entries) => Entries = entries;

    /// <summary>The manifest shipped with SecretNu.</summary>
    public static DataManifest Embedded => Builtin.Value;

    /// <summary>Parses manifest text; <paramref name="name"/> is used in error messages.</summary>
    public static DataManifest Parse(TextReader reader, string name)
    {
        var entries = new List<ManifestEntry>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        int lineNumber = 0;
        for (string? line = reader.ReadLine(); line is not null; line = reader.ReadLine())
        {
            lineNumber++;
            if (line.Length == 0 || line.StartsWith('#')) continue;
            string[] f = line.Split('\t');
            if (f.Length != 6)
                throw new InputException($"expected 6 tab-separated fields, found {f.Length}", name, lineNumber);
            if (!long.TryParse(f[4], NumberStyles.None, CultureInfo.InvariantCulture, out long size))
                throw new InputException($"size '{f[4]}' is not a non-negative integer", name, lineNumber);
            if (f[5].Length != 64 || !f[5].All(char.IsAsciiHexDigitLower))
                throw new InputException($"SHA-256 '{f[5]}' is not 64 lower-case hex digits", name, lineNumber);
            foreach (string path in new[] { f[0], f[2], f[3] })
            {
                if (path.Length == 0 || path.StartsWith('/') || path.Contains('\\')
                    || path.Split('/').Any(s => s is "" or "." or ".."))
                    throw new InputException($"path '{path}' is not a plain relative path", name, lineNumber);
            }
            if (!seen.Add(f[3]))
                throw new InputException($"local path '{f[3]}' is listed twice", name, lineNumber);
            entries.Add(new ManifestEntry(f[0], f[1], f[2], f[3], size, f[5]));
        }
        return new DataManifest(entries);
    }

    static DataManifest LoadEmbedded()
    {
        using Stream stream = typeof(DataManifest).Assembly.GetManifestResourceStream(ResourceName)
            ?? throw new InvalidOperationException($"embedded resource {ResourceName} is missing");
        using var reader = new StreamReader(stream);
        return Parse(reader, ResourceName);
    }
}
