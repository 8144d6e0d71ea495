using SecretNu.Tests.Cli;

namespace SecretNu.Tests.Hardening;

/// <summary>Issue 11 point 3: the inputs that ended in "internal error" or were silently misread on the earlier main now
/// get one clear message, exit 2, before any computation, and nothing written (no --out created).</summary>
public class BadInputCliTests
{
    [Theory]
    [InlineData("100 eV", "widths", "--mass", "10eV")]                                   // was NaN → internal error
    [InlineData("4π", "spectrum", "--meson", "K+", "--mass", "10MeV", "--coupling", "etau=1e300")]
    [InlineData("4π", "flux", "--mass", "10MeV", "--coupling", "etau=1e300", "--out", "OUT")]
    [InlineData("4π", "limit", "--coupling", "etau", "--masses", "10MeV", "--truth-coupling", "1e300", "--no-band", "--out", "OUT")]
    [InlineData("100 eV", "limit", "--coupling", "etau", "--masses", "10eV", "--no-band", "--out", "OUT")]
    [InlineData("twice", "limit", "--coupling", "etau,etau", "--masses", "10MeV", "--no-band", "--out", "OUT")]
    [InlineData("case-sensitive", "widths", "--mass", "10meV")]                           // was read as 10 MeV
    [InlineData("twice", "spectrum", "--meson", "K+", "--mass", "10MeV", "--coupling", "etau=1,etau=2")] // was: 2 used silently
    [InlineData("distinct points", "limit", "--coupling", "etau", "--masses", "10MeV:10MeV:5", "--no-band", "--out", "OUT")]
    [InlineData("twice", "limit", "--experiment", "faser-nu", "faser-nu", "--coupling", "etau", "--masses", "10MeV", "--no-band", "--out", "OUT")]
    [InlineData("below 1E-30", "spectrum", "--meson", "K+", "--mass", "10MeV", "--coupling", "etau=1e-300")] // was a message ending at a colon
    [InlineData("twice", "limit", "--coupling", "etau", "--masses", "10MeV,10MeV", "--no-band", "--out", "OUT")]
    [InlineData("0.9 or 0.95", "limit", "--coupling", "etau", "--masses", "10MeV", "--cl", "0.8", "--out", "OUT")]
    [InlineData("1 to 1024", "limit", "--coupling", "etau", "--masses", "10MeV", "--threads", "0", "--out", "OUT")]
    [InlineData("4π", "limit", "--coupling", "etau=1e300", "--masses", "10MeV", "--no-band", "--out", "OUT")]
    [InlineData("--shard", "limit", "--coupling", "etau", "--masses", "10MeV", "--shard", "3/2", "--out", "OUT")]   // left an empty --out
    [InlineData("--shard", "limit", "--coupling", "etau", "--masses", "10MeV", "--shard", "0/3", "--out", "OUT")]
    [InlineData("--shard", "limit", "--coupling", "etau", "--masses", "10MeV", "--shard", "abc", "--out", "OUT")]
    [InlineData("FOO", "limit", "--coupling", "etau", "--masses", "10MeV", "--generator", "FOO", "--out", "OUT")]
    [InlineData("as a number", "limit", "--coupling", "etau", "--masses", "10MeV", "--truth-coupling", "abc", "--out", "OUT")] // was System.Nullable`1[System.Double]
    [InlineData("has no [data] measurement", "limit", "--coupling", "mutau", "--masses", "10MeV", "--observed", "--out", "OUT")]   // issue 16
    [InlineData("does not combine with --tilt", "limit", "--experiment", "faser-2025-numu", "--coupling", "mutau", "--masses", "10MeV", "--observed", "--tilt", "--out", "OUT")]
    [InlineData("--toys needs --observed", "limit", "--coupling", "mutau", "--masses", "10MeV", "--toys", "5", "--no-band", "--out", "OUT")]
    [InlineData("0 to 10000", "limit", "--experiment", "faser-2025-numu", "--coupling", "mutau", "--masses", "10MeV", "--observed", "--toys", "-1", "--out", "OUT")]
    [InlineData("one card", "limit", "--experiment", "faser-2025-numu", "faser-nu", "--coupling", "mutau", "--masses", "10MeV", "--observed", "--out", "OUT")]
    [InlineData("cannot read the recipe", "reproduce", "--recipe", "/nonexistent/recipe.json", "--masses", "10MeV", "--out", "OUT")]   // issue 12
    public void RefusedWithOneMessageAndNothingWritten(string expected, params string[] args)
    {
        using var tmp = new TempDirectory();
        string outDir = Path.Combine(tmp.Path, "out");
        string[] data = args[0] is "flux" or "limit" ? ["--data", TestData.Directory] : [];
        var r = CliRunner.Run([.. args.Select(a => a == "OUT" ? outDir : a), .. data]);
        Assert.True(r.Code == 2, $"exit {r.Code}: {r.Err}");
        string err = r.Err.Trim();
        Assert.Single(err.Split('\n'));
        Assert.Contains(expected, err);
        Assert.DoesNotContain("internal error", err);
        Assert.DoesNotContain("System.", err);
        Assert.False(err.EndsWith(':'), err);
        Assert.False(Directory.Exists(outDir), "an --out was left behind");
    }

