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
    double? TruthScale = null,
    Systematics Systematics = Systematics.Paper);

/// <summary>The curves of a campaign: default generators, and the generator-band curves.</summary>
/// <param name="Curves">One per card exposure and coupling, default generators.</param>
/// <param name="Band">The band's curves (each alternative generator choice), on every BandMassStride-th mass.</param>
/// <param name="BandGenerators">The alternative generator choices of the band.</param>
/// <param name="Reference">The flux calculation of the first collider card with the default generators; null when every card is a
/// beam-dump card.</param>
/// <param name="Timing">Cumulative wall time per stage.</param>
/// <param name="InputFiles">Every file read: hadron tables of all generator choices, cross-section files, cards.</param>
/// <param name="Data">The data directory.</param>
public sealed record CampaignResult(IReadOnlyList<LimitCurve> Curves, IReadOnlyList<LimitCurve> Band, IReadOnlyList<GeneratorChoice> BandGenerators,
    FluxCalculation? Reference, IReadOnlyDictionary<string, TimeSpan> Timing, IReadOnlyList<string> InputFiles, DataDirectory Data);

/// <summary>
/// Runs bound scans for several experiment cards and couplings. Cards that differ only in name and exposure scale
/// (FASERν and FASER2ν ×100, ×1000 in the seed's analysis) share one flux calculation and one set of per-mass
/// templates: only the statistics differ. The generator band varies the light and the charm generator one at a time
/// (the card's alternatives), on every <see cref="CampaignRequest.BandMassStride"/>-th mass.
/// </summary>
public static class BoundCampaign
{
    /// <summary>Runs the campaign: fluxes per physics group of cards, the bound scans, the band, and (realistic) the templates.</summary>
    /// <param name="data">The data directory.</param>
    /// <param name="request">What to compute.</param>
    /// <param name="progress">Called with (stage, done, total); may be null.</param>
    /// <param name="execution">Checkpoints and shard (see <see cref="ScanExecution"/>); with a shard, the curves hold only
    /// that shard's points.</param>
    public static CampaignResult Run(DataDirectory data, CampaignRequest request, Action<string, int, int>? progress = null, ScanExecution? execution = null)
    {
        var timing = new Dictionary<string, TimeSpan>();
        var clock = System.Diagnostics.Stopwatch.StartNew();
        var scan = new LimitScan();
        var curves = new List<LimitCurve>();
        var band = new List<LimitCurve>();
        var bandGenerators = new List<GeneratorChoice>();
        var inputs = new List<string>(request.Cards.Select(c => c.SourcePath).OfType<string>());
        FluxCalculation? reference = null;
        var beamDump = request.Cards.Where(c => c.Kind == CardKinds.BeamDump).ToArray();
        if (beamDump.Length > 0 && request.Systematics == Systematics.Realistic)
            throw new InputException($"--systematics realistic needs the generator band and [realistic] table of a collider card; '{beamDump[0].Name}' is a beam-dump card " +
                "(its band is the parent reconstruction's): run it with the paper's systematics");
        var groups = request.Cards.Where(c => c.Kind == CardKinds.Collider).GroupBy(ExperimentCardSchema.PhysicsKey).ToArray();
        // progress counts mass points (per coupling and flux calculation): the reference and every band member
        var bandMasses = request.Masses.Where((_, i) => i % request.BandMassStride == 0 || i == request.Masses.Count - 1).ToArray();
        int steps = groups.Sum(g => request.Couplings.Count * (request.Masses.Count +
            (request.Band ? Alternatives(g.First(), request.Generators ?? new FluxSetup(data, g.First(), FluxSettings.Default).DefaultGenerators).Count * bandMasses.Length : 0)))
            + beamDump.Length * request.Couplings.Count * (request.Masses.Count + (request.Band ? Dune.Regularisation.Default.Variations().Count * bandMasses.Length : 0));
        int done = 0;
        string stage = "";
        Action<int, int>? pointDone = progress is null ? null : (_, _) => progress(stage, Interlocked.Increment(ref done), steps);

        // every input is read and checked before any flux is computed: cross-section files, generators, hadron tables
        var crossSections = new Dictionary<TargetMaterial, CrossSection>();
        var known = new List<string>(request.Cards.Select(c => c.SourcePath).OfType<string>());
        foreach (var card in groups.Select(g => g.First()))
        {
            if (!crossSections.ContainsKey(card.Target)) crossSections[card.Target] = new CrossSection(data, card.Target);
            var setup = new FluxSetup(data, card, FluxSettings.Default with { Mode = request.Mode });
            var generators = request.Generators ?? setup.DefaultGenerators;
            foreach (var choice in request.Band ? Alternatives(card, generators).Prepend(generators) : [generators])
            {
                var model = setup.Model(choice);
                model.LoadTables();
                known.AddRange(model.InputFiles);
            }
        }
        // checkpoints of an earlier run made from other input files are refused here, before any flux is computed
        execution?.Checkpoints?.RequireSameInputs([.. known, .. crossSections.Values.SelectMany(c => c.InputFiles)], data);

        // the beam-dump cards (DUNE ND) have their own flux chain (Dune.BeamDumpScan): it runs beside the collider cards' (its
        // parent fits are serial where those are parallel), and its curves are appended after theirs
        var beamDumpRun = Task.Run(() =>
        {
            var (bdCurves, bdBand, bdGenerators, bdInputs, bdTiming) = (new List<LimitCurve>(), new List<LimitCurve>(), new List<GeneratorChoice>(), new List<string>(),
                new Dictionary<string, TimeSpan>());
            foreach (var card in beamDump)
            {
                string bdStage = $"bounds ({card.Name}), mass points";
                Action<int, int>? bdPointDone = progress is null ? null : (_, _) => progress(bdStage, Interlocked.Increment(ref done), steps);
                var beam = new Dune.BeamDumpRequest(card, request.Couplings, request.Masses, request.Statistics, request.Finder, request.Flavours,
                    request.Options.Normalisation, TruthScale: request.TruthScale, Execution: execution);
                bdCurves.AddRange(Dune.BeamDumpScan.Run(data, beam, bdPointDone));
                bdInputs.AddRange(Dune.BeamDumpScan.Modes(card).Select(m => Dune.BeamDumpScan.FluxFile(data, m)));
                bdTiming[$"bounds {card.Name}"] = clock.Elapsed;
                if (!request.Band) continue;
                // the beam-dump band: the parent reconstruction's variations (the second regularisation strength, the K/π split)
                foreach (var variation in Dune.Regularisation.Default.Variations())
                {
                    var alt = Dune.BeamDumpScan.Generators(variation);
                    if (!bdGenerators.Contains(alt)) bdGenerators.Add(alt);
                    bdStage = $"{card.Name} band ({alt.Charm}), mass points";
                    bdBand.AddRange(Dune.BeamDumpScan.Run(data, beam with { Masses = bandMasses, Regularisation = variation }, bdPointDone));
                }
                bdTiming[$"band {card.Name}"] = clock.Elapsed;
            }
            return (bdCurves, bdBand, bdGenerators, bdInputs, bdTiming);
        });

        foreach (var group in groups)
        {
            var cards = group.ToArray();
            var card = cards[0];
            var setup = new FluxSetup(data, card, FluxSettings.Default with { Mode = request.Mode });
            var generators = request.Generators ?? setup.DefaultGenerators;
            progress?.Invoke($"fluxes for {card.Name} ({generators})", done, steps);
            var calc = new FluxCalculation(setup, generators, request.Mode, request.Options, AnalysisGrid.TrueEdges);
            reference ??= calc;
            var crossSection = crossSections[card.Target];
            inputs.AddRange(calc.InputFiles);
            inputs.AddRange(crossSection.InputFiles);
            bool realisticDetector = request.Systematics == Systematics.Realistic && card.Realistic is not null;
            var response = new DetectorResponse(card, crossSection, includeExposureScale: false, realistic: realisticDetector);
            var exposures = cards.Select(c => (c.Name, c.ExposureScale)).ToArray();
            // realistic: the SM fluxes of the other generators, one template nuisance each (their measures are the band's, cached;
            // built only when a point is computed)
            FluxCalculation[]? alternativeSm = request.Systematics == Systematics.Realistic
                ? [.. Alternatives(card, generators).Select(g => new FluxCalculation(setup, g, request.Mode, request.Options, AnalysisGrid.TrueEdges))]
                : null;
            timing[$"fluxes {card.Name}"] = clock.Elapsed;
            stage = $"bounds ({card.Name}), mass points";
            progress?.Invoke(stage, done, steps);
            curves.AddRange(RunCouplings(scan, calc, response, exposures, request, request.Masses, execution, pointDone, alternativeSm));
            timing[$"bounds {card.Name}"] = clock.Elapsed;
            if (!request.Band) continue;
            var alternatives = Alternatives(card, generators);
            for (int k = 0; k < alternatives.Count; k++)
            {
                var alt = alternatives[k];
                if (!bandGenerators.Contains(alt)) bandGenerators.Add(alt);
                stage = $"generator band member {k + 1}/{alternatives.Count} ({alt}), mass points";
                progress?.Invoke($"generator band member {k + 1}/{alternatives.Count} ({alt}): fluxes", done, steps);
                var altCalc = new FluxCalculation(setup, alt, request.Mode, request.Options, AnalysisGrid.TrueEdges);
                inputs.AddRange(altCalc.InputFiles);
                band.AddRange(RunCouplings(scan, altCalc, response, exposures, request, bandMasses, execution, pointDone, alternativeSm));
            }
            timing[$"band {card.Name}"] = clock.Elapsed;
        }
        var beamDumpResult = beamDumpRun.GetAwaiter().GetResult(); // its own exception (an InputException stays one)
        curves.AddRange(beamDumpResult.bdCurves);
        band.AddRange(beamDumpResult.bdBand);
        foreach (var g in beamDumpResult.bdGenerators) if (!bandGenerators.Contains(g)) bandGenerators.Add(g);
        inputs.AddRange(beamDumpResult.bdInputs);
        foreach (var (k, v) in beamDumpResult.bdTiming) timing[k] = v;
        progress?.Invoke("done", done, steps);
        return new CampaignResult(curves, band, bandGenerators, reference, timing, inputs, data);
    }

