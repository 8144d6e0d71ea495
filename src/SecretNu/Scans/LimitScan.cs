using System.Collections.Concurrent;
using SecretNu.Decays;
using SecretNu.Detection;
using SecretNu.Fluxes;
using SecretNu.Physics;
using SecretNu.Spectra;
using SecretNu.Statistics;

namespace SecretNu.Scans;

/// <summary>What to scan: a coupling direction ĝ (the bound is on the scale g of g·ĝ), masses and statistics.</summary>
/// <param name="Label">Name of the coupling in outputs (e.g. "etau").</param>
/// <param name="Flavours">Event samples by flavour; null = the seed paper's choice for the direction.</param>
/// <param name="TruthScale">Asimov data from a Z′ of this scale (at each mass) instead of the SM.</param>
/// <param name="TauBackgroundFraction">Background of the ν_τ sample(s): this fraction of the SM ν_e + ν_μ CC events in the same
/// reconstructed bin, added to data and prediction alike (0: none, the paper's assumption).</param>
/// <param name="Alternatives">SM fluxes of the alternative generators: each becomes a ±1σ template nuisance (the relative
/// change of every sample's SM events, applied to the whole prediction), profiled with <see cref="TemplateChi2"/> beside the
/// per-sample normalisation pulls; null: the paper's pulls only.</param>
/// <param name="Direction">The coupling direction ĝ (g = scale·ĝ).</param>
/// <param name="Masses">m_Z′ values [GeV], increasing.</param>
/// <param name="Statistics">Statistical choices.</param>
/// <param name="Finder">Limit-finder settings (threshold, cap, tolerance).</param>
public sealed record LimitRequest(CouplingMatrix Direction, string Label, IReadOnlyList<double> Masses, StatisticsOptions Statistics,
    LimitFinderOptions Finder, Flavor[]? Flavours = null, double? TruthScale = null, double TauBackgroundFraction = 0,
    IReadOnlyList<FluxTable>? Alternatives = null)
{
    /// <summary>The lines of a checkpoint key that this request fixes (everything but the masses, which are keyed per point):
    /// the direction (exact bits), samples, Asimov truth, statistics and finder.</summary>
    public IEnumerable<string> KeyParts()
    {
        static string R(double x) => PlainTextLines.Format(x);
        yield return $"coupling {Label}: {string.Join(",", Direction.Entries().Select(e => $"{e.Name}={R(e.Value)}"))}";
        yield return $"flavours {(Flavours is null ? "seed" : string.Join(",", Flavours))}; truth {(TruthScale is double t ? R(t) : "sm")}";
        foreach (var kv in Statistics.Describe()) yield return $"statistics {kv.Key}={kv.Value}";
        foreach (var kv in Finder.Describe()) yield return $"finder {kv.Key}={kv.Value}";
    }

    /// <summary><paramref name="n"/> log-uniform values from <paramref name="lo"/> to <paramref name="hi"/> (both included; [lo] for n = 1).</summary>
    public static IReadOnlyList<double> LogSpaced(double lo, double hi, int n) =>
        n == 1 ? [lo] : Enumerable.Range(0, n).Select(i => lo * Math.Pow(hi / lo, (double)i / (n - 1))).ToArray();
}

/// <summary>
/// 90 % CL bounds versus m_Z′ (physics.md §8): per mass, the Z′ templates are built once (rest-frame spectra shared
/// by every generator choice and experiment of the session), and for each exposure the coupling where the profiled
/// Δχ² crosses 2.70554 is found by <see cref="LimitFinder"/> (bracketing in log g, Brent to 1e-3, monotonicity
/// checked). Masses run in parallel; results do not depend on scheduling.
/// </summary>
public sealed class LimitScan
{
    readonly ConcurrentDictionary<(int Meson, Flavor Lepton, double Mass, RateNormalisation N), Lazy<ZPrimeChannelSpectra>> _channels = new();

