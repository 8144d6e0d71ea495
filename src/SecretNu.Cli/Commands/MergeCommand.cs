using System.CommandLine;
using SecretNu.Scans;

namespace SecretNu.Cli.Commands;

/// <summary>
/// <c>secretnu merge</c>: reads the checkpoints of N shard runs (in place) (<c>--shard k/N</c> of <c>limit</c> or <c>reproduce</c>)
/// and re-runs the sharded command on them with every mass point read back, so the merged outputs are byte-identical
/// to a single run's. Refuses shards of different commands, options or program versions, and an incomplete set.
/// </summary>
public static class MergeCommand
{
    /// <summary>The command: checks the shards (<see cref="ShardMerge.Check"/>) and re-runs their command on their checkpoints.</summary>
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
            var first = ShardMerge.Check(dirs, parse.GetValue(data));
            string dir = parse.GetValue(outDir)!;
            CommonOptions.RequireWritableDirectory(dir);
            var (folders, points) = ShardMerge.CheckpointFolders(dirs);
            context.Error.WriteLine($"secretnu: merge: {points} mass points from {dirs.Length} shards");
            var args = new List<string>(first.Arguments) { "--out", dir, "--from-checkpoints" };
            foreach (string folder in folders) args.AddRange(["--checkpoint-source", folder]);
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
