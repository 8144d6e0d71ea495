using System.Collections.Immutable;
using System.Text;
using Tomlyn;
using Tomlyn.Parsing;
using Tomlyn.Syntax;

namespace SecretNu.Detection;

/// <summary>The card's tables and key/value nodes with their lines, checked against the tables and keys that
/// <see cref="ExperimentCardSchema"/> declares; typed access that turns every problem into an <see cref="InputException"/>
/// naming the card, the key with its table, and the line.</summary>
internal sealed class CardTree
{
    readonly string _text, _source;
    readonly IReadOnlyDictionary<string, string[]> _schema;
    readonly Dictionary<string, (int Line, Dictionary<string, KeyValueSyntax> Items)> _tables = new(StringComparer.Ordinal);

    /// <summary>Parses <paramref name="text"/>; <paramref name="schema"/> maps each table ("" = top level) to its allowed keys.</summary>
    public CardTree(string text, string source, IReadOnlyDictionary<string, string[]> schema)
    {
        _text = text;
        _source = source;
        _schema = schema;
        DocumentSyntax doc;
        try
        {
            doc = SyntaxParser.Parse(text, source, true);
        }
        catch (TomlException e) // thrown instead of a diagnostic, e.g. for nesting deeper than Tomlyn's limit
        {
            string what = e.Message.Contains("maximum depth", StringComparison.Ordinal)
                ? "arrays or inline tables nested too deeply (more than 64 levels)" : Show(e.Message, 200);
            throw new InputException($"TOML error: {what}", source, e.Line ?? DeepestLine(text), e);
        }
        foreach (DiagnosticMessage d in doc.Diagnostics)
            if (d.Kind == DiagnosticMessageKind.Error)
                throw new InputException($"TOML error: {Show(Shorten(d.Message), 200)}", source, d.Span.Start.Line + 1);

        AddTable("", 1, doc.KeyValues);
        foreach (TableSyntaxBase t in doc.Tables)
        {
            int line = LineOf(t);
            string tableName = t.Name is null ? "" : KeyText(t.Name);
            if (t is TableArraySyntax)
                throw new InputException($"[[{Show(tableName)}]]: arrays of tables are not used in experiment cards",
                    source, line);
            if (!_schema.ContainsKey(tableName) || tableName.Length == 0)
                throw new InputException(
                    $"unknown table [{Show(tableName)}]; known tables: {string.Join(", ", _schema.Keys.Where(k => k.Length > 0).Select(k => "[" + k + "]"))}",
                    source, line);
            if (_tables.ContainsKey(tableName))
                throw new InputException($"table [{tableName}] defined twice (first on line {_tables[tableName].Line})",
                    source, line);
            AddTable(tableName, line, t.Items);
        }
    }

    /// <summary>1-based line where bracket/brace nesting first goes deeper than Tomlyn's 64 levels, else where it is
    /// deepest: a location for the nesting error, for which Tomlyn gives none.</summary>
    static int DeepestLine(string text)
    {
        int depth = 0, deepest = 0, line = 1, deepestLine = 1;
        foreach (char c in text)
        {
            if (c == '\n') line++;
            else if (c is '[' or '{' && ++depth > deepest)
            {
                (deepest, deepestLine) = (depth, line);
                if (depth > 64) break; // Tomlyn's limit: the first line that goes deeper
            }
            else if (c is ']' or '}' && depth > 0) depth--;
        }
        return deepestLine;
    }

    /// <summary>Drops the quoted source that Tomlyn appends to "already defined … with `…` and cannot be redefined".</summary>
    static string Shorten(string message)
    {
        int with = message.IndexOf(" with `", StringComparison.Ordinal);
        int end = message.LastIndexOf("` and ", StringComparison.Ordinal);
        return with > 0 && end > with ? message[..with] + message[(end + 1)..] : message;
    }

    void AddTable(string table, int line, IEnumerable<KeyValueSyntax> items)
    {
        var map = new Dictionary<string, KeyValueSyntax>(StringComparer.Ordinal);
        string[] allowed = _schema[table];
        foreach (KeyValueSyntax kv in items)
        {
            string key = kv.Key is null ? "" : KeyText(kv.Key);
            int kvLine = LineOf(kv);
            if (Array.IndexOf(allowed, key) < 0)
            {
                string hint = table.Length == 0 && _schema.ContainsKey(key) ? $"; write a [{Show(key)}] table instead" :
                    $"; allowed in {Where(table)}: {string.Join(", ", allowed)}";
                throw new InputException($"unknown key '{Show(key)}' in {Where(table)}{hint}", _source, kvLine);
            }
            if (!map.TryAdd(key, kv))
                throw new InputException($"key '{Show(key)}' in {Where(table)} given twice (first on line {LineOf(map[key])})",
                    _source, kvLine);
        }
        _tables[table] = (line, map);
    }

