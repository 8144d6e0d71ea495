using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using SecretNu.Output;
using SecretNu.Statistics;

namespace SecretNu.Scans;

/// <summary>
/// Per-mass-point checkpoints of bound scans. Each finished mass point (its bounds for every exposure) is written whole
/// or not at all to <c>&lt;directory&gt;/&lt;key&gt;.point</c>, the key being the SHA-256 of everything the point
/// depends on (program version, digests of the input files, card physics, exposures, coupling direction, statistics and
/// flux options, mass; see <see cref="BoundCampaign"/>). Numbers are stored as their IEEE-754 bits, so a point read back
/// is the point computed, and a resumed scan writes the same bytes as an uninterrupted one.
/// </summary>
public sealed class CheckpointStore
{
    /// <summary>Environment variable: milliseconds to sleep after each saved point (lets a test kill a scan midway).</summary>
    public const string DelayVariable = "SECRETNU_CHECKPOINT_DELAY_MS";

    /// <summary>Name of the checkpoint folder inside an output directory.</summary>
    public const string FolderName = ".checkpoint";

    readonly int _delayMs;
    int _loaded, _saved, _runWritten;

    /// <param name="directory">Folder of the point files (created when the first point is saved).</param>
    /// <param name="resume">Read existing points instead of recomputing them.</param>
    /// <param name="requireComplete">Every point must come from a checkpoint (merging shards): a missing one is an error.</param>
    public CheckpointStore(string directory, bool resume, bool requireComplete = false)
    {
        Directory = directory; Resume = resume || requireComplete; RequireComplete = requireComplete;
        _delayMs = int.TryParse(Environment.GetEnvironmentVariable(DelayVariable), NumberStyles.Integer, CultureInfo.InvariantCulture, out int d) ? Math.Max(0, d) : 0;
    }

    public string Directory { get; }
    public bool Resume { get; }
    public bool RequireComplete { get; }
    /// <summary>Points read back so far.</summary>
    public int Loaded => _loaded;
    /// <summary>Points computed and saved so far.</summary>
    public int Saved => _saved;
    /// <summary>The command line of the run (without what does not change a number); written to run.json beside the points.</summary>
    public IReadOnlyList<string>? RunArguments { get; init; }

    /// <summary>Name of the file beside the points that says which run they belong to (version, options, input digests).</summary>
    public const string RunFile = "run.json";

    IReadOnlyList<(string File, string Sha256)> _inputs = [];

    /// <summary>--resume continues only the run the checkpoints of <paramref name="folder"/> belong to: the same program
    /// version and options (the run.json written with the first point); throws <see cref="InputException"/> naming the difference.</summary>
    public static void RequireSameRun(string folder, IReadOnlyList<string> args)
    {
        string path = Path.Combine(folder, RunFile);
        // no run.json: checkpoints of an older secretnu, whose keys still identify every input and option
        if (ReadRun(path) is not { } run) return;
        var (version, earlier) = (run.Version, run.Arguments);
        if (version != BuildInfo.Version)
            throw new InputException($"--resume: the checkpoints were made by secretnu {version}, this is {BuildInfo.Version}; start afresh with --discard-checkpoints", path);
        if (!earlier.SequenceEqual(args))
        {
            var removed = earlier.Except(args).ToArray();
            var added = args.Except(earlier).ToArray();
            throw new InputException($"--resume: the checkpoints belong to a run with other options ('{string.Join(' ', earlier)}'; " +
                $"differs in: {string.Join(", ", removed.Select(r => $"-{r}").Concat(added.Select(a => $"+{a}")))}); rerun that command with --resume, " +
                "or start afresh with --discard-checkpoints", path);
        }
    }

    /// <summary>
    /// Records the run's input files (display name and SHA-256) for run.json, and when resuming refuses, before any work,
    /// checkpoints whose run.json names the same file with another digest (the data changed since they were written).
    /// </summary>
    public void RequireSameInputs(IReadOnlyList<string> files, DataDirectory data)
    {
        _inputs = files.Select(f => (Output.Provenance.DisplayName(f, data), Data.DataIntegrity.Sha256Of(f))).Distinct().OrderBy(x => x.Item1, StringComparer.Ordinal).ToArray();
        string path = Path.Combine(Directory, RunFile);
        if (!Resume || ReadRun(path) is not { } run) return;
        var earlier = run.Inputs;
        foreach (var (file, sha) in _inputs)
            if (earlier.TryGetValue(file, out string? before) && before != sha)
                throw new InputException($"--resume: {file} has changed since the checkpoints were written (SHA-256 {before[..12]}… then, {sha[..12]}… now); " +
                    "start afresh with --discard-checkpoints", path);
    }

    /// <summary>run.json as written by <see cref="Save"/>: version, arguments, input digests by file; null when absent.</summary>
    static (string Version, string[] Arguments, Dictionary<string, string> Inputs)? ReadRun(string path)
    {
        if (!File.Exists(path)) return null;
        try
        {
            using var doc = JsonDocument.Parse(File.ReadAllBytes(path));
            var root = doc.RootElement;
            return (root.GetProperty("version").GetString()!,
                root.GetProperty("arguments").EnumerateArray().Select(a => a.GetString()!).ToArray(),
                root.TryGetProperty("inputs", out var list)
                    ? list.EnumerateArray().ToDictionary(i => i.GetProperty("file").GetString()!, i => i.GetProperty("sha256").GetString()!)
                    : []);
        }
        catch (Exception e) when (e is JsonException or KeyNotFoundException or InvalidOperationException or ArgumentException)
        {
            throw new InputException($"damaged checkpoint run file ({e.Message}); start afresh with --discard-checkpoints", path, inner: e);
        }
    }

