using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Engines;
using SecretNu.Detection;
using SecretNu.Fluxes;
using SecretNu.Physics;
using SecretNu.Scans;
using SecretNu.Statistics;

namespace SecretNu.Bench;

/// <summary>Issue 4 item 6 and issue 5 item 8: the Z′ flux at one mass given the cached decay elements (exact and
/// collinear acceptance), and one bound curve (61 masses, FASERν, g_eτ) given the SM flux calculation.</summary>
[SimpleJob(RunStrategy.Throughput, warmupCount: 3, iterationCount: 15)]
[MemoryDiagnoser]
public class ZPrimeBenchmarks
{
    FluxCalculation _exact = null!, _collinear = null!, _analysis = null!, _collinearAnalysis = null!;
    DetectorResponse _response = null!;
    static readonly CouplingMatrix Etau = CouplingMatrix.Parse("etau=1");

    [GlobalSetup]
    public void Setup()
    {
        var data = BenchData.Resolve();
        var card = ExperimentCatalog.Load("faser-nu");
        var setup = new FluxSetup(data, card, FluxSettings.Default);
        _exact = new FluxCalculation(setup, setup.DefaultGenerators, AcceptanceMode.Exact, ZPrimeOptions.Default);
        _collinear = new FluxCalculation(setup, setup.DefaultGenerators, AcceptanceMode.Collinear, ZPrimeOptions.Default);
        _analysis = new FluxCalculation(setup, setup.DefaultGenerators, AcceptanceMode.Exact, ZPrimeOptions.Default, AnalysisGrid.TrueEdges);
        _collinearAnalysis = new FluxCalculation(setup, setup.DefaultGenerators, AcceptanceMode.Collinear, ZPrimeOptions.Default, AnalysisGrid.TrueEdges);
        _response = new DetectorResponse(card, new CrossSection(data, card.Target), includeExposureScale: false);
    }

    [Benchmark]
    public double ZPrimeFluxExact() => _exact.ZPrimeModel(0.01, Etau).Evaluate(1e-3).Sum(ZPrimeFlux.Part.Decayed, NeutrinoSpecies.NuTau);

    [Benchmark]
    public double ZPrimeFluxCollinear() => _collinear.ZPrimeModel(0.01, Etau).Evaluate(1e-3).Sum(ZPrimeFlux.Part.Decayed, NeutrinoSpecies.NuTau);

    /// <summary>The same on the analysis grid (0.04-decade bins aligned with the Doppler grid: the convolution the scans use).</summary>
    [Benchmark]
    public double ZPrimeFluxExactAnalysisGrid() => _analysis.ZPrimeModel(0.01, Etau).Evaluate(1e-3).Sum(ZPrimeFlux.Part.Decayed, NeutrinoSpecies.NuTau);

    [Benchmark]
    public double ZPrimeFluxCollinearAnalysisGrid() => _collinearAnalysis.ZPrimeModel(0.01, Etau).Evaluate(1e-3).Sum(ZPrimeFlux.Part.Decayed, NeutrinoSpecies.NuTau);

    [Benchmark]
    public int OneLimitCurve61Masses()
    {
        var curves = new LimitScan().Run(_analysis, _response, [("faser-nu", 1.0)],
            new LimitRequest(Etau, "etau", LimitRequest.LogSpaced(1e-6, 0.5, 61), StatisticsOptions.Paper, new LimitFinderOptions()));
        return curves[0].Points.Count(p => p.Coupling is not null);
    }
}
