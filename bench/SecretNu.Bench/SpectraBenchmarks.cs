using BenchmarkDotNet.Attributes;
using SecretNu.Decays;
using SecretNu.Physics;
using SecretNu.Spectra;

namespace SecretNu.Bench;

/// <summary>Issue 2 item 9: every open channel's rest-frame spectra (primary ν, Z′ → ν, Z′ → ν̄ with decay-length
/// classes) at one m_Z′, on the tabulation the flux stage uses, single thread.</summary>
[MemoryDiagnoser]
public class SpectraBenchmarks
{
    [Params(1e-6, 1e-3, 1e-2, 0.1)]
    public double Mass;

    [Benchmark]
    public int AllOpenChannels()
    {
        int n = 0;
        foreach (var meson in ChargedMeson.All)
            foreach (var lepton in ChargedLepton.All)
                if (ThreeBodyDecay.IsOpen(meson, lepton, Mass))
                {
                    _ = new ZPrimeChannelSpectra(meson, lepton, Mass);
                    n++;
                }
        return n;
    }
}
