using System.CommandLine;
using System.Text.Json;
using SecretNu.Output;
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
    /// <summary>Name of the file a shard leaves in its output directory.</summary>
    public const string ShardFile = "shard.json";

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

    public void AddTo(Command c)
    {
        c.Add(_resume);
        c.Add(_shard);
        c.Add(_fromCheckpoints);
    }

    public ScanExecution Read(ParseResult p, string outDir) => new(
        new CheckpointStore(CheckpointStore.In(outDir), p.GetValue(_resume), requireComplete: p.GetValue(_fromCheckpoints)),
        p.GetValue(_shard) is string s ? Shard.Parse(s) : null);

    /// <summary>After the outputs of a complete (unsharded) run are written, its checkpoints are no longer needed.</summary>
    public static void Finish(CliContext context, ScanExecution e)
    {
        if (e.Checkpoints is { Loaded: > 0 } store)
            context.Error.WriteLine($"secretnu: {store.Loaded} mass points read back from checkpoints, {store.Saved} computed");
        if (e.Shard is null) e.Checkpoints?.Clear();
    }

    /// <summary>Writes shard.json (what merge needs to re-run the command on the united checkpoints) and reports.</summary>
    public static int CompleteShard(CliContext context, ScanExecution e, string outDir)
    {
        var shard = e.Shard!;
        var args = MergeArguments(context.Arguments);
        AtomicFiles.WriteText(Path.Combine(outDir, ShardFile), JsonOutput.Write(w =>
        {
            w.WriteStartObject();
            w.WriteString("program", "secretnu");
            w.WriteString("version", BuildInfo.Version);
            w.WriteNumber("shard", shard.Index);
            w.WriteNumber("of", shard.Count);
            w.WriteStartArray("arguments");
            foreach (var a in args) w.WriteStringValue(a);
            w.WriteEndArray();
            w.WriteNumber("points_computed", e.Checkpoints?.Saved ?? 0);
            w.WriteNumber("points_reused", e.Checkpoints?.Loaded ?? 0);
            w.WriteEndObject();
        }));
        context.Out.WriteLine($"shard {shard}: {e.Checkpoints?.Saved ?? 0} mass points computed, {e.Checkpoints?.Loaded ?? 0} reused; " +
            $"checkpoints in {e.Checkpoints?.Directory}. When all {shard.Count} shards are done: secretnu merge --out DIR SHARD_DIRS…");
        return 0;
    }

    /// <summary>The command line without what differs between shards and the merge: --out, --data, --shard, --resume.</summary>
    public static IReadOnlyList<string> MergeArguments(IReadOnlyList<string> args)
    {
        string[] withValue = ["--out", "--data", "--shard"];
        string[] flags = ["--resume", "--from-checkpoints"];
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

    /// <summary>Reads a shard.json.</summary>
    public static (int Index, int Count, string Version, string[] Arguments) ReadShard(string dir)
    {
        string path = Path.Combine(dir, ShardFile);
        if (!File.Exists(path)) throw new InputException($"'{dir}' is not the output of a shard run (no {ShardFile})", path);
        try
        {
            using var doc = JsonDocument.Parse(File.ReadAllBytes(path));
            var r = doc.RootElement;
            return (r.GetProperty("shard").GetInt32(), r.GetProperty("of").GetInt32(), r.GetProperty("version").GetString()!,
                r.GetProperty("arguments").EnumerateArray().Select(a => a.GetString()!).ToArray());
        }
        catch (Exception ex) when (ex is JsonException or KeyNotFoundException or InvalidOperationException or FormatException)
        {
            throw new InputException($"damaged shard file ({ex.Message})", path, inner: ex);
        }
    }
}
