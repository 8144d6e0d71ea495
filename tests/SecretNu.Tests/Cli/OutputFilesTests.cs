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

        string limitJson = File.ReadAllText(Path.Combine(dir, "limit.json"));
        var json = SecretNu.Output.JsonOutput.Deserialize<SecretNu.Output.LimitJson>(System.Text.Encoding.UTF8.GetBytes(limitJson));
        Assert.Equal(limitJson, SecretNu.Output.JsonOutput.Serialize(json)); // the record holds the whole file
        Assert.Equal(System.Text.Json.JsonValueKind.Number, json.Statistics["normalisation_sigma"].ValueKind);
        Assert.Equal("standard model", json.Truth);

        // issue 13 point 4: --cl 0.95 moves Δχ² to 3.841 and is recorded; the bound grows (about (3.841/2.706)^¼ for Δχ² ∝ g⁴)
        string c95 = Path.Combine(tmp.Path, "c95");
        var r95 = CliRunner.Run("limit", "--coupling", "etau", "--masses", "10MeV:100MeV:3", "--no-band", "--cl", "0.95", "--data", TestData.Directory, "--out", c95);
        Assert.True(r95.Code == 0, r95.Err);
        using (var j95 = System.Text.Json.JsonDocument.Parse(File.ReadAllText(Path.Combine(c95, "limit.json"))))
            Assert.Equal(0.95, j95.RootElement.GetProperty("confidence_level").GetDouble());
        double G(string d) => double.Parse(File.ReadAllLines(Path.Combine(d, "faser-nu_etau.txt")).First(l => !l.StartsWith('#')).Split(' ')[1], CultureInfo.InvariantCulture);
        Assert.InRange(G(c95) / G(dir), 1.05, 1.2);
        Assert.Contains("value: 0.95", File.ReadAllText(Path.Combine(c95, "faser-nu_etau.yaml")));

        // issue 11 point 6: --threads changes nothing but the speed (a separate process: the thread count is per process)
        string one = Path.Combine(tmp.Path, "one");
        var single = CliProcess.Run(["limit", "--coupling", "etau", "--masses", "10MeV:100MeV:3", "--no-band", "--threads", "1", "--out", one]);
        Assert.True(single.Code == 0, single.Err);
        foreach (string f in new[] { "limit.csv", "faser-nu_etau.txt", "faser-nu_etau.yaml" })
            Assert.Equal(File.ReadAllText(Path.Combine(dir, f)), File.ReadAllText(Path.Combine(one, f)));
    }
}
