using System.Text;
using System.Text.Json;
using SecretNu.Output;
using SecretNu.Decays;
using SecretNu.Physics;

namespace SecretNu.Tests.Cli;

public class WidthsCommandTests
{
    [Fact]
    public void JsonHasTheDocumentedShapeAndNumbers()
    {
        var (code, output, err) = CliRunner.Run("widths", "--mass", "10MeV", "--format", "json");
        Assert.Equal(0, code);
        Assert.Equal("", err);
        using var doc = JsonDocument.Parse(output);
        var root = doc.RootElement;
        Assert.Equal(0.01, root.GetProperty("mass_GeV").GetDouble());
        Assert.Equal("derived", root.GetProperty("normalisation").GetString());
        var channels = root.GetProperty("channels").EnumerateArray().ToArray();
        Assert.Equal(10, channels.Length); // π: e, μ; K: e, μ; Ds: e, μ, τ; D⁺: e, μ, τ
        var ke = channels.Single(c => c.GetProperty("meson").GetString() == "K+" && c.GetProperty("lepton").GetString() == "e");
        var d = new ThreeBodyDecay(ChargedMeson.Kaon, ChargedLepton.Electron, 0.01);
        Assert.Equal(d.Width(), ke.GetProperty("three_body_width_per_g2_GeV").GetDouble(), 1e-30);
        Assert.Equal(9.60723, ke.GetProperty("three_body_br_per_g2").GetDouble(), 1e-4);
        foreach (string key in new[] { "sm_width_GeV", "sm_br" }) Assert.True(ke.GetProperty(key).GetDouble() > 0);
        var h = ke.GetProperty("helicity_fractions");
        Assert.Equal(1, h.GetProperty("0").GetDouble() + h.GetProperty("+1").GetDouble() + h.GetProperty("-1").GetDouble(), 12);
        var mean = ke.GetProperty("mean_energy_GeV");
        Assert.Equal(ChargedMeson.Kaon.Mass, mean.GetProperty("lepton").GetDouble() + mean.GetProperty("neutrino").GetDouble() + mean.GetProperty("zprime").GetDouble(), 9);
        var z = root.GetProperty("zprime").GetProperty("width_per_g2_GeV");
        Assert.Equal(0.01 / (24 * Math.PI), z.GetProperty("diagonal").GetDouble(), 15);
        Assert.Equal(2 * z.GetProperty("diagonal").GetDouble(), z.GetProperty("off_diagonal").GetDouble(), 15);
    }

    [Fact]
    public void ClosedChannelsAreOmittedNeverNaN()
    {
        var (code, output, _) = CliRunner.Run("widths", "--mass", "0.3GeV", "--format", "json");
        Assert.Equal(0, code);
        Assert.DoesNotContain("NaN", output);
        var mesons = JsonOutput.Deserialize<WidthsJson>(Encoding.UTF8.GetBytes(output)).Channels.Select(c => c.Meson).ToArray();
        Assert.DoesNotContain("pi+", mesons); // π → eνZ′ closes at 139 MeV
        Assert.Contains("K+", mesons);
    }

    [Fact]
    public void SeedNormalisationHalvesTheRates()
    {
        static WidthsJson Read(string text) => JsonOutput.Deserialize<WidthsJson>(Encoding.UTF8.GetBytes(text));
        var a = Read(CliRunner.Run("widths", "--mass", "1MeV", "--format", "json").Out);
        var b = Read(CliRunner.Run("widths", "--mass", "1MeV", "--format", "json", "--seed-normalisation").Out);
        Assert.Equal("seed", b.Normalisation);
        double wa = a.Channels[0].ThreeBodyWidthPerG2GeV, wb = b.Channels[0].ThreeBodyWidthPerG2GeV;
        Assert.Equal(0.5, wb / wa, 14);
    }

    [Fact]
    public void TableListsChannels()
    {
        var (code, output, _) = CliRunner.Run("widths", "--mass", "10MeV");
        Assert.Equal(0, code);
        Assert.Contains("Ds+ → tau ν Z′", output);
        Assert.Contains("0.85993", output); // f_L of Ds → τνZ′ at 10 MeV, physics.md table 3.7
    }

    [Theory]
    [InlineData("abc", "'abc'")]
    [InlineData("-5MeV", "'-5MeV'")]
    [InlineData("0", "'0'")]
    [InlineData("3GeV", "above every threshold")]
    public void BadMassesGiveOneMessageAndExitCode2(string mass, string named)
    {
        var (code, output, err) = CliRunner.Run("widths", "--mass", mass);
        Assert.Equal(2, code);
        Assert.Equal("", output);
        Assert.Contains(named, err);
        Assert.DoesNotContain("   at ", err); // no stack trace
        Assert.Single(err.Trim().Split('\n'));
    }

    [Fact]
    public void UsageErrorsGiveExitCode2()
    {
        Assert.Equal(2, CliRunner.Run("widths").Code);
        Assert.Equal(2, CliRunner.Run("widths", "--mass", "1MeV", "--format", "xml").Code);
        Assert.Equal(2, CliRunner.Run("nonsense").Code);
        var help = CliRunner.Run("widths", "--help");
        Assert.Equal(0, help.Code);
        Assert.Contains("Examples", help.Out);
    }

    [Fact]
    public void OutputFileIsWrittenWholeOrNotAtAll()
    {
        string dir = Directory.CreateTempSubdirectory("secretnu-cli").FullName;
        string path = Path.Combine(dir, "w.json");
        Assert.Equal(0, CliRunner.Run("widths", "--mass", "10MeV", "--format", "json", "--out", path).Code);
        Assert.Equal(0.01, JsonOutput.Deserialize<WidthsJson>(File.ReadAllBytes(path)).MassGeV); // whole
        Assert.Single(Directory.GetFiles(dir));

        string missing = Path.Combine(dir, "no-such-dir", "w.json");
        var (code, _, err) = CliRunner.Run("widths", "--mass", "10MeV", "--out", missing);
        Assert.Equal(2, code);
        Assert.Contains("no-such-dir", err);
        Assert.False(File.Exists(missing));
        Directory.Delete(dir, true);
    }
}
