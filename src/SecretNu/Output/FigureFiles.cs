namespace SecretNu.Output;

/// <summary>
/// Writes a figure's files so that none is ever half-written: every file goes to a temporary file in the target
/// directory first, and only when all are complete are they renamed into place (a rename within one directory
/// replaces the old file whole).
/// </summary>
internal static class FigureFiles
{
    static long counter;

    /// <summary>Writes <c>pathWithoutExtension + extension</c> for each file.</summary>
    /// <exception cref="InputException">The directory does not exist or cannot be written; no file is left behind.</exception>
    public static void WriteAll(string pathWithoutExtension, IReadOnlyList<(string Extension, byte[] Bytes)> files)
    {
        if (string.IsNullOrWhiteSpace(pathWithoutExtension))
            throw new ArgumentException("a figure needs a file path", nameof(pathWithoutExtension));

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
            throw new InputException($"cannot write figure: directory '{dir}' does not exist", file: full + files[0].Extension);

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
                    stream.Flush(flushToDisk: true);
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
            throw new InputException($"cannot write figure: directory '{dir}' is not writable ({e.Message})", file: current, inner: e);
        }
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
