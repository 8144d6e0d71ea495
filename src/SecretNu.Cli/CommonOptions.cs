using System.CommandLine;
using SecretNu.Physics;

namespace SecretNu.Cli;

/// <summary>Options shared by several commands, and their parsing into physics values (InputException on bad input).</summary>
public static class CommonOptions
{
    public static Option<string> Mass(bool required = true) => new("--mass")
    {
        Description = "Z′ mass with a unit: 10MeV, 1keV, 0.3GeV, 500eV (a bare number is GeV).",
        Required = required,
    };

    public static Option<string> Coupling(bool required = true) => new("--coupling")
    {
        Description = "Couplings NAME=VALUE, comma-separated: ee, emu, etau, mumu, mutau, tautau (e.g. etau=1e-3).",
        Required = required,
    };

    public static Option<bool> SeedNormalisation() => new("--seed-normalisation")
    {
        Description = "Use the seed paper's Eq. (4) as printed (× ½ of the derived rate, physics.md §3.8) to compare with its figures.",
    };

    public static Option<string> Format(params string[] allowed)
    {
        var o = new Option<string>("--format") { Description = $"Output format: {string.Join(" | ", allowed)}.", DefaultValueFactory = _ => allowed[0] };
        o.Validators.Add(result =>
        {
            string? value = result.GetValueOrDefault<string>();
            if (value is not null && Array.IndexOf(allowed, value) < 0)
                result.AddError($"--format '{value}' is not one of: {string.Join(", ", allowed)}");
        });
        o.CompletionSources.Add(allowed);
        return o;
    }

    public static Option<string?> OutFile() => new("--out")
    {
        Description = "Write to this file instead of standard output (written whole or not at all).",
    };

    public static Option<string> Experiment() => new("--experiment")
    {
        Description = "Experiment card: a name from experiments/ (faser-nu, faser2-nu-x100, faser2-nu-x1000, fasernu2-fpf, snd-lhc, faser-2025-numu, dune-nd) or a .toml path.",
        DefaultValueFactory = _ => "faser-nu",
    };

    public static Option<string?> Data() => new("--data")
    {
        Description = $"Data directory with foresee/hadrons and fast-neutrino-flux/Fluxes (default: ${DataDirectory.EnvironmentVariable}).",
    };

    /// <summary>Card + data directory + default numerical settings.</summary>
    public static Fluxes.FluxSetup Setup(string experiment, string? data) =>
        new(DataDirectory.Resolve(data), LoadCard(experiment), Fluxes.FluxSettings.Default);

    /// <summary>The cards of an --experiment list; an experiment named twice is refused (each gives one curve).</summary>
    public static Detection.ExperimentCard[] LoadCards(IEnumerable<string> experiments)
    {
        var cards = experiments.Select(LoadCard).ToArray();
        if (cards.GroupBy(c => c.Name).FirstOrDefault(g => g.Count() > 1) is { } twice)
            throw new InputException($"--experiment names {twice.Key} twice (each experiment gives one curve)");
        return cards;
    }

    /// <summary>A --cl value: 0.9 or 0.95 (the levels every constraint and threshold is defined for).</summary>
    public static double ConfidenceLevel(double cl) =>
        cl is 0.9 or 0.95 ? cl : throw new InputException($"--cl {cl} must be 0.9 or 0.95");

    /// <summary>The card named or pointed to by an --experiment value.</summary>
    public static Detection.ExperimentCard LoadCard(string experiment) =>
        ForFlag("--experiment", experiment, () => Detection.ExperimentCatalog.Load(experiment));

    /// <summary>
    /// Runs <paramref name="parse"/> on the value of a flag. An <see cref="InputException"/> about the value itself (not
    /// about a line of a file it names) gets "flag 'value': " in front unless it already starts with the flag, so that
    /// every command-line error names its flag and value.
    /// </summary>
    public static T ForFlag<T>(string flag, string value, Func<T> parse)
    {
        try
        {
            return parse();
        }
        catch (InputException e) when (e.Line is null && !e.Message.StartsWith(flag, StringComparison.Ordinal))
        {
            throw new InputException($"{flag} '{value}': {e.Message}", inner: e);
        }
    }

