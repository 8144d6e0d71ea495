using System.Diagnostics;
using SecretNu.Detection;
using SecretNu.Fluxes;
using SecretNu.Physics;
using SecretNu.Scans;
using SecretNu.Statistics;

namespace SecretNu.Bench;

/// <summary>
/// Quick timings of the hot loops of a bound scan on one thread (<c>--study hotloops</c>; docs/performance.md), as the
/// minimum over repetitions, which is robust on a shared machine: the Z′ flux fold, the event model, one prediction,
/// and one bound curve of 61 masses × 3 exposures (FASERν, g_eτ).
/// </summary>
public static class HotLoopStudy
{
    /// <summary>Runs the timings and writes one line per item.</summary>
    public static void Run(TextWriter output, int repetitions = 7)
    {
        Parallelism.Threads = 1;
        var data = BenchData.Resolve();
        var card = ExperimentCatalog.Load("faser-nu");
        var setup = new FluxSetup(data, card, FluxSettings.Default);
        var calc = new FluxCalculation(setup, setup.DefaultGenerators, AcceptanceMode.Exact, ZPrimeOptions.Default, AnalysisGrid.TrueEdges);
        var response = new DetectorResponse(card, new CrossSection(data, card.Target), includeExposureScale: false);
        var direction = CouplingMatrix.Parse("etau=1");
        var masses = LimitRequest.LogSpaced(1e-6, 0.5, 61);
        var scan = new LimitScan();
        var measures = calc.ZPrimeMeasures();
        var samples = EventSample.SeedFlavours(direction).SelectMany(f => EventSample.Of(f, card.ChargeIdentification)).ToArray();
        var channels = masses.Select(m => scan.Channels(m, direction, calc.Options.Normalisation)).ToArray();

        double Time(Action action)
        {
            double best = double.PositiveInfinity;
            for (int r = 0; r < repetitions; r++)
            {
                var clock = Stopwatch.StartNew();
                action();
                best = Math.Min(best, clock.Elapsed.TotalMilliseconds);
            }
            return best;
        }

        var fluxes = new ZPrimeFluxModel[masses.Count];
        double fold = Time(() => { for (int i = 0; i < masses.Count; i++) fluxes[i] = new ZPrimeFluxModel(masses[i], direction, measures, calc.StandardModel, setup.Luminosity, calc.Options, channels[i]); });
        var events = new ZPrimeEventModel[masses.Count];
        double model = Time(() => { for (int i = 0; i < masses.Count; i++) events[i] = new ZPrimeEventModel(fluxes[i], calc.StandardModel, response, samples); });
        var scratch = new double[events.Max(e => e.ScratchLength)];
        var reco = new double[samples.Length * events[0].RecoBins];
        double predict = Time(() => { for (int i = 0; i < masses.Count; i++) for (int n = 0; n < 20; n++) events[i].Predict(1e-5 * (1 + n), 1, scratch, reco); });
        double curve = Time(() => scan.Run(calc, response, [("a", 1.0), ("b", 100.0), ("c", 1000.0)],
            new LimitRequest(direction, "etau", masses, StatisticsOptions.Paper, new LimitFinderOptions())));
        output.WriteLine($"Z′ flux fold (ZPrimeFluxModel), per mass:   {fold / masses.Count:F3} ms");
        output.WriteLine($"event model (ZPrimeEventModel), per mass:  {model / masses.Count:F3} ms");
        output.WriteLine($"one prediction (Predict):                   {predict / masses.Count / 20 * 1000:F1} µs");
        output.WriteLine($"bound curve, 61 masses × 3 exposures:       {curve:F0} ms ({curve / masses.Count:F2} ms per mass)");
    }
}
