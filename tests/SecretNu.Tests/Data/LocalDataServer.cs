using System.Collections.Concurrent;
using System.Net;
using System.Net.Sockets;
using System.Text;
using SecretNu.Data;

namespace SecretNu.Tests.Data;

/// <summary>
/// A local HTTP server on 127.0.0.1 that serves the reference data directory under the raw.githubusercontent.com
/// layout <c>/{repository}/{commit}/{upstreamPath}</c> of the manifest. It answers <c>Range: bytes=N-</c> with 206
/// (unless <see cref="SupportsRanges"/> is off), can serve tampered bytes for chosen files, records every request,
/// and rejects a request path with characters that should have been percent-encoded (such as a raw <c>@</c>).
/// </summary>
public sealed class LocalDataServer : IDisposable
{
    /// <summary>One request: the decoded path and the Range header, if any.</summary>
    public sealed record Request(string Path, string? Range, int Status);

    readonly HttpListener _listener = new();
    readonly Dictionary<string, string> _files = new(StringComparer.Ordinal);
    readonly ConcurrentDictionary<string, byte[]> _tampered = new(StringComparer.Ordinal);
    readonly ConcurrentQueue<Request> _requests = new();
    readonly ConcurrentDictionary<string, bool> _stalled = new(StringComparer.Ordinal);
    readonly CancellationTokenSource _stop = new();
    readonly Task _loop;

    /// <summary>Serves <paramref name="entries"/> (default: the whole manifest) from <paramref name="dataDirectory"/>.</summary>
    public LocalDataServer(string dataDirectory, IEnumerable<ManifestEntry>? entries = null)
    {
        foreach (var e in entries ?? DataManifest.Embedded.Entries) _files[Key(e)] = e.PathUnder(dataDirectory);
        for (int attempt = 0; ; attempt++)
        {
            Port = FreePort();
            _listener.Prefixes.Clear();
            _listener.Prefixes.Add($"http://127.0.0.1:{Port}/");
            try { _listener.Start(); break; }
            catch (HttpListenerException) when (attempt < 10) { }
        }
        _loop = Task.Run(Serve);
    }

    /// <summary>The port listened on.</summary>
    public int Port { get; }

    /// <summary><c>http://127.0.0.1:{port}</c>, to pass as base URL.</summary>
    public Uri BaseUrl => new($"http://127.0.0.1:{Port}");

    /// <summary>Whether range requests are honoured (otherwise the whole file is sent with 200).</summary>
    public bool SupportsRanges { get; set; } = true;

    /// <summary>Every request so far, in arrival order.</summary>
    public IReadOnlyList<Request> Requests => _requests.ToArray();

    /// <summary>Requests so far for one entry.</summary>
    public IReadOnlyList<Request> RequestsFor(ManifestEntry entry) => Requests.Where(r => r.Path == Key(entry)).ToList();

    /// <summary>Serves <paramref name="content"/> instead of the real file for <paramref name="entry"/>.</summary>
    public void Tamper(ManifestEntry entry, byte[] content) => _tampered[Key(entry)] = content;

    /// <summary>Never answers requests for <paramref name="entry"/> (until disposed), to test timeouts.</summary>
    public void Stall(ManifestEntry entry) => _stalled[Key(entry)] = true;

    /// <summary>A port on 127.0.0.1 that was free a moment ago (nothing listens on it).</summary>
    public static int FreePort()
    {
        var probe = new TcpListener(IPAddress.Loopback, 0);
        probe.Start();
        int port = ((IPEndPoint)probe.LocalEndpoint).Port;
        probe.Stop();
        return port;
    }

    static string Key(ManifestEntry e) => $"{e.Repository}/{e.Commit}/{e.UpstreamPath}";

    async Task Serve()
    {
        while (_listener.IsListening)
        {
            HttpListenerContext context;
            try { context = await _listener.GetContextAsync(); }
            catch (Exception e) when (e is HttpListenerException or ObjectDisposedException or InvalidOperationException) { return; }
            _ = Task.Run(() => Handle(context));
        }
    }

    void Handle(HttpListenerContext context)
    {
        var response = context.Response;
        string raw = context.Request.RawUrl ?? "";
        string path = Uri.UnescapeDataString(raw.TrimStart('/'));
        string? range = context.Request.Headers["Range"];
        int status = 200;
        try
        {
            if (!raw.All(c => char.IsAsciiLetterOrDigit(c) || "-._~/%".Contains(c))) status = 400; // not percent-encoded
            else if (context.Request.HttpMethod != "GET") status = 405;
            else if (!_files.TryGetValue(path, out string? file)) status = 404;
            else if (_stalled.ContainsKey(path))
            {
                _requests.Enqueue(new Request(path, range, 0));
                _stop.Token.WaitHandle.WaitOne(TimeSpan.FromSeconds(30));
                response.Abort();
                return;
            }
            else
            {
                byte[] content = _tampered.TryGetValue(path, out byte[]? bad) ? bad : File.ReadAllBytes(file);
                long from = 0;
                if (SupportsRanges)
                {
                    response.AddHeader("Accept-Ranges", "bytes");
                    if (range is not null && range.StartsWith("bytes=", StringComparison.Ordinal) && range.EndsWith('-'))
                    {
                        from = long.Parse(range["bytes=".Length..^1], System.Globalization.CultureInfo.InvariantCulture);
                        if (from >= content.Length)
                        {
                            status = 416;
                            response.AddHeader("Content-Range", $"bytes */{content.Length}");
                        }
                        else
                        {
                            status = 206;
                            response.AddHeader("Content-Range", $"bytes {from}-{content.Length - 1}/{content.Length}");
                        }
                    }
                }
                if (status is 200 or 206)
                {
                    _requests.Enqueue(new Request(path, range, status)); // before the body: the client may be done right after it
                    response.StatusCode = status;
                    response.ContentLength64 = content.Length - from;
                    response.OutputStream.Write(content, (int)from, (int)(content.Length - from));
                }
            }
            if (status is not (200 or 206))
            {
                _requests.Enqueue(new Request(path, range, status));
                response.StatusCode = status;
                byte[] text = Encoding.ASCII.GetBytes($"status {status}\n");
                response.ContentLength64 = text.Length;
                response.OutputStream.Write(text);
            }
            response.Close();
        }
        catch (Exception e) when (e is HttpListenerException or IOException or ObjectDisposedException)
        {
            response.Abort(); // the client went away
        }
    }

    /// <summary>Stops listening and waits (briefly) for the accept loop to end.</summary>
    public void Dispose()
    {
        _stop.Cancel();
        _listener.Stop();
        _listener.Close();
        _loop.Wait(TimeSpan.FromSeconds(5));
        _stop.Dispose();
    }
}
