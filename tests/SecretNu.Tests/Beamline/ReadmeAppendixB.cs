using System.Globalization;

namespace SecretNu.Tests.Beamline;

/// <summary>
/// The beam-line tables as printed in data/README.md Appendix B (the independent source of the embedded
/// src/SecretNu/Beamline/Tables/*.tsv): the code block of a section ("### B.1 …"), or of its "Run 2:" … paragraph.
/// </summary>
public static class ReadmeAppendixB
{
    /// <summary>A README table: its column header (e.g. "z_from[m]", "z_to[m]", "k[GeV/m]") and rows of numbers.</summary>
    public sealed record Table(string[] Columns, List<double[]> Rows);

    /// <summary>The table of section <paramref name="section"/> ("B.1" … "B.4"), under the label <paramref name="run"/>
    /// ("Run 2", …) when the section holds one table per run, else null.</summary>
    public static Table Read(string section, string? run)
    {
        bool inSection = false, atLabel = run is null, inBlock = false;
        string[]? columns = null;
        var rows = new List<double[]>();
        foreach (string line in File.ReadLines(TestData.Readme))
        {
            if (line.StartsWith("### ", StringComparison.Ordinal))
            {
                if (inSection) break;
                inSection = line.StartsWith($"### {section} ", StringComparison.Ordinal);
                continue;
            }
            if (!inSection) continue;
            if (!atLabel) { atLabel = line == run + ":"; continue; }
            if (line.StartsWith("```", StringComparison.Ordinal))
            {
                if (inBlock) return new Table(columns ?? throw new InvalidDataException("no column header"), rows);
                inBlock = true;
                continue;
            }
            if (!inBlock) continue;
            if (line.StartsWith('#')) { columns = line.TrimStart('#').Split(' ', StringSplitOptions.RemoveEmptyEntries); continue; }
            string numbers = line.Split('#')[0];
            rows.Add(numbers.Split(' ', StringSplitOptions.RemoveEmptyEntries)
                .Select(t => double.Parse(t, NumberStyles.Float, CultureInfo.InvariantCulture)).ToArray());
        }
        throw new InvalidDataException($"README Appendix {section} {run}: table not found");
    }
}
