using System.Globalization;

namespace SecretNu.Tests;

/// <summary>
/// The malformed-input corpus in Malformed/manifest.txt: one line per case,
/// <c>kind | file | line | expected text(s) separated by " &amp;&amp; " | reader arguments</c>.
/// </summary>
public static class MalformedCases
{
    public sealed record Case(string Kind, string File, int Line, string[] Expected, string[] Arguments)
    {
        public string FullPath => Path.Combine(TestData.Malformed, File);
        public override string ToString() => File;
    }

    public static IReadOnlyList<Case> All { get; } = Load();

    /// <summary>Cases of one kind as xunit member data (the file name is the display argument).</summary>
    public static IEnumerable<object[]> Of(string kind) =>
        All.Where(c => c.Kind == kind).Select(c => new object[] { c.File });

    public static Case Get(string file) => All.Single(c => c.File == file);

    /// <summary>Asserts the exception names the file, the line (as ":line:") and every expected text.</summary>
    public static void AssertMessage(Case c, InputException e)
    {
        Assert.Contains(Path.GetFileName(c.File), e.Message);
        Assert.Equal(c.Line, e.Line);
        Assert.Contains($":{c.Line}:", e.Message);
        foreach (string text in c.Expected) Assert.Contains(text, e.Message);
    }

    static List<Case> Load()
    {
        var cases = new List<Case>();
        foreach (string raw in System.IO.File.ReadLines(Path.Combine(TestData.Malformed, "manifest.txt")))
        {
            string line = raw.Trim();
            if (line.Length == 0 || line[0] == '#') continue;
            string[] f = line.Split('|', StringSplitOptions.TrimEntries);
            if (f.Length != 5) throw new InvalidDataException($"manifest line needs 5 fields: {raw}");
            cases.Add(new Case(f[0], f[1], int.Parse(f[2], CultureInfo.InvariantCulture),
                f[3].Split(" && ", StringSplitOptions.TrimEntries),
                f[4].Split(' ', StringSplitOptions.RemoveEmptyEntries)));
        }
        return cases;
    }
}