    /// <summary>All couplings of the request for one flux calculation, in parallel (results in the request's order).</summary>
    static IEnumerable<LimitCurve> RunCouplings(LimitScan scan, FluxCalculation calc, DetectorResponse response,
        IReadOnlyList<(string Name, double Multiplier)> exposures, CampaignRequest request, IReadOnlyList<double> masses, ScanExecution? execution,
        Action<int, int>? pointDone = null, IReadOnlyList<FluxCalculation>? alternatives = null)
    {
        var alternativeTables = alternatives is null ? null : new StandardModelTables(alternatives);
        var limits = request.Couplings.Select(c =>
        {
            double background = request.Systematics == Systematics.Realistic ? calc.Setup.Card.Realistic?.TauBackgroundFraction ?? 0 : 0;
            var limit = new LimitRequest(c.Direction, c.Label, masses, request.Statistics, request.Finder, request.Flavours, request.TruthScale, background, alternativeTables);
            return (Request: limit, Key: execution?.Checkpoints is null ? "" : ScanKey(calc, response, exposures, limit, alternatives));
        }).ToArray();
        // a point to compute needs the fluxes: they are built here, with every thread free to help, rather than by the
        // first mass point of a parallel loop while the others wait for it
        if (!limits.All(l => LimitScan.AllStored(execution, l.Key, masses)))
        {
            _ = calc.StandardModel; // and so the measures
            foreach (var alt in alternatives ?? []) _ = alt.StandardModel;
        }
        var results = new IReadOnlyList<LimitCurve>[limits.Length];
        Parallel.For(0, results.Length, Parallelism.Options, i =>
            results[i] = scan.Run(calc, response, exposures, limits[i].Request, pointDone, execution: execution, scanKey: limits[i].Key));
        return results.SelectMany(r => r);
    }

