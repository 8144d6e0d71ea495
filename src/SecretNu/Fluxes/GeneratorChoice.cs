namespace SecretNu.Fluxes;

/// <summary>The event generators whose hadron tables feed the flux: one for light hadrons (π, K), one for charm.</summary>
public sealed record GeneratorChoice(string Light, string Charm)
{
    public override string ToString() => $"{Light} + {Charm}";
}
