using System.Globalization;
using SecretNu.Detection;
using SecretNu.Fluxes;
using SecretNu.Physics;
using SecretNu.Statistics;

namespace SecretNu.Scans;

/// <summary>What a bound campaign computes: experiments × couplings × masses, with the flux and statistics choices.</summary>
public sealed record CampaignRequest(
    IReadOnlyList<ExperimentCard> Cards,
    IReadOnlyList<(string Label, CouplingMatrix Direction)> Couplings,
    IReadOnlyList<double> Masses,
    AcceptanceMode Mode,
    ZPrimeOptions Options,
    StatisticsOptions Statistics,
    LimitFinderOptions Finder,
    GeneratorChoice? Generators = null,
    bool Band = true,
    int BandMassStride = 3,
    Flavor[]? Flavours = null,
    double? TruthScale = null);

/// <summary>The curves of a campaign: default generators, and the generator-band curves.</summary>
public sealed record CampaignResult(IReadOnlyList<LimitCurve> Curves, IReadOnlyList<LimitCurve> Band, IReadOnlyList<GeneratorChoice> BandGenerators,
    FluxCalculation Reference, IReadOnlyDictionary<string, TimeSpan> Timing);

/// <summary>
/// Runs bound scans for several experiment cards and couplings. Cards that differ only in name and exposure scale
/// (FASERν and FASER2ν ×100, ×1000 in the seed's analysis) share one flux calculation and one set of per-mass
/// templates: only the statistics differ. The generator band varies the light and the charm generator one at a time
/// (the card's alternatives), on every <see cref="CampaignRequest.BandMassStride"/>-th mass.
/// </summary>
public static class BoundCampaign
{
    public static CampaignResult Run(DataDirectory data, CampaignRequest request, Action<string, int, int>? progress = null)
    {
        var timing = new Dictionary<string, TimeSpan>();
        var clock = System.Diagnostics.Stopwatch.StartNew();
        var scan = new LimitScan();
        var curves = new List<LimitCurve>();
        var band = new List<LimitCurve>();
        var bandGenerators = new List<GeneratorChoice>();
        FluxCalculation? reference = null;
        var groups = request.Cards.GroupBy(PhysicsKey).ToArray();
        int steps = groups.Length * request.Couplings.Count * (request.Band ? 2 : 1), done = 0;

        // every input is read and checked before any flux is computed: cross-section files, generators, hadron tables
        var crossSections = new Dictionary<TargetMaterial, CrossSection>();
        foreach (var card in groups.Select(g => g.First()))
        {
            if (!crossSections.ContainsKey(card.Target)) crossSections[card.Target] = new CrossSection(data, card.Target);
            var setup = new FluxSetup(data, card, FluxSettings.Default with { Mode = request.Mode });
            var generators = request.Generators ?? setup.DefaultGenerators;
            setup.Model(generators).LoadTables();
            if (request.Band)
                foreach (var alt in Alternatives(card, generators)) setup.Model(alt).LoadTables();
        }

        foreach (var group in groups)
        {
            var cards = group.ToArray();
            var card = cards[0];
            var setup = new FluxSetup(data, card, FluxSettings.Default with { Mode = request.Mode });
            var generators = request.Generators ?? setup.DefaultGenerators;
            progress?.Invoke($"fluxes for {card.Name} ({generators})", done, steps);
            var calc = new FluxCalculation(setup, generators, request.Mode, request.Options, AnalysisGrid.TrueEdges);
            reference ??= calc;
            var response = new DetectorResponse(card, crossSections[card.Target], includeExposureScale: false);
            var exposures = cards.Select(c => (c.Name, c.ExposureScale)).ToArray();
            timing[$"fluxes {card.Name}"] = clock.Elapsed;
            progress?.Invoke($"bounds ({card.Name})", done, steps);
            curves.AddRange(RunCouplings(scan, calc, response, exposures, request, request.Masses));
            done += request.Couplings.Count;
            timing[$"bounds {card.Name}"] = clock.Elapsed;
            if (!request.Band) continue;
            var alternatives = Alternatives(card, generators);
            var bandMasses = request.Masses.Where((_, i) => i % request.BandMassStride == 0 || i == request.Masses.Count - 1).ToArray();
            foreach (var alt in alternatives)
            {
                if (!bandGenerators.Contains(alt)) bandGenerators.Add(alt);
                progress?.Invoke($"generator band: {alt}", done, steps);
                var altCalc = new FluxCalculation(setup, alt, request.Mode, request.Options, AnalysisGrid.TrueEdges);
                band.AddRange(RunCouplings(scan, altCalc, response, exposures, request, bandMasses));
            }
            done += request.Couplings.Count;
            timing[$"band {card.Name}"] = clock.Elapsed;
        }
        progress?.Invoke("done", steps, steps);
        return new CampaignResult(curves, band, bandGenerators, reference!, timing);
    }

    /// <summary>All couplings of the request for one flux calculation, in parallel (results in the request's order).</summary>
    static IEnumerable<LimitCurve> RunCouplings(LimitScan scan, FluxCalculation calc, DetectorResponse response,
        IReadOnlyList<(string Name, double Multiplier)> exposures, CampaignRequest request, IReadOnlyList<double> masses)
    {
        var results = new IReadOnlyList<LimitCurve>[request.Couplings.Count];
        Parallel.For(0, results.Length, i =>
        {
            var (label, direction) = request.Couplings[i];
            results[i] = scan.Run(calc, response, exposures,
                new LimitRequest(direction, label, masses, request.Statistics, request.Finder, request.Flavours, request.TruthScale));
        });
        return results.SelectMany(r => r);
    }

    /// <summary>Generator choices of the band: the card's other light generators with the default charm one, and the
    /// other charm generators with the default light one.</summary>
    public static IReadOnlyList<GeneratorChoice> Alternatives(ExperimentCard card, GeneratorChoice def) =>
        card.LightGenerators.Where(g => g != def.Light).Select(g => def with { Light = g })
            .Concat(card.CharmGenerators.Where(g => g != def.Charm).Select(g => def with { Charm = g })).Distinct().ToArray();

    /// <summary>Everything of a card but its name, description and exposure scale.</summary>
    public static string PhysicsKey(ExperimentCard c) => string.Join("|", new object[]
    {
        c.SqrtSTeV, c.LuminosityFb, c.Beamline, c.DistanceM, c.WidthM, c.HeightM, c.OffsetXM, c.OffsetYM, c.Target, c.TargetMassT,
        c.Efficiency, c.EnergyResolution, c.ChargeIdentification, string.Join(",", c.LightGenerators), string.Join(",", c.CharmGenerators),
    }.Select(x => Convert.ToString(x, CultureInfo.InvariantCulture)));
}
