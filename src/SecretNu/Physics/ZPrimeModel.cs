namespace SecretNu.Physics;

/// <summary>A neutrino-only Z′: mass M [GeV] and coupling matrix g.</summary>
public sealed record ZPrimeModel(double Mass, CouplingMatrix Couplings)
{
    public override string ToString() => $"m_Z'={Units.FormatEnergy(Mass)}, g: {Couplings}";
}
