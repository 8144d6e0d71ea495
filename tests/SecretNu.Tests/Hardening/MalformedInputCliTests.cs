using System.Globalization;
using SecretNu.Tests.Cli;

namespace SecretNu.Tests.Hardening;

/// <summary>
/// Malformed input through the command line: data files (hadron tables, published fluxes) in a mirrored data directory,
/// experiment cards given as .toml paths, and bad option values. Every case must end with exit code 2, exactly one line
/// on stderr naming the file, the line and the offending value (or the flag and the value), nothing on stdout, no
/// stack trace, and nothing (not even a temporary file) in the output directory. Each case fails before any flux is
/// computed.
/// </summary>
public class MalformedInputCliTests(Xunit.Abstractions.ITestOutputHelper output)
{
    const string Eposlhc211 = "foresee/hadrons/14TeV/EPOSLHC/EPOSLHC_14TeV_211.txt";
    const string Faser14 = "fast-neutrino-flux/Fluxes/FASERv/FASER_14.txt";

    static string Data => TestData.Directory;

    // ---------------------------------------------------------------- hadron tables

    /// <summary>Manifest hadron cases that a flux calculation reads (14 TeV, a light or charm parent).</summary>
    public static IEnumerable<object[]> HadronFixtures => MalformedCases.All
        .Where(c => c.Kind == "hadron" && c.Arguments[1] == "14"
            && SecretNu.Physics.Hadron.AllIds.Contains(int.Parse(c.Arguments[2], CultureInfo.InvariantCulture)))
        .Select(c => new object[] { c.File });

    [Theory]
    [MemberData(nameof(HadronFixtures))]
    public void Hadron_table_fixture(string file)
    {
        MalformedCases.Case c = MalformedCases.Get(file);
        string generator = c.Arguments[0], energy = c.Arguments[1], pid = c.Arguments[2];
        string relative = $"foresee/hadrons/{energy}TeV/{generator}/{generator}_{energy}TeV_{pid}.txt";
        using var data = new MirroredData((relative, File.ReadAllText(c.FullPath)));
        var args = new List<string> { "flux", "--experiment", "faser-nu", "--data", data.Root, "--out", data.Out };
        if (generator.StartsWith("NLO-P8", StringComparison.Ordinal)) args.AddRange(["--charm-generator", generator]);
        AssertRejected(CliRunner.Run([.. args]), data.Out, [$"{data.PathOf(relative)}:{c.Line}:", .. c.Expected]);
    }

    /// <summary>Malformed copies of the real EPOSLHC π⁺ table: name → (text, line, texts the message must contain).</summary>
    static readonly Dictionary<string, Func<string[], (string Text, int Line, string[] Expected)>> HadronMutations = new()
    {
        ["truncated after 10000 rows"] = l => (Join(l[..10004]), 10004, ["truncated file", "10000 data rows", "21000"]),
        ["truncated inside a row"] = l => (Join(l[..5000]) + "\n" + l[5000][..23], 5001, ["found 2", "2.8'"]),
        ["header Normalization twice the sum"] = l => (Join(Replace(l, 2, "# Normalization:     2.76268e+12 pb")), 2,
            ["2.76268e+12", "disagrees with the sum"]),
        ["header pid of another species"] = l => (Join(Replace(l, 3, "# pid: -211")), 3, ["-211", "211"]),
        ["nan in a row"] = l => (Join(Replace(l, 5000, Column(l[4999], 2, "nan"))), 5000, ["cross section", "'nan'"]),
        ["-Infinity in a row"] = l => (Join(Replace(l, 6000, Column(l[5999], 2, "-Infinity"))), 6000, ["not finite", "'-Infinity'"]),
        ["negative cross section"] = l => (Join(Replace(l, 7000, Column(l[6999], 2, "-3.19793e+04"))), 7000, ["negative cross section -3.19793e+04"]),
        ["theta off the grid"] = l => (Join(Replace(l, 8000, Column(l[7999], 0, "-5.51500e+00"))), 8000, ["irregular grid", "-5.51500e+00"]),
        ["p rows out of order"] = l => (Join(Replace(Replace(l, 9000, l[9000]), 9001, l[8999])), 9000, ["rows out of order", Token(l[9000], 1)]),
        ["implausibly large cross section"] = l => (Join(Replace(l, 5000, Column(l[4999], 2, "1.7e308"))), 5000, ["implausibly large", "1.7e308"]),
        ["a row of control characters"] = l => (Join(Replace(l, 100, "\u0001\u0002\u00ff\ufffd")), 100, ["expected 3 columns", "found 1"]),
        ["empty file"] = _ => ("", 1, ["empty file"]),
    };

