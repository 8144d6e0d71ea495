namespace SecretNu.Detection;

/// <summary>What a card field does to the numbers, which decides where it goes besides the card itself.</summary>
public enum CardFieldRole
{
    /// <summary>Names and describes; changes no number (name, description, reference, file, source texts).</summary>
    Identity,

    /// <summary>Changes fluxes or events: part of <see cref="ExperimentCardSchema.PhysicsKey"/>, so that cards that differ in
    /// it never share a flux calculation or a checkpoint.</summary>
    Physics,

    /// <summary>Multiplies every expected count (the exposure scale): cards that differ only in it share their fluxes, and the
    /// scan's checkpoint key records it per exposure instead.</summary>
    Exposure,

    /// <summary>Chooses what <c>validate-flux</c> compares with; changes no flux, event or bound.</summary>
    Validation,
}

/// <summary>The kinds of experiment card: a collider (LHC) source of forward hadrons, or an accelerator beam dump
/// with a decay pipe (DUNE). A table belongs to one kind or both (<see cref="ExperimentCardSchema.KindsOf"/>).</summary>
[Flags]
public enum CardKinds
{
    /// <summary>LHC forward detector: [beam], [generators], [realistic], [published], [data].</summary>
    Collider = 1,
    /// <summary>Accelerator neutrino beam with a decay pipe: [accelerator].</summary>
    BeamDump = 2,
    /// <summary>Both kinds (top level, [detector], [statistics], [analysis]).</summary>
    Both = Collider | BeamDump,
}

/// <summary>
/// One field of an experiment card, declared once in <see cref="ExperimentCardSchema"/>: where it sits in the TOML, its
/// name in the JSON echo of the card, its role, its type and rule for the documentation, how it is read and checked, and
/// how it is read back from an <see cref="ExperimentCard"/>. The reader, the JSON writer, the physics key and the schema
/// table in docs/experiment-cards.md all derive from these declarations.
/// </summary>
public sealed class CardField
{
    /// <summary>TOML table ("" = top level), or null for a field the reader sets itself (the card's file).</summary>
    public required string? Table { get; init; }

    /// <summary>TOML key within <see cref="Table"/>.</summary>
    public required string Key { get; init; }

    /// <summary>Property name in the card's JSON echo; "group.name" nests it in the object "group".</summary>
    public required string JsonName { get; init; }

    /// <summary>What the field does to the numbers.</summary>
    public required CardFieldRole Role { get; init; }

    /// <summary>Type and rule for the documentation, e.g. "number &gt; 0" or "run2 | run3 | run4".</summary>
    public required string Rule { get; init; }

    /// <summary>"required", "optional" or "optional, default …", for the documentation.</summary>
    public required string Presence { get; init; }

    /// <summary>What the field is, with its unit.</summary>
    public required string Doc { get; init; }

    /// <summary>The value in a card, or null when the card does not have it (then the JSON echo omits it). Doubles, booleans,
    /// strings, enums or string lists.</summary>
    public required Func<ExperimentCard, object?> Get { get; init; }

    /// <summary>The card with this field set to <paramref name="value"/> (of the type <see cref="Get"/> returns; unchecked).</summary>
    public required Func<ExperimentCard, object?, ExperimentCard> Set { get; init; }

    /// <summary>Reads the field from the TOML tree, checks it, and returns the card with it set.</summary>
    internal Func<CardTree, ExperimentCard, ExperimentCard> Read { get; init; } = (_, c) => c;

    /// <summary>"table.key" (or "key" at the top level) as written in messages and keys.</summary>
    public string Path => string.IsNullOrEmpty(Table) ? Key : $"{Table}.{Key}";
}
