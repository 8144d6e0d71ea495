namespace SecretNu.Measurements;

/// <summary>The published measurements an experiment card can name in <c>[data] measurement</c>, each with its file in the
/// data directory's <c>measurements/</c> folder and its reader.</summary>
public static class MeasurementCatalog
{
    /// <summary>Folder of the measurement files in the data directory.</summary>
    public const string SubPath = "measurements";

    static readonly Dictionary<string, (string File, Func<string, BinnedMeasurement> Read)> Known = new(StringComparer.Ordinal)
    {
        ["faser-2025-numu"] = ("faser_2025_numu_flux.csv", BinnedMeasurement.ReadFaser2025),
    };

    /// <summary>Names a card may give.</summary>
    public static IReadOnlyCollection<string> Names => Known.Keys;

    /// <summary>The file of a measurement under <paramref name="dataRoot"/>.</summary>
    public static string PathOf(string dataRoot, string name) => Path.Combine(dataRoot, SubPath, Known[name].File);

    /// <summary>Reads measurement <paramref name="name"/> from <paramref name="dataRoot"/>.</summary>
    /// <exception cref="InputException">Unknown name, missing or malformed file.</exception>
    public static BinnedMeasurement Load(string dataRoot, string name) => Known.TryGetValue(name, out var m)
        ? m.Read(Path.Combine(dataRoot, SubPath, m.File))
        : throw new InputException($"unknown measurement '{name}'; known: {string.Join(", ", Known.Keys)}");
}
