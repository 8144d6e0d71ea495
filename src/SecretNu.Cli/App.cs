using System.CommandLine;
using SecretNu.Cli.Commands;

namespace SecretNu.Cli;

/// <summary>
/// The <c>secretnu</c> command line. Exit codes: 0 success, 2 bad input or usage (one message on stderr, nothing
/// written), 1 internal error. Never prints a stack trace unless SECRETNU_DEBUG=1.
/// </summary>
public static class App
{
    public static int Run(string[] args) => Run(args, Console.Out, Console.Error);

    public static int Run(string[] args, TextWriter stdout, TextWriter stderr)
    {
        CommonOptions.Created.Value = [];
        var context = new CliContext(stdout, stderr, args);
        // the command is named secretnu whatever the host executable (dotnet SecretNu.Cli.dll, the installed tool, tests)
        var root = new Command("secretnu",
            "SecretNu: sensitivity of forward LHC neutrino detectors (FASERν, FASER2ν, …) to a light Z′ that couples only " +
            "to neutrinos, from first principles: meson decays → neutrino spectra → fluxes → events → bounds.")
        {
            WidthsCommand.Create(context),
            SpectrumCommand.Create(context),
            ValidateFluxCommand.Create(context),
            CompareDataCommand.Create(context),
            FluxCommand.Create(context),
            LimitCommand.Create(context),
            ReproduceCommand.Create(context),
            BoundsCommand.Create(context),
            PlaneCommand.Create(context),
            MergeCommand.Create(context),
            DataCommand.Create(context),
            CacheCommand.Create(context),
        };
        root.Options.Add(new System.CommandLine.Help.HelpOption());
        root.Options.Add(new VersionOption());
        var threads = new Option<int?>("--threads")
        {
            Description = "Threads for the computation (1–1024; default: every core). Results do not depend on it.",
            Recursive = true,
        };
        root.Options.Add(threads);
        var cache = new Option<string?>("--cache")
        {
            Description = "Folder of the persistent cache: flux intermediates, DUNE parent fits, constraint tables and finished bound points, keyed by " +
                "the program version and every input and option (default: $XDG_CACHE_HOME/secretnu or ~/.cache/secretnu). Results never depend on it.",
            Recursive = true,
        };
        var noCache = new Option<bool>("--no-cache") { Description = "Compute everything afresh; read and write no cache.", Recursive = true };
        root.Options.Add(cache);
        root.Options.Add(noCache);
        foreach (var extra in ExtraCommands) root.Add(extra(context));
        // --version prints the version stamped in every output (not the entry assembly's, which is the test host in tests)
        foreach (var option in root.Options)
            if (option is VersionOption version) version.Action = new PrintVersion(stdout);

        var parse = root.Parse(args);
        if (parse.Errors.Count > 0)
        {
            // one line, like every other input error
            string errors = string.Join("; ", parse.Errors.Select(e => Readable(string.Join(' ', e.Message.Split((char[])['\n', '\r', '\t'],
                StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)))));
            stderr.WriteLine($"secretnu: {errors} (try 'secretnu --help' or 'secretnu <command> --help')");
            return 2;
        }
        try
        {
            SecretNu.CacheFile.Directory = parse.GetValue(noCache) ? null
                : parse.GetValue(cache) is string c && c.Trim().Length > 0 ? Path.GetFullPath(c) : SecretNu.CacheFile.DefaultDirectory();
            if (parse.GetValue(threads) is int n)
            {
                if (n is < 1 or > 1024) throw new InputException($"--threads {n} must be 1 to 1024");
                SecretNu.Parallelism.Threads = n;
            }
            return parse.Invoke(new InvocationConfiguration { Output = stdout, Error = stderr, EnableDefaultExceptionHandler = false });
        }
        catch (InputException e)
        {
            CommonOptions.RemoveCreatedIfEmpty();
            stderr.WriteLine($"secretnu: {e.Message}");
            return 2;
        }
        catch (AggregateException e) when (e.Flatten().InnerExceptions.OfType<InputException>().FirstOrDefault() is InputException first)
        {
            CommonOptions.RemoveCreatedIfEmpty();
            stderr.WriteLine($"secretnu: {first.Message}"); // bad input met inside a parallel loop
            return 2;
        }
        catch (Exception e)
        {
            stderr.WriteLine($"secretnu: internal error: {e.GetType().Name}: {e.Message}");
            if (Environment.GetEnvironmentVariable("SECRETNU_DEBUG") == "1") stderr.WriteLine(e);
            return 1;
        }
    }

    /// <summary>A parser message without .NET type names ("as expected type 'System.Nullable`1[System.Double]'" → "as a number").</summary>
    internal static string Readable(string message) =>
        System.Text.RegularExpressions.Regex.Replace(message, @"as expected type '([^']*)'", m =>
            m.Groups[1].Value.Contains("Double") || m.Groups[1].Value.Contains("Single") ? "as a number"
            : m.Groups[1].Value.Contains("Int") ? "as a whole number"
            : m.Groups[1].Value.Contains("Boolean") ? "as true or false" : "as a value of that option");

    /// <summary>Commands registered by later stages (flux, limits, …).</summary>
    internal static readonly List<Func<CliContext, Command>> ExtraCommands = [];
}

/// <summary>The action of <c>--version</c>: <see cref="BuildInfo.Version"/>.</summary>
sealed class PrintVersion(TextWriter stdout) : System.CommandLine.Invocation.SynchronousCommandLineAction
{
    public override int Invoke(ParseResult parseResult)
    {
        stdout.WriteLine(BuildInfo.Version);
        return 0;
    }
}

/// <summary>Where a command writes: stdout for results, stderr for progress and messages; and the command line it was given.</summary>
public sealed record CliContext(TextWriter Out, TextWriter Error, IReadOnlyList<string> Arguments);