    public static IEnumerable<object[]> HadronMutationNames => HadronMutations.Keys.Select(k => new object[] { k });

    [Theory]
    [MemberData(nameof(HadronMutationNames))]
    public void Hadron_table_mutation(string name)
    {
        var (text, line, expected) = HadronMutations[name](MirroredData.RealText(Eposlhc211).Split('\n'));
        using var data = new MirroredData((Eposlhc211, text));
        AssertRejected(CliRunner.Run("flux", "--experiment", "faser-nu", "--data", data.Root, "--out", data.Out), data.Out,
            [$"{data.PathOf(Eposlhc211)}:{line}:", .. expected]);
    }

    // ---------------------------------------------------------------- published flux files

    /// <summary>Manifest flux cases: through-face files via validate-flux, a CC-interaction file via limit.</summary>
    public static IEnumerable<object[]> FluxFixtures => MalformedCases.Of("flux");

    [Theory]
    [MemberData(nameof(FluxFixtures))]
    public void Flux_file_fixture(string file)
    {
        MalformedCases.Case c = MalformedCases.Get(file);
        string folder = c.Arguments[0], pid = c.Arguments[1], kind = c.Arguments[2];
        string prefix = folder switch { "FASERv" => "FASER_", "SND@LHC" => "SND_", _ => throw new ArgumentException(folder) };
        bool cc = kind == "ChargedCurrentInteractions";
        string relative = $"fast-neutrino-flux/Fluxes/{folder}/{prefix}{(cc ? "CCint_" : "")}{pid}.txt";
        using var data = new MirroredData((relative, File.ReadAllText(c.FullPath)));
        string experiment = folder == "SND@LHC" ? "snd-lhc" : "faser-nu";
        string[] args = cc
            ? ["limit", "--experiment", experiment, "--coupling", "etau", "--no-band", "--masses", "10MeV", "--data", data.Root, "--out", data.Out]
            : ["validate-flux", "--experiment", experiment, "--data", data.Root, "--out", data.Out];
        AssertRejected(CliRunner.Run(args), data.Out, [$"{data.PathOf(relative)}:{c.Line}:", .. c.Expected]);
    }

    [Fact]
    public void Flux_file_with_an_implausibly_large_count()
    {
        string[] lines = MirroredData.RealText(Faser14).Split('\n');
        using var data = new MirroredData((Faser14, Join(Replace(lines, 18, Column(lines[17], 1, "1e307")))));
        AssertRejected(CliRunner.Run("validate-flux", "--experiment", "faser-nu", "--data", data.Root, "--out", data.Out), data.Out,
            $"{data.PathOf(Faser14)}:18:", "'1e307'", "implausibly large");
    }

    [Fact]
    public void Flux_files_without_a_single_neutrino() // each file is valid, but there is nothing to validate against
    {
        const string anti = "fast-neutrino-flux/Fluxes/FASERv/FASER_-14.txt";
        string Zero(string relative) => Join(MirroredData.RealText(relative).Split('\n').Select(l => l.Length == 0 ? l : Column(l, 1, "0")).ToArray());
        using var data = new MirroredData((Faser14, Zero(Faser14)), (anti, Zero(anti)));
        AssertRejected(CliRunner.Run("validate-flux", "--experiment", "faser-nu", "--data", data.Root, "--out", data.Out), data.Out,
            $"{data.PathOf(Faser14)}:", "every count is 0", "FASER_-14.txt");
    }

    // ---------------------------------------------------------------- experiment cards

    public static IEnumerable<object[]> CardFixtures => MalformedCases.Of("card");

    [Theory]
    [MemberData(nameof(CardFixtures))]
    public void Card_fixture(string file)
    {
        MalformedCases.Case c = MalformedCases.Get(file);
        using var temp = new TempDirectory();
        string outDir = Path.Combine(temp.Path, "out");
        AssertRejected(CliRunner.Run("flux", "--experiment", c.FullPath, "--data", Data, "--out", outDir), outDir,
            [$"{c.FullPath}:{c.Line}:", .. c.Expected]);
    }

