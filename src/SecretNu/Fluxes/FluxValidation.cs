using SecretNu.Physics;

namespace SecretNu.Fluxes;

/// <summary>
/// Our SM fluxes through a card's face compared with the published flux files of the same detector: for every
/// combination of the card's light and charm generators, per flavour (ν + ν̄) totals and per-bin ratios; the
/// published total must lie inside the generator envelope; the default pair must agree within
/// <see cref="TotalTolerance"/> and every bin from 50 GeV to 3 TeV within a factor <see cref="BinFactor"/>.
/// </summary>
public sealed class FluxValidation
{
    /// <summary>Allowed relative deviation |ours/published − 1| of the default pair's flavour total: 0.30 for ν_τ, 0.25 for ν_e and ν_μ.</summary>
    public static double TotalTolerance(Flavor f) => f == Flavor.Tau ? 0.30 : 0.25;
    /// <summary>Per-bin check: ours and published within a factor 2 in every bin whose centre lies in [50 GeV, 3000 GeV].</summary>
    public const double BinFactor = 2.0, BinCheckLow = 50, BinCheckHigh = 3000;

    /// <summary>The card's flux setup that was validated.</summary>
    public FluxSetup Setup { get; }
    /// <summary>Lab-energy bin edges [GeV]: the published files' 29 edges.</summary>
    public double[] Edges { get; }
    /// <summary>Published counts per species and bin.</summary>
    public IReadOnlyDictionary<NeutrinoSpecies, double[]> Published { get; }
    /// <summary>Our counts per generator pair (light, charm), species and bin.</summary>
    public IReadOnlyDictionary<GeneratorChoice, IReadOnlyDictionary<NeutrinoSpecies, double[]>> Ours { get; }
    /// <summary>The default generator pair: the card's first light and first charm generator.</summary>
    public GeneratorChoice Default { get; }
    /// <summary>The files read: published fluxes, every generator's hadron tables and the card.</summary>
    public IReadOnlyList<string> InputFiles { get; }

    FluxValidation(FluxSetup setup, double[] edges, IReadOnlyDictionary<NeutrinoSpecies, double[]> published,
        IReadOnlyDictionary<GeneratorChoice, IReadOnlyDictionary<NeutrinoSpecies, double[]>> ours, GeneratorChoice def, IReadOnlyList<string> inputs)
    {
        Setup = setup; Edges = edges; Published = published; Ours = ours; Default = def; InputFiles = inputs;
    }

    /// <summary>Computes our SM flux for every light × charm generator combination of the card and reads the published files;
    /// throws <see cref="InputException"/> when the card names no published flux or a published flavour is all zero.</summary>
    /// <param name="setup">The card's flux setup.</param>
    /// <param name="progress">Called with (done, total) after each generator.</param>
    public static FluxValidation Run(FluxSetup setup, Action<string, int, int>? progress = null)
    {
        var published = setup.Card.PublishedFiles is var (directory, prefix)
            ? PublishedFluxCatalog.LoadAllIn(directory, prefix, PublishedFluxKind.ThroughFace)
            : PublishedFluxCatalog.LoadAll(setup.Data.Root, setup.Card.PublishedFolder
                ?? throw new InputException($"experiment '{setup.Card.Name}' names no published flux folder to validate against ([published] folder = ... or directory + prefix)",
                    setup.Card.SourcePath), PublishedFluxKind.ThroughFace);
        foreach (Flavor f in FlavorExtensions.AllFlavors)
        {
            PublishedFlux nu = published[(int)f.Neutrino()], anti = published[(int)f.Antineutrino()];
            if (!(nu.Total + anti.Total > 0))
                throw new InputException(
                    $"every count is 0 here and in {System.IO.Path.GetFileName(anti.Source)}: no published {f.Name()} flux to validate against",
                    nu.Source);
        }
        double[] edges = PublishedFlux.StandardEdges.ToArray();
        var pub = FlavorExtensions.AllSpecies.ToDictionary(s => s, s => published[(int)s].Counts.ToArray());

        // light and charm parents are independent: build each generator once, then add every combination
        var light = setup.Card.LightGenerators.Distinct().ToArray();
        var charm = setup.Card.CharmGenerators.Distinct().ToArray();
        // every generator and table is checked before any flux is computed
        foreach (var g in light) setup.Model(new GeneratorChoice(g, charm[0])).LoadTables();
        foreach (var g in charm) setup.Model(new GeneratorChoice(light[0], g)).LoadTables();
        int total = light.Length + charm.Length, done = 0;
        var lightFlux = new Dictionary<string, FluxTable>();
        var charmFlux = new Dictionary<string, FluxTable>();
        var face = setup.Face;
        var inputs = new List<string>(published.Select(p => p.Source)); // the published files, bundled or the user's own
        if (setup.Card.SourcePath is string card) inputs.Add(card);
        foreach (var g in light)
        {
            progress?.Invoke($"light hadrons: {g}", done, total);
            var model = setup.Model(new GeneratorChoice(g, charm[0]));
            lightFlux[g] = Partial(model, face, setup.Luminosity, edges, light: true);
            inputs.AddRange(model.InputFiles);
            done++;
        }
        foreach (var g in charm)
        {
            progress?.Invoke($"charm hadrons: {g}", done, total);
            var model = setup.Model(new GeneratorChoice(light[0], g));
            charmFlux[g] = Partial(model, face, setup.Luminosity, edges, light: false);
            inputs.AddRange(model.InputFiles);
            done++;
        }
        progress?.Invoke("done", done, total);
        var ours = new Dictionary<GeneratorChoice, IReadOnlyDictionary<NeutrinoSpecies, double[]>>();
        foreach (var l in light)
            foreach (var c in charm)
                ours[new GeneratorChoice(l, c)] = FlavorExtensions.AllSpecies.ToDictionary(s => s,
                    s => lightFlux[l].Counts(s).Zip(charmFlux[c].Counts(s), (a, b) => a + b).ToArray());
        return new FluxValidation(setup, edges, pub, ours, new GeneratorChoice(light[0], charm[0]), inputs);
    }

