using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization;
using SecretNu.Output;
using SecretNu.Statistics;

namespace SecretNu.Scans;

/// <summary>
/// Per-mass-point checkpoints of bound scans. Each finished mass point (its bounds for every exposure) is written whole
/// or not at all to <c>&lt;directory&gt;/&lt;key&gt;.point</c>, the key being the SHA-256 of everything the point
/// depends on (program version, digests of the input files, card physics, exposures, coupling direction, statistics and
/// flux options, mass; see <see cref="BoundCampaign"/>). Numbers are stored as their IEEE-754 bits, so a point read back
/// is the point computed, and a resumed scan writes the same bytes as an uninterrupted one.
/// With a persistent cache (<see cref="CacheFile.Directory"/>), every saved point is also kept there under the same key (and
/// the exact build, <see cref="BuildInfo.Build"/>), and a point missing from the folder is read back from it (issue 14): the
/// key names every input and option, so a point of the cache is the point this run would compute. A shard copies a cached point into its folder, so that the folder stays complete for a merge.
/// </summary>
public sealed class CheckpointStore
{
    /// <summary>Environment variable: milliseconds to sleep after each saved point (lets a test kill a scan midway).</summary>
    public const string DelayVariable = "SECRETNU_CHECKPOINT_DELAY_MS";

    /// <summary>Name of the checkpoint folder inside an output directory.</summary>
    public const string FolderName = ".checkpoint";

    readonly int _delayMs;
    int _loaded, _saved, _cached, _runWritten;

    /// <summary>Format of a point in the persistent cache (its payload is the point's JSON).</summary>
    const string CacheMagic = "secretnu bound point v1";

    /// <param name="directory">Folder of the point files (created when the first point is saved).</param>
    /// <param name="resume">Read existing points instead of recomputing them.</param>
    /// <param name="requireComplete">Every point must come from a checkpoint (merging shards): a missing one is an error.</param>
    public CheckpointStore(string directory, bool resume, bool requireComplete = false)
    {
        Directory = directory; Resume = resume || requireComplete; RequireComplete = requireComplete;
        _delayMs = int.TryParse(Environment.GetEnvironmentVariable(DelayVariable), NumberStyles.Integer, CultureInfo.InvariantCulture, out int d) ? Math.Max(0, d) : 0;
    }

    /// <summary>The checkpoint folder (&lt;out&gt;/.checkpoint).</summary>
    public string Directory { get; }
    /// <summary>Whether points already there are read back (--resume, or a merge).</summary>
    public bool Resume { get; }
    /// <summary>Whether every point must already be there (a merge: nothing is computed).</summary>
    public bool RequireComplete { get; }
    /// <summary>Points read back so far.</summary>
    public int Loaded => _loaded;
    /// <summary>Points computed and saved so far.</summary>
    public int Saved => _saved;
    /// <summary>Points read back from the persistent cache so far (not computed, not in the folder before).</summary>
    public int Cached => _cached;
    /// <summary>The command line of the run (without what does not change a number); written to run.json beside the points.</summary>
    public IReadOnlyList<string>? RunArguments { get; init; }

    /// <summary>Name of the file beside the points that says which run they belong to (version, options, input digests).</summary>
    public const string RunFile = "run.json";

