using System.Text;
using System.Text.RegularExpressions;

namespace SecretNu.Output;

/// <summary>
/// Makes Skia's SVG output reproducible. Skia names clip paths "cl_N" from a counter that lives as long as the
/// process, so the same figure saved twice gets different ids. This renumbers every id, and each reference to it,
/// in order of first appearance; nothing else in the document changes.
/// </summary>
internal static partial class SvgIds
{
    [GeneratedRegex(@"(?<=\bid=""|url\(#)(?<prefix>[A-Za-z]+_)(?<n>[0-9A-Fa-f]+)(?=[""\)])")]
    private static partial Regex IdPattern();

    /// <summary>The SVG document with its ids renumbered and a comment naming the program version after the XML declaration.</summary>
    public static byte[] Normalize(byte[] svg)
    {
        string text = Encoding.UTF8.GetString(svg);
        int declarationEnd = text.StartsWith("<?xml", StringComparison.Ordinal) ? text.IndexOf("?>", StringComparison.Ordinal) + 2 : 0;
        text = text.Insert(declarationEnd, $"{(declarationEnd > 0 ? "\n" : "")}<!-- secretnu {BuildInfo.Version} -->\n");
        var renamed = new Dictionary<string, string>(StringComparer.Ordinal);
        string result = IdPattern().Replace(text, match =>
        {
            if (!renamed.TryGetValue(match.Value, out string? name))
                renamed[match.Value] = name = match.Groups["prefix"].Value + (renamed.Count + 1).ToString(System.Globalization.CultureInfo.InvariantCulture);
            return name;
        });
        return Encoding.UTF8.GetBytes(result);
    }
}
