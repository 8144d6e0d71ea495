using System.Text.Json;

namespace SecretNu.Tests.Cli;

/// <summary>Issue 15 through the command line: flux --horn for the DUNE ND card, and the bad inputs it names.</summary>
public class BeamDumpCliTests
{
    [Fact]
    public void FluxWithAHornModeWritesPerParentRowsAndTheExposure()
    {
        using var tmp = new TempDirectory();
        var (code, _, err) = CliRunner.Run("flux", "--experiment", "dune-nd", "--horn", "fhc", "--mass", "100MeV", "--coupling", "etau=1e-2",
            "--data", TestData.Directory, "--out", tmp.Path);
        Assert.True(code == 0, err);
        using var json = JsonDocument.Parse(File.ReadAllText(Path.Combine(tmp.Path, "flux.json")));
        Assert.Equal(5.5e21, json.RootElement.GetProperty("protons_on_target").GetDouble()); // 1.1e21 × 5 years
        Assert.Equal(7 * 3 * 1e4, json.RootElement.GetProperty("face_area_cm2").GetDouble(), 1e-6);
        Assert.Equal("FHC", json.RootElement.GetProperty("horn").GetString());
        var rows = File.ReadAllLines(Path.Combine(tmp.Path, "flux.csv")).Skip(2).Select(l => l.Split(',')).ToArray();
        Assert.Equal(new HashSet<string> { "pi+", "pi-", "K+", "K-", "mu+", "mu-" }, rows.Select(r => r[4]).ToHashSet());
        // ν_μ through the face: 1.05e-7 per cm² per POT (data README §8) × area × POT, within the grid's 0.32–126 GeV
        double numu = rows.Where(r => r[3] == "nu_mu").Sum(r => double.Parse(r[5], System.Globalization.CultureInfo.InvariantCulture));
        Assert.InRange(numu / (1.05e-7 * 2.1e5 * 5.5e21), 0.95, 1.0);
        Assert.True(rows.Where(r => r[3] == "nu_tau").Sum(r => double.Parse(r[6], System.Globalization.CultureInfo.InvariantCulture)) > 0); // primary ν_τ of π/K → eν_τZ′
    }

    [Theory]
    [InlineData("give --horn fhc or --horn rhc", "flux", "--experiment", "dune-nd")]
    [InlineData("--horn 'up': give fhc or rhc", "flux", "--experiment", "dune-nd", "--horn", "up")]
    [InlineData("--horn is for beam-dump cards", "flux", "--experiment", "faser-nu", "--horn", "fhc")]
    [InlineData("does not apply", "flux", "--experiment", "dune-nd", "--horn", "fhc", "--generator", "SIBYLL")]
    [InlineData("beam-dump card", "validate-flux", "--experiment", "dune-nd")]
    [InlineData("beam-dump card", "plane", "--experiment", "dune-nd", "--couplings", "ee,etau", "--mass", "10MeV")]
    [InlineData("has no [data] measurement", "limit", "--experiment", "dune-nd", "--coupling", "mutau", "--observed")]
    [InlineData("give a collider card first", "reproduce", "--experiment", "dune-nd", "faser-nu")]
    [InlineData("is a beam-dump card", "limit", "--experiment", "dune-nd", "--coupling", "etau", "--systematics", "realistic")]
    public void BadUsesAreRefusedWithOneMessage(string message, params string[] args)
    {
        using var tmp = new TempDirectory();
        var (code, _, err) = CliRunner.Run([.. args, "--data", TestData.Directory, "--out", Path.Combine(tmp.Path, "out")]);
        Assert.Equal(2, code);
        Assert.Contains(message, err);
        Assert.DoesNotContain("   at ", err);
    }

    [Fact]
    public void AHornModeWithoutBeamTimeIsRefused()
    {
        using var tmp = new TempDirectory();
        string card = Path.Combine(tmp.Path, "dune-fhc-only.toml");
        File.WriteAllText(card, File.ReadAllText(TestData.Card("dune-nd")).Replace("name = \"dune-nd\"", "name = \"dune-fhc-only\"").Replace("years_rhc = 5.0", "years_rhc = 0.0"));
        var (code, _, err) = CliRunner.Run("flux", "--experiment", card, "--horn", "rhc", "--data", TestData.Directory, "--out", Path.Combine(tmp.Path, "out"));
        Assert.Equal(2, code);
        Assert.Contains("no beam time in RHC", err);
        Assert.False(Directory.Exists(Path.Combine(tmp.Path, "out", "flux.csv")));
    }

    [Fact]
    public void ShardsOfADuneRunMergeIntoTheSingleRunAndMergeComputesNothing()
    {
        using var tmp = new TempDirectory();
        string[] common = ["limit", "--experiment", "dune-nd", "--coupling", "mutau", "--masses", "10MeV,30MeV,100MeV", "--no-band", "--data", TestData.Directory];
        string Out(string name) => Path.Combine(tmp.Path, name);
        Assert.Equal(0, CliRunner.Run([.. common, "--shard", "1/2", "--out", Out("s1")]).Code);
        Assert.Equal(0, CliRunner.Run([.. common, "--shard", "2/2", "--out", Out("s2")]).Code);
        var merged = CliRunner.Run("merge", "--out", Out("merged"), Out("s1"), Out("s2"));
        Assert.True(merged.Code == 0, merged.Err);
        Assert.Contains("3 mass points read back from checkpoints, 0 from the cache, 0 computed", merged.Err);
        Assert.Equal(0, CliRunner.Run([.. common, "--out", Out("single")]).Code);
        static string[] Body(string dir) => File.ReadAllLines(Path.Combine(dir, "limit.csv")).Skip(1).ToArray();
        Assert.Equal(Body(Out("single")), Body(Out("merged")));
    }
}
