using System.Text.Json;
using System.Text.Json.Serialization;
using SecretNu.Output;

namespace SecretNu.Scans;

/// <summary>shard.json, left by <c>--shard k/N</c> for <c>secretnu merge</c>: provenance (every input with its SHA-256, so
/// that merge refuses shards made from different data), which share, the command line and the work done.</summary>
/// <param name="Shard">"shard": k</param>
/// <param name="Of">"of": N</param>
/// <param name="Arguments">"arguments": the command line without what differs between shards (--out, --data, --shard, …)</param>
/// <param name="PointsComputed">"points_computed"</param>
/// <param name="PointsReused">"points_reused": read back from checkpoints (--resume) or from the persistent cache</param>
public sealed record ShardJson([property: JsonRequired] int Shard, [property: JsonRequired] int Of, [property: JsonRequired] IReadOnlyList<string> Arguments,
    int PointsComputed, int PointsReused) : OutputDocument
{
    /// <summary>Name of the file a shard leaves in its output directory.</summary>
    public const string FileName = "shard.json";

    /// <summary>Writes shard.json for a finished shard into <paramref name="directory"/>.</summary>
    /// <param name="directory">The shard's output directory.</param>
    /// <param name="execution">The shard and its checkpoints (points computed and reused).</param>
    /// <param name="arguments">The command line without what differs between shards.</param>
    /// <param name="inputs">Every input file of the run, recorded with its SHA-256.</param>
    /// <param name="data">Data directory, for the inputs' display names.</param>
    /// <returns>The shard's record.</returns>
    public static ShardJson Write(string directory, ScanExecution execution, IReadOnlyList<string> arguments, IReadOnlyList<string> inputs, DataDirectory data)
    {
        var shard = execution.Shard ?? throw new ArgumentException("not a shard run", nameof(execution));
        var json = new ShardJson(shard.Index, shard.Count, arguments, execution.Checkpoints?.Saved ?? 0, (execution.Checkpoints?.Loaded ?? 0) + (execution.Checkpoints?.Cached ?? 0))
        {
            Inputs = Provenance.Inputs(data, inputs),
        };
        AtomicFiles.WriteText(Path.Combine(directory, FileName), JsonOutput.Serialize(json));
        return json;
    }

    /// <summary>Reads the shard.json of a shard's output directory.</summary>
    /// <exception cref="InputException">There is none, or it is damaged; the message names the file.</exception>
    public static ShardJson Read(string directory)
    {
        string path = Path.Combine(directory, FileName);
        if (!File.Exists(path)) throw new InputException($"'{directory}' is not the output of a shard run (no {FileName})", path);
        try
        {
            return JsonOutput.Deserialize<ShardJson>(File.ReadAllBytes(path));
        }
        catch (Exception ex) when (ex is JsonException or KeyNotFoundException or InvalidOperationException or FormatException)
        {
            throw new InputException($"damaged shard file ({ex.Message})", path, inner: ex);
        }
    }
}
