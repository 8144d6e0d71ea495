using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using SecretNu.Output;

namespace SecretNu.Tests.Cli;

/// <summary>Issue 6 point 3: two runs of reproduce (one in another process, so thread scheduling differs) write
/// byte-identical files, and every output records the version, the inputs with their SHA-256, the cards and the options.</summary>
public class ReproduceCommandTests
{
    static readonly string[] Args = ["reproduce", "--masses", "1keV:500MeV:9"];

    [Fact]
    public void TwoRunsAreByteIdenticalAndRecordTheirProvenance()
    {
        using var tmp = new TempDirectory();
        string a = Path.Combine(tmp.Path, "a"), b = Path.Combine(tmp.Path, "b");
        using var other = CliProcess.Start([.. Args, "--out", b]);
        var first = CliRunner.Run([.. Args, "--data", TestData.Directory, "--out", a]);
        string err = other.StandardError.ReadToEnd();
        other.WaitForExit();
        Assert.True(first.Code == 0, first.Err);
        Assert.True(other.ExitCode == 0, err);
        // issue 11: the end-of-run count is the number of files written
        int written = int.Parse(System.Text.RegularExpressions.Regex.Match(first.Out, @"wrote (\d+) files").Groups[1].Value);
        Assert.Equal(Directory.GetFiles(a).Length, written);
        // summary.md holds the run time; everything else must match to the byte (figures included)
        CliProcess.AssertSameFiles(a, b, "summary.md");

        string version = CliRunner.Run("--version").Out.Trim();
        Assert.Equal(BuildInfo.Version, version);
        Assert.Matches(@"^\d+\.\d+\.\d+", version);
        string[] expected = ["fig1.png", "fig1.svg", "fig1.csv", "fig1.json", "limits.json", "summary.md",
            .. new[] { 2, 3, 4, 5 }.SelectMany(n => new[] { $"fig{n}.png", $"fig{n}.svg", $"fig{n}.csv", $"fig{n}-existing.csv" })];
        foreach (string name in expected) Assert.True(File.Exists(Path.Combine(a, name)), name);
        // every kinematic end point inside the scan is on the mass grid: NA62's window closes at exactly 100 MeV
        Assert.Contains("\nfaser-nu,etau,EPOSLHC,SIBYLL+Pythia8,0.1,", File.ReadAllText(Path.Combine(a, "fig2.csv")));
        string summary = File.ReadAllText(Path.Combine(a, "summary.md"));
        Assert.Contains("## Verdicts", summary);
        Assert.Contains("## The reference paper's statements", summary);
        foreach (string csv in Directory.GetFiles(a, "*.csv").Concat(Directory.GetFiles(a, "*.txt")))
            Assert.StartsWith($"# secretnu {version}: ", File.ReadAllText(csv));
        foreach (string svg in Directory.GetFiles(a, "*.svg"))
            Assert.Contains($"<!-- secretnu {version} -->", File.ReadAllText(svg));

        foreach (string json in new[] { "limits.json", "fig1.json" })
        {
            string text = File.ReadAllText(Path.Combine(a, json));
            // each file is its record, written again byte for byte
            Assert.Equal(text, json == "limits.json"
                ? JsonOutput.Serialize(JsonOutput.Deserialize<LimitJson>(Encoding.UTF8.GetBytes(text)))
                : JsonOutput.Serialize(JsonOutput.Deserialize<FluxJson>(Encoding.UTF8.GetBytes(text))));
            using var doc = JsonDocument.Parse(text);
            var root = doc.RootElement;
            Assert.Equal(version, root.GetProperty("version").GetString());
            var inputs = root.GetProperty("inputs").EnumerateArray().ToArray();
            // each input's digest, recomputed here from the file itself
            foreach (var input in inputs)
            {
                string name = input.GetProperty("file").GetString()!;
                string path = Path.IsPathRooted(name) ? name : Path.Combine(TestData.Directory, name);
                Assert.Equal(Convert.ToHexStringLower(SHA256.HashData(File.ReadAllBytes(path))), input.GetProperty("sha256").GetString());
                Assert.Equal(new FileInfo(path).Length, input.GetProperty("bytes").GetInt64());
            }
            var names = inputs.Select(i => i.GetProperty("file").GetString()!).ToArray();
            Assert.Contains(names, n => n.EndsWith("experiments/faser-nu.toml", StringComparison.Ordinal));
            Assert.Contains("foresee/hadrons/14TeV/EPOSLHC/EPOSLHC_14TeV_211.txt", names);
            Assert.Contains("foresee/hadrons/14TeV/SIBYLL/SIBYLL_14TeV_431.txt", names); // the averaged charm choice: both parts
            Assert.Contains("foresee/hadrons/14TeV/Pythia8/Pythia8_14TeV_431.txt", names);
            if (json == "limits.json")
            {
                // the band's generators and the cross-section files are inputs too
                Assert.Contains("foresee/hadrons/14TeV/QGSJET/QGSJET_14TeV_211.txt", names);
                Assert.Contains("foresee/hadrons/14TeV/NLO-P8/NLO-P8_14TeV_431.txt", names);
                Assert.Contains("fast-neutrino-flux/Fluxes/FASERv/FASER_CCint_16.txt", names);
                Assert.Equal(4, root.GetProperty("experiments").GetArrayLength());
                Assert.Contains("dune/DUNE_ND_FHC.dat", names); // the DUNE ND curve's inputs (issue 15)
                Assert.Contains(root.GetProperty("verdict_scenarios").EnumerateArray(), v => v.GetProperty("against").GetString() == "all+dune-nd");
                Assert.Equal(1.2, root.GetProperty("experiments")[0].GetProperty("card").GetProperty("target_mass_t").GetDouble());
                Assert.True(root.TryGetProperty("statistics", out _));
                Assert.True(root.TryGetProperty("zprime_options", out _));
                // issue 10: verdicts against all and the computed constraints for each of the 16 curves (DUNE ND's too), the
                // constraints themselves, and the paper's statements
                var verdicts = root.GetProperty("verdicts").EnumerateArray().ToArray();
                Assert.Equal(32, verdicts.Length);
                Assert.All(verdicts, v => Assert.Contains(v.GetProperty("against").GetString(), new[] { "all", "computed" }));
                Assert.All(verdicts, v => Assert.All(v.GetProperty("ranges_GeV").EnumerateArray(), r => Assert.True(r[0].GetDouble() <= r[1].GetDouble())));
                var existing = root.GetProperty("existing_constraints").EnumerateArray().ToArray();
                Assert.Contains(existing, e => e.GetProperty("name").GetString() == "NA62 R_K" && e.GetProperty("computed").GetBoolean());
                foreach (string key in new[] { "name", "source", "method", "computed", "cl", "default", "masses_GeV", "g" })
                    Assert.All(existing, e => Assert.True(e.TryGetProperty(key, out _), key));
                var statements = root.GetProperty("paper_statements").EnumerateArray().ToArray();
                Assert.Equal(8, statements.Length);
                Assert.All(statements, st => Assert.Contains(st.GetProperty("result").GetString(), new[] { "holds", "holds only with --seed-mode", "does not hold" }));
            }
            else Assert.Equal("faser-nu", root.GetProperty("experiment").GetProperty("name").GetString());
        }
    }
}
