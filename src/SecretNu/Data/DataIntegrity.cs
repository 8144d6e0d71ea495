using System.Collections.Concurrent;
using System.Security.Cryptography;

namespace SecretNu.Data;

/// <summary>
/// Checks input files against the data manifest before anything is computed, so that a missing or altered table can
/// never silently change a result: a file the manifest lists must exist with the manifest's size and SHA-256. Files the
/// manifest does not list (a user's own tables) are accepted as they are. Digests are cached per (path, size, time).
/// </summary>
public static class DataIntegrity
{
    static readonly Lazy<Dictionary<string, ManifestEntry>> ByLocalPath =
        new(() => DataManifest.Embedded.Entries.ToDictionary(e => e.LocalPath, StringComparer.Ordinal));

    static readonly ConcurrentDictionary<(string Path, long Size, DateTime Time), string> Digests = new();

    /// <summary>The manifest entry of a file under the data root, or null (not a manifest file).</summary>
    public static ManifestEntry? Entry(string dataRoot, string path)
    {
        string relative = Path.GetRelativePath(Path.GetFullPath(dataRoot), Path.GetFullPath(path)).Replace('\\', '/');
        return ByLocalPath.Value.GetValueOrDefault(relative);
    }

    /// <summary>Whether the manifest lists this file (then it must be present, see <see cref="Require"/>).</summary>
    public static bool Listed(string dataRoot, string path) => Entry(dataRoot, path) is not null;

    /// <summary>What is wrong with a file, or null when it is as the manifest says (or not a manifest file and present).</summary>
    public static string? Problem(string dataRoot, string path)
    {
        var entry = Entry(dataRoot, path);
        var info = Resolve(path);
        if (!info.Exists)
            return entry is null ? "missing" : "missing (listed in the data manifest; 'secretnu data fetch' restores it)";
        if (entry is null) return null;
        if (info.Length != entry.Size)
            return $"altered: {info.Length} bytes, the data manifest says {entry.Size} ('secretnu data fetch --force' restores it)";
        string digest = Sha256Of(info.FullName);
        return digest == entry.Sha256 ? null
            : $"altered: SHA-256 {digest[..12]}…, the data manifest says {entry.Sha256[..12]}… ('secretnu data fetch --force' restores it)";
    }

    /// <summary>Throws <see cref="InputException"/> naming the first file that is missing or altered.</summary>
    public static void Require(string dataRoot, IEnumerable<string> paths)
    {
        foreach (string path in paths)
            if (Problem(dataRoot, path) is string problem) throw new InputException(problem, path);
    }

    /// <summary>Throws <see cref="InputException"/> naming the first file that is missing (before reading: a reader's
    /// own message, with its line, is more precise for a malformed file; <see cref="Require"/> checks digests after).</summary>
    public static void RequirePresent(string dataRoot, IEnumerable<string> paths)
    {
        foreach (string path in paths)
            if (!File.Exists(path)) throw new InputException(Problem(dataRoot, path)!, path);
    }

    /// <summary>Every manifest file under the root with its problem (only the files with one).</summary>
    public static IReadOnlyList<(ManifestEntry Entry, string Problem)> Verify(string dataRoot) =>
        DataManifest.Embedded.Entries.AsParallel().AsOrdered().WithDegreeOfParallelism(Parallelism.Threads)
            .Select(e => (Entry: e, Problem: Problem(dataRoot, e.PathUnder(dataRoot))))
            .Where(x => x.Problem is not null).Select(x => (x.Entry, x.Problem!)).ToArray();

    /// <summary>SHA-256 (hex) of a file, cached per (path, size, modification time); a link is read through.</summary>
    public static string Sha256Of(string path)
    {
        var info = Resolve(path);
        return Digests.GetOrAdd((info.FullName, info.Length, info.LastWriteTimeUtc), _ => Sha256(info.FullName));
    }

    /// <summary>The file itself, or for a symbolic link the file it finally points at.</summary>
    static FileInfo Resolve(string path)
    {
        var info = new FileInfo(path);
        return info.Exists && info.LinkTarget is not null && info.ResolveLinkTarget(returnFinalTarget: true) is FileInfo target ? target : info;
    }

    static string Sha256(string path)
    {
        using var stream = File.OpenRead(path);
        return Convert.ToHexStringLower(SHA256.HashData(stream));
    }
}
