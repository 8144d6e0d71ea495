using System.CommandLine;

namespace SecretNu.Cli.Commands;

/// <summary><c>secretnu cache</c>: where the persistent cache is, what it holds, and <c>--clear</c> to empty it. Results never
/// depend on it (every entry is keyed by the exact build and everything it was computed from); clearing only costs time.</summary>
public static class CacheCommand
{
    public static Command Create(CliContext context)
    {
        var clear = new Option<bool>("--clear") { Description = "Delete every entry (the next run computes them again)." };
        var command = new Command("cache",
            "Show the persistent cache (flux measures, DUNE parent fits, constraint tables, bound points, figure PNGs): its folder, " +
            "entries and size; --clear empties it. The folder is --cache DIR, else $XDG_CACHE_HOME/secretnu or ~/.cache/secretnu.\n\n" +
            "Examples:\n  secretnu cache\n  secretnu cache --clear\n  secretnu cache --cache /scratch/secretnu-cache")
        { clear };
        command.SetAction(parse =>
        {
            if (CacheFile.Directory is not { } folder)
            {
                context.Out.WriteLine("no persistent cache (--no-cache)");
                return 0;
            }
            if (parse.GetValue(clear))
            {
                var (files, bytes) = Clear(folder);
                context.Out.WriteLine($"removed {files} entries ({Megabytes(bytes)}) from {folder}");
                return 0;
            }
            var summary = CacheFile.Summary(folder);
            context.Out.WriteLine($"cache folder: {folder}{(Directory.Exists(folder) ? "" : " (not created yet)")}");
            foreach (var (kind, files, bytes) in summary)
                context.Out.WriteLine($"  {kind,-36} {files,7} files {Megabytes(bytes),10}");
            context.Out.WriteLine($"  {"total",-36} {summary.Sum(x => x.Files),7} files {Megabytes(summary.Sum(x => x.Bytes)),10}");
            return 0;
        });
        return command;
    }

    static (int Files, long Bytes) Clear(string folder)
    {
        try
        {
            return CacheFile.Clear(folder);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new InputException($"cannot clear the cache: {e.Message}", folder, inner: e);
        }
    }

    static string Megabytes(long bytes) => FormattableString.Invariant($"{bytes / 1e6:0.0} MB");
}