    [Fact]
    public void UsageNamesTheCommandSecretnu()
    {
        var r = CliRunner.Run("--help");
        Assert.Equal(0, r.Code);
        Assert.Contains("secretnu [command] [options]", r.Out);
        Assert.DoesNotContain("SecretNu.Cli", r.Out);
        Assert.Contains("secretnu limit [options]", CliRunner.Run("limit", "--help").Out);
    }

    [Fact]
    public void FuzzScriptHelpDoesNotRunACampaign()
    {
        string script = Path.GetFullPath(Path.Combine(Path.GetDirectoryName(TestData.Card("faser-nu"))!, "..", "tools", "fuzz.sh"));
        var info = new System.Diagnostics.ProcessStartInfo("bash") { RedirectStandardOutput = true, RedirectStandardError = true };
        info.ArgumentList.Add(script);
        info.ArgumentList.Add("--help");
        using var p = System.Diagnostics.Process.Start(info)!;
        string output = p.StandardOutput.ReadToEnd();
        Assert.True(p.WaitForExit(10_000), "fuzz.sh --help must return at once");
        Assert.Equal(0, p.ExitCode);
        Assert.Contains("Usage: tools/fuzz.sh", output);
        Assert.DoesNotContain("fuzzing", output);
    }

    [Fact]
    public void MergeRefusesAnOutThatIsAShard()
    {
        using var tmp = new TempDirectory();
        string s1 = Path.Combine(tmp.Path, "s1"), s2 = Path.Combine(tmp.Path, "s2");
        Directory.CreateDirectory(s1);
        Directory.CreateDirectory(s2);
        var r = CliRunner.Run("merge", "--out", s1, s1, s2);
        Assert.Equal(2, r.Code);
        Assert.Contains("is one of the shard directories", r.Err);
        var twice = CliRunner.Run("merge", "--out", Path.Combine(tmp.Path, "o"), s1, s1);
        Assert.Equal(2, twice.Code);
        Assert.Contains("given twice", twice.Err);
    }

    [Fact]
    public void UnitsAreCaseSensitiveAndMassesAboveTheFloorWork()
    {
        Assert.Equal(1e-2, SecretNu.Physics.Units.ParseZMass("10MeV"));
        Assert.Throws<InputException>(() => SecretNu.Physics.Units.ParseZMass("10mev"));
        Assert.Equal(1e-7, SecretNu.Physics.Units.ParseZMass("100eV"), 1e-20);
        Assert.Equal(1e-7, SecretNu.Physics.Units.ParseZMass("0.1keV"), 1e-20);
        Assert.Throws<InputException>(() => SecretNu.Physics.Units.ParseZMass("99eV"));
    }
}
