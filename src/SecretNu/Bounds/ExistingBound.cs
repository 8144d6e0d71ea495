namespace SecretNu.Bounds;

/// <summary>An existing bound as a curve g(m_Z′) (masses in GeV): computed here from our rates, or quoted.</summary>
/// <param name="Computed">True when derived from SecretNu's rates (enters the "below every computed bound" summary).</param>
public sealed record ExistingBound(string Name, string Source, string Method, bool Computed, IReadOnlyList<double> Masses, IReadOnlyList<double> Couplings);
