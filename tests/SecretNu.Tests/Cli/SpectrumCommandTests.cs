using System.Globalization;
using System.Text;
using SecretNu.Output;

namespace SecretNu.Tests.Cli;

public class SpectrumCommandTests
{
    /// <summary>spectrum.json as its record; written again, the same text.</summary>
    static SpectrumJson Read(string text)
    {
        var doc = JsonOutput.Deserialize<SpectrumJson>(Encoding.UTF8.GetBytes(text));
        Assert.Equal(text, JsonOutput.Serialize(doc));
        return doc;
    }

    [Fact]
    public void CsvBinsAddUpToTheTotalsOfTheJson()
    {
        var csv = CliRunner.Run("spectrum", "--meson", "K+", "--mass", "10MeV", "--coupling", "etau=1e-3");
        var json = CliRunner.Run("spectrum", "--meson", "K+", "--mass", "10MeV", "--coupling", "etau=1e-3", "--format", "json");
        Assert.Equal(0, csv.Code);
        Assert.Equal(0, json.Code);
        var doc = Read(json.Out);
        var rows = csv.Out.Split('\n').Where(l => l.Length > 0 && !l.StartsWith('#') && !l.StartsWith("species")).Select(l => l.Split(',')).ToArray();
        foreach (var sp in doc.Species)
        {
            string name = sp.Species;
            double zd = rows.Where(r => r[0] == name).Sum(r => double.Parse(r[5], CultureInfo.InvariantCulture));
            double pr = rows.Where(r => r[0] == name).Sum(r => double.Parse(r[4], CultureInfo.InvariantCulture));
            // the bins span 5 decades below m_K/2: everything of the Z′ part lies inside to ≪ 1e-6
            Assert.Equal(sp.ZprimeDecayPerDecay, zd, 1e-12);
            Assert.Equal(sp.ZprimePrimaryPerDecay, pr, 1e-12);
        }
        // g_eτ: a K⁺ gives primary ν_τ only (K⁺ → e⁺ν_τZ′), and ν_e, ν̄_e, ν_τ, ν̄_τ from the Z′
        Assert.True(doc.Species.Single(s => s.Species == "nu_tau").ZprimePrimaryPerDecay > 0);
    }

    [Fact]
    public void AntimesonIsTheMirror()
    {
        var plus = Read(CliRunner.Run("spectrum", "--meson", "Ds+", "--mass", "50MeV", "--coupling", "mutau=1e-3", "--format", "json").Out);
        var minus = Read(CliRunner.Run("spectrum", "--meson", "Ds-", "--mass", "50MeV", "--coupling", "mutau=1e-3", "--format", "json").Out);
        static SpectrumSpeciesJson Get(SpectrumJson d, string s) => d.Species.Single(x => x.Species == s);
        Assert.Equal(Get(plus, "nu_tau").ZprimePrimaryPerDecay, Get(minus, "nubar_tau").ZprimePrimaryPerDecay);
        Assert.Equal(Get(plus, "nubar_mu").ZprimeDecayPerDecay, Get(minus, "nu_mu").ZprimeDecayPerDecay);
        Assert.Equal("Ds-", minus.Meson);
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
