namespace SecretNu.Data;

/// <summary>
/// One input file as pinned by the data manifest: where it lives upstream (repository, commit, path), where it goes in
/// the data directory, and its size and SHA-256.
/// </summary>
/// <param name="Repository">GitHub repository as <c>owner/name</c>, e.g. <c>KlingFelix/FORESEE</c>.</param>
/// <param name="Commit">Full commit hash the file is taken from.</param>
/// <param name="UpstreamPath">Path inside the repository, with forward slashes (e.g. <c>files/hadrons/14TeV/EPOSLHC/EPOSLHC_14TeV_211.txt</c>).</param>
/// <param name="LocalPath">Path relative to the data directory, with forward slashes (e.g. <c>foresee/hadrons/14TeV/EPOSLHC/EPOSLHC_14TeV_211.txt</c>).</param>
/// <param name="Size">Size in bytes.</param>
/// <param name="Sha256">SHA-256 of the content, lower-case hex.</param>
public sealed record ManifestEntry(string Repository, string Commit, string UpstreamPath, string LocalPath, long Size, string Sha256)
{
    /// <summary>
    /// The download address <c>{baseUrl}/{repository}/{commit}/{upstreamPath}</c>, every path segment percent-encoded
    /// (so <c>SND@LHC</c> becomes <c>SND%40LHC</c>). A path in <paramref name="baseUrl"/> (a mirror's prefix) is kept.
    /// </summary>
    public Uri Url(Uri baseUrl)
    {
        string prefix = baseUrl.AbsoluteUri.TrimEnd('/');
        string path = string.Join('/', $"{Repository}/{Commit}/{UpstreamPath}".Split('/').Select(Uri.EscapeDataString));
        return new Uri($"{prefix}/{path}");
    }

    /// <summary>The absolute path of this file under the data directory <paramref name="root"/>.</summary>
    public string PathUnder(string root) => Path.Combine([Path.GetFullPath(root), .. LocalPath.Split('/')]);

    /// <summary>The local path's segments (<c>foresee</c>, <c>hadrons</c>, <c>14TeV</c>, …).</summary>
    internal string[] LocalSegments => LocalPath.Split('/');
}
