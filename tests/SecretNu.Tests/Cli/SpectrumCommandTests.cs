using System.Globalization;
using System.Text.Json;

namespace SecretNu.Tests.Cli;

public class SpectrumCommandTests
{
    [Fact]
    public void CsvBinsAddUpToTheTotalsOfTheJson()
    {
        var csv = CliRunner.Run("spectrum", "--meson", "K+", "--mass", "10MeV", "--coupling", "etau=1e-3");
        var json = CliRunner.Run("spectrum", "--meson", "K+", "--mass", "10MeV", "--coupling", "etau=1e-3", "--format", "json");
        Assert.Equal(0, csv.Code);
        Assert.Equal(0, json.Code);
        using var doc = JsonDocument.Parse(json.Out);
        var rows = csv.Out.Split('\n').Where(l => l.Length > 0 && !l.StartsWith('#') && !l.StartsWith("species")).Select(l => l.Split(',')).ToArray();
        foreach (var sp in doc.RootElement.GetProperty("species").EnumerateArray())
        {
            string name = sp.GetProperty("species").GetString()!;
            double zd = rows.Where(r => r[0] == name).Sum(r => double.Parse(r[5], CultureInfo.InvariantCulture));
            double pr = rows.Where(r => r[0] == name).Sum(r => double.Parse(r[4], CultureInfo.InvariantCulture));
            // the bins span 5 decades below m_K/2: everything of the Z′ part lies inside to ≪ 1e-6
            Assert.Equal(sp.GetProperty("zprime_decay_per_decay").GetDouble(), zd, 1e-12);
            Assert.Equal(sp.GetProperty("zprime_primary_per_decay").GetDouble(), pr, 1e-12);
        }
        // g_eτ: a K⁺ gives primary ν_τ only (K⁺ → e⁺ν_τZ′), and ν_e, ν̄_e, ν_τ, ν̄_τ from the Z′
        var nuTau = doc.RootElement.GetProperty("species").EnumerateArray().Single(s => s.GetProperty("species").GetString() == "nu_tau");
        Assert.True(nuTau.GetProperty("zprime_primary_per_decay").GetDouble() > 0);
    }

    [Fact]
    public void AntimesonIsTheMirror()
    {
        using var plus = JsonDocument.Parse(CliRunner.Run("spectrum", "--meson", "Ds+", "--mass", "50MeV", "--coupling", "mutau=1e-3", "--format", "json").Out);
        using var minus = JsonDocument.Parse(CliRunner.Run("spectrum", "--meson", "Ds-", "--mass", "50MeV", "--coupling", "mutau=1e-3", "--format", "json").Out);
        double Get(JsonDocument d, string s, string key) => d.RootElement.GetProperty("species").EnumerateArray().Single(x => x.GetProperty("species").GetString() == s).GetProperty(key).GetDouble();
        Assert.Equal(Get(plus, "nu_tau", "zprime_primary_per_decay"), Get(minus, "nubar_tau", "zprime_primary_per_decay"));
        Assert.Equal(Get(plus, "nubar_mu", "zprime_decay_per_decay"), Get(minus, "nu_mu", "zprime_decay_per_decay"));
    }

    [Theory]
    [InlineData("--meson", "B+", "'B+'")]
    [InlineData("--coupling", "ex=1e-3", "'ex'")]
    [InlineData("--coupling", "etau=-1", "negative")]
    [InlineData("--mass", "600MeV", "closes every channel")]
    public void BadInputIsRefused(string option, string value, string named)
    {
        var args = new Dictionary<string, string> { ["--meson"] = "K+", ["--mass"] = "10MeV", ["--coupling"] = "etau=1e-3" };
        args[option] = value;
        var (code, output, err) = CliRunner.Run(["spectrum", .. args.SelectMany(kv => new[] { kv.Key, kv.Value })]);
        Assert.Equal(2, code);
        Assert.Equal("", output);
        Assert.Contains(named, err);
    }
}
