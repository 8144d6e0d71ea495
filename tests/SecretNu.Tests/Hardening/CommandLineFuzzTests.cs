using System.Diagnostics;
using CsCheck;
using SecretNu.Tests.Cli;

namespace SecretNu.Tests.Hardening;

/// <summary>
/// Issue 11 point 3: random command lines built from the real commands, options and a pool of good and bad values
/// (masses with wrong units or cases, degenerate ranges, couplings out of range or repeated, bad shards, unknown names,
/// junk). The only allowed outcomes are exit 0, or exit 2 with one line on stderr that starts "secretnu: " — never an
/// internal error (exit 1), a stack trace or a .NET type name. Commands that would compute fluxes get an empty data
/// directory, so that every accepted command line ends quickly at the data check; widths, spectrum and bounds run.
/// CI runs a few thousand; <c>tools/fuzz.sh</c> runs SECRETNU_FUZZ_ITERATIONS (10⁵ by default).
/// </summary>
public class CommandLineFuzzTests(Xunit.Abstractions.ITestOutputHelper output)
{
    static readonly string[] Commands = ["widths", "spectrum", "bounds", "flux", "limit", "reproduce", "validate-flux", "merge", "data verify", "data fetch", "compare-data"];

    static readonly (string Option, string[] Values)[] Options =
    [
        ("--mass", ["10MeV", "1keV", "0.3GeV", "500eV", "10eV", "99eV", "10meV", "0", "-1MeV", "1e400", "NaN", "abc", "", "2GeV", "0.0001"]),
        ("--masses", ["1MeV:100MeV:3", "10MeV", "1MeV,10MeV", "10MeV,10MeV", "10MeV:10MeV:5", "100MeV:1MeV:3", "1MeV:1GeV:0", "1MeV:1GeV:abc", "10eV", ",", "1:2:3:4", "100GeV:200GeV:2"]),
        ("--coupling", ["etau", "ee,mutau", "etau,etau", "etau=1e-3", "etau=1e300", "etau=1e-300", "etau=-1", "etau=1,etau=2", "ee=1e-3,etau=5e-4", "xx", "etau=", "=1", "mumu=0"]),
        ("--meson", ["K+", "pi+", "Ds+", "D+", "B+", "k+", ""]),
        ("--format", ["json", "table", "csv", "xml"]),
        ("--experiment", ["faser-nu", "faser2-nu-x100", "snd-lhc", "faser-2025-numu", "nope", "x.toml", "/nonexistent/card.toml"]),
        ("--toys", ["0", "5", "-1", "abc", "100000"]),
        ("--truth-coupling", ["1e-3", "abc", "1e300", "-1", "0", "1e-40"]),
        ("--normalisation-uncertainty", ["0.1", "0", "-0.5", "abc", "1e400"]),
        ("--samples", ["e,tau", "mu", "x", ",", "e,e"]),
        ("--shard", ["1/2", "3/2", "0/3", "abc", "1/0", "2/2"]),
        ("--generator", ["EPOSLHC", "FOO", ""]),
        ("--charm-generator", ["SIBYLL+Pythia8", "BAR"]),
        ("--only", ["all", "hadrons", "fluxes", "nothing"]),
        ("--energy", ["14", "13.6", "7"]),
        ("--base-url", ["ftp://x", "not a url", "http://127.0.0.1:9"]),
    ];

    static readonly string[] Flags = ["--no-band", "--poisson", "--common-pull", "--variance-prediction", "--tilt", "--seed-mode", "--collinear",
        "--no-dplus", "--ds-from-tau-line", "--seed-normalisation", "--resume", "--discard-checkpoints", "--no-seed-comparison", "--help", "--force", "--observed"];

    static readonly string[] Junk = ["--", "-x", "--unknown", "abc", "''", "--mass=10MeV", "10MeV", "--coupling:etau"];

    /// <summary>A token: 0 option with a value, 1 flag, 2 junk; A and B pick which.</summary>
    public sealed record Token(int Kind, int A, int B);

    static readonly Gen<(int Command, Token[] Tokens)> Lines = Gen.Select(Gen.Int[0, Commands.Length - 1],
        Gen.Select(Gen.Frequency((6, Gen.Const(0)), (2, Gen.Const(1)), (1, Gen.Const(2))), Gen.Int[0, 1000], Gen.Int[0, 1000], (k, a, b) => new Token(k, a, b)).Array[0, 7],
        (c, t) => (c, t));

    static string[] Build(int command, Token[] tokens, string outDir, string emptyData)
    {
        var args = new List<string>(Commands[command].Split(' '));
        foreach (var t in tokens)
            switch (t.Kind)
            {
                case 0:
                    var (option, values) = Options[t.A % Options.Length];
                    args.Add(option);
                    args.Add(values[t.B % values.Length]);
                    break;
                case 1: args.Add(Flags[t.A % Flags.Length]); break;
                default: args.Add(Junk[t.A % Junk.Length]); break;
            }
        if (command >= 2) { args.Add("--out"); args.Add(outDir); }
        if (command >= 3) { args.Add("--data"); args.Add(emptyData); } // an empty data directory: the command stops at the data check
        return [.. args];
    }

    [Fact]
    public void RandomCommandLinesEndInSuccessOrOneClearMessage()
    {
        long iterations = long.TryParse(Environment.GetEnvironmentVariable(FuzzTests.IterationsVariable), out long n) && n > 0 ? n : 3000;
        using var tmp = new TempDirectory();
        // a data directory with the expected folders but no file: commands that would compute stop at the first missing table
        string emptyData = Path.Combine(tmp.Path, "empty-data");
        Directory.CreateDirectory(Path.Combine(emptyData, "foresee", "hadrons"));
        Directory.CreateDirectory(Path.Combine(emptyData, "fast-neutrino-flux", "Fluxes"));
        long ok = 0, refused = 0;
        var clock = Stopwatch.StartNew();
        Lines.Sample(line =>
        {
            string outDir = Path.Combine(tmp.Path, "out-" + Guid.NewGuid().ToString("N"));
            string[] args = Build(line.Command, line.Tokens, outDir, emptyData);
            var (code, _, err) = CliRunner.Run(args);
            if (code == 0) Interlocked.Increment(ref ok);
            else if (code == 2)
            {
                Interlocked.Increment(ref refused);
                string e = err.TrimEnd('\n', '\r');
                if (e.Contains('\n') || !e.StartsWith("secretnu: ", StringComparison.Ordinal))
                    throw new InvalidOperationException($"exit 2 must come with one line 'secretnu: …': {string.Join(' ', args)} → {err}");
                if (Directory.Exists(outDir) && Directory.EnumerateFileSystemEntries(outDir).Any())
                    throw new InvalidOperationException($"exit 2 left files in --out: {string.Join(' ', args)}");
            }
            else throw new InvalidOperationException($"exit {code}: {string.Join(' ', args)} → {err}");
            if (err.Contains("   at ") || err.Contains("System.") || err.Contains("internal error"))
                throw new InvalidOperationException($"stack trace, type name or internal error: {string.Join(' ', args)} → {err}");
            if (Directory.Exists(outDir)) Directory.Delete(outDir, recursive: true);
        }, iter: iterations, threads: 1, print: line => string.Join(' ', Build(line.Command, line.Tokens, "OUT", "EMPTY")));
        output.WriteLine($"command lines: {iterations} in {clock.Elapsed.TotalSeconds:F1} s: {ok} succeeded, {refused} refused with one message, no other outcome");
    }
}
