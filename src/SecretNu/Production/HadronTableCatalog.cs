using System.Collections.Immutable;
using System.Globalization;

namespace SecretNu.Production;

/// <summary>
/// Locates FORESEE hadron tables in a data directory (data/README §3.1, §6):
/// <c>&lt;data&gt;/foresee/hadrons/&lt;E&gt;TeV/&lt;G&gt;/&lt;G&gt;_&lt;E&gt;TeV_&lt;pid&gt;.txt</c>, and lists what exists.
/// Which generators and species exist is read from the directory, not hard-coded, so added upstream files work.
/// </summary>
public static class HadronTableCatalog
{
    /// <summary>The six light-hadron species with tables: π⁺, π⁻, K⁺, K⁻, K_L, K_S.</summary>
    public static readonly ImmutableArray<int> LightHadrons = [211, -211, 321, -321, 130, 310];

    /// <summary>The eight charm-hadron species with tables: D±, D⁰/D̄⁰, D_s±, Λ_c±.</summary>
    public static readonly ImmutableArray<int> CharmHadrons = [411, -411, 421, -421, 431, -431, 4122, -4122];

    /// <summary>τ⁻ (15) and τ⁺ (−15) tables (Layout B).</summary>
    public static readonly ImmutableArray<int> TauLeptons = [15, -15];

    /// <summary>
    /// Folder energy label for a collision energy: 14 → "14", 13.6 → "13.6". Range: √s &gt; 0 (TeV).
    /// </summary>
    public static string EnergyLabel(double sqrtSTeV)
    {
        if (!double.IsFinite(sqrtSTeV) || sqrtSTeV <= 0)
            throw new ArgumentOutOfRangeException(nameof(sqrtSTeV), sqrtSTeV, "√s must be a positive number of TeV");
        return Math.Round(sqrtSTeV, 6).ToString("0.######", CultureInfo.InvariantCulture);
    }

    /// <summary>The hadron-table root <c>&lt;dataDir&gt;/foresee/hadrons</c>.</summary>
    public static string Root(string dataDir) => System.IO.Path.Combine(dataDir, DataDirectory.HadronsSubPath);

    /// <summary>
    /// Path of one table: <c>&lt;dataDir&gt;/foresee/hadrons/&lt;E&gt;TeV/&lt;G&gt;/&lt;G&gt;_&lt;E&gt;TeV_&lt;pid&gt;.txt</c>. Only
    /// builds the path; see <see cref="Load"/> for checks.
    /// </summary>
    /// <param name="dataDir">data root (contains foresee/hadrons)</param>
    /// <param name="energyLabel">"14" or "13.6"</param>
    /// <param name="generator">generator folder name, e.g. "EPOSLHC"</param>
    /// <param name="pdgId">signed PDG id</param>
    public static string Path(string dataDir, string energyLabel, string generator, int pdgId) => PathIn(Root(dataDir), energyLabel, generator, pdgId);

    /// <summary><see cref="Path"/> under a hadron-table root in the FORESEE layout (<c>&lt;root&gt;/&lt;E&gt;TeV/&lt;G&gt;/…</c>):
    /// the data directory's <c>foresee/hadrons</c>, or a user's own folder named by a card.</summary>
    public static string PathIn(string root, string energyLabel, string generator, int pdgId) =>
        System.IO.Path.Combine(root, energyLabel + "TeV", generator,
            $"{generator}_{energyLabel}TeV_{pdgId.ToString(CultureInfo.InvariantCulture)}.txt");

    /// <summary>Energy labels with a folder <c>&lt;E&gt;TeV</c>, sorted (e.g. "13.6", "14").</summary>
    public static IReadOnlyList<string> EnergyLabels(string dataDir) => EnergyLabelsIn(Root(dataDir));

