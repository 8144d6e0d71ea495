using System.Text;
using SecretNu.Bounds;
using SecretNu.Output;

namespace SecretNu.Tests.Cli;

/// <summary>Issue 10 point 4: <c>secretnu bounds</c> writes the constraint landscape; bad input writes nothing.</summary>
public class BoundsCommandTests
{
    [Fact]
    public void WritesTheLandscapeInLongFormatWithProvenance()
    {
        using var tmp = new TempDirectory();
        string dir = Path.Combine(tmp.Path, "b");
        var r = CliRunner.Run("bounds", "--coupling", "etau", "--masses", "1MeV:500MeV:11", "--out", dir);
        Assert.True(r.Code == 0, r.Err);
        foreach (string f in new[] { "bounds.csv", "bounds.json", "bounds.png", "bounds.svg" }) Assert.True(File.Exists(Path.Combine(dir, f)), f);
        var lines = File.ReadAllLines(Path.Combine(dir, "bounds.csv"));
        Assert.StartsWith("# secretnu ", lines[0]);
        Assert.Equal("constraint,source,method,computed,cl,default,mass_GeV,g,status,coupling", lines[1]);
        // NA62 R_K: computed, its last mass just below 100 MeV (the window closes at exactly M = 100 MeV)
        var na62 = lines.Skip(2).Where(l => l.StartsWith("\"NA62 R_K\",", StringComparison.Ordinal)).ToArray();
        Assert.NotEmpty(na62);
        double last = na62.Select(l => double.Parse(l.Split(',')[6], System.Globalization.CultureInfo.InvariantCulture)).Max();
        Assert.InRange(last, 0.0999, 0.1);
        byte[] json = File.ReadAllBytes(Path.Combine(dir, "bounds.json"));
        var doc = JsonOutput.Deserialize<BoundsJson>(json);
        Assert.Equal(Encoding.UTF8.GetString(json), JsonOutput.Serialize(doc)); // the record holds the whole file
        Assert.Equal(BuildInfo.Version, doc.Version);
        Assert.Contains(doc.ExistingConstraints, e => e.Id == "z-invisible");
        Assert.Equal(ConstraintCatalog.All.Count, doc.Catalog.Count);
        Assert.Contains(doc.Catalog, e => e.Citation.Contains("1506.05845"));
    }

    [Theory]
    [InlineData("--coupling", "etau,xx")]                    // unknown coupling
    [InlineData("--masses", "100GeV:200GeV:3")]              // a mass range outside every constraint (beyond W decays)
    [InlineData("--masses", "-1MeV:10MeV:3")]
    public void BadInputGivesOneMessageAndWritesNothing(string flag, string value)
    {
        using var tmp = new TempDirectory();
        string dir = Path.Combine(tmp.Path, "b");
        string[] args = flag == "--coupling" ? ["bounds", flag, value, "--out", dir] : ["bounds", "--coupling", "etau", flag, value, "--out", dir];
        var r = CliRunner.Run(args);
        Assert.Equal(2, r.Code);
        Assert.Single(r.Err.Trim().Split('\n'));
        Assert.Contains(flag, r.Err);
        Assert.False(Directory.Exists(dir));
    }
}
