using System.Diagnostics;
using System.Globalization;
using CsCheck;
using SecretNu.Detection;
using SecretNu.Fluxes;
using SecretNu.Physics;
using SecretNu.Production;

namespace SecretNu.Tests.Hardening;

/// <summary>
/// Mutation fuzzing of the three input readers with CsCheck. Each input starts from real text (hadron tables, published
/// flux files, experiment cards, and the malformed corpus) and gets one to six random mutations: lines deleted,
/// duplicated, swapped or repeated; characters flipped, inserted or deleted; tokens replaced by NaN, ±∞, huge, negative
/// or malformed numbers; truncation; tabs and blank runs; header numbers changed; Unicode junk; other line endings.
/// The only allowed outcomes are a result that satisfies the reader's promises (finite numbers, …) or an
/// <see cref="InputException"/> whose message is one line naming the source; anything else (IndexOutOfRange,
/// NullReference, Format, Overflow, a multi-line message, a parse slower than <see cref="SlowParse"/>) fails with
/// the shrunk input. Iterations per reader: a CI default, or <c>SECRETNU_FUZZ_ITERATIONS</c> (tools/fuzz.sh).
/// </summary>
public class FuzzTests(Xunit.Abstractions.ITestOutputHelper output)
{
    /// <summary>Environment variable with the number of inputs per reader (default: the small CI count).</summary>
    public const string IterationsVariable = "SECRETNU_FUZZ_ITERATIONS";

    /// <summary>A single parse taking longer than this is a failure (the readers are linear in the input).</summary>
    static readonly TimeSpan SlowParse = TimeSpan.FromSeconds(5);