    static FluxTable Partial(ForwardFluxModel model, DetectorFace face, double luminosity, double[] edges, bool light)
    {
        var part = model.Parents.Where(p => Hadron.Get(p).DecaysInFlight == light).ToDictionary(p => p, p => model.Measure(p, face));
        return FluxTable.StandardModel(part, luminosity, edges);
    }

    /// <summary>Published ν + ν̄ count of flavour <paramref name="f"/> through the face, summed over bins.</summary>
    public double PublishedTotal(Flavor f) => Published[f.Neutrino()].Sum() + Published[f.Antineutrino()].Sum();
    /// <summary>Our ν + ν̄ count of flavour <paramref name="f"/> for generator pair <paramref name="g"/>, summed over bins.</summary>
    public double OurTotal(GeneratorChoice g, Flavor f) => Ours[g][f.Neutrino()].Sum() + Ours[g][f.Antineutrino()].Sum();
    /// <summary>Our total over the published total for flavour <paramref name="f"/> and pair <paramref name="g"/>.</summary>
    public double Ratio(GeneratorChoice g, Flavor f) => OurTotal(g, f) / PublishedTotal(f);

    /// <summary>Our ν + ν̄ counts per bin of flavour <paramref name="f"/> for pair <paramref name="g"/>.</summary>
    public double[] FlavourBins(GeneratorChoice g, Flavor f) =>
        Ours[g][f.Neutrino()].Zip(Ours[g][f.Antineutrino()], (a, b) => a + b).ToArray();
    /// <summary>Published ν + ν̄ counts per bin of flavour <paramref name="f"/>.</summary>
    public double[] PublishedBins(Flavor f) =>
        Published[f.Neutrino()].Zip(Published[f.Antineutrino()], (a, b) => a + b).ToArray();

    /// <summary>Generator envelope (min, max) of the flavour total.</summary>
    public (double Min, double Max) Envelope(Flavor f) => (Ours.Keys.Min(g => OurTotal(g, f)), Ours.Keys.Max(g => OurTotal(g, f)));

    /// <summary>True when the published total of flavour <paramref name="f"/> lies inside the generator envelope.</summary>
    public bool InsideEnvelope(Flavor f)
    {
        var (lo, hi) = Envelope(f);
        double p = PublishedTotal(f);
        return p >= lo && p <= hi;
    }

    /// <summary>True when the default pair's total of flavour <paramref name="f"/> is within <see cref="TotalTolerance"/> of the published one.</summary>
    public bool DefaultWithinTolerance(Flavor f) => Math.Abs(Ratio(Default, f) - 1) <= TotalTolerance(f);

    /// <summary>Largest factor max(r, 1/r) between our default and the published bins with centre in [50 GeV, 3 TeV].</summary>
    public (double Factor, int Bin) WorstBin(Flavor f)
    {
        var o = FlavourBins(Default, f);
        var p = PublishedBins(f);
        double worst = 1; int at = -1;
        for (int k = 0; k < o.Length; k++)
        {
            double c = 0.5 * (Edges[k] + Edges[k + 1]);
            if (c < BinCheckLow || c > BinCheckHigh || p[k] <= 0) continue;
            double r = o[k] / p[k], f2 = Math.Max(r, 1 / r);
            if (f2 > worst) { worst = f2; at = k; }
        }
        return (worst, at);
    }

    /// <summary>True when every flavour passes all three checks: envelope, default total, worst bin ≤ <see cref="BinFactor"/>.</summary>
    public bool Passes => FlavorExtensions.AllFlavors.All(f => InsideEnvelope(f) && DefaultWithinTolerance(f) && WorstBin(f).Factor <= BinFactor);
}