    /// <summary>Unit channel spectra at a mass for the charged-lepton rows of a direction; each (meson, lepton, mass)
    /// is built once per session and shared by every direction that needs it (g_ee, g_eτ, g_eμ share the e channels).</summary>
    public IReadOnlyList<ZPrimeChannelSpectra> Channels(double mass, CouplingMatrix direction, RateNormalisation n)
    {
        var list = new List<ZPrimeChannelSpectra>();
        foreach (var meson in ChargedMeson.All)
            foreach (var lepton in ChargedLepton.All)
                if (direction.RowSumSquares(lepton.Flavor) > 0 && ZPrimeChannelSpectra.IsOpen(meson, lepton, mass))
                    list.Add(_channels.GetOrAdd((meson.PdgId, lepton.Flavor, mass, n),
                        k => new(() => new ZPrimeChannelSpectra(meson, lepton, mass, n))).Value);
        return list;
    }

    /// <summary>Bounds for every exposure (name, multiplier of the response's card) of one flux calculation.</summary>
    /// <param name="calc">Flux calculation on <see cref="AnalysisGrid.TrueEdges"/>.</param>
    /// <param name="response">Detector response without the exposure scale (multipliers carry it).</param>
    /// <param name="execution">Checkpoints (points are read back or saved under <paramref name="scanKey"/> + mass) and shard
    /// (points of other shards are skipped and missing from the curves).</param>
    /// <param name="scanKey">Identity of everything but the mass (see <see cref="BoundCampaign"/>); needed with checkpoints.</param>
    /// <param name="exposures">Named exposure multipliers (× the card's); cards that share fluxes share one scan.</param>
    /// <param name="request">Direction, masses, statistics and finder.</param>
    /// <param name="progress">Called with (masses done, total); may be null.</param>
    public IReadOnlyList<LimitCurve> Run(FluxCalculation calc, DetectorResponse response, IReadOnlyList<(string Name, double Multiplier)> exposures,
        LimitRequest request, Action<int, int>? progress = null, ScanExecution? execution = null, string scanKey = "")
    {
        if (!AnalysisGrid.IsAligned(calc.Edges)) throw new ArgumentException("the flux calculation must use AnalysisGrid.TrueEdges");
        var flavours = EventSample.Choose(request.Flavours, calc.Setup.Card, request.Direction);
        var samples = flavours.SelectMany(f => EventSample.Of(f, calc.Setup.Card.ChargeIdentification)).ToArray();
        // a run whose points are all stored needs no flux at all
        var shared = new Lazy<(double[]? Background, IReadOnlyList<Modifier>? Modifiers, IReadOnlyDictionary<int, DopplerMeasure> ZMeasures)>(() =>
            (Background(calc, response, samples, request.TauBackgroundFraction), Modifiers(calc, response, samples, request.Alternatives, request.Statistics),
             calc.ZPrimeMeasures()));
        // a point to compute needs them: built here, with every thread free to help, not by the first point of the loop
        if (!AllStored(execution, scanKey, request.Masses)) { _ = shared.Value; _ = calc.StandardModel; }
        int nm = request.Masses.Count;
        var results = new LimitPoint[exposures.Count, nm];
        int done = 0;
        var store = execution?.Checkpoints;
        Parallel.For(0, nm, Parallelism.Options, i =>
        {
            if (execution?.Shard is Shard shard && !shard.Owns(i)) return;
            double mass = request.Masses[i];
            string key = store is null ? "" : PointKey(scanKey, mass);
            if (store is not null && store.TryLoad(key, exposures.Count, out var stored))
            {
                for (int e = 0; e < exposures.Count; e++) results[e, i] = stored[e];
                progress?.Invoke(Interlocked.Increment(ref done), nm);
                return;
            }
            if (store is { RequireComplete: true })
                throw new InputException($"no checkpoint for m_Z′ = {mass:G6} GeV of g_{request.Label} ({string.Join(", ", exposures.Select(x => x.Name))}, " +
                    $"{calc.Generators}): were all shards run with the same options and given to merge?", store.Directory);
            var channels = Channels(mass, request.Direction, calc.Options.Normalisation);
            if (channels.Count == 0)
            {
                for (int e = 0; e < exposures.Count; e++)
                    results[e, i] = new LimitPoint(mass, new LimitResult(LimitStatus.NoBoundBelowCap, null, 0, request.Finder.Cap, 0, "no open channel"), [], []);
                store?.Save(key, Enumerable.Range(0, exposures.Count).Select(e => results[e, i]).ToArray());
                return;
            }
            var (background, modifiers, zMeasures) = shared.Value;
            var flux = new ZPrimeFluxModel(mass, request.Direction, zMeasures, calc.StandardModel, calc.Setup.Luminosity, calc.Options, channels);
            var events = new ZPrimeEventModel(flux, calc.StandardModel, response, samples);
            var predictions = new PredictionMemo(events);
            var prediction = new double[samples.Length * events.RecoBins];
            for (int e = 0; e < exposures.Count; e++)
                results[e, i] = Bound(predictions, exposures[e].Multiplier, request, samples, response.RecoCentres, prediction, background, modifiers);
            store?.Save(key, Enumerable.Range(0, exposures.Count).Select(e => results[e, i]).ToArray());
            progress?.Invoke(Interlocked.Increment(ref done), nm);
        });
        return exposures.Select((x, e) => new LimitCurve(x.Name, request.Label, calc.Generators, samples.Select(s => s.Name).ToArray(),
            Enumerable.Range(0, nm).Select(i => results[e, i]).Where(p => p is not null).ToArray())).ToArray();
    }