    IReadOnlyList<InputDigest> _inputs = [];

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
        _inputs = files.Select(f => new InputDigest(Output.Provenance.DisplayName(f, data), Data.DataIntegrity.Sha256Of(f))).Distinct().OrderBy(x => x.File, StringComparer.Ordinal).ToArray();
        string path = Path.Combine(Directory, RunFile);
        if (!Resume || ReadRun(path) is not { } run) return;
        var earlier = run.Inputs.ToDictionary(i => i.File, i => i.Sha256);
        foreach (var (file, sha) in _inputs)
            if (earlier.TryGetValue(file, out string? before) && before != sha)
                throw new InputException($"--resume: {file} has changed since the checkpoints were written (SHA-256 {before[..12]}… then, {sha[..12]}… now); " +
                    "start afresh with --discard-checkpoints", path);
    }

    /// <summary>run.json as written by <see cref="Save"/>; null when absent.</summary>
    static CheckpointRunJson? ReadRun(string path)
    {
        if (!File.Exists(path)) return null;
        try
        {
            var run = JsonOutput.Deserialize<CheckpointRunJson>(File.ReadAllBytes(path));
            _ = run.Inputs.ToDictionary(i => i.File); // a file named twice: a damaged run file (ArgumentException)
            return run;
        }
        catch (Exception e) when (e is JsonException or KeyNotFoundException or InvalidOperationException or ArgumentException)
        {
            throw new InputException($"damaged checkpoint run file ({e.Message}); start afresh with --discard-checkpoints", path, inner: e);
        }
    }

    /// <summary>Further folders whose points are read (never written) when resuming: the shards' checkpoint folders of a
    /// merge, read where they are instead of copied.</summary>
    public IReadOnlyList<string> Sources { get; init; } = [];

    /// <summary>Whether a point read from the persistent cache is also written into the folder: a shard's folder must hold
    /// every point of its share for a merge on another machine; an unsharded run removes the folder at the end anyway.</summary>
    public bool CopyCachedPoints { get; init; }

    /// <summary>Point files present when the run started (to report those that did not match).</summary>
    public int ExistingAtStart { get; init; }

    /// <summary>The checkpoint folder of an output directory.</summary>
    public static string In(string outputDirectory) => Path.Combine(outputDirectory, FolderName);

    /// <summary>SHA-256 (hex) of the parts joined by newlines: the identity of a scan or a point.</summary>
    public static string Key(IEnumerable<string> parts) =>
        Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(string.Join("\n", parts))));

    string PathOf(string key) => Path.Combine(Directory, key + ".point");

    /// <summary>The stored point for a key (one entry per exposure): from the folder when resuming, else from the persistent
    /// cache; false when neither has it.</summary>
    /// <exception cref="InputException">The folder's file exists but is not a point of this key (damaged or foreign).</exception>
    public bool TryLoad(string key, int exposures, out LimitPoint[] points)
    {
        points = [];
        if (StoredPath(key) is { } path)
        {
            try
            {
                points = Parse(File.ReadAllBytes(path), key, exposures);
            }
            catch (Exception e) when (e is JsonException or FormatException or KeyNotFoundException or InvalidOperationException or ArgumentException)
            {
                throw new InputException($"damaged checkpoint ({e.Message}); delete it or run without --resume", path, inner: e);
            }
            Interlocked.Increment(ref _loaded);
            return true;
        }
        if (CachePath(key) is not { } cached) return false;
        // a damaged or foreign cache entry reads as absent and is recomputed (and rewritten)
        var json = CacheFile.TryRead(cached.Path, CacheMagic, cached.Key, r => r.ReadString());
        LimitPoint[]? fromCache = null;
        if (json is not null)
            try { fromCache = Parse(Encoding.UTF8.GetBytes(json), key, exposures); }
            catch (Exception e) when (e is JsonException or FormatException or KeyNotFoundException or InvalidOperationException or ArgumentException) { }
        if (fromCache is null) return false;
        points = fromCache;
        if (CopyCachedPoints) WriteFolder(key, json!);
        Interlocked.Increment(ref _cached);
        return true;
    }

    /// <summary>Whether <see cref="TryLoad"/> would find a point for the key (its file exists; whether it is intact is checked
    /// when it is read), so that a run can tell beforehand whether it needs any flux.</summary>
    public bool Has(string key) => StoredPath(key) is not null || (CachePath(key) is { } cached && File.Exists(cached.Path));

    /// <summary>When resuming, the file of a point in the folder or, failing that, in the first of <see cref="Sources"/> that has it; else null.</summary>
    string? StoredPath(string key) =>
        !Resume ? null : new[] { Directory }.Concat(Sources).Select(f => Path.Combine(f, key + ".point")).FirstOrDefault(File.Exists);

    /// <summary>The persistent cache entry of a point (its key adds the exact build to the checkpoint key), or null without a cache.</summary>
    static (string Path, string Key)? CachePath(string key)
    {
        string cacheKey = CacheFile.Key(CacheMagic, key);
        return CacheFile.PathOf(cacheKey, ".point") is { } path ? (path, cacheKey) : null;
    }

    static LimitPoint[] Parse(byte[] bytes, string key, int exposures)
    {
        var point = JsonSerializer.Deserialize<CheckpointPointJson>(bytes, PointOptions) ?? throw new FormatException("null");
        if (point.Key != key) throw new FormatException("key does not match the file name");
        var list = point.Exposures.Select(e => new LimitPoint(point.Mass,
            new LimitResult(e.Status, e.Coupling, e.DeltaChi2, e.Probe, e.Evaluations, e.Detail), e.NewEvents, e.SmEvents)).ToArray();
        if (list.Length != exposures) throw new FormatException($"{list.Length} exposures instead of {exposures}");
        return list;
    }

    /// <summary>Stores a point (atomically) in the folder and the persistent cache, and waits <see cref="DelayVariable"/> ms when that is set.</summary>
    public void Save(string key, IReadOnlyList<LimitPoint> points)
    {
        string json = JsonSerializer.Serialize(new CheckpointPointJson(key, BuildInfo.Version, points[0].Mass, points.Select(p => new CheckpointExposureJson(
            p.Result.Status, p.Result.Coupling, p.Result.DeltaChi2AtCoupling, p.Result.ProbeCoupling, p.Result.Evaluations, p.Result.Detail,
            p.NewEventsAtBound, p.StandardModelEvents)).ToArray()), PointOptions) + "\n";
        WriteFolder(key, json);
        if (CachePath(key) is { } cached) CacheFile.TryWrite(cached.Path, CacheMagic, cached.Key, w => w.Write(json));
        Interlocked.Increment(ref _saved);
        if (_delayMs > 0) Thread.Sleep(_delayMs);
    }

    void WriteFolder(string key, string json)
    {
        System.IO.Directory.CreateDirectory(Directory);
        if (RunArguments is not null && Interlocked.Exchange(ref _runWritten, 1) == 0)
            AtomicFiles.WriteText(Path.Combine(Directory, RunFile), JsonOutput.Serialize(new CheckpointRunJson(BuildInfo.Version, RunArguments)
            {
                Inputs = _inputs,
            }), durable: false);
        AtomicFiles.WriteText(PathOf(key), json, durable: false); // a killed process loses nothing written; no fsync needed
    }

    /// <summary>Removes the checkpoint folder (after the outputs of a complete run are written).</summary>
    public void Clear()
    {
        if (System.IO.Directory.Exists(Directory)) System.IO.Directory.Delete(Directory, recursive: true);
    }

    /// <summary>The conventions of <see cref="JsonOutput.Options"/>, with every number stored as its IEEE-754 bits
    /// (<see cref="HexBitsConverter"/>; NaN and ±∞ included, so no finiteness guard).</summary>
    internal static readonly JsonSerializerOptions PointOptions = JsonOutput.Create(refuseNonFinite: false, new HexBitsConverter());

    /// <summary>A double as the 16 lower-case hex digits of its IEEE-754 bits (a JSON string), so that a point read back is
    /// bit for bit the point computed.</summary>
    internal sealed class HexBitsConverter : JsonConverter<double>
    {
        /// <inheritdoc/>
        public override double Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
            BitConverter.Int64BitsToDouble(long.Parse(reader.GetString() ?? throw new FormatException("a number is null"), NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture));

        /// <inheritdoc/>
        public override void Write(Utf8JsonWriter writer, double value, JsonSerializerOptions options) =>
            writer.WriteStringValue(BitConverter.DoubleToInt64Bits(value).ToString("x16", CultureInfo.InvariantCulture));
    }
}