    /// <summary>
    /// The identity of a scan for its checkpoints: program version; SHA-256 of every input file (hadron tables, cross-section
    /// files); the card's physics; the exposures; generators, acceptance, flux settings and Z′ options; the coupling
    /// direction (exact bits), samples, statistics, finder and Asimov truth. Anything that can change a number is in it.
    /// </summary>
    /// <param name="calc">The flux calculation scanned.</param>
    /// <param name="response">Its detector response.</param>
    /// <param name="exposures">The exposures of the scan.</param>
    /// <param name="r">The coupling request.</param>
    /// <param name="alternatives">The flux calculations of the generator templates (realistic systematics), or null.</param>
    public static string ScanKey(FluxCalculation calc, DetectorResponse response, IReadOnlyList<(string Name, double Multiplier)> exposures, LimitRequest r,
        IReadOnlyList<FluxCalculation>? alternatives = null)
    {
        var parts = new List<string> { "secretnu scan" };
        parts.AddRange(CalculationKeyParts(calc, response));
        parts.AddRange(exposures.Select(x => $"exposure {x.Name}={R(x.Multiplier)}"));
        var request = r.KeyParts().ToArray(); // coupling, flavours and truth, then statistics and finder
        parts.AddRange(request.Take(2));
        // realistic detector: efficiencies per flavour (in the response) and the ν_τ background; absent for the paper's choices
        if (r.TauBackgroundFraction != 0 || response.Realistic) parts.Add($"realistic detector; tau background {R(r.TauBackgroundFraction)}");
        // the templates' generators and hadron tables (their card, acceptance, settings and options are the calculation's)
        if (alternatives is { Count: > 0 } alts)
            parts.Add($"generator templates {alts.Count}: {string.Join("; ", alts.Select(a => $"{a.Generators} " +
                string.Join(",", a.InputFiles.Where(f => f != a.Setup.Card.SourcePath).Select(f => $"{Path.GetFileName(f)}={Output.Provenance.Sha256(f)}"))))}");
        parts.AddRange(request.Skip(2));
        return CheckpointStore.Key(parts);
    }

    /// <summary>The lines of a key that a flux calculation and its detector response fix: program version, the card's physics,
    /// the SHA-256 of every input file (hadron tables, cross-section files), generators, acceptance, settings, edges and Z′ options.</summary>
    /// <param name="calc">The flux calculation.</param>
    /// <param name="response">Its detector response (its cross-section files), or null for fluxes alone.</param>
    public static IEnumerable<string> CalculationKeyParts(FluxCalculation calc, DetectorResponse? response)
    {
        yield return BuildInfo.Version;
        yield return ExperimentCardSchema.PhysicsKey(calc.Setup.Card);
        yield return calc.Setup.Card.EnergyLabel;
        foreach (string f in calc.InputFiles.Where(f => f != calc.Setup.Card.SourcePath).Concat(response?.CrossSection.InputFiles ?? [])
            .Select(f => $"{Path.GetFileName(f)}={Output.Provenance.Sha256(f)}").Order(StringComparer.Ordinal))
            yield return f;
        yield return $"generators {calc.Generators}; mode {calc.Mode}; settings {calc.Setup.Settings}; edges {string.Join(",", calc.Edges.Select(R))}";
        foreach (var kv in calc.Options.Describe()) yield return $"option {kv.Key}={kv.Value}";
    }

    static string R(double x) => PlainTextLines.Format(x);

    /// <summary>The SM flux tables of flux calculations, each built when first read (a run whose points are all cached reads none).</summary>
    sealed class StandardModelTables(IReadOnlyList<FluxCalculation> calcs) : IReadOnlyList<FluxTable>
    {
        public FluxTable this[int index] => calcs[index].StandardModel;
        public int Count => calcs.Count;
        public IEnumerator<FluxTable> GetEnumerator() => calcs.Select(c => c.StandardModel).GetEnumerator();
        System.Collections.IEnumerator System.Collections.IEnumerable.GetEnumerator() => GetEnumerator();
    }

    /// <summary>Generator choices of the band: the card's other light generators with the default charm one, and the
    /// other charm generators with the default light one.</summary>
    public static IReadOnlyList<GeneratorChoice> Alternatives(ExperimentCard card, GeneratorChoice def) =>
        card.LightGenerators.Where(g => g != def.Light).Select(g => def with { Light = g })
            .Concat(card.CharmGenerators.Where(g => g != def.Charm).Select(g => def with { Charm = g })).Distinct().ToArray();
}
