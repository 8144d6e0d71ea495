using System.Globalization;
using YamlDotNet.RepresentationModel;

namespace SecretNu.Tests.Cli;

/// <summary>Issue 11 point 5: outputs that explain themselves — HEPData-style YAML that parses back to the curve, the
/// accurate file list, numbers (not strings) in JSON, and "not scanned" instead of "none" for masses never computed.</summary>
public class OutputFilesTests
{
    [Fact]
    public void LimitWritesHepDataYamlThatParsesBackToTheCurve()
    {
        using var tmp = new TempDirectory();
        string dir = Path.Combine(tmp.Path, "l");
        var r = CliRunner.Run("limit", "--coupling", "etau", "--masses", "10MeV:100MeV:3", "--no-band", "--data", TestData.Directory, "--out", dir);
        Assert.True(r.Code == 0, r.Err);
        // the printed file list is what is on disk
        string listed = r.Out.Split('\n').Single(l => l.StartsWith("wrote ", StringComparison.Ordinal))["wrote ".Length..].Trim();
        Assert.Equal(listed.Split(", ").Select(Path.GetFileName).Order(), Directory.GetFiles(dir).Select(Path.GetFileName).Order());
        Assert.Contains("1 MeV: not scanned", r.Out);

        var yaml = new YamlStream();
        using (var reader = new StreamReader(Path.Combine(dir, "faser-nu_etau.yaml"))) yaml.Load(reader);
        var root = (YamlMappingNode)yaml.Documents[0].RootNode;
        var x = (YamlMappingNode)((YamlSequenceNode)root["independent_variables"])[0];
        var y = (YamlMappingNode)((YamlSequenceNode)root["dependent_variables"])[0];
        Assert.Equal("GeV", ((YamlScalarNode)((YamlMappingNode)x["header"])["units"]).Value);
        double[] Values(YamlMappingNode v) => ((YamlSequenceNode)v["values"]).Select(n => double.Parse(((YamlScalarNode)((YamlMappingNode)n)["value"]).Value!, CultureInfo.InvariantCulture)).ToArray();
        var masses = Values(x);
        var g = Values(y);
        var twoColumn = File.ReadAllLines(Path.Combine(dir, "faser-nu_etau.txt")).Where(l => !l.StartsWith('#'))
            .Select(l => l.Split(' ').Select(t => double.Parse(t, CultureInfo.InvariantCulture)).ToArray()).ToArray();
        Assert.Equal(twoColumn.Select(p => p[0]), masses);
        Assert.Equal(twoColumn.Select(p => p[1]), g);
        Assert.Contains(((YamlSequenceNode)y["qualifiers"]).Cast<YamlMappingNode>(), q => ((YamlScalarNode)q["name"]).Value == "CL" && ((YamlScalarNode)q["value"]).Value == "0.9");

        using var json = System.Text.Json.JsonDocument.Parse(File.ReadAllText(Path.Combine(dir, "limit.json")));
        Assert.Equal(System.Text.Json.JsonValueKind.Number, json.RootElement.GetProperty("statistics").GetProperty("normalisation_sigma").ValueKind);

        // issue 11 point 6: --threads changes nothing but the speed (a separate process: the thread count is per process)
        string one = Path.Combine(tmp.Path, "one");
        var single = CliProcess.Run(["limit", "--coupling", "etau", "--masses", "10MeV:100MeV:3", "--no-band", "--threads", "1", "--out", one]);
        Assert.True(single.Code == 0, single.Err);
        foreach (string f in new[] { "limit.csv", "faser-nu_etau.txt", "faser-nu_etau.yaml" })
            Assert.Equal(File.ReadAllText(Path.Combine(dir, f)), File.ReadAllText(Path.Combine(one, f)));
    }
}
