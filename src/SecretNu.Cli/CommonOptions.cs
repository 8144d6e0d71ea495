using System.CommandLine;
using SecretNu.Physics;

namespace SecretNu.Cli;

/// <summary>Options shared by several commands, and their parsing into physics values (InputException on bad input).</summary>
public static class CommonOptions
{
    public static Option<string> Mass(bool required = true) => new("--mass")
    {
        Description = "Z′ mass with a unit: 10MeV, 1keV, 0.3GeV, 500eV (a bare number is GeV).",
        Required = required,
    };

    public static Option<string> Coupling(bool required = true) => new("--coupling")
    {
        Description = "Couplings NAME=VALUE, comma-separated: ee, emu, etau, mumu, mutau, tautau (e.g. etau=1e-3).",
        Required = required,
    };

    public static Option<bool> SeedNormalisation() => new("--seed-normalisation")
    {
        Description = "Use the seed paper's Eq. (4) as printed (× ½ of the derived rate, physics.md §3.8) to compare with its figures.",
    };

    public static Option<string> Format(params string[] allowed)
    {
        var o = new Option<string>("--format") { Description = $"Output format: {string.Join(" | ", allowed)}.", DefaultValueFactory = _ => allowed[0] };
        o.AcceptOnlyFromAmong(allowed);
        return o;
    }

    public static Option<string?> OutFile() => new("--out")
    {
        Description = "Write to this file instead of standard output (written whole or not at all).",
    };

    public static Option<string> Experiment() => new("--experiment")
    {
        Description = "Experiment card: a name from experiments/ (faser-nu, faser2-nu-x100, faser2-nu-x1000, fasernu2-fpf, snd-lhc) or a .toml path.",
        DefaultValueFactory = _ => "faser-nu",
    };

    public static Option<string?> Data() => new("--data")
    {
        Description = $"Data directory with foresee/hadrons and fast-neutrino-flux/Fluxes (default: ${DataDirectory.EnvironmentVariable}).",
    };

    /// <summary>Card + data directory + default numerical settings.</summary>
    public static Fluxes.FluxSetup Setup(string experiment, string? data) =>
        new(DataDirectory.Resolve(data), Detection.ExperimentCatalog.Load(experiment), Fluxes.FluxSettings.Default);

    public static double ParseMass(string text) => Units.ParseEnergy(text, "--mass");

    public static CouplingMatrix ParseCoupling(string text)
    {
        var g = CouplingMatrix.Parse(text);
        if (g.IsZero) throw new InputException($"--coupling '{text}' sets no non-zero coupling");
        return g;
    }

    /// <summary>At least one three-body channel of the model must be open for some meson.</summary>
    public static void RequireOpenChannel(ZPrimeModel model)
    {
        foreach (var meson in ChargedMeson.All)
            foreach (var lepton in ChargedLepton.All)
                if (model.Couplings.RowSumSquares(lepton.Flavor) > 0 && Decays.ThreeBodyDecay.IsOpen(meson, lepton, model.Mass)) return;
        throw new KinematicsException($"--mass {model.Mass:G6} GeV is above every threshold of the coupling {model.Couplings}: no M → ℓνZ′ is open");
    }

    /// <summary>Creates the output directory or fails with one message naming it (before any computation).</summary>
    public static void RequireWritableDirectory(string dir)
    {
        try
        {
            Directory.CreateDirectory(dir);
            string probe = Path.Combine(dir, $".secretnu-write-test-{Environment.ProcessId}");
            File.WriteAllText(probe, "");
            File.Delete(probe);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
        {
            throw new InputException($"output directory '{dir}' is not writable ({e.Message})");
        }
    }

    /// <summary>Writes text to a file atomically, or to the given writer.</summary>
    public static void Emit(string text, string? outFile, TextWriter stdout)
    {
        if (outFile is null) stdout.Write(text);
        else Output.AtomicFiles.WriteText(outFile, text);
    }
}