    /// <summary>Point files present when the run started (to report those that did not match).</summary>
    public int ExistingAtStart { get; init; }

    /// <summary>The checkpoint folder of an output directory.</summary>
    public static string In(string outputDirectory) => Path.Combine(outputDirectory, FolderName);

    /// <summary>SHA-256 (hex) of the parts joined by newlines: the identity of a scan or a point.</summary>
    public static string Key(IEnumerable<string> parts) =>
        Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(string.Join("\n", parts))));

    string PathOf(string key) => Path.Combine(Directory, key + ".point");

    /// <summary>The stored point for a key (one entry per exposure), or false when it is not stored (or not resuming).</summary>
    /// <exception cref="InputException">The file exists but is not a point of this key (damaged or foreign).</exception>
    public bool TryLoad(string key, int exposures, out LimitPoint[] points)
    {
        points = [];
        if (!Resume) return false;
        string path = PathOf(key);
        if (!File.Exists(path)) return false;
        try
        {
            using var doc = JsonDocument.Parse(File.ReadAllBytes(path));
            var root = doc.RootElement;
            if (root.GetProperty("key").GetString() != key) throw new FormatException("key does not match the file name");
            double mass = Bits(root.GetProperty("mass"));
            var list = root.GetProperty("exposures").EnumerateArray().Select(e => new LimitPoint(mass,
                new LimitResult(Enum.Parse<LimitStatus>(e.GetProperty("status").GetString()!),
                    e.GetProperty("coupling").ValueKind == JsonValueKind.Null ? null : Bits(e.GetProperty("coupling")),
                    Bits(e.GetProperty("delta_chi2")), Bits(e.GetProperty("probe")), e.GetProperty("evaluations").GetInt32(),
                    e.GetProperty("detail").GetString()!),
                e.GetProperty("new_events").EnumerateArray().Select(Bits).ToArray(),
                e.GetProperty("sm_events").EnumerateArray().Select(Bits).ToArray())).ToArray();
            if (list.Length != exposures) throw new FormatException($"{list.Length} exposures instead of {exposures}");
            points = list;
        }
        catch (Exception e) when (e is JsonException or FormatException or KeyNotFoundException or InvalidOperationException or ArgumentException)
        {
            throw new InputException($"damaged checkpoint ({e.Message}); delete it or run without --resume", path, inner: e);
        }
        Interlocked.Increment(ref _loaded);
        return true;
    }

    /// <summary>Stores a point (atomically) and waits <see cref="DelayVariable"/> ms when that is set.</summary>
    public void Save(string key, IReadOnlyList<LimitPoint> points)
    {
        System.IO.Directory.CreateDirectory(Directory);
        if (RunArguments is not null && Interlocked.Exchange(ref _runWritten, 1) == 0)
            AtomicFiles.WriteText(Path.Combine(Directory, RunFile), JsonOutput.Write(w =>
            {
                w.WriteStartObject();
                w.WriteString("version", BuildInfo.Version);
                w.WriteStartArray("arguments");
                foreach (var a in RunArguments) w.WriteStringValue(a);
                w.WriteEndArray();
                w.WriteStartArray("inputs");
                foreach (var (file, sha) in _inputs)
                {
                    w.WriteStartObject();
                    w.WriteString("file", file);
                    w.WriteString("sha256", sha);
                    w.WriteEndObject();
                }
                w.WriteEndArray();
                w.WriteEndObject();
            }), durable: false);
        string json = JsonOutput.Write(w =>
        {
            w.WriteStartObject();
            w.WriteString("key", key);
            w.WriteString("version", BuildInfo.Version);
            w.WriteString("mass", Hex(points[0].Mass));
            w.WriteStartArray("exposures");
            foreach (var p in points)
            {
                w.WriteStartObject();
                w.WriteString("status", p.Result.Status.ToString());
                if (p.Result.Coupling is double g) w.WriteString("coupling", Hex(g)); else w.WriteNull("coupling");
                w.WriteString("delta_chi2", Hex(p.Result.DeltaChi2AtCoupling));
                w.WriteString("probe", Hex(p.Result.ProbeCoupling));
                w.WriteNumber("evaluations", p.Result.Evaluations);
                w.WriteString("detail", p.Result.Detail);
                w.WriteStartArray("new_events");
                foreach (double x in p.NewEventsAtBound) w.WriteStringValue(Hex(x));
                w.WriteEndArray();
                w.WriteStartArray("sm_events");
                foreach (double x in p.StandardModelEvents) w.WriteStringValue(Hex(x));
                w.WriteEndArray();
                w.WriteEndObject();
            }
            w.WriteEndArray();
            w.WriteEndObject();
        });
        AtomicFiles.WriteText(PathOf(key), json, durable: false); // a killed process loses nothing written; no fsync needed
        Interlocked.Increment(ref _saved);
        if (_delayMs > 0) Thread.Sleep(_delayMs);
    }

    /// <summary>Removes the checkpoint folder (after the outputs of a complete run are written).</summary>
    public void Clear()
    {
        if (System.IO.Directory.Exists(Directory)) System.IO.Directory.Delete(Directory, recursive: true);
    }

    static string Hex(double x) => BitConverter.DoubleToInt64Bits(x).ToString("x16", CultureInfo.InvariantCulture);

    static double Bits(JsonElement e) => BitConverter.Int64BitsToDouble(long.Parse(e.GetString()!, NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture));
}
