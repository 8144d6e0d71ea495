using System.Net;
using System.Net.Http.Headers;
using System.Security.Cryptography;

namespace SecretNu.Data;

/// <summary>
/// Downloads manifest files into a data directory and checks them. Each file goes to <c>&lt;local&gt;.part</c>
/// (a partial <c>.part</c> is resumed with an HTTP range request when the server supports it, restarted otherwise),
/// its SHA-256 is compared with the manifest, and only then is it renamed into place. Files already present with the
/// right hash are skipped, so rerunning an interrupted fetch resumes it. A download whose hash does not match is
/// refused: its <c>.part</c> is deleted and an <see cref="InputException"/> names the file and both hashes. An
/// existing file with a wrong hash is reported (nothing is downloaded) unless <see cref="FetchOptions.Force"/> is set,
/// in which case it is replaced. Network failures and timeouts become an <see cref="InputException"/> with the URL.
/// </summary>
public sealed class DataFetcher : IDisposable
{
    const int BufferSize = 1 << 16;
    readonly FetchOptions _options;
    readonly HttpClient _http;

    /// <summary>Creates a fetcher with its own HTTP client. Throws <see cref="InputException"/> for a base URL that is not http(s).</summary>
    public DataFetcher(FetchOptions? options = null)
    {
        _options = options ?? new FetchOptions();
        if (!_options.BaseUrl.IsAbsoluteUri || _options.BaseUrl.Scheme is not ("http" or "https"))
            throw new InputException($"base URL '{_options.BaseUrl}' is not an http or https address");
        if (_options.MaxConcurrency < 1) throw new ArgumentOutOfRangeException(nameof(options), "MaxConcurrency must be at least 1");
        var handler = new SocketsHttpHandler
        {
            ConnectTimeout = _options.ConnectTimeout,
            AutomaticDecompression = DecompressionMethods.None, // byte ranges refer to the file itself
        };
        _http = new HttpClient(handler) { Timeout = Timeout.InfiniteTimeSpan };
        _http.DefaultRequestHeaders.UserAgent.Add(new ProductInfoHeaderValue("SecretNu", BuildInfo.Version));
    }

    /// <summary>
    /// Brings every entry of <paramref name="entries"/> into <paramref name="dataRoot"/> (created if needed), verified.
    /// <paramref name="progress"/> is called (never concurrently) after each file is found in place or downloaded.
    /// </summary>
    public async Task<FetchSummary> FetchAsync(string dataRoot, IReadOnlyList<ManifestEntry> entries,
        Action<FetchProgress>? progress = null, CancellationToken cancellationToken = default)
    {
        string root = Path.GetFullPath(dataRoot);
        long bytesTotal = entries.Sum(e => e.Size), bytesDone = 0, received = 0;
        int filesDone = 0, present = 0, resumed = 0;
        var gate = new object();
        void Done(ManifestEntry entry)
        {
            lock (gate)
            {
                filesDone++;
                bytesDone += entry.Size;
                progress?.Invoke(new FetchProgress(filesDone, entries.Count, bytesDone, bytesTotal, entry.LocalPath));
            }
        }

        // What is there already: right files are kept, wrong ones stop the fetch unless --force.
        var missing = new List<ManifestEntry>();
        var wrong = new List<(string Path, string Actual, string Expected)>();
        foreach (ManifestEntry entry in entries)
        {
            string path = entry.PathUnder(root);
            if (!File.Exists(path)) { missing.Add(entry); continue; }
            string actual = await HashFileAsync(path, cancellationToken);
            if (actual == entry.Sha256) { present++; Done(entry); continue; }
            wrong.Add((path, actual, entry.Sha256));
            missing.Add(entry);
        }
        if (wrong.Count > 0 && !_options.Force)
        {
            var (path, actual, expected) = wrong[0];
            string more = wrong.Count > 1 ? $" (and {wrong.Count - 1} more file(s))" : "";
            throw new InputException($"existing file has SHA-256 {actual}, but the manifest expects {expected}{more}; " +
                "nothing was downloaded; rerun with --force to replace it", path);
        }

        await Parallel.ForEachAsync(missing,
            new ParallelOptions { MaxDegreeOfParallelism = _options.MaxConcurrency, CancellationToken = cancellationToken },
            async (entry, token) =>
            {
                var (bytes, wasResumed) = await DownloadAsync(entry, root, token);
                lock (gate)
                {
                    received += bytes;
                    if (wasResumed) resumed++;
                }
                Done(entry);
            });
        return new FetchSummary(missing.Count, resumed, wrong.Count, present, received);
    }

