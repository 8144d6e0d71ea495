using BenchmarkDotNet.Running;
using SecretNu.Bench;

if (args is ["--study", "spectra"])
{
    // the convergence study behind SpectrumResolution.Default (docs/spectra.md), not a BenchmarkDotNet run
    SpectraConvergenceStudy.Run(Console.Out);
    return;
}
BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
public partial class Program;
