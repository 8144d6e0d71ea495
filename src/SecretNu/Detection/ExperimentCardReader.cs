
namespace SecretNu.Detection;

/// <summary>
/// Reads an experiment card (TOML) into an <see cref="ExperimentCard"/>. The card is walked as a syntax tree so that
/// every error — TOML syntax, unknown table or key, missing key, wrong type, value out of range — becomes an
/// <see cref="InputException"/> naming the card file, the key (with its table) and the 1-based line.
/// The fields, their checks and their order come from <see cref="ExperimentCardSchema"/> (docs/experiment-cards.md).
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
        var tree = new CardTree(toml, source, ExperimentCardSchema.Tables);
        var card = new ExperimentCard();
        var opened = new HashSet<string>(StringComparer.Ordinal);
        // an [accelerator] table makes a beam-dump card; the other kind's tables are refused
        var kind = tree.HasTable("accelerator") ? CardKinds.BeamDump : CardKinds.Collider;
        foreach (string table in ExperimentCardSchema.Tables.Keys)
            if (tree.HasTable(table) && (ExperimentCardSchema.KindsOf(table) & kind) == 0)
                throw tree.TableError(table, kind == CardKinds.BeamDump
                    ? "belongs to collider cards; a card with an [accelerator] table is a beam-dump card (docs/experiment-cards.md)"
                    : "belongs to beam-dump cards, which have no [beam] or [generators]");
        foreach (CardField field in ExperimentCardSchema.Fields)
        {
            if (field.Table is null || (ExperimentCardSchema.KindsOf(field.Table) & kind) == 0) continue;
            if (ExperimentCardSchema.OptionalTables.TryGetValue(field.Table, out var empty))
            {
                if (!tree.HasTable(field.Table)) continue; // an optional table: all its keys or none
                if (opened.Add(field.Table)) card = empty(card);
            }
            card = field.Read(tree, card);
        }
        foreach (var rule in ExperimentCardSchema.Rules) card = rule(tree, card);
        return card;
    }
}
