namespace SecretNu.Data;

/// <summary>Where and how <see cref="DataFetcher"/> downloads.</summary>
public sealed record FetchOptions
{
    /// <summary><c>https://raw.githubusercontent.com</c>: files are fetched from <c>{base}/{repository}/{commit}/{path}</c>.</summary>
    public static Uri DefaultBaseUrl { get; } = new("https://raw.githubusercontent.com");

    /// <summary>Base address (a mirror with the same layout, or a local server in tests).</summary>
    public Uri BaseUrl { get; init; } = DefaultBaseUrl;

    /// <summary>Replace existing files whose SHA-256 differs from the manifest (otherwise they are reported and nothing is fetched).</summary>
    public bool Force { get; init; }

    /// <summary>Downloads at a time.</summary>
    public int MaxConcurrency { get; init; } = 4;

    /// <summary>Time allowed to open a connection.</summary>
    public TimeSpan ConnectTimeout { get; init; } = TimeSpan.FromSeconds(30);

    /// <summary>Time allowed without any progress: waiting for the response headers or for the next block of the body.</summary>
    public TimeSpan StallTimeout { get; init; } = TimeSpan.FromSeconds(60);
}
