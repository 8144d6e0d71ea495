using System.CommandLine;
using SecretNu.Scans;

namespace SecretNu.Cli.Commands;

/// <summary>
/// <c>secretnu merge</c>: unites the checkpoints of N shard runs (<c>--shard k/N</c> of <c>limit</c> or <c>reproduce</c>)
/// and re-runs the sharded command on them with every mass point read back, so the merged outputs are byte-identical
/// to a single run's. Refuses shards of different commands, options or program versions, and an incomplete set.
/// </summary>
public static class MergeCommand
{
    public static Command Create(CliContext context)
    {
        var outDir = new Option<string>("--out") { Description = "Output directory of the merged results.", Required = true };
        var data = CommonOptions.Data();
        var shards = new Argument<string[]>("shard-dirs") { Description = "The --out directories of the shard runs (all N of them).", Arity = ArgumentArity.OneOrMore };
        var command = new Command("merge",
            "Combine the outputs of 'limit' or 'reproduce' runs with --shard k/N (e.g. batch jobs) into the outputs of one run.\n\n" +
            "Example:\n  for k in 1 2 3; do secretnu reproduce --shard $k/3 --out shard$k; done\n  secretnu merge --out out shard1 shard2 shard3")
        { outDir, data, shards };
        command.SetAction(parse =>
        {
            var dirs = parse.GetValue(shards)!;
            if (dirs.FirstOrDefault(d => string.IsNullOrWhiteSpace(d) || d.IndexOfAny(Path.GetInvalidPathChars()) >= 0) is string bad)
                throw new InputException($"'{bad}' is not a shard directory");
            if (string.IsNullOrWhiteSpace(parse.GetValue(outDir))) throw new InputException("--out '' names no directory");
            string outFull = Path.GetFullPath(parse.GetValue(outDir)!).TrimEnd(Path.DirectorySeparatorChar);
            if (dirs.FirstOrDefault(d => Path.GetFullPath(d).TrimEnd(Path.DirectorySeparatorChar) == outFull) is string same)
                throw new InputException($"--out '{parse.GetValue(outDir)}' is one of the shard directories ('{same}'): merge into a new directory");
            var duplicate = dirs.GroupBy(d => Path.GetFullPath(d).TrimEnd(Path.DirectorySeparatorChar)).FirstOrDefault(g => g.Count() > 1);
            if (duplicate is not null) throw new InputException($"shard directory '{duplicate.First()}' is given twice");
            var infos = dirs.Select(d => (Dir: d, Info: ScanOptions.ReadShard(d))).ToArray();
            var first = infos[0];
            foreach (var (shardDir, info) in infos.Skip(1))
            {
                if (info.Version != first.Info.Version)
                    throw new InputException($"shard made by secretnu {info.Version}, but {first.Dir} by {first.Info.Version}", Path.Combine(shardDir, ScanOptions.ShardFile));
                if (info.Count != first.Info.Count || !info.Arguments.SequenceEqual(first.Info.Arguments))
                    throw new InputException($"shard of a different run: '{string.Join(' ', info.Arguments)}' with {info.Count} shards, but {first.Dir} has " +
                        $"'{string.Join(' ', first.Info.Arguments)}' with {first.Info.Count}", Path.Combine(shardDir, ScanOptions.ShardFile));
            }
            // shards made from different data (or a merge with other data) are refused before any work, naming the file
            foreach (var (shardDir, info) in infos.Skip(1))
                foreach (var (file, sha) in first.Info.Inputs)
                    if (info.Inputs.TryGetValue(file, out string? other) && other != sha)
                        throw new InputException($"shards made from different input files: {file} has SHA-256 {other[..12]}… here but {sha[..12]}… in {first.Dir}",
                            Path.Combine(shardDir, ScanOptions.ShardFile));
            int n = first.Info.Count;
            var missing = Enumerable.Range(1, n).Where(k => infos.All(x => x.Info.Index != k)).ToArray();
            if (missing.Length > 0) throw new InputException($"shard(s) {string.Join(", ", missing.Select(k => $"{k}/{n}"))} missing from the directories given");
            if (first.Info.Version != BuildInfo.Version)
                throw new InputException($"the shards were made by secretnu {first.Info.Version}; this is {BuildInfo.Version}", Path.Combine(first.Dir, ScanOptions.ShardFile));

            if (first.Info.Inputs.Count > 0)
            {
                var mergeData = DataDirectory.Resolve(parse.GetValue(data));
                foreach (var (file, sha) in first.Info.Inputs)
                {
                    string path = Path.IsPathRooted(file) ? file : Path.Combine(mergeData.Root, file);
                    if (!File.Exists(path)) throw new InputException($"an input of the shards is missing from the merge's data directory", path);
                    if (Output.Provenance.Sha256(path) != sha)
                        throw new InputException($"the merge's data differ from the shards': SHA-256 {Output.Provenance.Sha256(path)[..12]}… here, {sha[..12]}… in the shards", path);
                }
            }
            string dir = parse.GetValue(outDir)!;
            CommonOptions.RequireWritableDirectory(dir);
            string target = CheckpointStore.In(dir);
            Directory.CreateDirectory(target);
            int copied = 0;
            foreach (var (shardDir, _) in infos)
            {
                string source = CheckpointStore.In(shardDir);
                if (!Directory.Exists(source)) continue;
                foreach (string file in Directory.EnumerateFiles(source, "*.point"))
                {
                    File.Copy(file, Path.Combine(target, Path.GetFileName(file)), overwrite: true);
                    copied++;
                }
            }
            context.Error.WriteLine($"secretnu: merge: {copied} mass points from {infos.Length} shards");
            var args = new List<string>(first.Info.Arguments) { "--out", dir, "--from-checkpoints" };
            if (parse.GetValue(data) is string d) args.AddRange(["--data", d]);
            // the execution choices of the merge itself (cache, threads) apply to the re-run too
            var given = context.Arguments;
            for (int i = 0; i < given.Count; i++)
            {
                if (given[i] is "--no-cache") args.Add("--no-cache");
                else if (given[i] is "--cache" or "--threads" && i + 1 < given.Count) args.AddRange([given[i], given[++i]]);
            }
            return App.Run([.. args], context.Out, context.Error);
        });
        return command;
    }
}
