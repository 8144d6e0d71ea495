using SecretNu;

namespace SecretNu.Bench;

/// <summary>The input data for benchmarks: $SECRETNU_DATA if set, else a <c>shared/data</c> directory found by walking
/// up from the benchmark binary (BenchmarkDotNet runs it from a generated folder deep below bin/).</summary>
static class BenchData
{
    public static DataDirectory Resolve()
    {
        string? env = Environment.GetEnvironmentVariable(DataDirectory.EnvironmentVariable);
        if (!string.IsNullOrWhiteSpace(env)) return DataDirectory.Resolve(env, null);
        for (DirectoryInfo? d = new(AppContext.BaseDirectory); d is not null; d = d.Parent)
        {
            string candidate = Path.Combine(d.FullName, "shared", "data");
            if (Directory.Exists(Path.Combine(candidate, DataDirectory.HadronsSubPath))) return DataDirectory.Resolve(candidate, null);
        }
        throw new InvalidOperationException($"benchmark data not found: set {DataDirectory.EnvironmentVariable}");
    }
}
