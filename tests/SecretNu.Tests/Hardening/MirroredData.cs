namespace SecretNu.Tests.Hardening;

/// <summary>
/// A temporary data directory that mirrors <see cref="TestData.Directory"/> by symbolic links, except for the files
/// replaced by given text (directories on the way to a replaced file are real, everything else is a link), with an
/// output directory beside it. Deleted on dispose; the real data are never copied or touched.
/// </summary>
public sealed class MirroredData : IDisposable
{
    readonly TempDirectory _temp = new();

    /// <summary>The mirrored data root (pass as --data).</summary>
    public string Root { get; }

    /// <summary>A not yet existing output directory beside the data (pass as --out).</summary>
    public string Out { get; }

    /// <param name="replacements">relative path under the data root (forward slashes) → text of the malformed copy, or
    /// null to leave the file out of the mirror</param>
    public MirroredData(params (string Relative, string? Text)[] replacements)
    {
        Root = Path.Combine(_temp.Path, "data");
        Out = Path.Combine(_temp.Path, "out");
        var replaced = replacements.ToDictionary(r => r.Relative.Replace('/', Path.DirectorySeparatorChar), r => r.Text);
        foreach (string relative in replaced.Keys)
            if (!File.Exists(Path.Combine(TestData.Directory, relative)))
                throw new ArgumentException($"no data file {relative} to replace");
        Mirror(TestData.Directory, Root, "", replaced);
    }

    /// <summary>Full path of a file of the mirror.</summary>
    public string PathOf(string relative) => Path.Combine(Root, relative.Replace('/', Path.DirectorySeparatorChar));

    /// <summary>The text of a real data file (to derive a malformed copy from).</summary>
    public static string RealText(string relative) => File.ReadAllText(TestData.File(relative));

    static void Mirror(string source, string target, string relative, IReadOnlyDictionary<string, string?> replaced)
    {
        Directory.CreateDirectory(target);
        foreach (string entry in Directory.EnumerateFileSystemEntries(source))
        {
            string name = Path.GetFileName(entry);
            string rel = relative.Length == 0 ? name : Path.Combine(relative, name);
            string to = Path.Combine(target, name);
            if (replaced.TryGetValue(rel, out string? text))
            {
                if (text is not null) File.WriteAllText(to, text);
            }
            else if (Directory.Exists(entry) && replaced.Keys.Any(k => k.StartsWith(rel + Path.DirectorySeparatorChar, StringComparison.Ordinal)))
                Mirror(entry, to, rel, replaced);
            else if (Directory.Exists(entry))
                Directory.CreateSymbolicLink(to, entry);
            else
                File.CreateSymbolicLink(to, entry);
        }
    }

    public void Dispose() => _temp.Dispose();
}
