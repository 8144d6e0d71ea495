using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Engines;
using SecretNu.Beamline;
using SecretNu.Fluxes;
using SecretNu.Physics;

namespace SecretNu.Bench;

/// <summary>Issue 3 item 8: SM fluxes for FASERν from the hadron tables, including reading the tables, all cores.</summary>
[SimpleJob(RunStrategy.Monitoring, warmupCount: 1, iterationCount: 5)]
public class FluxBenchmarks
{
    DataDirectory _data = null!;

    [GlobalSetup]
    public void Setup() => _data = BenchData.Resolve();

    [Benchmark]
    public double StandardModelFluxFaserNu()
    {
        ForwardFluxModel.ClearTableCache();
        var model = new ForwardFluxModel(_data, "14", new GeneratorChoice("EPOSLHC", "SIBYLL+Pythia8"), BeamlineLayout.Run2);
        var flux = FluxTable.StandardModel(model.Measures(new DetectorFace(480, 0.25, 0.25)), 1.5e5, PublishedFlux.StandardEdges.ToArray());
        return flux.Total(NeutrinoSpecies.NuMu);
    }
}
