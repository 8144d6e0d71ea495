using System.Collections.Immutable;
using System.Globalization;
using System.Text;
using SecretNu.Fluxes;
using Tomlyn;
using Tomlyn.Parsing;
using Tomlyn.Syntax;

namespace SecretNu.Detection;

/// <summary>
/// Reads an experiment card (TOML) into an <see cref="ExperimentCard"/>. The card is walked as a syntax tree so that
/// every error — TOML syntax, unknown table or key, missing key, wrong type, value out of range — becomes an
/// <see cref="InputException"/> naming the card file, the key (with its table) and the 1-based line.
/// Schema and ranges: see docs/experiment-cards.md and <see cref="ExperimentCard"/>.
/// </summary>
public static class ExperimentCardReader
{
    /// <summary>
    /// Largest magnitude of any number in a card: far beyond every physical value, and small enough that products of
    /// card numbers (face area, luminosity in pb⁻¹, event counts) stay far from overflow.
    /// </summary>
    public const double MaxMagnitude = 1e30;

    /// <summary>Smallest magnitude of a non-zero number in a card (products such as the face area must not underflow to 0).</summary>
    public const double MinMagnitude = 1e-30;

    /// <summary>
    /// Largest card accepted, in characters: cards are about 2 kB, and the TOML parser's cost (it goes on past the first
    /// error) must stay bounded for any input.
    /// </summary>
    public const int MaxLength = 1_000_000;

    /// <summary>Collision energies (TeV) with hadron tables.</summary>
    public static readonly ImmutableArray<double> SupportedSqrtSTeV = [14.0, 13.6];

    // Table name ("" = top level) → allowed keys.
    static readonly Dictionary<string, string[]> Schema = new(StringComparer.Ordinal)
    {
        [""] = ["name", "description", "reference"],
        ["beam"] = ["sqrt_s_tev", "luminosity_fb", "beamline"],
        ["detector"] = ["distance_m", "width_m", "height_m", "offset_x_m", "offset_y_m", "target", "target_mass_t",
            "efficiency", "energy_resolution", "charge_identification"],
        ["statistics"] = ["exposure_scale"],
        ["generators"] = ["light", "charm", "directory"],
        ["published"] = ["folder", "directory", "prefix"],
        ["realistic"] = ["efficiency_e", "efficiency_mu", "efficiency_tau", "tau_background_fraction", "source"],
    };

