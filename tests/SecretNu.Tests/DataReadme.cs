using System.Globalization;

namespace SecretNu.Tests;

/// <summary>The reference numbers of data/README.md Appendix A (every hadron table) and C (every flux file).</summary>
public static class DataReadme
{
    /// <summary>Appendix A row: path relative to data/, rows, header normalisation (null for "—"), sum, sum θ &lt; 1 mrad.</summary>
    public sealed record HadronSums(string RelativePath, int Rows, double? Normalization, double Sum, double SumBelowMilliradian);

    /// <summary>Appendix C row: folder, neutrino PDG id, total through detector, mean E, total CC, mean E of CC.</summary>
    public sealed record FluxTotals(string Folder, int Pid, double Total, double MeanEnergy, double TotalCc, double MeanEnergyCc);

    public static IReadOnlyList<HadronSums> AppendixA { get; } = ReadA();
    public static IReadOnlyList<FluxTotals> AppendixC { get; } = ReadC();

    static IEnumerable<string[]> Rows(string heading, string nextHeading)
    {
        bool inside = false;
        foreach (string line in File.ReadLines(TestData.Readme))
        {
            if (line.StartsWith(heading, StringComparison.Ordinal)) { inside = true; continue; }
            if (inside && line.StartsWith(nextHeading, StringComparison.Ordinal)) yield break;
            if (inside && line.StartsWith("| `", StringComparison.Ordinal))
                yield return line.Trim('|', ' ').Split('|', StringSplitOptions.TrimEntries);
        }
    }

    static double D(string s) => double.Parse(s, NumberStyles.Float, CultureInfo.InvariantCulture);

    static List<HadronSums> ReadA() =>
        Rows("## Appendix A", "## Appendix B").Select(f => new HadronSums(
            f[0].Trim('`')["data/".Length..], int.Parse(f[1], CultureInfo.InvariantCulture),
            f[2] == "—" ? null : D(f[2]), D(f[3]), D(f[4]))).ToList();

    static List<FluxTotals> ReadC() =>
        Rows("## Appendix C", "## ").Select(f => new FluxTotals(
            f[0].Trim('`'), int.Parse(f[1], CultureInfo.InvariantCulture), D(f[2]), D(f[3]), D(f[4]), D(f[5]))).ToList();
}
