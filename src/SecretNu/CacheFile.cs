using System.Security.Cryptography;
using System.Text;

namespace SecretNu;

/// <summary>
/// One entry of the persistent cache (issue 14): a binary payload that starts with a magic string and its key, followed
/// by its SHA-256, written atomically (temporary file, then rename) so that concurrent processes at worst compute the
/// same entry twice. An entry that is missing, damaged, of another format or another key reads as null and is recomputed.
/// Numbers are stored as their IEEE bits, so a run with the cache is byte-identical to one without.
/// </summary>
public static class CacheFile
{
    /// <summary>The cache folder of every persistent entry (flux measures, parent fits, constraint tables), or null: no
    /// persistent cache. Set per command invocation (<c>--cache DIR</c>, default <see cref="DefaultDirectory"/>;
    /// <c>--no-cache</c>); it flows into the parallel work of that invocation only, so concurrent in-process runs with
    /// different caches never mix.</summary>
    public static string? Directory { get => Current.Value; set => Current.Value = value; }

    static readonly AsyncLocal<string?> Current = new();

    /// <summary>The default folder: $XDG_CACHE_HOME/secretnu, else ~/.cache/secretnu.</summary>
    public static string DefaultDirectory()
    {
        string? xdg = Environment.GetEnvironmentVariable("XDG_CACHE_HOME");
        string root = !string.IsNullOrWhiteSpace(xdg) ? xdg : Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.UserProfile), ".cache");
        return Path.Combine(root, "secretnu");
    }

    /// <summary>The kinds of entry, by file extension, with what they hold (every entry has one of these extensions).</summary>
    public static readonly IReadOnlyDictionary<string, string> Kinds = new Dictionary<string, string>
    {
        [".measure"] = "Doppler measures of hadron tables",
        [".parents"] = "DUNE parent fits",
        [".bounds"] = "existing-constraint tables",
        [".point"] = "bound points",
        [".md"] = "separation examples",
        [".png"] = "figure PNGs",
        [".fig1"] = "Fig. 1 files",
    };

    /// <summary>The file of an entry (key + extension) in <see cref="Directory"/>, or null when there is no persistent cache.</summary>
    /// <exception cref="ArgumentException">The extension is not one of <see cref="Kinds"/>.</exception>
    public static string? PathOf(string key, string extension) =>
        !Kinds.ContainsKey(extension) ? throw new ArgumentException($"'{extension}' is not a kind of cache entry", nameof(extension))
        : Directory is { } dir ? Path.Combine(dir, key + extension) : null;

    /// <summary>The entries of each kind in a cache folder: files and bytes (kinds without entries included, in the order of <see cref="Kinds"/>).</summary>
    public static IReadOnlyList<(string Kind, int Files, long Bytes)> Summary(string folder)
    {
        var files = System.IO.Directory.Exists(folder) ? new DirectoryInfo(folder).GetFiles() : [];
        return [.. Kinds.Select(k => files.Where(f => f.Extension == k.Key).ToArray() is var of ? (k.Value, of.Length, of.Sum(f => f.Length)) : default)];
    }

    /// <summary>Deletes every entry (and every temporary file a killed writer left) from a cache folder; other files stay.</summary>
    /// <returns>Files and bytes removed.</returns>
    public static (int Files, long Bytes) Clear(string folder)
    {
        if (!System.IO.Directory.Exists(folder)) return (0, 0);
        int n = 0;
        long bytes = 0;
        foreach (var f in new DirectoryInfo(folder).GetFiles().Where(f => Kinds.ContainsKey(f.Extension) || f.Extension == ".tmp"))
        {
            long length = f.Length;
            f.Delete();
            n++;
            bytes += length;
        }
        return (n, bytes);
    }

    /// <summary>The payload after the magic and key, or null when the entry is absent or not this key's.</summary>
    /// <param name="path">The entry's file.</param>
    /// <param name="magic">Format name and version.</param>
    /// <param name="key">The entry's key.</param>
    /// <param name="read">Reads the rest of the payload; throws <see cref="EndOfStreamException"/> or returns null when it is implausible.</param>
    public static T? TryRead<T>(string path, string magic, string key, Func<BinaryReader, T?> read) where T : class
    {
        try
        {
            if (!File.Exists(path)) return null;
            byte[] bytes = File.ReadAllBytes(path);
            if (bytes.Length < 32) return null;
            var payload = bytes.AsSpan(0, bytes.Length - 32);
            if (!SHA256.HashData(payload).AsSpan().SequenceEqual(bytes.AsSpan(bytes.Length - 32))) return null; // damaged
            using var reader = new BinaryReader(new MemoryStream(bytes, 0, payload.Length));
            if (reader.ReadString() != magic || reader.ReadString() != key) return null;
            return read(reader);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or EndOfStreamException)
        {
            return null; // unreadable: recompute
        }
    }

    /// <summary>Writes an entry (best effort: a failure leaves no file and the run goes on); true when written.</summary>
    /// <param name="path">The entry's file.</param>
    /// <param name="magic">Format name and version.</param>
    /// <param name="key">The entry's key.</param>
    /// <param name="write">Writes the rest of the payload.</param>
    public static bool TryWrite(string path, string magic, string key, Action<BinaryWriter> write)
    {
        string tmp = $"{path}.{Environment.ProcessId}.{Environment.CurrentManagedThreadId}.tmp";
        try
        {
            System.IO.Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            using var stream = new MemoryStream();
            using (var writer = new BinaryWriter(stream, Encoding.UTF8, leaveOpen: true))
            {
                writer.Write(magic);
                writer.Write(key);
                write(writer);
            }
            byte[] payload = stream.ToArray();
            using (var file = File.Create(tmp))
            {
                file.Write(payload);
                file.Write(SHA256.HashData(payload));
            }
            File.Move(tmp, path, overwrite: true);
            return true;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            try { File.Delete(tmp); } catch (Exception) { /* the cache is best effort: the run goes on without it */ }
            return false;
        }
    }

    /// <summary>Writes a length-prefixed byte array.</summary>
    public static void WriteBytes(BinaryWriter w, byte[] bytes)
    {
        w.Write(bytes.Length);
        w.Write(bytes);
    }

    /// <summary>Reads what <see cref="WriteBytes"/> wrote, or null when its length is implausible (none, or above 256 MB) or cut short.</summary>
    public static byte[]? ReadBytes(BinaryReader r) =>
        r.ReadInt32() is var n and > 0 and <= 1 << 28 && r.ReadBytes(n) is { } b && b.Length == n ? b : null;

    /// <summary>Writes a length-prefixed array of doubles as IEEE bits.</summary>
    public static void WriteDoubles(BinaryWriter w, double[] values)
    {
        w.Write(values.Length);
        foreach (double v in values) w.Write(BitConverter.DoubleToInt64Bits(v));
    }

    /// <summary>Reads what <see cref="WriteDoubles"/> wrote (a length above 10⁶ is implausible).</summary>
    public static double[] ReadDoubles(BinaryReader r)
    {
        int n = r.ReadInt32();
        if (n is < 0 or > 1_000_000) throw new EndOfStreamException("implausible length");
        var values = new double[n];
        for (int i = 0; i < n; i++) values[i] = BitConverter.Int64BitsToDouble(r.ReadInt64());
        return values;
    }

    /// <summary>SHA-256 (hex) of the exact build (<see cref="BuildInfo.Build"/>) and the lines, joined by newlines: the key of
    /// an entry from everything it depends on.</summary>
    public static string Key(params string[] parts) =>
        Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(string.Join("\n", parts.Prepend(BuildInfo.Build)))));
}