    /// <summary>Edits of the real faser-nu card: name → (line to replace, starting with, replacement or null to delete, texts).</summary>
    static readonly Dictionary<string, (string Key, string? Replacement, string[] Expected)> CardMutations = new()
    {
        ["zero target mass"] = ("target_mass_t", "target_mass_t = 0", ["target_mass_t", "= 0", "must be > 0"]),
        ["zero luminosity"] = ("luminosity_fb", "luminosity_fb = 0.0", ["luminosity_fb", "0.0", "must be > 0"]),
        ["negative distance"] = ("distance_m", "distance_m = -480.0", ["distance_m", "-480.0"]),
        ["negative width"] = ("width_m", "width_m = -0.25", ["width_m", "-0.25", "zero area"]),
        ["efficiency as a string"] = ("efficiency", "efficiency = \"high\"", ["efficiency", "\"high\"", "a number"]),
        ["generators as a string"] = ("light", "light = \"EPOSLHC\"", ["light", "\"EPOSLHC\"", "array"]),
        ["implausibly large luminosity"] = ("luminosity_fb", "luminosity_fb = 1e308", ["luminosity_fb", "1e308", "implausibly large"]),
        ["unknown key in [beam]"] = ("beamline", "beamline = \"run2\"\npileup = 50", ["pileup", "[beam]"]),
        ["missing charge_identification"] = ("charge_identification", null, ["charge_identification", "missing"]),
    };

    public static IEnumerable<object[]> CardMutationNames => CardMutations.Keys.Select(k => new object[] { k });

    [Theory]
    [MemberData(nameof(CardMutationNames))]
    public void Card_mutation(string name)
    {
        var (key, replacement, expected) = CardMutations[name];
        string[] lines = File.ReadAllText(Path.Combine(RepositoryRoot, "experiments", "faser-nu.toml")).Split('\n');
        int index = Array.FindIndex(lines, l => l.StartsWith(key + " ", StringComparison.Ordinal));
        Assert.True(index >= 0, key);
        // a deleted key is reported at its table's header line
        int line = replacement is null ? Array.FindLastIndex(lines, index, l => l.StartsWith('[')) + 1
            : key == "beamline" ? index + 2 : index + 1;
        var edited = lines.ToList();
        if (replacement is null) edited.RemoveAt(index);
        else edited[index] = replacement;
        using var temp = new TempDirectory();
        string card = temp.Write("card.toml", string.Join('\n', edited));
        string outDir = Path.Combine(temp.Path, "out");
        AssertRejected(CliRunner.Run("flux", "--experiment", card, "--data", Data, "--out", outDir), outDir, [$"{card}:{line}:", .. expected]);
    }

    // ---------------------------------------------------------------- command line

