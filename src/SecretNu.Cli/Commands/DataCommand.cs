using System.CommandLine;
using System.Globalization;
using SecretNu.Data;

namespace SecretNu.Cli.Commands;

/// <summary><c>secretnu data fetch</c>: downloads the input tables of the data manifest and checks their SHA-256.</summary>
public static class DataCommand
{
    public static Command Create(CliContext context) => new("data", "Manage the data directory of third-party input tables (docs/data.md).")
    {
        Fetch(context),
        Verify(context),
    };

    static Command Verify(CliContext context)
    {
        var data = CommonOptions.Data();
        var command = new Command("verify",
            "Check every file of the built-in data manifest in the data directory: present, with the manifest's size and SHA-256. " +
            "Lists every missing or altered file and exits 2 if there is any.\n\nExample:\n  secretnu data verify --data ~/secretnu-data")
        { data };
        command.SetAction(parse =>
        {
            var dir = DataDirectory.Resolve(parse.GetValue(data));
            var problems = DataIntegrity.Verify(dir.Root);
            int total = DataManifest.Embedded.Entries.Count;
            if (problems.Count == 0)
            {
                context.Out.WriteLine($"{dir.Root}: all {total} files of the data manifest present and unaltered");
                return 0;
            }
            foreach (var (entry, problem) in problems) context.Error.WriteLine($"secretnu: {entry.LocalPath}: {problem}");
            context.Error.WriteLine($"secretnu: {problems.Count} of {total} files missing or altered in {dir.Root} ('secretnu data fetch --data {dir.Root}' restores them)");
            return 2;
        });
        return command;
    }

    static Command Fetch(CliContext context)
    {
        var data = new Option<string?>("--data")
        {
            Description = $"Directory to download into, created if needed (default: ${DataDirectory.EnvironmentVariable}).",
        };
        var baseUrl = new Option<string>("--base-url")
        {
            Description = "Where to download from: files are fetched from <base>/<owner>/<repository>/<commit>/<path>.",
            DefaultValueFactory = _ => FetchOptions.DefaultBaseUrl.ToString().TrimEnd('/'),
        };
        var force = new Option<bool>("--force")
        {
            Description = "Replace existing files whose SHA-256 differs from the manifest (otherwise they are reported and nothing is fetched).",
        };
        var only = new Option<string>("--only") { Description = "Which source: all | hadrons | fluxes | dune.", DefaultValueFactory = _ => "all" };
        only.AcceptOnlyFromAmong("all", "hadrons", "fluxes", "dune");
        var energy = new Option<string[]>("--energy")
        {
            Description = "Hadron tables of these collision energies only, in TeV: 14, 13.6 (repeatable or comma-separated).",
        };
        var generator = new Option<string[]>("--generator")
        {
            Description = "Hadron tables of these generators only, e.g. EPOSLHC, SIBYLL, NLO-P8 (repeatable or comma-separated).",
        };
        var command = new Command("fetch",
            "Download the FORESEE hadron tables, the FastNeutrinoFluxSimulation fluxes and the DUNE near-detector fluxes of " +
            "DarkNews-generator at the pinned commits, with their licence files, and check every file's SHA-256 against the built-in manifest. Files already in place are kept, " +
            "so rerunning an interrupted fetch resumes it; a download with the wrong SHA-256 is refused.\n\n" +
            "Examples:\n  secretnu data fetch --data ~/secretnu-data\n  secretnu data fetch --only fluxes\n" +
            "  secretnu data fetch --only hadrons --energy 14 --generator EPOSLHC,SIBYLL")
        { data, baseUrl, force, only, energy, generator };
        command.SetAction(parse =>
        {
            string root = TargetDirectory(parse.GetValue(data));
            var options = new FetchOptions { BaseUrl = ParseBaseUrl(parse.GetValue(baseUrl)!), Force = parse.GetValue(force) };
            var selection = new DataSelection(
                Enum.Parse<DataSubset>(parse.GetValue(only)!, ignoreCase: true), List(parse.GetValue(energy)), List(parse.GetValue(generator)));
            var entries = selection.Apply(DataManifest.Embedded);
            CommonOptions.RequireWritableDirectory(root);

            using var fetcher = new DataFetcher(options);
            int step = Math.Max(1, entries.Count / 20); // at most ~20 progress lines in a log
            var summary = new Progress(context).Run("fetching data", report =>
                fetcher.FetchAsync(root, entries, p =>
                {
                    if (p.FilesDone % step == 0 || p.FilesDone == p.FilesTotal)
                        report($"{Megabytes(p.BytesDone)} of {Megabytes(p.BytesTotal)} MB", p.FilesDone, p.FilesTotal);
                }).GetAwaiter().GetResult());
            context.Out.WriteLine($"{root}: {entries.Count} files checked ({Megabytes(entries.Sum(e => e.Size))} MB): " +
                $"{summary.Downloaded} downloaded ({summary.Resumed} resumed, {summary.Replaced} replaced), {summary.Present} already present");
            return 0;
        });
        return command;
    }

    /// <summary><c>--data</c>, else <c>$SECRETNU_DATA</c>, else an error; the directory need not exist yet.</summary>
    static string TargetDirectory(string? explicitPath)
    {
        string? path = !string.IsNullOrWhiteSpace(explicitPath) ? explicitPath : Environment.GetEnvironmentVariable(DataDirectory.EnvironmentVariable);
        if (string.IsNullOrWhiteSpace(path))
            throw new InputException($"no data directory given: pass --data DIR or set {DataDirectory.EnvironmentVariable}");
        return Path.GetFullPath(path.Trim());
    }

    static Uri ParseBaseUrl(string text) =>
        Uri.TryCreate(text.Trim(), UriKind.Absolute, out Uri? url) && url.Scheme is "http" or "https"
            ? url
            : throw new InputException($"--base-url '{text}' is not an http or https address");

    static string[] List(string[]? values) =>
        (values ?? []).SelectMany(v => v.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries)).ToArray();

    static string Megabytes(long bytes) => (bytes / 1e6).ToString("F1", CultureInfo.InvariantCulture);
}