/// <summary>run.json beside the checkpoints: which run they belong to.</summary>
/// <param name="Version">"version": the program version that wrote them</param>
/// <param name="Arguments">"arguments": the command line (without what does not change a number)</param>
public sealed record CheckpointRunJson([property: JsonRequired] string Version, [property: JsonRequired] IReadOnlyList<string> Arguments)
{
    /// <summary>"inputs": every input file with its SHA-256; empty when the file has none (older run files).</summary>
    public IReadOnlyList<InputDigest> Inputs { get; init; } = [];
}

/// <summary>An input file of a run and its SHA-256.</summary>
/// <param name="File">"file": as <see cref="Output.Provenance.DisplayName"/> names it</param>
/// <param name="Sha256">"sha256": lower-case hex</param>
public sealed record InputDigest([property: JsonRequired] string File, [property: JsonRequired] string Sha256);

/// <summary>A checkpointed mass point (&lt;key&gt;.point): every number as its IEEE-754 bits in hex.</summary>
/// <param name="Key">"key": the SHA-256 of everything the point depends on (also the file name)</param>
/// <param name="Version">"version": the program version that wrote it</param>
/// <param name="Mass">"mass": m_Z′ [GeV]</param>
/// <param name="Exposures">"exposures": the point's bound for each exposure, in the scan's order</param>
public sealed record CheckpointPointJson(
    [property: JsonRequired] string Key,
    [property: JsonRequired] string Version,
    [property: JsonRequired] double Mass,
    [property: JsonRequired] IReadOnlyList<CheckpointExposureJson> Exposures);

/// <summary>The bound of one exposure at a checkpointed mass (<see cref="LimitResult"/> and the event counts).</summary>
/// <param name="Status">"status": the <see cref="LimitStatus"/> name</param>
/// <param name="Coupling">"coupling": the bound, or null (written as null)</param>
/// <param name="DeltaChi2">"delta_chi2": Δχ² at the bound</param>
/// <param name="Probe">"probe": the coupling probed last</param>
/// <param name="Evaluations">"evaluations": Δχ² evaluations used</param>
/// <param name="Detail">"detail": the limit finder's account</param>
/// <param name="NewEvents">"new_events": change of each sample's count at the bound</param>
/// <param name="SmEvents">"sm_events": SM count of each sample</param>
public sealed record CheckpointExposureJson(
    [property: JsonRequired, JsonConverter(typeof(JsonStringEnumConverter<LimitStatus>))] LimitStatus Status,
    [property: JsonRequired, JsonIgnore(Condition = JsonIgnoreCondition.Never)] double? Coupling,
    [property: JsonRequired] double DeltaChi2,
    [property: JsonRequired] double Probe,
    [property: JsonRequired] int Evaluations,
    [property: JsonRequired] string Detail,
    [property: JsonRequired] IReadOnlyList<double> NewEvents,
    [property: JsonRequired] IReadOnlyList<double> SmEvents);