    /// <summary>Bad option values: name → (arguments with {data}, {out}, {file} placeholders, texts the message must contain).</summary>
    static readonly Dictionary<string, (string[] Args, string[] Expected)> CommandLine = new()
    {
        ["mass '10 parsec'"] = (["widths", "--mass", "10 parsec"], ["--mass", "'10 parsec'"]),
        ["mass '-1MeV'"] = (["widths", "--mass", "-1MeV"], ["--mass", "'-1MeV'"]),
        ["mass 'abc'"] = (["spectrum", "--meson", "K+", "--mass", "abc", "--coupling", "etau=1e-3"], ["--mass", "'abc'"]),
        ["mass '1e999MeV'"] = (["widths", "--mass", "1e999MeV"], ["--mass", "'1e999MeV'"]),
        ["mass '0'"] = (["widths", "--mass", "0"], ["--mass", "'0'"]),
        ["mass above every threshold (widths)"] = (["widths", "--mass", "2GeV"], ["--mass", "2GeV", "above every threshold"]),
        ["mass above every K+ channel (spectrum)"] = (["spectrum", "--meson", "K+", "--mass", "1GeV", "--coupling", "etau=1e-3"],
            ["--mass", "1GeV", "closes every channel"]),
        ["mass above every threshold (flux)"] = (["flux", "--mass", "3GeV", "--coupling", "etau=1e-3", "--data", "{data}", "--out", "{out}"],
            ["--mass", "3 GeV", "above every threshold"]),
        ["masses above every threshold (limit)"] = (Limit("--masses", "2GeV,3GeV"), ["--masses", "2GeV,3GeV", "above every threshold"]),
        ["unknown coupling name (spectrum)"] = (["spectrum", "--meson", "K+", "--mass", "10MeV", "--coupling", "etua=1e-3"], ["--coupling", "etua"]),
        ["unknown coupling name (limit)"] = (Limit("--coupling", "etau,mue2"), ["--coupling", "mue2"]),
        ["negative coupling (spectrum)"] = (["spectrum", "--meson", "K+", "--mass", "10MeV", "--coupling", "etau=-1e-3"], ["--coupling", "etau=-1e-3", "negative"]),
        ["negative coupling (flux)"] = (["flux", "--mass", "10MeV", "--coupling", "ee=-0.1", "--data", "{data}", "--out", "{out}"], ["--coupling", "ee=-0.1", "negative"]),
        ["negative coupling direction (limit)"] = (Limit("--coupling", "etau=1,ee=-0.5"), ["--coupling", "ee=-0.5"]),
        ["coupling without a value"] = (["spectrum", "--meson", "K+", "--mass", "10MeV", "--coupling", "etau="], ["--coupling", "etau="]),
        ["coupling all zero"] = (["spectrum", "--meson", "K+", "--mass", "10MeV", "--coupling", "etau=0"], ["--coupling", "etau=0"]),
        ["unknown meson"] = (["spectrum", "--meson", "B+", "--mass", "10MeV", "--coupling", "etau=1e-3"], ["--meson", "'B+'"]),
        ["unknown experiment (flux)"] = (["flux", "--experiment", "faser-mu", "--data", "{data}", "--out", "{out}"], ["--experiment", "'faser-mu'"]),
        ["unknown experiment (limit)"] = (Limit("--experiment", "faser-nu", "snd-lhd"), ["--experiment", "'snd-lhd'"]),
        ["empty experiment"] = (["validate-flux", "--experiment", " ", "--data", "{data}", "--out", "{out}"], ["--experiment", "empty"]),
        ["missing card file"] = (["flux", "--experiment", "{file}/nowhere.toml", "--data", "{data}", "--out", "{out}"], ["--experiment", "nowhere.toml", "not found"]),
        ["unknown light generator"] = (["flux", "--generator", "EPOS", "--data", "{data}", "--out", "{out}"], ["--generator", "'EPOS'", "unknown generator"]),
        ["light generator without light tables"] = (["flux", "--generator", "NLO-P8", "--data", "{data}", "--out", "{out}"],
            ["--generator", "'NLO-P8'", "no light-hadron"]),
        ["unknown part of an averaged charm generator"] = (["flux", "--charm-generator", "SIBYLL+Pythia9", "--data", "{data}", "--out", "{out}"],
            ["--charm-generator", "'SIBYLL+Pythia9'", "Pythia9"]),
        ["unknown generator (limit)"] = (Limit("--generator", "QGSJET3"), ["--generator", "'QGSJET3'"]),
        ["masses with zero points"] = (Limit("--masses", "1keV:500MeV:0"), ["--masses", "'0'"]),
        ["masses with a bad count"] = (Limit("--masses", "1keV:500MeV:many"), ["--masses", "'many'"]),
        ["masses high below low"] = (Limit("--masses", "500MeV:1keV:5"), ["--masses", "'500MeV'", "'1keV'"]),
        ["masses with a bad unit"] = (Limit("--masses", "1MeV,10 parsec"), ["--masses", "'10 parsec'"]),
        ["masses with two parts"] = (Limit("--masses", "1keV:500MeV"), ["--masses", "'1keV:500MeV'"]),
        ["masses empty"] = (Limit("--masses", ","), ["--masses", "','"]),
        ["unknown sample flavour"] = (Limit("--samples", "e,nu"), ["--samples", "'nu'"]),
        ["negative normalisation uncertainty"] = (Limit("--normalisation-uncertainty", "-0.1"), ["--normalisation-uncertainty", "-0.1"]),
        ["zero truth coupling"] = (Limit("--truth-coupling", "0"), ["--truth-coupling", "0"]),
        ["output directory below a file (flux)"] = (["flux", "--data", "{data}", "--out", "{file}/out"], ["--out", "{file}/out", "not writable"]),
        ["output directory below a file (validate-flux)"] = (["validate-flux", "--data", "{data}", "--out", "{file}/out"], ["--out", "{file}/out"]),
        ["output directory below a file (limit)"] = (Limit("--out", "{file}/out"), ["--out", "{file}/out"]),
        ["output file in a missing directory (widths)"] = (["widths", "--mass", "10MeV", "--out", "{out}/missing/w.json"], ["--out", "missing/w.json", "does not exist"]),
        ["output file in a missing directory (spectrum)"] = (["spectrum", "--meson", "pi+", "--mass", "1MeV", "--coupling", "ee=1e-3", "--out", "{out}/missing/s.csv"],
            ["--out", "missing/s.csv", "does not exist"]),
        ["output file that is a directory"] = (["widths", "--mass", "10MeV", "--out", "{dir}"], ["--out", "a directory"]),
        ["empty output file name"] = (["widths", "--mass", "10MeV", "--out", ""], ["--out", "''"]),
        ["unknown format"] = (["widths", "--mass", "10MeV", "--format", "xml"], ["--format 'xml'", "table, json"]),
        ["missing required option"] = (["spectrum", "--meson", "K+", "--mass", "10MeV"], ["--coupling"]),
    };