    static long Iterations(long ci)
    {
        string? text = Environment.GetEnvironmentVariable(IterationsVariable);
        return long.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out long n) && n > 0 ? n : ci;
    }

    // ------------------------------------------------------------------ mutations

    /// <summary>One mutation: a kind and three random numbers that pick lines, positions and replacements.</summary>
    public sealed record Op(int Kind, int A, int B, int C);

    /// <summary>A fuzz input: which seed text and which mutations, in order.</summary>
    public sealed record Input(int Seed, Op[] Ops);

    const int KindCount = 15;

    static readonly Gen<Op> Ops = Gen.Select(Gen.Int[0, KindCount - 1], Gen.Int[0, int.MaxValue], Gen.Int[0, int.MaxValue],
        Gen.Int[0, int.MaxValue], (k, a, b, c) => new Op(k, a, b, c));

    /// <summary>Half of the inputs start from the first <paramref name="large"/> seeds (whole real files).</summary>
    static Gen<Input> Inputs(int large, int count) => Gen.Select(
        large > 0 && large < count ? Gen.Frequency((1, Gen.Int[0, large - 1]), (1, Gen.Int[large, count - 1])) : Gen.Int[0, count - 1],
        Ops.Array[1, 6], (s, ops) => new Input(s, ops));

    static readonly string[] Values =
    [
        "NaN", "nan", "-NaN", "Infinity", "-Infinity", "inf", "-inf", "+inf", "∞", "-∞", "1e999", "-1e999", "1e308", "-1e308",
        "1.7976931348623157e308", "1.8e308", "1e300", "1e100", "1e31", "1e30", "-1e30", "-1", "-0", "0", "-0.0", "+0", "0.",
        "4.9e-324", "1e-320", "", "abc", "0x10", "1,5", "1_000", "٣", "１", "+1", "1e", "e5", ".", "-", "--1", "1..2", "1e+",
        new string('9', 400), new string('0', 20000) + "1", "true", "false", "\"x\"", "\"\"", "[]", "[1, 2]", "[\"a\", 1]",
        "{a = 1}", "{}", "1979-05-27T07:32:00Z", "07:32:00", "'''x'''", "\"\"\"x\ny\"\"\"", "[[[[[[[[[[", new string('[', 3000),
        "\"unterminated", "2.5e3", "-7.275", "-1.975", "0.025", "-4.975", "4.975", "0.175", "14.0", "13.6", "14", "1.2", "0.8",
        "11.336355", "5698.274", "1e-7", "1e7", "12345678901234567890", "-12345678901234567890", "0b101", "0o17", "1e-400",
    ];

    static readonly string[] JunkLines =
    [
        "", "   ", "\t\t", "#", "# Normalization: 1e999 pb", "# Normalization: -5 pb", "# Normalization:", "# Normalization: 0 pb",
        "# Normalization: 1.38134e+12 pb", "# Normalization: 1e-300 pb", "# pid: 211", "# pid: abc", "# PID: 99999999999", "# pid:",
        "1 2", "1 2 3 4", "-7.275 -1.975 0", "-4.975 0.025 0", "-7.275 -1.975 1e308", "11.336355 1", "11.336355", "\u2028", "\uFEFF",
        "\u00A0\u00A0", "[beam]", "[detector]", "[generators]", "[statistics]", "[published]", "[[beam]]", "[beam.sub]", "[]",
        "a.b = 1", "\"quoted key\" = 1", "\"a\\nb\" = 1", "name = \"x\"", "luminosity_fb = -1", "= 1", "x =", "[", "]",
        "key = [1,", "\0", "\u0085", "light = [\"EPOSLHC\",", "\"SIBYLL\"]", "distance_m = 1e308", "width_m = 1e300",
    ];

    static readonly string[] Blanks = [" ", "  ", "\t", "\t\t \t", "      ", "\v", "\f", "\r", " \r", "\u00A0"];

    static readonly string[] Unicode =
    [
        "\uFEFF", "\u00A0", "\u2028", "\u2029", "\u0085", "\u200B", "\u0301", "\uD800", "\uDC00", "😀", "\u0000", "\u001b[31m", "−", "٫",
        "\uFFFD", "ǅ", "\u202E", "ß", "İ",
    ];

    static readonly System.Text.RegularExpressions.Regex Number = new(@"[-+]?\d[\d.eE+-]*");

    const string FlipChars = "0123456789.-+eE ,\t#xXnN[]=\"'\0\n";

    /// <summary>Applies the mutations to the lines of a seed and joins them back into a text.</summary>
    static string Mutate(string seed, Op[] ops, bool toml)
    {
        var lines = seed.Split('\n').ToList();
        string newline = "\n";
        foreach (Op op in ops)
        {
            if (lines.Count == 0) lines.Add("");
            int i = op.A % lines.Count;
            string line = lines[i];
            switch (op.Kind)
            {
                case 0: lines.RemoveAt(i); break;
                case 1: lines.Insert(i, line); break;
                case 2: (lines[i], lines[op.B % lines.Count]) = (lines[op.B % lines.Count], line); break;
                case 3: if (line.Length > 0) lines[i] = line.Remove(op.B % line.Length, 1).Insert(op.B % line.Length, FlipChars[op.C % FlipChars.Length].ToString()); break;
                case 4: lines[i] = line.Insert(op.B % (line.Length + 1), FlipChars[op.C % FlipChars.Length].ToString()); break;
                case 5: if (line.Length > 0) lines[i] = line.Remove(op.B % line.Length, 1); break;
                case 6: lines[i] = ReplaceValue(line, op.B, Values[op.C % Values.Length], toml); break;
                case 7: lines.Insert(i, JunkLines[op.B % JunkLines.Length]); break;
                case 8: lines[i] = line.Insert(op.B % (line.Length + 1), Blanks[op.C % Blanks.Length]); break;
                case 9: // a number of a header (tables) or of any line (cards) changed
                    var headers = Enumerable.Range(0, lines.Count).Where(k => toml || lines[k].TrimStart().StartsWith('#')).ToArray();
                    if (headers.Length > 0)
                    {
                        int h = headers[op.B % headers.Length];
                        lines[h] = Number.Replace(lines[h], Values[op.C % Values.Length].Replace("$", "$$"), 1 + op.A % 2);
                    }
                    break;
                case 10: // truncation inside a line
                    lines[i] = line[..(op.B % (line.Length + 1))];
                    lines.RemoveRange(i + 1, lines.Count - i - 1);
                    break;
                case 11: lines[i] = line.Insert(op.B % (line.Length + 1), Unicode[op.C % Unicode.Length]); break;
                case 12: newline = (op.B % 3) switch { 0 => "\r\n", 1 => "\r", _ => "\n\n" }; break;
                case 13: lines.InsertRange(i, Enumerable.Repeat(line, 1 + op.B % 2000)); break;
                default: // a token replaced by a long run of one character
                    lines[i] = ReplaceValue(line, op.B, new string("0[9a-."[op.C % 6], 1 + op.C % 20_000), toml); break;
            }
        }
        return string.Join(newline, lines);
    }

    /// <summary>Replaces a value: the right-hand side of "key = value" in a card, else one whitespace-separated token.</summary>
    static string ReplaceValue(string line, int pick, string value, bool toml)
    {
        int eq = line.IndexOf('=');
        if (toml && eq >= 0) return line[..(eq + 1)] + " " + value;
        string[] tokens = line.Split([' ', '\t'], StringSplitOptions.RemoveEmptyEntries);
        if (tokens.Length == 0) return value;
        tokens[pick % tokens.Length] = value;
        return string.Join(pick % 2 == 0 ? " " : "\t", tokens);
    }

    // ------------------------------------------------------------------ seeds

    sealed record Seed(string Name, string Text, string[] Arguments);

    static Seed Data(string relative, params string[] args) => new(relative, File.ReadAllText(TestData.File(relative)), args);

    static Seed[] Fixtures(string kind) => MalformedCases.All.Where(c => c.Kind == kind)
        .Select(c => new Seed(c.File, File.ReadAllText(c.FullPath), c.Arguments)).ToArray();

    static readonly Lazy<(Seed[] Seeds, int Large)> HadronSeeds = new(() =>
    {
        Seed[] large =
        [
            Data("foresee/hadrons/14TeV/EPOSLHC/EPOSLHC_14TeV_211.txt", "EPOSLHC", "14", "211"),
            Data("foresee/hadrons/13.6TeV/EPOSLHC/EPOSLHC_13.6TeV_-321.txt", "EPOSLHC", "13.6", "-321"),
            Data("foresee/hadrons/14TeV/NLO-P8/NLO-P8_14TeV_431.txt", "NLO-P8", "14", "431"),
            Data("foresee/hadrons/14TeV/SIBYLL/SIBYLL_14TeV_15.txt", "SIBYLL", "14", "15"),
        ];
        return ([.. large, .. Fixtures("hadron")], large.Length);
    });

    static readonly Lazy<(Seed[] Seeds, int Large)> FluxSeeds = new(() =>
    {
        var real = new List<Seed>();
        foreach (string folder in PublishedFluxCatalog.Folders)
            foreach (NeutrinoSpecies s in FlavorExtensions.AllSpecies)
                foreach (PublishedFluxKind kind in Enum.GetValues<PublishedFluxKind>())
                {
                    string path = PublishedFluxCatalog.Path(TestData.Directory, folder, s, kind);
                    real.Add(new Seed(Path.GetFileName(path), File.ReadAllText(path), [folder, s.PdgId().ToString(CultureInfo.InvariantCulture), kind.ToString()]));
                }
        return ([.. real, .. Fixtures("flux")], real.Count);
    });

    static readonly Lazy<(Seed[] Seeds, int Large)> CardSeeds = new(() =>
    {
        string experiments = ExperimentCatalog.SearchDirectories()[0];
        Seed[] real = Directory.GetFiles(experiments, "*.toml").Order().Select(f => new Seed(Path.GetFileName(f), File.ReadAllText(f), [])).ToArray();
        return ([.. real, .. Fixtures("card")], real.Length);
    });

    // ------------------------------------------------------------------ the three readers

    [Fact]
    public void Hadron_table_reader() => Fuzz("hadron tables", HadronSeeds.Value, toml: false, ci: 1000, (seed, text) =>
    {
        string generator = seed.Arguments[0], energy = seed.Arguments[1];
        int pdg = int.Parse(seed.Arguments[2], CultureInfo.InvariantCulture);
        HadronTable t = HadronTableReader.Parse(text, "fuzz.txt", generator, energy, pdg);
        Require(t.Weights.Length == t.ThetaCount * t.MomentumCount, "grid size");
        Require(t.Weights.All(double.IsFinite) && double.IsFinite(t.Sum) && double.IsFinite(t.NegativeSum), "finite weights and sums");
        Require(t.Normalization is null || double.IsFinite(t.Normalization.Value) && t.Normalization > 0, "positive finite normalisation");
        Require(t.NegativeSum == 0 || generator.StartsWith("NLO-P8", StringComparison.Ordinal), "negative bins only in NLO-P8*");
    });

    [Fact]
    public void Published_flux_reader() => Fuzz("flux files", FluxSeeds.Value, toml: false, ci: 2000, (seed, text) =>
    {
        NeutrinoSpecies species = FlavorExtensions.FromPdgId(int.Parse(seed.Arguments[1], CultureInfo.InvariantCulture));
        PublishedFlux f = PublishedFluxReader.Parse(text, "fuzz.txt", seed.Arguments[0], species, Enum.Parse<PublishedFluxKind>(seed.Arguments[2]));
        Require(f.Counts.Length == PublishedFlux.BinCount && f.EnergyCentres.Length == PublishedFlux.BinCount, "28 bins");
        Require(f.Counts.All(c => double.IsFinite(c) && c >= 0) && double.IsFinite(f.Total), "finite non-negative counts");
        Require(f.EnergyCentres.Zip(PublishedFlux.StandardCentres, (e, s) => Math.Abs(e / s - 1) <= PublishedFluxReader.EnergyTolerance).All(x => x), "standard grid");
    });

    [Fact]
    public void Experiment_card_reader() => Fuzz("cards", CardSeeds.Value, toml: true, ci: 2000, (_, text) =>
    {
        ExperimentCard c = ExperimentCardReader.Parse(text, "fuzz.toml");
        if (c.Accelerator is { } a)
        {
            Require(new[] { a.ProtonEnergyGeV, a.PotPerYear, a.YearsFhc, a.YearsRhc, a.DecayPipeLengthM, a.DecayPipeRadiusM }.All(double.IsFinite), "finite beam numbers");
            Require(a.PotPerYear > 0 && a.YearsFhc >= 0 && a.YearsRhc >= 0 && a.YearsFhc + a.YearsRhc > 0 && a.DecayPipeLengthM < c.DistanceM, "beam numbers in range");
            Require(c.TargetMassT > 0 && c.FaceAreaM2 > 0 && c.Efficiency is > 0 and <= 1 && c.EfficiencyTau is null or (> 0 and <= 1), "detector numbers in range");
            return;
        }
        double[] numbers = [c.SqrtSTeV, c.LuminosityFb, c.DistanceM, c.WidthM, c.HeightM, c.OffsetXM, c.OffsetYM, c.TargetMassT,
            c.Efficiency, c.EnergyResolution, c.ExposureScale, c.FaceAreaM2, c.LuminosityInversePb];
        Require(numbers.All(double.IsFinite), "finite numbers (also the face area and the luminosity in pb⁻¹)");
        Require(c.LuminosityFb > 0 && c.DistanceM > 0 && c.FaceAreaM2 > 0 && c.TargetMassT > 0 && c.ExposureScale > 0, "positive sizes");
        Require(c.Efficiency is > 0 and <= 1 && c.EnergyResolution >= 0, "efficiency and resolution in range");
        Require(!string.IsNullOrWhiteSpace(c.Name) && c.LightGenerators.Length > 0 && c.CharmGenerators.Length > 0, "names and generators");
        Require(c.EnergyLabel is "14" or "13.6", "a supported energy");
    });

    static void Require(bool condition, string what)
    {
        if (!condition) throw new InvalidOperationException($"accepted input breaks the reader's promise: {what}");
    }

    void Fuzz(string what, (Seed[] Seeds, int Large) seeds, bool toml, long ci, Action<Seed, string> parse)
    {
        long iterations = Iterations(ci), accepted = 0, rejected = 0;
        var clock = Stopwatch.StartNew();
        Inputs(seeds.Large, seeds.Seeds.Length).Sample(input =>
        {
            Seed seed = seeds.Seeds[input.Seed];
            string text = Mutate(seed.Text, input.Ops, toml);
            var watch = Stopwatch.StartNew();
            try
            {
                parse(seed, text);
                Interlocked.Increment(ref accepted);
            }
            catch (InputException e)
            {
                Interlocked.Increment(ref rejected);
                if (!e.Message.StartsWith("fuzz.", StringComparison.Ordinal) || e.Message.Contains('\n') || e.Message.Contains('\r') || e.Message.Length > 1000)
                    throw new InvalidOperationException($"InputException message must be one short line naming the source: {e.Message}");
            }
            if (watch.Elapsed > SlowParse) throw new TimeoutException($"one parse took {watch.Elapsed.TotalSeconds:F1} s");
        }, iter: iterations, print: input => Describe(seeds.Seeds[input.Seed], input));
        output.WriteLine($"{what}: {iterations} inputs in {clock.Elapsed.TotalSeconds:F1} s: {accepted} accepted, {rejected} rejected (InputException), no other outcome");
        Assert.Equal(iterations, accepted + rejected);
    }

    static string Describe(Seed seed, Input input) =>
        $"seed {seed.Name}; mutations: {string.Join("; ", input.Ops.Select(o => $"kind {o.Kind} ({o.A}, {o.B}, {o.C})"))}";
}
