namespace SecretNu.Detection;

/// <summary>
/// Finds experiment cards: a path to a <c>.toml</c> file, or a card name looked up as <c>&lt;name&gt;.toml</c> in an
/// <c>experiments</c> folder (one holding *.toml files) found by searching upward from the current directory and from
/// the program's base directory — so the repository's <c>experiments/</c> is found from its bin/ folders too.
/// </summary>
public static class ExperimentCatalog
{
    /// <summary>Name of the folder that holds the cards.</summary>
    public const string FolderName = "experiments";

    /// <summary>
    /// The <c>experiments</c> folders found upward from the current directory and from
    /// <see cref="AppContext.BaseDirectory"/>, nearest first, without duplicates.
    /// </summary>
    public static IReadOnlyList<string> SearchDirectories()
    {
        var found = new List<string>();
        foreach (string start in new[] { Directory.GetCurrentDirectory(), AppContext.BaseDirectory })
        {
            string? dir = FindUpward(start);
            if (dir is not null && !found.Contains(dir, StringComparer.Ordinal)) found.Add(dir);
        }
        return found;
    }

    /// <summary>The nearest folder named <c>experiments</c> containing *.toml at or above <paramref name="start"/>, or null.</summary>
    public static string? FindUpward(string start)
    {
        for (DirectoryInfo? d = new(Path.GetFullPath(start)); d is not null; d = d.Parent)
        {
            string candidate = Path.Combine(d.FullName, FolderName);
            if (Directory.Exists(candidate) && Directory.EnumerateFiles(candidate, "*.toml").Any()) return candidate;
        }
        return null;
    }

    const string EmbeddedPrefix = "SecretNu.Experiments.";

    /// <summary>The cards built into the program (the repository's experiments/*.toml at build time): name → TOML text.</summary>
    public static IReadOnlyDictionary<string, string> Embedded => EmbeddedCards.Value;

    static readonly Lazy<IReadOnlyDictionary<string, string>> EmbeddedCards = new(() =>
    {
        var assembly = typeof(ExperimentCatalog).Assembly;
        var cards = new SortedDictionary<string, string>(StringComparer.Ordinal);
        foreach (string resource in assembly.GetManifestResourceNames().Where(r => r.StartsWith(EmbeddedPrefix, StringComparison.Ordinal) && r.EndsWith(".toml", StringComparison.Ordinal)))
        {
            using var reader = new StreamReader(assembly.GetManifestResourceStream(resource)!);
            cards[resource[EmbeddedPrefix.Length..^".toml".Length]] = reader.ReadToEnd();
        }
        return cards;
    });

    /// <summary>Card names (file names without .toml) available in <paramref name="directories"/> (default:
    /// <see cref="SearchDirectories"/>, and then also the built-in cards), sorted, without duplicates.</summary>
    public static IReadOnlyList<string> Available(IEnumerable<string>? directories = null)
    {
        var names = new SortedSet<string>(directories is null ? Embedded.Keys : [], StringComparer.Ordinal);
        foreach (string dir in directories ?? SearchDirectories())
            foreach (string file in Directory.EnumerateFiles(dir, "*.toml"))
                names.Add(Path.GetFileNameWithoutExtension(file));
        return [.. names];
    }

    /// <summary>
    /// Path of the card named or pointed to by <paramref name="nameOrPath"/>: a value ending in .toml or containing a
    /// directory separator is a path; anything else is a card name looked up in <paramref name="experimentsDirectory"/>
    /// (when given) or the <see cref="SearchDirectories"/>. Throws <see cref="InputException"/> listing the available
    /// cards when the name is unknown.
    /// </summary>
    public static string Resolve(string nameOrPath, string? experimentsDirectory = null)
    {
        ArgumentNullException.ThrowIfNull(nameOrPath);
        string arg = nameOrPath.Trim();
        if (arg.Length == 0) throw new InputException("experiment name is empty: give a card name or a path to a .toml file");
        if (arg.EndsWith(".toml", StringComparison.OrdinalIgnoreCase) || arg.Contains('/') || arg.Contains('\\'))
        {
            if (!File.Exists(arg)) throw new InputException("experiment card file not found", arg);
            return Path.GetFullPath(arg);
        }
        IReadOnlyList<string> dirs = experimentsDirectory is null ? SearchDirectories() : [experimentsDirectory];
        foreach (string dir in dirs)
        {
            string path = Path.Combine(dir, arg + ".toml");
            if (File.Exists(path)) return path;
        }
        string available = string.Join(", ", Available(experimentsDirectory is null ? null : dirs));
        string searched = dirs.Count == 0
            ? $"no '{FolderName}' folder with *.toml found above {Directory.GetCurrentDirectory()} or {AppContext.BaseDirectory}"
            : "searched " + string.Join(", ", dirs);
        throw new InputException(
            $"unknown experiment '{arg}'; available cards: {available} ({searched}); or give a path to a .toml file");
    }

    /// <summary>Resolves and reads a card (see <see cref="Resolve"/>): a path, a card of an experiments/ folder, else the
    /// built-in card of that name (recorded in outputs as "built-in:NAME.toml" with its contents).</summary>
    public static ExperimentCard Load(string nameOrPath, string? experimentsDirectory = null)
    {
        string arg = nameOrPath?.Trim() ?? "";
        bool isPath = arg.EndsWith(".toml", StringComparison.OrdinalIgnoreCase) || arg.Contains('/') || arg.Contains('\\');
        if (!isPath && experimentsDirectory is null && Embedded.TryGetValue(arg, out string? text)
            && !SearchDirectories().Any(d => File.Exists(Path.Combine(d, arg + ".toml"))))
            return ExperimentCardReader.Parse(text, $"built-in:{arg}.toml");
        return ExperimentCardReader.Read(Resolve(nameOrPath!, experimentsDirectory));
    }
}
