using System.Text.Json;
using System.Text.Json.Serialization;

namespace SecretNu.Detection;

/// <summary>
/// Where the rows of <see cref="ArgonCrossSection"/>'s embedded table are quoted from (embedded
/// Detection/argon-cross-section-source.json): the public repository, commit and path of the upstream file, its size and
/// SHA-256 (so that a copy can be checked before the quoted rows are compared with it), and the status of each claim
/// about it (quoted, checked or unconfirmed). Only selected rows are embedded; the upstream file is not needed at run time.
/// </summary>
/// <param name="Repository">GitHub owner/name of the upstream repository.</param>
/// <param name="Commit">Upstream commit (40 hex digits).</param>
/// <param name="UpstreamPath">Path of the file in the upstream repository.</param>
/// <param name="Size">Size of the upstream file [bytes].</param>
/// <param name="Sha256">SHA-256 of the upstream file (lower-case hex).</param>
/// <param name="Claims">What is said about the table (model, format, units, target, the embedded rows), each with its status and source.</param>
public sealed record ArgonCrossSectionSource(string Repository, string Commit, string UpstreamPath, long Size,
    string Sha256, IReadOnlyList<ArgonCrossSectionSource.Claim> Claims)
{
    const string ResourceName = "SecretNu.Detection.argon-cross-section-source.json";

    /// <summary>One statement about the table.</summary>
    /// <param name="What">The statement.</param>
    /// <param name="Status">"quoted" (read in the cited place), "checked" (inferred from the numbers and tested) or "unconfirmed".</param>
    /// <param name="Where">The place it was read or how it was checked.</param>
    public sealed record Claim(string What, string Status, string Where);

    sealed record Document([property: JsonPropertyName("_comment")] string Comment, string Repository, string Commit, string UpstreamPath,
        long Size, string Sha256, Claim[] Claims);

    static readonly Lazy<ArgonCrossSectionSource> Embedded = new(() =>
    {
        using Stream stream = typeof(ArgonCrossSectionSource).Assembly.GetManifestResourceStream(ResourceName)
            ?? throw new InvalidOperationException($"embedded resource {ResourceName} is missing");
        var d = JsonSerializer.Deserialize<Document>(stream, InputJson.Strict()) ?? throw new InvalidOperationException($"{ResourceName} is empty");
        if (d.Size <= 0 || d.Sha256.Length != 64 || d.Commit.Length != 40)
            throw new InvalidOperationException($"{ResourceName}: needs a positive size, a 64-digit SHA-256 and a 40-digit commit");
        foreach (var c in d.Claims)
            if (c.Status is not ("quoted" or "checked" or "unconfirmed"))
                throw new InvalidOperationException($"{ResourceName}: claim \"{c.What}\" has status {c.Status}, not quoted|checked|unconfirmed");
        return new ArgonCrossSectionSource(d.Repository, d.Commit, d.UpstreamPath, d.Size, d.Sha256, d.Claims);
    });

    /// <summary>The record of the table <see cref="ArgonCrossSection"/> quotes.</summary>
    public static ArgonCrossSectionSource Table => Embedded.Value;

    /// <summary>The upstream file in words, for messages: path, repository URL and commit.</summary>
    public string UpstreamLocation => $"{UpstreamPath} of https://github.com/{Repository} at commit {Commit} ({Size} bytes, SHA-256 {Sha256})";
}