    /// <summary>An optional folder path: relative ones are taken from the card's folder (the working directory for a
    /// card given as text); it must exist. Returns the absolute path or null.</summary>
    public string? OptionalFolder(string table, string key)
    {
        string? value = OptionalString(table, key, out int line);
        if (value is null) return null;
        string baseDir = File.Exists(_source) && Path.GetDirectoryName(Path.GetFullPath(_source)) is string d ? d : Directory.GetCurrentDirectory();
        string full;
        try { full = Path.GetFullPath(Path.Combine(baseDir, value)); }
        catch (Exception e) when (e is ArgumentException or NotSupportedException or PathTooLongException)
        { throw Error(table, key, line, $"is not a path ({e.Message})"); }
        if (!Directory.Exists(full)) throw Error(table, key, line, $"is not a folder (looked for {full})");
        return full;
    }

    /// <summary>An error about a whole table, at its header line.</summary>
    public InputException TableError(string table, string message) =>
        new($"{Where(table)}: {message}", _source, _tables.TryGetValue(table, out var t) ? t.Line : 1);

    /// <summary>The line of <paramref name="key"/> in <paramref name="table"/>, else of the table, else 1.</summary>
    public int LineOf(string table, string key)
    {
        Find(table, key, out int line);
        return line;
    }

    public InputException Error(string table, string key, int line, string message) =>
        new($"key '{key}' in {Where(table)} = {ValueText(table, key)}: {message}", _source, line);

    ValueSyntax? Find(string table, string key, out int line)
    {
        if (_tables.TryGetValue(table, out var t))
        {
            if (t.Items.TryGetValue(key, out KeyValueSyntax? kv))
            {
                line = LineOf(kv);
                return kv.Value;
            }
            line = t.Line;
        }
        else line = 1;
        return null;
    }

    ValueSyntax Require(string table, string key, out int line)
    {
        ValueSyntax? v = Find(table, key, out line);
        if (v is not null) return v;
        string where = _tables.ContainsKey(table) ? Where(table) : $"{Where(table)} (the table is missing)";
        throw new InputException($"missing required key '{key}' in {where}", _source, line);
    }

    InputException WrongType(string table, string key, int line, string expected, ValueSyntax v) =>
        new($"key '{key}' in {Where(table)} must be {expected}, found {TypeName(v)} {Text(v)}", _source, line);

    public string RequiredString(string table, string key)
    {
        ValueSyntax v = Require(table, key, out int line);
        string s = v is StringValueSyntax str ? str.Value ?? "" : throw WrongType(table, key, line, "a string", v);
        if (string.IsNullOrWhiteSpace(s)) throw Error(table, key, line, "must not be empty");
        return s;
    }

    /// <summary>Whether the card has this table.</summary>
    public bool HasTable(string table) => _tables.ContainsKey(table);

    public string? OptionalString(string table, string key) => OptionalString(table, key, out _);

    public string? OptionalString(string table, string key, out int line)
    {
        ValueSyntax? v = Find(table, key, out line);
        if (v is null) return null;
        return v is StringValueSyntax str ? str.Value : throw WrongType(table, key, line, "a string", v);
    }

    public double RequiredNumber(string table, string key, out int line)
    {
        ValueSyntax v = Require(table, key, out line);
        return AsNumber(table, key, line, v);
    }

    public double OptionalNumber(string table, string key, double fallback) =>
        OptionalNumber(table, key, fallback, out _);

    public double OptionalNumber(string table, string key, double fallback, out int line)
    {
        ValueSyntax? v = Find(table, key, out line);
        return v is null ? fallback : AsNumber(table, key, line, v);
    }

    public double Positive(string table, string key, string why = "")
    {
        double x = RequiredNumber(table, key, out int line);
        if (!(x > 0)) throw Error(table, key, line, "must be > 0" + why);
        return x;
    }

