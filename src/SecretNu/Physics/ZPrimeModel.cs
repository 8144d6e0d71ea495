namespace SecretNu.Physics;

/// <summary>A neutrino-only Z′: mass M [GeV] and coupling matrix g.</summary>
public sealed record ZPrimeModel(double Mass, CouplingMatrix Couplings)
{
    /// <summary>"m_Z'=&lt;mass with unit&gt;, g: &lt;non-zero couplings&gt;", e.g. "m_Z'=10 MeV, g: etau=0.001".</summary>
    public override string ToString() => $"m_Z'={Units.FormatEnergy(Mass)}, g: {Couplings}";
}
