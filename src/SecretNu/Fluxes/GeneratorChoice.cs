namespace SecretNu.Fluxes;

/// <summary>
/// The event generators whose hadron tables feed the flux: one for light hadrons (π, K), one for charm. A name
/// joined with '+' (e.g. "SIBYLL+Pythia8") means the average of those generators' tables.
/// </summary>
public sealed record GeneratorChoice(string Light, string Charm)
{
    /// <summary>The generators averaged in a name ("A+B" → A, B).</summary>
    public static string[] Parts(string name) => name.Split('+', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);

    /// <summary>"Light + Charm", e.g. "EPOSLHC + SIBYLL+Pythia8".</summary>
    public override string ToString() => $"{Light} + {Charm}";
}