    /// <summary><see cref="EnergyLabels"/> under a hadron-table root.</summary>
    public static IReadOnlyList<string> EnergyLabelsIn(string root)
    {
        if (!Directory.Exists(root))
            throw new InputException($"no hadron-table folder.\n{DataDirectory.HowToObtain}", root);
        var labels = new List<string>();
        foreach (string dir in Directory.GetDirectories(root))
        {
            string name = System.IO.Path.GetFileName(dir);
            if (name.EndsWith("TeV", StringComparison.Ordinal) && name.Length > 3) labels.Add(name[..^3]);
        }
        labels.Sort(StringComparer.Ordinal);
        return labels;
    }

    /// <summary>Generator folders available at an energy, sorted. Throws if the energy has no folder.</summary>
    public static IReadOnlyList<string> Generators(string dataDir, string energyLabel) => GeneratorsIn(Root(dataDir), energyLabel);

    /// <summary><see cref="Generators"/> under a hadron-table root.</summary>
    public static IReadOnlyList<string> GeneratorsIn(string root, string energyLabel)
    {
        string dir = System.IO.Path.Combine(root, energyLabel + "TeV");
        if (!Directory.Exists(dir))
            throw new InputException(
                $"no hadron tables for {energyLabel} TeV; available energies: {string.Join(", ", EnergyLabelsIn(root))} TeV",
                dir);
        var names = Directory.GetDirectories(dir).Select(d => System.IO.Path.GetFileName(d)).ToList();
        names.Sort(StringComparer.Ordinal);
        return names;
    }

    /// <summary>
    /// PDG ids with a table for this generator and energy, in the order light hadrons, charm hadrons, τ, others.
    /// Throws (listing the available generators) if the generator is unknown.
    /// </summary>
    public static IReadOnlyList<int> Species(string dataDir, string energyLabel, string generator) => SpeciesIn(Root(dataDir), energyLabel, generator);

    /// <summary><see cref="Species"/> under a hadron-table root.</summary>
    public static IReadOnlyList<int> SpeciesIn(string root, string energyLabel, string generator)
    {
        IReadOnlyList<string> generators = GeneratorsIn(root, energyLabel);
        if (!generators.Contains(generator, StringComparer.Ordinal))
            throw new InputException(
                $"unknown generator '{generator}' at {energyLabel} TeV; available: {string.Join(", ", generators)}",
                System.IO.Path.Combine(root, energyLabel + "TeV"));
        string dir = System.IO.Path.Combine(root, energyLabel + "TeV", generator);
        var ids = new List<int>();
        foreach (string file in Directory.GetFiles(dir, "*.txt"))
        {
            if (HadronTableReader.TryParseFileName(System.IO.Path.GetFileName(file), out string g, out string e, out int pid)
                && g == generator && e == energyLabel)
                ids.Add(pid);
        }
        ids.Sort((a, b) => SortKey(a).CompareTo(SortKey(b)));
        return ids;
    }

    /// <summary>
    /// Reads and validates one table. Throws <see cref="InputException"/> for an unknown energy or generator (listing
    /// what exists) or a species without a table (listing the species this generator has).
    /// </summary>
    public static HadronTable Load(string dataDir, string energyLabel, string generator, int pdgId) => LoadIn(Root(dataDir), energyLabel, generator, pdgId);

    /// <summary><see cref="Load"/> under a hadron-table root.</summary>
    public static HadronTable LoadIn(string root, string energyLabel, string generator, int pdgId)
    {
        IReadOnlyList<int> species = SpeciesIn(root, energyLabel, generator);
        string path = PathIn(root, energyLabel, generator, pdgId);
        if (!species.Contains(pdgId))
            throw new InputException(
                $"generator '{generator}' has no table for PDG id {pdgId} at {energyLabel} TeV; it has: " +
                string.Join(", ", species.Select(s => s.ToString(CultureInfo.InvariantCulture))), path);
        return HadronTableReader.Read(path, generator, energyLabel, pdgId);
    }

    static (int, int) SortKey(int pid)
    {
        int i = LightHadrons.IndexOf(pid);
        if (i >= 0) return (0, i);
        i = CharmHadrons.IndexOf(pid);
        if (i >= 0) return (1, i);
        i = TauLeptons.IndexOf(pid);
        if (i >= 0) return (2, i);
        return (3, pid);
    }
}
