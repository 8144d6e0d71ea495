using BenchmarkDotNet.Attributes;
using SecretNu.Beamline;

namespace SecretNu.Bench;

/// <summary>
/// Trajectories per second of <see cref="HadronTransport"/> for typical forward hadrons (θ &lt; 1 mrad, p log-uniform in
/// 100 GeV–3 TeV, seeded). One operation = one trajectory.
/// </summary>
[MemoryDiagnoser]
public class BeamlineTransportBenchmarks
{
    const int N = 4096;
    HadronTransport _transport = null!;
    HadronStart[] _hadrons = null!;
    DecaySegment[] _buffer = null!;

    [Params("run2", "run3", "run4")] public string Layout { get; set; } = "run2";
    [Params(211, 130)] public int PdgId { get; set; } = 211;

    [GlobalSetup]
    public void Setup()
    {
        _transport = new HadronTransport(BeamlineLayout.FromName(Layout));
        _buffer = new DecaySegment[_transport.MaxSegments];
        var rng = new Random(1);
        _hadrons = new HadronStart[N];
        for (int i = 0; i < N; i++)
        {
            double p = 100 * Math.Pow(30, rng.NextDouble()), theta = 1e-3 * Math.Sqrt(rng.NextDouble());
            _hadrons[i] = HadronStart.FromPdg(PdgId, Vec3.FromPolar(p, theta, 2 * Math.PI * rng.NextDouble()), Vec3.Zero);
        }
    }

    [Benchmark(OperationsPerInvoke = N)]
    public int Track()
    {
        int segments = 0;
        for (int i = 0; i < N; i++) segments += _transport.Track(_hadrons[i], _buffer);
        return segments;
    }
}
