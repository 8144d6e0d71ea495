using System.CommandLine;
using SecretNu.Decays;
using SecretNu.Output;
using SecretNu.Physics;
using SecretNu.Spectra;

namespace SecretNu.Cli.Commands;

/// <summary><c>secretnu spectrum</c>: rest-frame neutrino spectra per decay of one meson in a Z′ model.</summary>
public static class SpectrumCommand
{
    /// <summary>The command: checks that the meson has an open channel (<see cref="OpenChannels"/>) and prints or writes its
    /// <see cref="SpectrumReport"/> as CSV or JSON.</summary>
    public static Command Create(CliContext context)
    {
        var meson = new Option<string>("--meson") { Description = "Parent meson: pi+, K+, Ds+, D+ or their antiparticles pi-, K-, Ds-, D-.", Required = true };
        var mass = CommonOptions.Mass();
        var coupling = CommonOptions.Coupling();
        var format = CommonOptions.Format("csv", "json");
        var seed = CommonOptions.SeedNormalisation();
        var outFile = CommonOptions.OutFile();
        var command = new Command("spectrum",
            "Rest-frame neutrino spectra per meson decay for each species (ν_e, ν̄_e, ν_μ, ν̄_μ, ν_τ, ν̄_τ): the Standard-Model " +
            "part, the primary ν of M → ℓνZ′, and the ν/ν̄ of Z′ → νν̄ for a Z′ that decays (multiply by P_dec).\n\n" +
            "Examples:\n  secretnu spectrum --meson K+ --mass 10MeV --coupling etau=1e-3\n" +
            "  secretnu spectrum --meson Ds- --mass 100MeV --coupling mutau=1e-3 --format json --out ds.json")
        { meson, mass, coupling, format, seed, outFile };
        command.SetAction(parse =>
        {
            var (m, anti) = ParseMeson(parse.GetValue(meson)!);
            double zMass = CommonOptions.ParseMass(parse.GetValue(mass)!);
            var g = CommonOptions.ParseCoupling(parse.GetValue(coupling)!);
            CommonOptions.RequireOutFile(parse.GetValue(outFile));
            var model = new ZPrimeModel(zMass, g);
            OpenChannels.Require(m, model, parse.GetValue(mass)!);
            var norm = parse.GetValue(seed) ? RateNormalisation.Seed : RateNormalisation.Derived;
            var spectra = new MesonNeutrinoSpectra(m, model, anti, norm);
            var report = new SpectrumReport(spectra);
            CommonOptions.Emit(parse.GetValue(format) == "json" ? report.ToJson() : report.ToCsv(), parse.GetValue(outFile), context.Out);
            return 0;
        });
        return command;
    }

    public static (ChargedMeson Meson, bool Anti) ParseMeson(string text)
    {
        string t = text.Trim();
        bool anti = t.EndsWith('-');
        string baseName = anti ? t[..^1] + "+" : t;
        if (!ChargedMeson.TryParse(baseName, out var m))
            throw new InputException($"--meson: unknown meson '{text}' (use pi+, K+, Ds+, D+ or pi-, K-, Ds-, D-)");
        return (m, anti);
    }
}