    public static double ParseMass(string text) => Units.ParseZMass(text, "--mass");

    public static CouplingMatrix ParseCoupling(string text)
    {
        var g = ForFlag("--coupling", text, () => CouplingMatrix.Parse(text));
        if (g.IsZero) throw new InputException($"--coupling '{text}' sets no non-zero coupling");
        return g;
    }

    /// <summary>
    /// The generator pair of a flux: the --generator / --charm-generator values when given (checked against the data at
    /// every card's energy; errors name the flag), else the first card's defaults.
    /// </summary>
    public static Fluxes.GeneratorChoice Generators(DataDirectory data, IReadOnlyList<Detection.ExperimentCard> cards, string? light, string? charm)
    {
        foreach (var energy in cards.Select(c => c.EnergyLabel).Distinct())
        {
            if (light is not null)
                ForFlag("--generator", light, () => { Fluxes.ForwardFluxModel.RequireGenerator(data, energy, light, light: true); return 0; });
            if (charm is not null)
                ForFlag("--charm-generator", charm, () => { Fluxes.ForwardFluxModel.RequireGenerator(data, energy, charm, light: false); return 0; });
        }
        return new(light ?? cards[0].LightGenerators[0], charm ?? cards[0].CharmGenerators[0]);
    }

    /// <summary>Creates the output directory or fails with one message naming it (before any computation).</summary>
    public static void RequireWritableDirectory(string dir)
    {
        try
        {
            if (!Directory.Exists(dir)) Created.Value?.Add(Path.GetFullPath(dir));
            Directory.CreateDirectory(dir);
            string probe = Path.Combine(dir, $".secretnu-write-test-{Environment.ProcessId}");
            File.WriteAllText(probe, "");
            File.Delete(probe);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
        {
            throw new InputException($"--out: output directory '{dir}' is not writable ({e.Message})");
        }
    }

    /// <summary>Output directories the current command invocation created (one list per <see cref="App.Run(string[], TextWriter, TextWriter)"/>
    /// call, so concurrent in-process runs never touch each other's); <see cref="RemoveCreatedIfEmpty"/> takes them away
    /// again when the command ends in an input error, so that bad input leaves nothing behind.</summary>
    internal static readonly AsyncLocal<List<string>?> Created = new();

    /// <summary>Deletes every output directory this invocation created that holds no file (empty sub-folders such as an
    /// unused .checkpoint count as empty).</summary>
    public static void RemoveCreatedIfEmpty()
    {
        foreach (string dir in Created.Value ?? [])
        {
            try
            {
                if (Directory.Exists(dir) && !Directory.EnumerateFiles(dir, "*", SearchOption.AllDirectories).Any()) Directory.Delete(dir, recursive: true);
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException) { /* best effort: the error message matters more */ }
        }
    }

    /// <summary>Checks an --out file (when given) before any work: a file path in an existing directory.</summary>
    public static void RequireOutFile(string? outFile)
    {
        if (outFile is null) return;
        string full;
        try
        {
            if (string.IsNullOrWhiteSpace(outFile)) throw new ArgumentException("empty path", nameof(outFile));
            full = Path.GetFullPath(outFile);
        }
        catch (Exception e) when (e is ArgumentException or NotSupportedException or PathTooLongException)
        {
            throw new InputException($"--out '{outFile}' is not a file path");
        }
        string? dir = Path.GetDirectoryName(full);
        if (dir is null || !Directory.Exists(dir)) throw new InputException($"--out '{outFile}': directory '{dir}' does not exist");
        if (Directory.Exists(full)) throw new InputException($"--out '{outFile}' is a directory; give a file name");
    }

    /// <summary>Writes text to a file atomically (checked first by <see cref="RequireOutFile"/>), or to the given writer.</summary>
    public static void Emit(string text, string? outFile, TextWriter stdout)
    {
        if (outFile is null) stdout.Write(text);
        else
        {
            RequireOutFile(outFile);
            Output.AtomicFiles.WriteText(outFile, text);
        }
    }
}
