using System.Security.Cryptography;
using System.Text;
using System.Text.Json;

namespace SecretNu.Fluxes;

/// <summary>
/// A persistent cache of <see cref="DopplerMeasure"/>s, the flux intermediate through which every spectrum is folded
/// (issue 14): one file per hadron table, beam line, face, acceptance and settings, keyed by the SHA-256 of all of them
/// and of the program version, so that a changed input, setting or program never reads a stale entry. Entries are
/// written atomically (temporary file, then rename), so concurrent shards at worst compute the same entry twice; an
/// entry that is damaged or does not match its key is recomputed and replaced. The numbers are stored as their IEEE
/// bits, so a run with the cache is byte-identical to one without. Off (null) unless the command line sets
/// <see cref="Directory"/> (<c>--cache DIR</c>, default $XDG_CACHE_HOME/secretnu; <c>--no-cache</c>).
/// </summary>
public static class DopplerMeasureStore
{
    const string Magic = "secretnu-doppler-measure-1";

    /// <summary>The cache folder, or null (no persistent cache). Set per command invocation (it flows into the parallel
    /// work of that invocation only), so concurrent in-process runs with different caches never mix.</summary>
    public static string? Directory { get => Current.Value; set => Current.Value = value; }

    static readonly AsyncLocal<string?> Current = new();

    /// <summary>Entries read back and written in this process (for reports and tests).</summary>
    public static int Hits => _hits;
    /// <summary>Entries computed and written to the cache in this process (for reports and tests).</summary>
    public static int Writes => _writes;
    static int _hits, _writes;

    /// <summary>The default folder: $XDG_CACHE_HOME/secretnu, else ~/.cache/secretnu.</summary>
    public static string DefaultDirectory()
    {
        string? xdg = Environment.GetEnvironmentVariable("XDG_CACHE_HOME");
        string root = !string.IsNullOrWhiteSpace(xdg) ? xdg : Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.UserProfile), ".cache");
        return Path.Combine(root, "secretnu");
    }

    /// <summary>The key of one measure: SHA-256 of the program version, the table's SHA-256, the beam line, the face,
    /// the acceptance mode, the settings and the parent (numbers in round-trip form).</summary>
    public static string Key(string tableSha256, string beamline, DetectorFace face, AcceptanceMode mode, FluxSettings settings, int parent)
    {
        string text = string.Join("\n", Magic, BuildInfo.Version, tableSha256, beamline, JsonSerializer.Serialize(face), mode.ToString(),
            JsonSerializer.Serialize(settings), parent.ToString(System.Globalization.CultureInfo.InvariantCulture));
        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text)));
    }

    /// <summary>The stored measure of this key, or the one <paramref name="build"/> makes (then stored).</summary>
    public static DopplerMeasure GetOrBuild(string key, int parent, Func<DopplerMeasure> build)
    {
        string? dir = Directory;
        if (dir is null) return build();
        string path = Path.Combine(dir, key + ".measure");
        if (TryRead(path, key, parent) is { } stored)
        {
            Interlocked.Increment(ref _hits);
            return stored;
        }
        var measure = build();
        TryWrite(path, key, measure);
        return measure;
    }

    static DopplerMeasure? TryRead(string path, string key, int parent)
    {
        try
        {
            if (!File.Exists(path)) return null;
            byte[] bytes = File.ReadAllBytes(path);
            if (bytes.Length < 32) return null;
            var payload = bytes.AsSpan(0, bytes.Length - 32);
            if (!SHA256.HashData(payload).AsSpan().SequenceEqual(bytes.AsSpan(bytes.Length - 32))) return null; // damaged
            using var reader = new BinaryReader(new MemoryStream(bytes, 0, payload.Length));
            if (reader.ReadString() != Magic || reader.ReadString() != key || reader.ReadInt32() != parent) return null;
            var weights = ReadDoubles(reader);
            var mean = ReadDoubles(reader);
            if (weights.Length != DopplerMeasure.ZClassEdges.Length * DopplerGrid.Count || mean.Length != DopplerMeasure.ZClassEdges.Length) return null;
            return new DopplerMeasure(parent, weights, mean);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or EndOfStreamException)
        {
            return null; // unreadable: recompute
        }
    }

    static void TryWrite(string path, string key, DopplerMeasure m)
    {
        string tmp = $"{path}.{Environment.ProcessId}.{Environment.CurrentManagedThreadId}.tmp";
        try
        {
            System.IO.Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            using var stream = new MemoryStream();
            using (var writer = new BinaryWriter(stream, Encoding.UTF8, leaveOpen: true))
            {
                writer.Write(Magic);
                writer.Write(key);
                writer.Write(m.ParentPdgId);
                WriteDoubles(writer, m.Weights);
                WriteDoubles(writer, m.MeanDistance);
            }
            byte[] payload = stream.ToArray();
            using (var file = File.Create(tmp))
            {
                file.Write(payload);
                file.Write(SHA256.HashData(payload));
            }
            File.Move(tmp, path, overwrite: true);
            Interlocked.Increment(ref _writes);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            try { File.Delete(tmp); } catch (Exception) { /* the cache is best effort: the run goes on without it */ }
        }
    }

    static void WriteDoubles(BinaryWriter w, double[] values)
    {
        w.Write(values.Length);
        foreach (double v in values) w.Write(BitConverter.DoubleToInt64Bits(v));
    }

    static double[] ReadDoubles(BinaryReader r)
    {
        int n = r.ReadInt32();
        if (n is < 0 or > 1_000_000) throw new EndOfStreamException("implausible length");
        var values = new double[n];
        for (int i = 0; i < n; i++) values[i] = BitConverter.Int64BitsToDouble(r.ReadInt64());
        return values;
    }
}