    /// <summary>The checkpoint key of one mass point of a scan.</summary>
    public static string PointKey(string scanKey, double mass) => CheckpointStore.Key([scanKey, BitConverter.DoubleToInt64Bits(mass).ToString("x16")]);

    /// <summary>Whether every mass point of a scan (of this shard) is stored already, so that the scan needs no flux.</summary>
    public static bool AllStored(ScanExecution? execution, string scanKey, IReadOnlyList<double> masses) =>
        execution?.Checkpoints is { } store
        && Enumerable.Range(0, masses.Count).All(i => (execution.Shard is Shard shard && !shard.Owns(i)) || store.Has(PointKey(scanKey, masses[i])));

    /// <summary>Background events per sample and reconstructed bin (for the card's exposure without its scale): for each
    /// ν_τ sample, <paramref name="fraction"/> × the SM ν_e + ν_μ CC events of the bin, shared equally between the ν_τ samples.</summary>
    static double[]? Background(FluxCalculation calc, DetectorResponse response, EventSample[] samples, double fraction)
    {
        int tauSamples = samples.Count(s => s.Species.All(sp => sp.Flavor() == Flavor.Tau));
        if (fraction <= 0 || tauSamples == 0) return null;
        int nr = response.RecoBins;
        var source = new double[nr];
        foreach (var f in new[] { Flavor.E, Flavor.Mu })
        {
            var reco = response.Events(new EventSample("background source", [f.Neutrino(), f.Antineutrino()]), s => calc.StandardModel.Counts(s));
            for (int j = 0; j < nr; j++) source[j] += reco[j];
        }
        var b = new double[samples.Length * nr];
        for (int si = 0; si < samples.Length; si++)
            if (samples[si].Species.All(sp => sp.Flavor() == Flavor.Tau))
                for (int j = 0; j < nr; j++) b[si * nr + j] = fraction * source[j] / tauSamples;
        return b;
    }

    /// <summary>The modifiers of <see cref="TemplateChi2"/> over the concatenated sample bins, once per scan: the relative
    /// templates of the alternative generators, then the normalisation pull(s) of <paramref name="statistics"/> (one common,
    /// or one per sample with its σ); null without alternatives.</summary>
    static IReadOnlyList<Modifier>? Modifiers(FluxCalculation calc, DetectorResponse response, EventSample[] samples, IReadOnlyList<FluxTable>? alternatives,
        StatisticsOptions statistics)
    {
        if (alternatives is null || alternatives.Count == 0) return null;
        int nr = response.RecoBins;
        double[] Events(FluxTable table) => samples.SelectMany(sm => response.Events(sm, s => table.Counts(s))).ToArray();
        var nominal = Events(calc.StandardModel);
        var list = alternatives.Select((alt, a) => Modifier.Template($"generator template {a + 1}", nominal, Events(alt))).ToList();
        // the paper's pulls, and the tilt when asked (their ranges and energies matter here, not the counts)
        list.AddRange(Modifier.PaperPulls(samples.Select(s => new Sample(s.Name, new double[nr], new double[nr], response.RecoCentres)).ToArray(),
            statistics));
        return list;
    }

