using System.CommandLine;
using SecretNu.Scans;

namespace SecretNu.Cli.Commands;

/// <summary>
/// How <c>limit</c> and <c>reproduce</c> run their scans: every finished mass point is checkpointed in
/// <c>&lt;out&gt;/.checkpoint</c> (removed once the outputs are written); <c>--resume</c> reuses the points of an
/// interrupted run; <c>--shard k/N</c> computes one share of the points for a batch system and leaves its checkpoints
/// and a <c>shard.json</c> for <c>secretnu merge</c>. The hidden <c>--from-checkpoints</c> (used by merge) requires
/// every point to come from a checkpoint.
/// </summary>
public sealed class ScanOptions
{
    readonly Option<bool> _resume = new("--resume")
    {
        Description = "Continue an interrupted run in the same --out: mass points already checkpointed in <out>/.checkpoint (for the " +
            "same program version, input files and options) are read back instead of recomputed; the outputs are byte-identical.",
    };
    readonly Option<string?> _shard = new("--shard")
    {
        Description = "Compute only share k of N of the mass points (k/N, 1 ≤ k ≤ N) for batch systems: writes checkpoints and " +
            "shard.json into --out instead of figures; 'secretnu merge --out DIR SHARD_DIRS…' combines the N shares.",
    };
    readonly Option<bool> _fromCheckpoints = new("--from-checkpoints") { Hidden = true };
    // the shards' checkpoint folders of a merge, read in place (hidden: set by merge)
    readonly Option<string[]> _sources = new("--checkpoint-source") { Hidden = true, DefaultValueFactory = _ => [] };
    readonly Option<bool> _discard = new("--discard-checkpoints")
    {
        Description = "Delete the checkpoints an earlier run left in --out and start afresh (without it, such checkpoints make the " +
            "command refuse, unless --resume continues that same run).",
    };

    public void AddTo(Command c)
    {
        c.Add(_resume);
        c.Add(_shard);
        c.Add(_fromCheckpoints);
        c.Add(_sources);
        c.Add(_discard);
    }

    /// <summary>
    /// The checkpoints and shard of a run, after checking what an earlier run left in <paramref name="outDir"/>: its
    /// checkpoints are continued only with --resume and only for the same version and options (else one message naming
    /// what differs, before any work); --discard-checkpoints removes them on purpose. Nothing is ever deleted silently.
    /// </summary>
    public ScanExecution Read(ParseResult p, string outDir, CliContext context)
    {
        string folder = CheckpointStore.In(outDir);
        bool resume = p.GetValue(_resume), fromCheckpoints = p.GetValue(_fromCheckpoints);
        var args = MergeArguments(context.Arguments);
        int existing = Directory.Exists(folder) ? Directory.EnumerateFiles(folder, "*.point").Count() : 0;
        if (existing > 0 && !fromCheckpoints)
        {
            if (p.GetValue(_discard))
            {
                Directory.Delete(folder, recursive: true);
                context.Error.WriteLine($"secretnu: discarded {existing} checkpoints of an earlier run in {folder}");
                existing = 0;
            }
            else if (!resume)
                throw new InputException($"--out '{outDir}' holds {existing} checkpoints of an earlier run: continue it with --resume, or start afresh with --discard-checkpoints");
            else CheckpointStore.RequireSameRun(folder, args);
        }
        var shard = p.GetValue(_shard) is string s ? Shard.Parse(s) : null;
        var store = new CheckpointStore(folder, resume, requireComplete: fromCheckpoints) {
            RunArguments = args, ExistingAtStart = existing, CopyCachedPoints = shard is not null, Sources = p.GetValue(_sources) ?? [],
        };
        var execution = new ScanExecution(store, shard);
        // Ctrl-C: say how to continue (the checkpoints written so far are complete files)
        string again = string.Join(' ', context.Arguments.Where(a => a != "--resume").Select(a => a.Contains(' ') ? $"'{a}'" : a));
        Console.CancelKeyPress += (_, _) =>
            context.Error.WriteLine($"\nsecretnu: interrupted; {store.Saved + store.Loaded} mass points are checkpointed in {folder}; continue with: secretnu {again} --resume");
        return execution;
    }

    /// <summary>After the outputs of a complete (unsharded) run are written, its checkpoints are no longer needed.</summary>
    public static void Finish(CliContext context, ScanExecution e)
    {
        if (e.Checkpoints is { Loaded: > 0 } store)
            context.Error.WriteLine($"secretnu: {store.Loaded} mass points read back from checkpoints, {store.Cached} from the cache, {store.Saved} computed");
        else if (e.Checkpoints is { Cached: > 0 } cached)
            context.Error.WriteLine($"secretnu: {cached.Cached} mass points read back from the cache ({SecretNu.CacheFile.Directory}), {cached.Saved} computed");
        if (e.Checkpoints is { } s && s.ExistingAtStart > s.Loaded && !s.RequireComplete)
            context.Error.WriteLine($"secretnu: {s.ExistingAtStart - s.Loaded} checkpoints in {s.Directory} did not match this run " +
                "(an input file changed since they were written) and are removed with the others");
        if (e.Shard is null) e.Checkpoints?.Clear();
    }

    /// <summary>Writes shard.json (what merge needs to re-run the command on the united checkpoints) and reports.</summary>
    /// <param name="inputs">Every input file of the run: recorded with its SHA-256, so that merge can refuse shards made from
    /// different data before any work.</param>
    public static int CompleteShard(CliContext context, ScanExecution e, string outDir, IReadOnlyList<string> inputs, DataDirectory data)
    {
        var shard = ShardJson.Write(outDir, e, MergeArguments(context.Arguments), inputs, data);
        context.Out.WriteLine($"shard {e.Shard}: {shard.PointsComputed} mass points computed, {shard.PointsReused} reused; " +
            $"checkpoints in {e.Checkpoints?.Directory}. When all {shard.Of} shards are done: secretnu merge --out DIR SHARD_DIRS…");
        return 0;
    }

    /// <summary>The command line without what differs between shards and the merge: --out, --data, --shard, --resume.</summary>
    public static IReadOnlyList<string> MergeArguments(IReadOnlyList<string> args)
    {
        string[] withValue = ["--out", "--data", "--shard", "--threads", "--cache", "--checkpoint-source"]; // execution choices: they never change a number
        string[] flags = ["--resume", "--from-checkpoints", "--no-cache", "--discard-checkpoints"];
        var kept = new List<string>();
        for (int i = 0; i < args.Count; i++)
        {
            string a = args[i];
            if (flags.Contains(a) || withValue.Any(o => a.StartsWith(o + "=", StringComparison.Ordinal) || a.StartsWith(o + ":", StringComparison.Ordinal))) continue;
            if (withValue.Contains(a)) { i++; continue; }
            kept.Add(a);
        }
        return kept;
    }
}