    /// <summary>Downloads one entry via its <c>.part</c> file, verifies it and renames it into place.</summary>
    async Task<(long Received, bool Resumed)> DownloadAsync(ManifestEntry entry, string root, CancellationToken token)
    {
        string final = entry.PathUnder(root);
        string part = final + ".part";
        Uri url = entry.Url(_options.BaseUrl);
        Directory.CreateDirectory(Path.GetDirectoryName(final)!);

        long offset = File.Exists(part) ? new FileInfo(part).Length : 0;
        if (offset >= entry.Size)
        {
            // A complete .part left by an interrupted rename, or a stale one: keep it only if it is right.
            if (offset == entry.Size && await HashFileAsync(part, token) == entry.Sha256)
            {
                File.Move(part, final, overwrite: true);
                return (0, true);
            }
            offset = 0;
        }

        var transfer = await TransferAsync(url, part, offset, entry.Size, token);
        long received = transfer.Received;
        if (transfer.Sha256 != entry.Sha256 && transfer.Appended)
        {
            // The kept prefix may have been stale: one more try from the start before refusing the file.
            transfer = await TransferAsync(url, part, 0, entry.Size, token);
            received += transfer.Received;
        }
        if (transfer.Sha256 != entry.Sha256)
        {
            File.Delete(part);
            throw new InputException($"download refused: SHA-256 {transfer.Sha256} does not match the manifest's " +
                $"{entry.Sha256} (from {url}); the file was not written", final);
        }
        File.Move(part, final, overwrite: true);
        return (received, transfer.Appended);
    }

    /// <summary>
    /// GETs <paramref name="url"/> into <paramref name="part"/>, appending from <paramref name="offset"/> when the
    /// server answers the range request with 206 and the right start, otherwise rewriting the file from the start.
    /// Returns the SHA-256 of the whole <c>.part</c>. Stops reading beyond <paramref name="size"/> bytes.
    /// </summary>
    async Task<(string Sha256, long Received, bool Appended)> TransferAsync(Uri url, string part, long offset, long size, CancellationToken token)
    {
        try
        {
            using var request = new HttpRequestMessage(HttpMethod.Get, url);
            if (offset > 0) request.Headers.Range = new RangeHeaderValue(offset, null);
            using HttpResponseMessage response = await WithStallTimeout(
                t => _http.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, t), token);

            bool append = offset > 0 && response.StatusCode == HttpStatusCode.PartialContent
                && response.Content.Headers.ContentRange?.From == offset;
            if (offset > 0 && !append && response.StatusCode != HttpStatusCode.OK)
            {
                response.Dispose(); // 416, an unexpected range, …: start over
                return await TransferAsync(url, part, 0, size, token);
            }
            if (!append && response.StatusCode != HttpStatusCode.OK)
                throw new InputException($"cannot download {url}: HTTP {(int)response.StatusCode} {response.ReasonPhrase}");

            using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
            await using var file = new FileStream(part, append ? FileMode.Open : FileMode.Create, FileAccess.ReadWrite,
                FileShare.None, BufferSize, useAsync: true);
            var buffer = new byte[BufferSize];
            long length = 0, received = 0;
            if (append)
            {
                for (int n; (n = await file.ReadAsync(buffer, token)) > 0; length += n) hash.AppendData(buffer, 0, n);
            }
            await using Stream body = await response.Content.ReadAsStreamAsync(token);
            while (length <= size)
            {
                int n = await WithStallTimeout(t => body.ReadAsync(buffer, t).AsTask(), token);
                if (n == 0) break;
                hash.AppendData(buffer, 0, n);
                await file.WriteAsync(buffer.AsMemory(0, n), token);
                length += n;
                received += n;
            }
            return (Convert.ToHexStringLower(hash.GetHashAndReset()), received, append);
        }
        catch (OperationCanceledException) when (!token.IsCancellationRequested)
        {
            throw new InputException($"cannot download {url}: timed out (no connection within " +
                $"{_options.ConnectTimeout.TotalSeconds:G} s or no data for {_options.StallTimeout.TotalSeconds:G} s)");
        }
        catch (HttpRequestException e)
        {
            throw new InputException($"cannot download {url}: {e.Message}", inner: e);
        }
        catch (IOException e)
        {
            throw new InputException($"cannot download {url} to {part}: {e.Message}", inner: e);
        }
    }

    /// <summary>Runs <paramref name="step"/> with a token that also fires after <see cref="FetchOptions.StallTimeout"/>.</summary>
    async Task<T> WithStallTimeout<T>(Func<CancellationToken, Task<T>> step, CancellationToken token)
    {
        using var stall = CancellationTokenSource.CreateLinkedTokenSource(token);
        stall.CancelAfter(_options.StallTimeout);
        return await step(stall.Token);
    }

    /// <summary>SHA-256 of a file, lower-case hex.</summary>
    static async Task<string> HashFileAsync(string path, CancellationToken token)
    {
        await using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, BufferSize, useAsync: true);
        return Convert.ToHexStringLower(await SHA256.HashDataAsync(stream, token));
    }

    /// <inheritdoc />
    public void Dispose() => _http.Dispose();
}