    double AsNumber(string table, string key, int line, ValueSyntax v)
    {
        double x = v switch
        {
            FloatValueSyntax f => f.Value,
            IntegerValueSyntax i => i.Value,
            _ => throw WrongType(table, key, line, "a number", v),
        };
        if (!double.IsFinite(x)) throw Error(table, key, line, "must be a finite number");
        if (Math.Abs(x) > ExperimentCardReader.MaxMagnitude) throw Error(table, key, line, $"is implausibly large (limit {ExperimentCardReader.MaxMagnitude:G3} in magnitude)");
        if (x != 0 && Math.Abs(x) < ExperimentCardReader.MinMagnitude) throw Error(table, key, line, $"is implausibly small (0 or at least {ExperimentCardReader.MinMagnitude:G3} in magnitude)");
        return x;
    }

    public bool RequiredBool(string table, string key)
    {
        ValueSyntax v = Require(table, key, out int line);
        return v is BooleanValueSyntax b ? b.Value : throw WrongType(table, key, line, "true or false", v);
    }

    public T RequiredChoice<T>(string table, string key, params (string Text, T Value)[] choices)
    {
        ValueSyntax v = Require(table, key, out int line);
        string names = string.Join(" | ", choices.Select(c => c.Text));
        if (v is not StringValueSyntax str) throw WrongType(table, key, line, $"a string ({names})", v);
        foreach (var (text, value) in choices)
            if (string.Equals(text, str.Value, StringComparison.Ordinal)) return value;
        throw Error(table, key, line, $"must be one of {names}");
    }

    public ImmutableArray<string> RequiredStringList(string table, string key) =>
        StringList(table, key, Require(table, key, out int line), line, "generator folder names", "generator");

    /// <summary>A list of distinct non-empty strings, or null when the key is absent.</summary>
    public ImmutableArray<string>? OptionalStringList(string table, string key, string what, out int line)
    {
        ValueSyntax? v = Find(table, key, out line);
        return v is null ? null : StringList(table, key, v, line, what, "flavour (e, mu, tau)");
    }

    ImmutableArray<string> StringList(string table, string key, ValueSyntax v, int line, string what, string itemName)
    {
        if (v is not ArraySyntax array) throw WrongType(table, key, line, "an array of strings", v);
        var list = ImmutableArray.CreateBuilder<string>();
        foreach (ArrayItemSyntax item in array.Items)
        {
            if (item.Value is not StringValueSyntax s || string.IsNullOrWhiteSpace(s.Value))
                throw Error(table, key, line, $"must contain only non-empty strings ({what})");
            if (list.Contains(s.Value!))
                throw Error(table, key, line, $"lists '{Show(s.Value!)}' twice");
            list.Add(s.Value!);
        }
        if (list.Count == 0) throw Error(table, key, line, $"must name at least one {itemName}");
        return list.ToImmutable();
    }

    string ValueText(string table, string key)
    {
        ValueSyntax? v = Find(table, key, out _);
        return v is null ? "(missing)" : Text(v);
    }

    string Text(SyntaxNode node)
    {
        SourceSpan span = node.Span;
        int start = span.Start.Offset, end = span.End.Offset;
        if (start < 0 || end < start || start >= _text.Length) return Show(node.ToString() ?? "");
        return Show(_text.Substring(start, Math.Min(end + 1, _text.Length) - start));
    }

    /// <summary>Text from the card for a message: one line (line breaks become blanks), shortened, control characters escaped.</summary>
    static string Show(string text, int max = 80) => PlainTextLines.Excerpt(
        string.Join(' ', text.Split(['\r', '\n'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)), max);

    static string TypeName(ValueSyntax v) => v switch
    {
        StringValueSyntax => "string",
        IntegerValueSyntax => "integer",
        FloatValueSyntax => "float",
        BooleanValueSyntax => "boolean",
        ArraySyntax => "array",
        InlineTableSyntax => "inline table",
        _ => "date/time",
    };

    static string Where(string table) => table.Length == 0 ? "the top level" : $"[{table}]";

    static int LineOf(SyntaxNode node) => node.Span.Start.Line + 1;

    static string KeyText(KeySyntax key)
    {
        var sb = new StringBuilder(Part(key.Key));
        foreach (DottedKeyItemSyntax d in key.DotKeys) sb.Append('.').Append(Part(d.Key));
        return sb.ToString();
    }

    static string Part(BareKeyOrStringValueSyntax? k) => k switch
    {
        BareKeySyntax b => b.Key?.Text ?? "",
        StringValueSyntax s => s.Value ?? "",
        _ => "",
    };
}