    /// <summary>
    /// The predictions of one event model, kept per coupling for the exposures of a mass point: their bracketing steps
    /// (g = start·factor^k) are the same couplings, and an exposure only scales the events (Predict multiplies after
    /// smearing), so a prediction is computed once at multiplier 1 and scaled — the numbers Predict gives.
    /// </summary>
    sealed class PredictionMemo(ZPrimeEventModel events) : IEventPredictor
    {
        readonly Dictionary<long, double[]> _unscaled = [];
        readonly double[] _scratch = new double[events.ScratchLength];
        public ZPrimeEventModel Events => events;
        public double Mass => events.Mass;
        public int RecoBins => events.RecoBins;

        public void Predict(double scale, double multiplier, Span<double> reco)
        {
            long key = BitConverter.DoubleToInt64Bits(scale);
            if (!_unscaled.TryGetValue(key, out var unscaled))
            {
                unscaled = new double[reco.Length];
                events.Predict(scale, 1, _scratch, unscaled);
                _unscaled[key] = unscaled;
            }
            if (multiplier != 1) for (int j = 0; j < reco.Length; j++) reco[j] = unscaled[j] * multiplier;
            else unscaled.CopyTo(reco);
        }

        public double[] StandardModel(double multiplier)
        {
            var reco = new double[events.Samples.Count * events.RecoBins];
            Predict(0, multiplier, reco);
            return reco;
        }
    }

    /// <summary>The bound at one mass for one exposure: Asimov data (SM, or the request's truth), the profiled Δχ² of the
    /// prediction (<see cref="ProfiledChi2"/>, or <see cref="TemplateChi2"/> with modifiers), <see cref="LimitFinder"/>, and
    /// each sample's new and SM events at the bound.</summary>
    internal static LimitPoint Bound(IEventPredictor events, double multiplier, LimitRequest request, IReadOnlyList<EventSample> samples, double[] centres,
        double[] prediction, double[]? background = null, IReadOnlyList<Modifier>? modifiers = null)
    {
        int nr = events.RecoBins;
        // the background enters data and prediction alike
        void AddBackground(double[] x) { if (background is not null) for (int j = 0; j < x.Length; j++) x[j] += multiplier * background[j]; }
        var sm = events.StandardModel(multiplier);
        AddBackground(sm);
        var observed = sm;
        if (request.TruthScale is double truth)
        {
            observed = new double[sm.Length];
            events.Predict(truth, multiplier, observed);
            AddBackground(observed);
        }
        var stats = samples.Select((s, si) => new Sample(s.Name, observed.AsSpan(si * nr, nr), sm.AsSpan(si * nr, nr), centres)).ToArray();
        Func<double[], double> chi2;
        if (modifiers is null)
        {
            var delta = new DeltaChi2(new ProfiledChi2(stats, request.Statistics), sm);
            chi2 = p => delta.Evaluate(p);
        }
        else
        {
            // generator templates beside the normalisation pulls, all profiled together
            var profile = new TemplateChi2(stats, request.Statistics, modifiers);
            double reference = profile.Minimize(sm);
            chi2 = p => profile.Minimize(p) - reference;
        }
        double Evaluate(double g)
        {
            events.Predict(g, multiplier, prediction);
            AddBackground(prediction);
            return chi2(prediction);
        }
        var result = LimitFinder.Find(Evaluate, request.Finder);
        var newEvents = new double[samples.Count];
        var smEvents = new double[samples.Count];
        for (int si = 0; si < samples.Count; si++) smEvents[si] = sm.AsSpan(si * nr, nr).ToArray().Sum();
        if (result.Coupling is double g90)
        {
            events.Predict(g90, multiplier, prediction);
            for (int si = 0; si < samples.Count; si++) newEvents[si] = prediction.AsSpan(si * nr, nr).ToArray().Sum() - smEvents[si];
        }
        return new LimitPoint(events.Mass, result, newEvents, smEvents);
    }
}
