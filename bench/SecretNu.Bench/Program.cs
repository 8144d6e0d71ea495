using BenchmarkDotNet.Running;
using SecretNu.Bench;

if (args is ["--study", "spectra"])
{
    // the convergence study behind SpectrumResolution.Default (docs/spectra.md), not a BenchmarkDotNet run
    SpectraConvergenceStudy.Run(Console.Out);
    return;
}
if (args is ["--study", "hotloops"])
{
    // minimum-of-repetitions timings of the bound scan's hot loops on one thread (docs/performance.md)
    SecretNu.Bench.HotLoopStudy.Run(Console.Out);
    return;
}
BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
public partial class Program;
