using SecretNu.Statistics;

namespace SecretNu.Scans;

/// <summary>The 90 % CL bound at one mass: the finder's result and, at the bound, the new events per sample.</summary>
public sealed record LimitPoint(double Mass, LimitResult Result, IReadOnlyList<double> NewEventsAtBound, IReadOnlyList<double> StandardModelEvents)
{
    /// <summary>The bound on the coupling scale, or null ("no bound below the cap" etc.).</summary>
    public double? Coupling => Result.Status == LimitStatus.Found ? Result.Coupling : null;
}

/// <summary>A bound curve: one experiment (exposure), one coupling direction, one generator choice.</summary>
public sealed record LimitCurve(string Experiment, string Coupling, Fluxes.GeneratorChoice Generators, IReadOnlyList<string> Samples,
    IReadOnlyList<LimitPoint> Points);
