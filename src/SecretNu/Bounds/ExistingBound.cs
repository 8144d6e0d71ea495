namespace SecretNu.Bounds;

/// <summary>An existing constraint tabulated as a curve g(m_Z′) (masses in GeV) for one coupling direction; masses
/// where it says nothing are absent (the curve may have gaps, e.g. between a channel threshold and a selection end).</summary>
public sealed record ExistingBound(ConstraintEntry Entry, IReadOnlyList<double> Masses, IReadOnlyList<double> Couplings)
{
    /// <summary>Label on figures and in tables (<see cref="ConstraintEntry.Name"/>).</summary>
    public string Name => Entry.Name;
    /// <summary>Short source shown beside the name, e.g. "arXiv:1506.05845" (<see cref="ConstraintEntry.Source"/>).</summary>
    public string Source => Entry.Source;
    /// <summary>How it is obtained, in words: the observable and the method.</summary>
    public string Method => $"{Entry.Observable} ({Entry.Method})";
    /// <summary>True when derived from SecretNu's rates.</summary>
    public bool Computed => Entry.Computed;
    /// <summary>True when in the default envelope.</summary>
    public bool Default => Entry.Default;
}
