using SecretNu.Decays;
using SecretNu.Detection;
using SecretNu.Fluxes;
using SecretNu.Physics;
using SecretNu.Scans;
using SecretNu.Spectra;
using SecretNu.Statistics;

namespace SecretNu.Dune;

/// <summary>What to scan for a beam-dump card: couplings, masses and the statistics of any bound.</summary>
/// <param name="Card">The beam-dump card (dune-nd).</param>
/// <param name="Couplings">Coupling directions with their labels; one curve each.</param>
/// <param name="Masses">m_Z′ values [GeV], increasing.</param>
/// <param name="Statistics">Statistical choices (as for collider cards).</param>
/// <param name="Finder">Limit-finder settings.</param>
/// <param name="Flavours">Flavour samples asked for (--samples), or null: the card's, else the seed rule.</param>
/// <param name="Normalisation">Three-body rate normalisation.</param>
/// <param name="Regularisation">Parent reconstruction (null: the default; the band varies it).</param>
/// <param name="DecayPoints">Where the Z′ start their flight.</param>
/// <param name="TruthScale">Asimov data from a Z′ of this scale instead of the SM.</param>
/// <param name="Execution">Checkpoints (points read back or saved, as for collider cards) and shard (only its masses; the
/// curves then hold only those points); null: neither.</param>
public sealed record BeamDumpRequest(ExperimentCard Card, IReadOnlyList<(string Label, CouplingMatrix Direction)> Couplings, IReadOnlyList<double> Masses,
    StatisticsOptions Statistics, LimitFinderOptions Finder, Flavor[]? Flavours = null, RateNormalisation Normalisation = RateNormalisation.Derived,
    Regularisation? Regularisation = null, DecayPointModel DecayPoints = DecayPointModel.PipeAverage, double? TruthScale = null, ScanExecution? Execution = null);

/// <summary>
/// 90 % CL bound curves of a beam-dump card (issue 15; docs/dune.md): the parents of each horn mode with beam time are
/// reconstructed once from the public DUNE ND fluxes (<see cref="DuneParentFlux"/>), then per mass the Z′ flux
/// (<see cref="DuneZPrimeFlux"/>) and events on argon (<see cref="DuneEventModel"/>) give the bound with the same χ², pulls
/// and finder as a collider card (<see cref="LimitScan"/>). The FHC and RHC samples enter one χ². Masses run in parallel;
/// results do not depend on scheduling.
/// </summary>
public static class BeamDumpScan
{
    /// <summary>The flux release of beam-dump curves, in the "light generator" column of the outputs.</summary>
    public const string FluxRelease = "DUNE-ND-2021";

    /// <summary>The curves' "generator" labels in outputs: the flux release and the parent reconstruction.</summary>
    public static GeneratorChoice Generators(Regularisation? regularisation = null) =>
        new(FluxRelease, regularisation is null || regularisation == Regularisation.Default ? "reconstructed parents" : $"reconstructed parents ({regularisation.Label})");

    /// <summary>Whether a curve comes from a beam-dump card (its flux release instead of a hadron generator).</summary>
    public static bool IsBeamDump(LimitCurve curve) => curve.Generators.Light == FluxRelease;

    /// <summary>The public flux file of a horn mode in the data directory (data README §8).</summary>
    public static string FluxFile(DataDirectory data, HornMode mode) =>
        Path.Combine(data.Root, DataDirectory.DuneSubPath, $"DUNE_ND_{mode.Label()}.dat");

    /// <summary>The horn modes of a card with beam time, FHC first.</summary>
    public static HornMode[] Modes(ExperimentCard card) =>
        [.. new[] { HornMode.Fhc, HornMode.Rhc }.Where(m => card.Accelerator is { } a && a.ProtonsOnTarget(m) > 0)];

