using System.CommandLine;
using SecretNu.Decays;
using SecretNu.Dune;
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
        var horn = new Option<string?>("--horn") { Description = "Beam-dump cards (dune-nd): the horn mode, fhc (neutrinos) or rhc (antineutrinos); flux.csv and flux.json only." };
        var command = new Command("flux",
            "Neutrino fluxes through the card's detector face per species, parent and energy bin: the Standard Model from the " +
            "forward hadron tables and, with --mass and --coupling, the Z′ part (primary ν of M → ℓνZ′ and Z′ → νν̄ with the " +
            "Z′ decay probability). Draws Fig. 1 of the seed paper (ν left, ν̄ right; SM solid, SM + Z′ dashed).\n\n" +
            "Examples:\n  secretnu flux --experiment faser-nu --mass 10MeV --coupling etau=1e-3 --out out/flux\n" +
            "  secretnu flux --experiment faser-nu --mass 10MeV --coupling etau=1e-3 --seed-mode --out out/flux-seed\n" +
            "  secretnu flux --experiment snd-lhc --generator SIBYLL --charm-generator Pythia8 --out out/snd\n" +
            "  secretnu flux --experiment dune-nd --horn fhc --mass 100MeV --coupling etau=1e-2 --out out/dune")
        { experiment, data, mass, coupling, light, charm, outDir, horn };
        seed.AddTo(command);
        command.SetAction(parse =>
        {
            var card = CommonOptions.LoadCard(parse.GetValue(experiment)!);
            string? massText = parse.GetValue(mass), couplingText = parse.GetValue(coupling);
            if ((massText is null) != (couplingText is null))
                throw new InputException("--mass and --coupling go together: give both for a Z′ model, or neither for the SM flux");
            ZPrimeModel? model = massText is null ? null : new ZPrimeModel(CommonOptions.ParseMass(massText), CommonOptions.ParseCoupling(couplingText!));
            if (model is not null) OpenChannels.Require(model);
            if (card.Kind == Detection.CardKinds.BeamDump) return BeamDump(context, parse, card, parse.GetValue(data), parse.GetValue(horn), model, parse.GetValue(outDir)!);
            if (parse.GetValue(horn) is not null) throw new InputException($"--horn is for beam-dump cards (dune-nd); '{card.Name}' is a collider card");
            var setup = new FluxSetup(DataDirectory.Resolve(parse.GetValue(data)), card, FluxSettings.Default);
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

    /// <summary>Options of the hadron-flux chain that a beam-dump card does not take.</summary>
    static readonly string[] NotWithHorn = ["--generator", "--charm-generator", "--seed-mode", "--collinear", "--seed-normalisation"];

    /// <summary>flux for a beam-dump card: one horn mode's parents reconstructed, the Z′ parts folded, flux.csv and flux.json.</summary>
    static int BeamDump(CliContext context, System.CommandLine.ParseResult parse, Detection.ExperimentCard card, string? dataPath, string? hornText,
        ZPrimeModel? model, string dir)
    {
        if (parse.Tokens.FirstOrDefault(t => NotWithHorn.Contains(t.Value)) is { } clash)
            throw new InputException($"'{card.Name}' is a beam-dump card: its flux comes from the DUNE files, so {clash.Value} does not apply");
        var mode = hornText?.ToLowerInvariant() switch
        {
            "fhc" => HornMode.Fhc,
            "rhc" => HornMode.Rhc,
            null => throw new InputException($"'{card.Name}' is a beam-dump card: give --horn fhc or --horn rhc"),
            _ => throw new InputException($"--horn '{hornText}': give fhc or rhc"),
        };
        if (card.Accelerator!.ProtonsOnTarget(mode) <= 0)
            throw new InputException($"'{card.Name}' has no beam time in {mode.Label()} (years_{mode.Label().ToLowerInvariant()} = 0)", card.SourcePath);
        var data = DataDirectory.Resolve(dataPath);
        CommonOptions.RequireWritableDirectory(dir);
        BeamDumpScan.RequireInputs(data, card);
        var reconstruction = DuneParentFlux.Reconstruct(BeamDumpScan.FluxFile(data, mode), mode); // the asked mode only
        var direction = model?.Couplings ?? CouplingMatrix.Zero;
        var flux = new DuneZPrimeFlux(reconstruction, model?.Mass ?? Units.MinimumZMass, direction, DuneGrid.TrueEdges,
            new DecayPipe(card.Accelerator.DecayPipeLengthM, card.DistanceM));
        var files = BeamDumpFluxReport.Write(card, flux, model, data, dir);
        var json = BeamDumpFluxReport.Document(card, flux, model, data);
        context.Out.WriteLine($"{card.Name} ({mode.Label()}, {json.ProtonsOnTarget:G3} POT{(model is null ? "" : $", {model}")}): neutrinos through the face");
        foreach (var t in json.Totals)
            context.Out.WriteLine($"  {t.Species,-10} SM {t.Sm:E3}" + (t.ZprimeNew is double n ? $"   Z′: +{n:E3} (primary {t.ZprimePrimary:E3}, from Z′ decays {t.ZprimeDecayed:E3})" : ""));
        context.Out.WriteLine($"wrote {string.Join(", ", files)}");
        return 0;
    }
}
