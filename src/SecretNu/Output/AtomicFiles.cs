namespace SecretNu.Output;

/// <summary>
/// Writes output files so that none is ever half-written: every file goes to a temporary file in its target
/// directory first, and only when all are complete are they renamed into place (a rename within one directory
/// replaces the old file whole). Used for figures, tables and metadata alike.
/// </summary>
public static class AtomicFiles
{
    static long counter;

    /// <summary>Writes <c>pathWithoutExtension + extension</c> for each file.</summary>
    /// <exception cref="InputException">The directory does not exist or cannot be written; no file is left behind.</exception>
    /// <param name="pathWithoutExtension">Target path without extension; the directory must exist.</param>
    /// <param name="files">Extension (with its dot, e.g. ".png") and content of each file.</param>
    /// <param name="durable">Flush each file to disk before the rename (survives a power cut, not only a killed
    /// process); off for scratch files such as checkpoints, where the rename alone is enough.</param>
    public static void WriteAll(string pathWithoutExtension, IReadOnlyList<(string Extension, byte[] Bytes)> files, bool durable = true)
    {
        if (string.IsNullOrWhiteSpace(pathWithoutExtension))
            throw new ArgumentException("an output needs a file path", nameof(pathWithoutExtension));

        string full;
        try
        {
            full = Path.GetFullPath(pathWithoutExtension);
        }
        catch (Exception e) when (e is ArgumentException or NotSupportedException or PathTooLongException)
        {
            throw new InputException($"'{pathWithoutExtension}' is not a usable file path", file: pathWithoutExtension, inner: e);
        }
        string dir = Path.GetDirectoryName(full) ?? full;
        if (!Directory.Exists(dir))
            throw new InputException($"cannot write: directory '{dir}' does not exist", file: full + files[0].Extension);

        var written = new List<(string Temp, string Final)>();
        string current = full + files[0].Extension;
        try
        {
            foreach ((string extension, byte[] bytes) in files)
            {
                current = full + extension;
                string temp = Path.Combine(dir,
                    $".{Path.GetFileName(current)}.{Environment.ProcessId}.{Interlocked.Increment(ref counter)}.tmp");
                using (var stream = new FileStream(temp, FileMode.CreateNew, FileAccess.Write, FileShare.None))
                {
                    written.Add((temp, current));
                    stream.Write(bytes);
                    stream.Flush(flushToDisk: durable);
                }
            }
            foreach ((string temp, string final) in written)
            {
                current = final;
                File.Move(temp, final, overwrite: true);
            }
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            foreach ((string temp, _) in written)
                TryDelete(temp);
            throw new InputException($"cannot write: directory '{dir}' is not writable ({e.Message})", file: current, inner: e);
        }
    }

    /// <summary>Writes one file whole or not at all.</summary>
    public static void Write(string path, byte[] bytes, bool durable = true)
    {
        string ext = Path.GetExtension(path);
        WriteAll(path[..^ext.Length], [(ext, bytes)], durable);
    }

    /// <summary>Writes one UTF-8 text file (no BOM, "\n" line ends) whole or not at all.</summary>
    public static void WriteText(string path, string text, bool durable = true) => Write(path, new System.Text.UTF8Encoding(false).GetBytes(text), durable);

    /// <summary>Writes several files (full paths) as one unit: all or none are renamed into place.</summary>
    public static void WriteTexts(IReadOnlyList<(string Path, string Text)> files)
    {
        foreach (var (path, text) in files) WriteText(path, text);
    }

    static void TryDelete(string path)
    {
        try
        {
            File.Delete(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // nothing more can be done; the original error is the one worth reporting
        }
    }
}