    /// <summary>The parent reconstruction of each horn mode with beam time.</summary>
    /// <exception cref="InputException">Not a beam-dump card on argon, or a flux file is missing.</exception>
    public static DuneReconstruction[] Reconstruct(DataDirectory data, ExperimentCard card, Regularisation? regularisation = null)
    {
        RequireInputs(data, card);
        // the horn modes' fits are independent: side by side (each is deterministic; the order of the result is the modes')
        return [.. Modes(card).AsParallel().AsOrdered().WithDegreeOfParallelism(Parallelism.Threads)
            .Select(m => DuneParentFlux.Reconstruct(FluxFile(data, m), m, regularisation))];
    }

    /// <summary>Refuses a card that is not a beam-dump card on argon, or whose flux files are missing.</summary>
    /// <exception cref="InputException">Naming the card or the missing file.</exception>
    public static void RequireInputs(DataDirectory data, ExperimentCard card)
    {
        if (card.Accelerator is null) throw new InputException($"'{card.Name}' is not a beam-dump card (it has no [accelerator] table)", card.SourcePath);
        if (card.Target != TargetMaterial.Argon)
            throw new InputException($"'{card.Name}': beam-dump cards need target = \"argon\" (the cross sections at a few GeV are tabulated for argon only)", card.SourcePath);
        foreach (var m in Modes(card))
            if (FluxFile(data, m) is var file && !File.Exists(file))
                throw new InputException($"no {m.Label()} flux file for '{card.Name}': {file} is missing ({DataDirectory.HowToObtain}; `secretnu data fetch --only dune`)", file);
    }

    /// <summary>The sample names of a card's curves: each flavour sample per horn mode, e.g. "nu_tau CC (FHC)".</summary>
    public static string[] SampleNames(ExperimentCard card, IReadOnlyList<EventSample> flavourSamples) =>
        [.. Modes(card).SelectMany(m => flavourSamples.Select(s => m.SampleName(s)))];

    /// <summary>
    /// The identity of a beam-dump scan for its checkpoints: program version, the card's physics, the flux files' SHA-256, the
    /// reconstruction, decay points, normalisation, templates and cross sections; each point adds its coupling request
    /// (<see cref="LimitRequest.KeyParts"/>) and its mass. Anything that can change a number is in it.
    /// </summary>
    public static string ScanKey(DataDirectory data, BeamDumpRequest r)
    {
        var parts = new List<string> { "secretnu beam-dump scan", BuildInfo.Version, ExperimentCardSchema.PhysicsKey(r.Card) };
        parts.AddRange(Modes(r.Card).Select(m => $"{Path.GetFileName(FluxFile(data, m))}={Output.Provenance.Sha256(FluxFile(data, m))}"));
        parts.Add($"reconstruction {(r.Regularisation ?? Regularisation.Default).Label}; decay points {r.DecayPoints}; normalisation {r.Normalisation}; " +
                  $"templates {DuneZPrimeFlux.TemplateQuadrature}; cross sections {ArgonCrossSectionSource.Table.Sha256}");
        return CheckpointStore.Key(parts);
    }

