namespace SecretNu;

/// <summary>Reads an input file whole; a file that cannot be read becomes one <see cref="InputException"/> naming it.</summary>
public static class InputText
{
    /// <param name="path">The file.</param>
    /// <param name="what">What it is, for the message ("hadron table", "flux file", …).</param>
    public static string Read(string path, string what)
    {
        try { return File.ReadAllText(path); }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new InputException($"cannot read {what}: {e.Message}", path, null, e);
        }
    }
}
