using System.Security.Cryptography;
using System.Text;
using System.Text.Json;

namespace SecretNu.Fluxes;

/// <summary>
/// A persistent cache of <see cref="DopplerMeasure"/>s, the flux intermediate through which every spectrum is folded
/// (issue 14): one file per hadron table, beam line, face, acceptance and settings, keyed by the SHA-256 of all of them
/// and of the exact build (<see cref="CacheFile.Key"/>), so that a changed input, setting or program never reads a stale entry. Entries are
/// written atomically (temporary file, then rename), so concurrent shards at worst compute the same entry twice; an
/// entry that is damaged or does not match its key is recomputed and replaced. The numbers are stored as their IEEE
/// bits, so a run with the cache is byte-identical to one without. Off (null) unless the command line sets
/// <see cref="CacheFile.Directory"/> (<c>--cache DIR</c>, default $XDG_CACHE_HOME/secretnu; <c>--no-cache</c>).
/// </summary>
public static class DopplerMeasureStore
{
    const string Magic = "secretnu-doppler-measure-1";

    /// <summary>Entries read back and written in this process (for reports and tests).</summary>
    public static int Hits => _hits;
    /// <summary>Entries computed and written to the cache in this process (for reports and tests).</summary>
    public static int Writes => _writes;
    static int _hits, _writes;

    /// <summary>The key of one measure: SHA-256 of the exact build, the table's SHA-256, the beam line, the face,
    /// the acceptance mode, the settings and the parent (numbers in round-trip form).</summary>
    public static string Key(string tableSha256, string beamline, DetectorFace face, AcceptanceMode mode, FluxSettings settings, int parent) =>
        CacheFile.Key(Magic, tableSha256, beamline, JsonSerializer.Serialize(face), mode.ToString(),
            JsonSerializer.Serialize(settings), parent.ToString(System.Globalization.CultureInfo.InvariantCulture));

    /// <summary>The stored measure of this key, or the one <paramref name="build"/> makes (then stored).</summary>
    public static DopplerMeasure GetOrBuild(string key, int parent, Func<DopplerMeasure> build)
    {
        if (CacheFile.PathOf(key, ".measure") is not { } path) return build();
        if (TryRead(path, key, parent) is { } stored)
        {
            Interlocked.Increment(ref _hits);
            return stored;
        }
        var measure = build();
        TryWrite(path, key, measure);
        return measure;
    }

    static DopplerMeasure? TryRead(string path, string key, int parent) =>
        CacheFile.TryRead(path, Magic, key, reader =>
        {
            if (reader.ReadInt32() != parent) return null;
            var weights = CacheFile.ReadDoubles(reader);
            var mean = CacheFile.ReadDoubles(reader);
            if (weights.Length != DopplerMeasure.ZClassEdges.Length * DopplerGrid.Count || mean.Length != DopplerMeasure.ZClassEdges.Length) return null;
            return new DopplerMeasure(parent, weights, mean);
        });

    static void TryWrite(string path, string key, DopplerMeasure m)
    {
        if (CacheFile.TryWrite(path, Magic, key, writer =>
            {
                writer.Write(m.ParentPdgId);
                CacheFile.WriteDoubles(writer, m.Weights);
                CacheFile.WriteDoubles(writer, m.MeanDistance);
            }))
            Interlocked.Increment(ref _writes);
    }
}
