using SecretNu.Output;

namespace SecretNu.Scans;

/// <summary>
/// Unites the N shards of one run (<c>--shard k/N</c> of <c>limit</c> or <c>reproduce</c>): checks that they belong
/// together, and the run is repeated with every mass point read back from their checkpoint folders (in place), so that the merged outputs are byte-identical to a single run's.
/// </summary>
public static class ShardMerge
{
    /// <summary>
    /// Reads the shard.json of every directory and refuses, before any work and naming the file, shards of different
    /// program versions, commands, options or counts, shards made from different input files, an incomplete set,
    /// shards of another program version than this one, and a data directory whose files differ from the shards'.
    /// </summary>
    /// <param name="shardDirs">The output directories of the shard runs (all N of them).</param>
    /// <param name="data">The merge's --data value (null: the default); read only when the shards record inputs.</param>
    /// <returns>The first shard's record: the command line and count that all share.</returns>
    /// <exception cref="InputException">The shards do not make one complete run of this program with these data.</exception>
    public static ShardJson Check(IReadOnlyList<string> shardDirs, string? data)
    {
        var infos = shardDirs.Select(d => (Dir: d, Info: ShardJson.Read(d), File: Path.Combine(d, ShardJson.FileName))).ToArray();
        var first = infos[0];
        foreach (var (_, info, file) in infos.Skip(1))
        {
            if (info.Version != first.Info.Version)
                throw new InputException($"shard made by secretnu {info.Version}, but {first.Dir} by {first.Info.Version}", file);
            if (info.Of != first.Info.Of || !info.Arguments.SequenceEqual(first.Info.Arguments))
                throw new InputException($"shard of a different run: '{string.Join(' ', info.Arguments)}' with {info.Of} shards, but {first.Dir} has " +
                    $"'{string.Join(' ', first.Info.Arguments)}' with {first.Info.Of}", file);
        }
        // shards made from different data (or a merge with other data) are refused before any work, naming the file
        var digests = Digests(first.Info);
        foreach (var (_, info, file) in infos.Skip(1))
        {
            var theirs = Digests(info);
            foreach (var (input, sha) in digests)
                if (theirs.TryGetValue(input, out string? other) && other != sha)
                    throw new InputException($"shards made from different input files: {input} has SHA-256 {other[..12]}… here but {sha[..12]}… in {first.Dir}", file);
        }
        int n = first.Info.Of;
        var missing = Enumerable.Range(1, n).Where(k => infos.All(x => x.Info.Shard != k)).ToArray();
        if (missing.Length > 0) throw new InputException($"shard(s) {string.Join(", ", missing.Select(k => $"{k}/{n}"))} missing from the directories given");
        if (first.Info.Version != BuildInfo.Version)
            throw new InputException($"the shards were made by secretnu {first.Info.Version}; this is {BuildInfo.Version}", first.File);
        if (digests.Count > 0)
        {
            var mergeData = DataDirectory.Resolve(data);
            foreach (var (input, sha) in digests)
            {
                string path = Path.IsPathRooted(input) ? input : Path.Combine(mergeData.Root, input);
                if (!File.Exists(path)) throw new InputException($"an input of the shards is missing from the merge's data directory", path);
                if (Provenance.Sha256(path) != sha)
                    throw new InputException($"the merge's data differ from the shards': SHA-256 {Provenance.Sha256(path)[..12]}… here, {sha[..12]}… in the shards", path);
            }
        }
        return first.Info;
    }

    /// <summary>The checkpoint folders of the shards (those that exist), read in place by the merged run, and how many
    /// mass points they hold.</summary>
    public static (IReadOnlyList<string> Folders, int Points) CheckpointFolders(IReadOnlyList<string> shardDirs)
    {
        var folders = shardDirs.Select(CheckpointStore.In).Where(Directory.Exists).Select(Path.GetFullPath).ToArray();
        return (folders, folders.Sum(f => Directory.EnumerateFiles(f, "*.point").Count()));
    }

    /// <summary>The input files of a shard: display name → SHA-256.</summary>
    static Dictionary<string, string> Digests(ShardJson shard) => shard.Inputs.ToDictionary(i => i.File, i => i.Sha256);
}