    /// <summary>Reads and validates the card at <paramref name="path"/>.</summary>
    public static ExperimentCard Read(string path)
    {
        string text;
        try
        {
            long bytes = new FileInfo(path).Length;
            if (bytes > 4L * MaxLength) // UTF-8: at most 4 bytes per character
                throw new InputException($"{bytes} bytes is too large for an experiment card (limit {MaxLength} characters; cards are a few kB)", path, 1);
            text = File.ReadAllText(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new InputException($"cannot read experiment card: {e.Message}", path, null, e);
        }
        return Parse(text, path) with { SourcePath = Path.GetFullPath(path) };
    }

    /// <summary>Parses and validates card text; <paramref name="source"/> names it in messages.</summary>
    public static ExperimentCard Parse(string toml, string source)
    {
        ArgumentNullException.ThrowIfNull(toml);
        if (toml.Length > MaxLength)
            throw new InputException($"{toml.Length} characters is too long for an experiment card (limit {MaxLength}; cards are a few kB)",
                source, 1 + toml.AsSpan(0, MaxLength).Count('\n'));
        var card = new CardTree(toml, source);

        string name = card.RequiredString("", "name");
        string description = card.RequiredString("", "description");
        string? reference = card.OptionalString("", "reference");

        double sqrtS = card.RequiredNumber("beam", "sqrt_s_tev", out int sqrtSLine);
        if (!SupportedSqrtSTeV.Any(e => Math.Abs(e - sqrtS) < 1e-9))
            throw card.Error("beam", "sqrt_s_tev", sqrtSLine,
                $"must be one of {string.Join(", ", SupportedSqrtSTeV)} (TeV; the energies of the hadron tables)");
        double luminosity = card.Positive("beam", "luminosity_fb");
        BeamlineRun beamline = card.RequiredChoice("beam", "beamline",
            ("run2", BeamlineRun.Run2), ("run3", BeamlineRun.Run3), ("run4", BeamlineRun.Run4));

        double distance = card.Positive("detector", "distance_m");
        double width = card.Positive("detector", "width_m", " (a face of zero area sees nothing)");
        double height = card.Positive("detector", "height_m", " (a face of zero area sees nothing)");
        double offsetX = card.OptionalNumber("detector", "offset_x_m", 0.0);
        double offsetY = card.OptionalNumber("detector", "offset_y_m", 0.0);
        TargetMaterial target = card.RequiredChoice("detector", "target",
            ("tungsten", TargetMaterial.Tungsten), ("argon", TargetMaterial.Argon));
        double mass = card.Positive("detector", "target_mass_t");
        double efficiency = card.RequiredNumber("detector", "efficiency", out int efficiencyLine);
        if (!(efficiency > 0 && efficiency <= 1))
            throw card.Error("detector", "efficiency", efficiencyLine, "must be in (0, 1]");
        double resolution = card.RequiredNumber("detector", "energy_resolution", out int resolutionLine);
        if (!(resolution >= 0))
            throw card.Error("detector", "energy_resolution", resolutionLine, "must be >= 0 (relative sigma_E/E)");
        bool chargeId = card.RequiredBool("detector", "charge_identification");

        double exposure = card.OptionalNumber("statistics", "exposure_scale", 1.0, out int exposureLine);
        if (!(exposure > 0))
            throw card.Error("statistics", "exposure_scale", exposureLine, "must be > 0");

        ImmutableArray<string> light = card.RequiredStringList("generators", "light");
        ImmutableArray<string> charm = card.RequiredStringList("generators", "charm");
        string? hadronDirectory = card.OptionalFolder("generators", "directory");
        RealisticDetector? realistic = null;
        if (card.HasTable("realistic"))
        {
            double Efficiency(string key)
            {
                double e = card.RequiredNumber("realistic", key, out int line);
                if (!(e > 0 && e <= 1)) throw card.Error("realistic", key, line, "must be in (0, 1]");
                return e;
            }
            double background = card.RequiredNumber("realistic", "tau_background_fraction", out int backgroundLine);
            if (!(background >= 0 && background <= 1)) throw card.Error("realistic", "tau_background_fraction", backgroundLine, "must be in [0, 1]");
            realistic = new RealisticDetector(Efficiency("efficiency_e"), Efficiency("efficiency_mu"), Efficiency("efficiency_tau"), background,
                card.RequiredString("realistic", "source"));
        }

        string? folder = card.OptionalString("published", "folder", out int folderLine);
        if (folder is not null && !PublishedFluxCatalog.Folders.Contains(folder))
            throw card.Error("published", "folder", folderLine,
                $"is not a published-flux folder; available: {string.Join(", ", PublishedFluxCatalog.Folders)}");
        string? publishedDirectory = card.OptionalFolder("published", "directory");
        string? prefix = card.OptionalString("published", "prefix", out int prefixLine);
        if (publishedDirectory is not null && folder is not null)
            throw card.Error("published", "directory", folderLine, "give either folder (a bundled one) or directory (your own files), not both");
        if ((publishedDirectory is null) != (prefix is null))
            throw card.Error("published", publishedDirectory is null ? "prefix" : "directory", prefixLine > 0 ? prefixLine : folderLine,
                "directory and prefix go together (files <directory>/<prefix><pid>.txt)");
        if (prefix is not null && (prefix.Length == 0 || prefix.IndexOfAny(Path.GetInvalidFileNameChars()) >= 0))
            throw card.Error("published", "prefix", prefixLine, "must be a non-empty file-name prefix, e.g. \"FASER_\"");

        return new ExperimentCard
        {
            Name = name,
            Description = description,
            Reference = reference,
            SqrtSTeV = sqrtS,
            LuminosityFb = luminosity,
            Beamline = beamline,
            DistanceM = distance,
            WidthM = width,
            HeightM = height,
            OffsetXM = offsetX,
            OffsetYM = offsetY,
            Target = target,
            TargetMassT = mass,
            Efficiency = efficiency,
            EnergyResolution = resolution,
            ChargeIdentification = chargeId,
            ExposureScale = exposure,
            LightGenerators = light,
            CharmGenerators = charm,
            HadronDirectory = hadronDirectory,
            Realistic = realistic,
            PublishedFolder = folder,
            PublishedFiles = publishedDirectory is null ? null : (publishedDirectory, prefix!),
        };
    }

    /// <summary>The card's tables and key/value nodes with their lines, checked against <see cref="Schema"/>.</summary>
    sealed class CardTree
    {
        readonly string _text, _source;
        readonly Dictionary<string, (int Line, Dictionary<string, KeyValueSyntax> Items)> _tables = new(StringComparer.Ordinal);

        public CardTree(string text, string source)
        {
            _text = text;
            _source = source;
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
                if (!Schema.ContainsKey(tableName) || tableName.Length == 0)
                    throw new InputException(
                        $"unknown table [{Show(tableName)}]; known tables: {string.Join(", ", Schema.Keys.Where(k => k.Length > 0).Select(k => "[" + k + "]"))}",
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
            string[] allowed = Schema[table];
            foreach (KeyValueSyntax kv in items)
            {
                string key = kv.Key is null ? "" : KeyText(kv.Key);
                int kvLine = LineOf(kv);
                if (Array.IndexOf(allowed, key) < 0)
                {
                    string hint = table.Length == 0 && Schema.ContainsKey(key) ? $"; write a [{Show(key)}] table instead" :
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
            if (Math.Abs(x) > MaxMagnitude) throw Error(table, key, line, $"is implausibly large (limit {MaxMagnitude:G3} in magnitude)");
            if (x != 0 && Math.Abs(x) < MinMagnitude) throw Error(table, key, line, $"is implausibly small (0 or at least {MinMagnitude:G3} in magnitude)");
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

        public ImmutableArray<string> RequiredStringList(string table, string key)
        {
            ValueSyntax v = Require(table, key, out int line);
            if (v is not ArraySyntax array) throw WrongType(table, key, line, "an array of strings", v);
            var list = ImmutableArray.CreateBuilder<string>();
            foreach (ArrayItemSyntax item in array.Items)
            {
                if (item.Value is not StringValueSyntax s || string.IsNullOrWhiteSpace(s.Value))
                    throw Error(table, key, line, "must contain only non-empty strings (generator folder names)");
                if (list.Contains(s.Value!))
                    throw Error(table, key, line, $"lists '{Show(s.Value!)}' twice");
                list.Add(s.Value!);
            }
            if (list.Count == 0) throw Error(table, key, line, "must name at least one generator");
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

}