    /// <summary>A cheap limit command with one option replaced (or added).</summary>
    static string[] Limit(string option, params string[] values)
    {
        var args = new List<string> { "limit", "--experiment", "faser-nu", "--coupling", "etau", "--no-band", "--masses", "10MeV", "--data", "{data}", "--out", "{out}" };
        int at = args.IndexOf(option);
        if (at < 0) args.AddRange([option, .. values]);
        else
        {
            args.RemoveAt(at + 1);
            args.InsertRange(at + 1, values);
        }
        return [.. args];
    }

    public static IEnumerable<object[]> CommandLineNames => CommandLine.Keys.Select(k => new object[] { k });

    [Theory]
    [MemberData(nameof(CommandLineNames))]
    public void Command_line(string name)
    {
        var (args, expected) = CommandLine[name];
        using var temp = new TempDirectory();
        string outDir = Path.Combine(temp.Path, "out"), dir = Path.Combine(temp.Path, "dir");
        string file = temp.Write("a-file", "not a directory");
        Directory.CreateDirectory(dir);
        string Fill(string s) => s.Replace("{data}", Data).Replace("{out}", outDir).Replace("{file}", file).Replace("{dir}", dir);
        AssertRejected(CliRunner.Run(args.Select(Fill).ToArray()), outDir, expected.Select(Fill).ToArray());
        Assert.Empty(Directory.EnumerateFileSystemEntries(dir));
        Assert.Equal(["a-file", "dir"], Directory.EnumerateFileSystemEntries(temp.Path).Where(p => p != outDir).Select(Path.GetFileName).Order());
    }

    // ---------------------------------------------------------------- the corpus as a whole

    [Fact]
    public void Corpus_covers_at_least_40_inputs_in_every_category()
    {
        int hadron = HadronFixtures.Count() + HadronMutations.Count, flux = FluxFixtures.Count() + 2;
        int card = CardFixtures.Count() + CardMutations.Count, commandLine = CommandLine.Count;
        output.WriteLine($"hadron tables {hadron}, flux files {flux}, cards {card}, command line {commandLine}: {hadron + flux + card + commandLine}");
        Assert.True(hadron >= 10 && flux >= 10 && card >= 10 && commandLine >= 10);
        Assert.True(hadron + flux + card + commandLine >= 40);
    }

    // ---------------------------------------------------------------- helpers

    void AssertRejected((int Code, string Out, string Err) r, string outDir, params string[] expected)
    {
        output.WriteLine(r.Err);
        Assert.Equal(2, r.Code);
        Assert.DoesNotContain("   at ", r.Err);
        Assert.EndsWith("\n", r.Err);
        Assert.DoesNotContain('\n', r.Err.TrimEnd('\n'));
        Assert.StartsWith("secretnu: ", r.Err);
        Assert.DoesNotContain("internal error", r.Err);
        foreach (string text in expected) Assert.Contains(text, r.Err);
        Assert.Equal("", r.Out);
        if (Directory.Exists(outDir))
            Assert.Empty(Directory.EnumerateFileSystemEntries(outDir, "*", SearchOption.AllDirectories));
    }

    static string RepositoryRoot
    {
        get
        {
            for (DirectoryInfo? d = new(AppContext.BaseDirectory); d is not null; d = d.Parent)
                if (File.Exists(Path.Combine(d.FullName, "experiments", "faser-nu.toml"))) return d.FullName;
            throw new InvalidOperationException("experiments/faser-nu.toml not found above the test binary");
        }
    }

    static string Join(string[] lines) => string.Join('\n', lines);

    /// <summary>The lines with 1-based line <paramref name="line"/> replaced.</summary>
    static string[] Replace(string[] lines, int line, string text)
    {
        var copy = (string[])lines.Clone();
        copy[line - 1] = text;
        return copy;
    }

    static string Token(string line, int column) => line.Split([' ', '\t'], StringSplitOptions.RemoveEmptyEntries)[column];

    /// <summary>A whitespace-separated row with one column replaced.</summary>
    static string Column(string line, int column, string value)
    {
        string[] t = line.Split([' ', '\t'], StringSplitOptions.RemoveEmptyEntries);
        t[column] = value;
        return string.Join("    ", t);
    }
}
