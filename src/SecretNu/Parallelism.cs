namespace SecretNu;

/// <summary>
/// How many threads the computation uses (<c>--threads N</c>; default: every core). Every parallel loop of the library
/// takes <see cref="Options"/>, so one setting bounds them all; results never depend on it (every loop writes its own
/// slots and reduces in a fixed order).
/// </summary>
public static class Parallelism
{
    static int _threads = Environment.ProcessorCount;

    /// <summary>Threads for parallel loops, 1 to 1024.</summary>
    public static int Threads
    {
        get => _threads;
        set => _threads = value is >= 1 and <= 1024 ? value : throw new ArgumentOutOfRangeException(nameof(value), value, "threads must be 1 to 1024");
    }

    /// <summary>Options for Parallel.For/ForEach with at most <see cref="Threads"/> at once.</summary>
    public static ParallelOptions Options => new() { MaxDegreeOfParallelism = _threads };
}
