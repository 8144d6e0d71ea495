namespace SecretNu.Data;

/// <summary>
/// A subset of the manifest: a source (<see cref="DataSubset"/>), narrowed for the hadron tables to some collision
/// energies (<c>14</c>, <c>13.6</c>, or the folder name <c>14TeV</c>) and generators (folder names such as
/// <c>EPOSLHC</c>, case-insensitive). The licence file (LICENSE.md, LICENSE-DarkNews) of every source with a selected
/// file is always included.
/// </summary>
public sealed record DataSelection(DataSubset Subset = DataSubset.All, IReadOnlyList<string>? Energies = null, IReadOnlyList<string>? Generators = null)
{
    /// <summary>Everything.</summary>
    public static DataSelection All { get; } = new();

    /// <summary>
    /// The selected entries of <paramref name="manifest"/>, in manifest order. Throws <see cref="InputException"/> for
    /// an energy or generator that does not exist (listing those that do) or a combination that selects no table.
    /// </summary>
    public IReadOnlyList<ManifestEntry> Apply(DataManifest manifest)
    {
        IReadOnlyList<string> energies = Energies ?? [], generators = Generators ?? [];
        bool narrowed = energies.Count > 0 || generators.Count > 0;
        if (narrowed && Subset is DataSubset.Fluxes or DataSubset.Dune)
            throw new InputException($"--energy and --generator select hadron tables, but the selection is {Subset.ToString().ToLowerInvariant()} only");

        var tables = manifest.Entries.Select(e => e.LocalSegments).Where(IsHadronTable).ToList();
        Require("--energy", energies, tables.Select(s => s[2]), SameEnergy);
        Require("--generator", generators, tables.Select(s => s[3]), SameGenerator);

        bool Wants(string[] s) =>
            IsHadronTable(s) ? Subset is DataSubset.All or DataSubset.Hadrons
                && (energies.Count == 0 || energies.Any(v => SameEnergy(v, s[2])))
                && (generators.Count == 0 || generators.Any(v => SameGenerator(v, s[3])))
            : IsUnder(s, DataDirectory.FluxesSubPath) ? Subset is DataSubset.All or DataSubset.Fluxes && !narrowed
            : IsUnder(s, DataDirectory.DuneSubPath) ? Subset is DataSubset.All or DataSubset.Dune && !narrowed
            : Subset == DataSubset.All && !narrowed;

        var chosen = manifest.Entries.Where(e => !IsLicence(e.LocalSegments) && Wants(e.LocalSegments)).ToHashSet();
        if (chosen.Count == 0)
            throw new InputException($"no hadron table for --energy {string.Join(",", energies)} and --generator {string.Join(",", generators)}");
        var sources = chosen.Select(e => e.LocalSegments[0]).ToHashSet(StringComparer.Ordinal);
        return manifest.Entries.Where(e => chosen.Contains(e) || IsLicence(e.LocalSegments) && sources.Contains(e.LocalSegments[0])).ToList();
    }

    static void Require(string option, IReadOnlyList<string> values, IEnumerable<string> folders, Func<string, string, bool> matches)
    {
        var existing = folders.Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();
        foreach (string value in values)
            if (!existing.Any(f => matches(value, f)))
                throw new InputException($"{option} '{value}' matches no hadron-table folder; available: {string.Join(", ", existing)}");
    }

    static bool SameGenerator(string value, string folder) => string.Equals(value.Trim(), folder, StringComparison.OrdinalIgnoreCase);

    static bool SameEnergy(string value, string folder)
    {
        string v = value.Trim();
        if (v.EndsWith("TeV", StringComparison.OrdinalIgnoreCase)) v = v[..^3];
        return string.Equals(v + "TeV", folder, StringComparison.OrdinalIgnoreCase);
    }

    static bool IsUnder(string[] segments, string subPath)
    {
        string[] prefix = subPath.Split('/');
        return segments.Length > prefix.Length && segments.Take(prefix.Length).SequenceEqual(prefix, StringComparer.Ordinal);
    }

    /// <summary><c>foresee/hadrons/&lt;E&gt;TeV/&lt;generator&gt;/&lt;file&gt;</c>.</summary>
    static bool IsHadronTable(string[] s) => s.Length == 5 && IsUnder(s, DataDirectory.HadronsSubPath);

    static bool IsLicence(string[] s) => s.Length == 2 && (s[1] == "LICENSE.md" || s[1].StartsWith("LICENSE-", StringComparison.Ordinal));
}