    /// <summary>One curve per coupling of the request.</summary>
    /// <param name="data">The data directory (data/dune flux files).</param>
    /// <param name="request">Card, couplings, masses and statistics.</param>
    /// <param name="progress">Called with (mass points done, total); may be null.</param>
    public static IReadOnlyList<LimitCurve> Run(DataDirectory data, BeamDumpRequest request, Action<int, int>? progress = null)
    {
        var card = request.Card;
        RequireInputs(data, card);
        // the fit runs only when a point is computed (a merge or a finished --resume reads every point back)
        var reconstructions = new Lazy<DuneReconstruction[]>(() => Reconstruct(data, card, request.Regularisation));
        var pipe = new DecayPipe(card.Accelerator!.DecayPipeLengthM, card.DistanceM);
        var sigma = ArgonCrossSection.Embedded;
        var recoEdges = card.RecoEdges;
        var centres = AnalysisGrid.Centres(recoEdges);
        int nm = request.Masses.Count, total = nm * request.Couplings.Count, done = 0;
        bool Owns(int i) => request.Execution?.Shard is not Shard shard || shard.Owns(i);
        var store = request.Execution?.Checkpoints;
        string scanKey = store is null ? "" : ScanKey(data, request);
        var curves = new List<LimitCurve>();
        // the unit channel spectra of π and K at a mass, shared by every coupling with the same charged-lepton rows
        var spectra = new LimitScan();
        IReadOnlyList<ZPrimeChannelSpectra> Channels(double mass, CouplingMatrix direction) =>
            [.. spectra.Channels(mass, direction, request.Normalisation).Where(c => DuneZPrimeFlux.ParentMesons.Contains(c.Meson))];
        var couplings = request.Couplings.Select(c =>
        {
            var limit = new LimitRequest(c.Direction, c.Label, request.Masses, request.Statistics, request.Finder, request.Flavours, request.TruthScale);
            return (c.Label, c.Direction,
                Samples: EventSample.Choose(request.Flavours, card, c.Direction).SelectMany(f => EventSample.Of(f, card.ChargeIdentification)).ToArray(),
                Limit: limit,
                // the scan key of this coupling: each of its masses is one point of LimitScan.PointKey
                Key: store is null ? "" : CheckpointStore.Key([scanKey, .. limit.KeyParts()]));
        }).ToArray();
        // a point to compute needs the fit: it runs here, with every thread free to help, not inside the parallel loop
        if (!couplings.All(c => LimitScan.AllStored(request.Execution, c.Key, request.Masses)))
            _ = reconstructions.Value;
        var points = new LimitPoint[couplings.Length, nm];
        // masses in parallel; at each mass the couplings share the folds of the channel spectra (TemplateFolds)
        Parallel.For(0, nm, Parallelism.Options, i =>
        {
            if (!Owns(i)) return;
            double mass = request.Masses[i];
            var folds = new TemplateFolds(DuneGrid.TrueEdges, DuneZPrimeFlux.TemplateQuadrature);
            for (int c = 0; c < couplings.Length; c++)
            {
                var (label, direction, samples, limit, couplingKey) = couplings[c];
                string key = store is null ? "" : LimitScan.PointKey(couplingKey, mass);
                if (store is not null && store.TryLoad(key, 1, out var stored))
                {
                    points[c, i] = stored[0];
                    progress?.Invoke(Interlocked.Increment(ref done), total);
                    continue;
                }
                if (store is { RequireComplete: true })
                    throw new InputException($"no checkpoint for m_Z′ = {mass:G6} GeV of g_{label} ({card.Name}): were all shards run with the same options and given to merge?",
                        store.Directory);
                var channels = Channels(mass, direction);
                if (channels.Count == 0)
                    points[c, i] = new LimitPoint(mass, new LimitResult(LimitStatus.NoBoundBelowCap, null, 0, request.Finder.Cap, 0, "no open channel"), [], []);
                else
                {
                    var fluxes = reconstructions.Value.Select(r => new DuneZPrimeFlux(r, mass, direction, DuneGrid.TrueEdges, pipe, request.DecayPoints,
                        request.Normalisation, channels, folds: folds)).ToArray();
                    var model = new DuneEventModel(card, fluxes, sigma, samples, recoEdges);
                    points[c, i] = LimitScan.Bound(model, 1, limit, model.Samples, centres, new double[model.Samples.Count * model.RecoBins]);
                }
                store?.Save(key, [points[c, i]]);
                progress?.Invoke(Interlocked.Increment(ref done), total);
            }
        });
        for (int c = 0; c < couplings.Length; c++)
            curves.Add(new LimitCurve(card.Name, couplings[c].Label, Generators(request.Regularisation), SampleNames(card, couplings[c].Samples),
                [.. Enumerable.Range(0, nm).Select(i => points[c, i]).Where(p => p is not null)]));
        return curves;
    }
}
