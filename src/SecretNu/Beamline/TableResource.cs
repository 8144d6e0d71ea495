namespace SecretNu.Beamline;

/// <summary>
/// Reader of the beam-line tables embedded in SecretNu (src/SecretNu/Beamline/Tables/*.tsv, resource
/// <c>SecretNu.Beamline.Tables.&lt;file&gt;</c>), shared by <see cref="ApertureTable"/>, <see cref="DipoleField"/> and
/// <see cref="QuadrupoleField"/>; its parser (<see cref="Build{T}"/>) also reads the embedded argon cross-section table
/// (<see cref="Detection.ArgonCrossSection"/>). Format: '#' starts a comment (whole lines: the header block naming the source; after
/// the numbers: notes such as "B = -1.200 T"); blank lines are skipped; the first other line is the column header with
/// units (e.g. "z_from[m]  z_to[m]  k[GeV/m]"), which must name exactly the expected columns; every further line is one
/// row of finite numbers, one per column, separated by tabs or blanks, with the first column strictly increasing.
/// Numbers are parsed in the invariant culture, correctly rounded: the same digits give the same doubles as C# literals.
/// </summary>
internal static class TableResource
{
    const string Prefix = "SecretNu.Beamline.Tables.";

    /// <summary>
    /// Reads the embedded table <paramref name="file"/> (e.g. "dipoles-run2.tsv") and builds the table from its rows,
    /// flattened row-major (<paramref name="columns"/>.Length numbers per row).
    /// </summary>
    /// <exception cref="InputException">The resource is malformed, or <paramref name="build"/> refuses a row; the
    /// message names the resource and the line.</exception>
    public static T Load<T>(string file, string[] columns, Func<double[], T> build)
    {
        string resource = Prefix + file;
        using Stream stream = typeof(TableResource).Assembly.GetManifestResourceStream(resource)
            ?? throw new InvalidOperationException($"embedded resource {resource} is missing");
        using var reader = new StreamReader(stream);
        return Build(reader.ReadToEnd(), resource, columns, build);
    }

    /// <summary>
    /// Parses table <paramref name="text"/> (named <paramref name="source"/> in messages) and builds the table from its
    /// rows. An <see cref="ArgumentException"/> from <paramref name="build"/> (a validating constructor) becomes an
    /// <see cref="InputException"/> at the line of the first row it refuses.
    /// </summary>
    internal static T Build<T>(string text, string source, string[] columns, Func<double[], T> build)
    {
        var (values, lines) = Parse(text, source, columns);
        try
        {
            return build(values);
        }
        catch (ArgumentException e)
        {
            // The constructors check each row against the previous one, in order: the shortest prefix of rows they
            // refuse ends at the offending row (only on this error path).
            int n = columns.Length, rows = 1;
            while (rows < lines.Length && Accepts(build, values[..(rows * n)])) rows++;
            throw new InputException(e.Message, source, lines[rows - 1], e);
        }
    }

    static bool Accepts<T>(Func<double[], T> build, double[] values)
    {
        try { build(values); return true; }
        catch (ArgumentException) { return false; }
    }

    /// <summary>
    /// The rows of <paramref name="text"/>, flattened row-major, and the 1-based line number of each row; checks the
    /// column header, the number of columns, that every value is a finite number and that the first column increases.
    /// </summary>
    static (double[] Values, int[] Lines) Parse(string text, string source, string[] columns)
    {
        var values = new List<double>();
        var lines = new List<int>();
        bool header = false;
        Span<Range> tokens = stackalloc Range[columns.Length + 1];
        var walk = new PlainTextLines(text);
        while (walk.MoveNext(out ReadOnlySpan<char> line))
        {
            int hash = line.IndexOf('#');
            if (hash >= 0) line = line[..hash];
            int count = PlainTextLines.Split(line, tokens);
            if (count == 0) continue;
            if (!header)
            {
                if (count != columns.Length || !MatchesHeader(line, tokens, columns))
                    throw new InputException($"column header '{Shown(line)}' is not the expected " +
                        $"'{string.Join(' ', columns)}'", source, walk.LineNumber);
                header = true;
                continue;
            }
            if (count != columns.Length)
                throw new InputException($"{count} values where {columns.Length} columns " +
                    $"({string.Join(' ', columns)}) are expected: '{Shown(line)}'", source, walk.LineNumber);
            double first = PlainTextLines.FiniteNumber(line[tokens[0]], columns[0], source, walk.LineNumber);
            if (lines.Count > 0 && !(first > values[^columns.Length]))
                throw new InputException($"{columns[0]} = {PlainTextLines.Format(first)} is not above the previous " +
                    $"row's {PlainTextLines.Format(values[^columns.Length])}: rows must be sorted", source, walk.LineNumber);
            values.Add(first);
            for (int c = 1; c < columns.Length; c++)
                values.Add(PlainTextLines.FiniteNumber(line[tokens[c]], columns[c], source, walk.LineNumber));
            lines.Add(walk.LineNumber);
        }
        if (lines.Count == 0)
            throw new InputException(header ? "no rows after the column header" : "no column header and no rows", source);
        return (values.ToArray(), lines.ToArray());
    }

    /// <summary>A line for a message, tabs shown as blanks.</summary>
    static string Shown(ReadOnlySpan<char> line) => PlainTextLines.Excerpt(line.ToString().Replace('\t', ' '));

    static bool MatchesHeader(ReadOnlySpan<char> line, ReadOnlySpan<Range> tokens, string[] columns)
    {
        for (int c = 0; c < columns.Length; c++)
            if (!line[tokens[c]].SequenceEqual(columns[c].AsSpan())) return false;
        return true;
    }
}
