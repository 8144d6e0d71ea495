using System.CommandLine;
using SecretNu.Decays;
using SecretNu.Fluxes;
using SecretNu.Output;
using SecretNu.Physics;

namespace SecretNu.Cli.Commands;

/// <summary><c>secretnu flux</c>: SM and Z′ neutrino fluxes through a card's detector, and Fig. 1.</summary>
public static class FluxCommand
{
    /// <summary>The command: computes <see cref="ModelFlux.Compute"/>, writes <see cref="FluxReport.Write"/> and prints the totals per species.</summary>
    public static Command Create(CliContext context)
    {
        var experiment = CommonOptions.Experiment();
        var data = CommonOptions.Data();
        var mass = CommonOptions.Mass(required: false);
        var coupling = CommonOptions.Coupling(required: false);
        var light = new Option<string?>("--generator") { Description = "Light-hadron generator (default: the card's first, e.g. EPOSLHC)." };
        var charm = new Option<string?>("--charm-generator") { Description = "Charm generator (default: the card's first; 'A+B' averages)." };
        var seed = SeedModeOptions.Create();
        var outDir = new Option<string>("--out") { Description = "Output directory (flux.csv, flux.json, fig1.png, fig1.svg).", Required = true };
        var command = new Command("flux",
            "Neutrino fluxes through the card's detector face per species, parent and energy bin: the Standard Model from the " +
            "forward hadron tables and, with --mass and --coupling, the Z′ part (primary ν of M → ℓνZ′ and Z′ → νν̄ with the " +
            "Z′ decay probability). Draws Fig. 1 of the seed paper (ν left, ν̄ right; SM solid, SM + Z′ dashed).\n\n" +
            "Examples:\n  secretnu flux --experiment faser-nu --mass 10MeV --coupling etau=1e-3 --out out/flux\n" +
            "  secretnu flux --experiment faser-nu --mass 10MeV --coupling etau=1e-3 --seed-mode --out out/flux-seed\n" +
            "  secretnu flux --experiment snd-lhc --generator SIBYLL --charm-generator Pythia8 --out out/snd")
        { experiment, data, mass, coupling, light, charm, outDir };
        seed.AddTo(command);
        command.SetAction(parse =>
        {
            var setup = CommonOptions.Setup(parse.GetValue(experiment)!, parse.GetValue(data));
            string? massText = parse.GetValue(mass), couplingText = parse.GetValue(coupling);
            if ((massText is null) != (couplingText is null))
                throw new InputException("--mass and --coupling go together: give both for a Z′ model, or neither for the SM flux");
            ZPrimeModel? model = massText is null ? null : new ZPrimeModel(CommonOptions.ParseMass(massText), CommonOptions.ParseCoupling(couplingText!));
            if (model is not null) OpenChannels.Require(model);
            var generators = CommonOptions.Generators(setup.Data, [setup.Card], parse.GetValue(light), parse.GetValue(charm));
            var (mode, options) = seed.Read(parse);
            string dir = parse.GetValue(outDir)!;
            CommonOptions.RequireWritableDirectory(dir);
            var flux = new Progress(context).Run($"fluxes for {setup.Card.Name}", report => ModelFlux.Compute(setup, generators, mode, options, model, report));
            var files = FluxReport.Write(flux, dir);
            var (calc, _, z) = flux;
            context.Out.WriteLine($"{setup.Card.Name} ({generators}, {(mode == AcceptanceMode.Exact ? "exact" : "collinear")} acceptance" +
                $"{(model is null ? "" : $", {model}")}): neutrinos through the face");
            foreach (var s in FlavorExtensions.AllSpecies)
            {
                string line = $"  {s.Name(),-10} SM {calc.StandardModel.Total(s):E3}";
                if (z is not null) line += $"   Z′: +{z.Sum(ZPrimeFlux.Part.Primary, s) + z.Sum(ZPrimeFlux.Part.Decayed, s):E3} (primary {z.Sum(ZPrimeFlux.Part.Primary, s):E3}, from Z′ decays {z.Sum(ZPrimeFlux.Part.Decayed, s):E3}, undecayed Z′ {z.Sum(ZPrimeFlux.Part.Undecayed, s):E3})";
                context.Out.WriteLine(line);
            }
            context.Out.WriteLine($"wrote {string.Join(", ", files)}");
            return 0;
        });
        return command;
    }
}
