namespace SecretNu.Output;

/// <summary>How an axis maps values to positions.</summary>
public enum AxisScale
{
    /// <summary>Logarithmic, decades labelled 10ⁿ with minor ticks at 2…9 × 10ⁿ. Values ≤ 0, NaN and ∞ are skipped.</summary>
    Log,
    /// <summary>Linear, ticks at 1, 2 or 5 × 10ᵏ. NaN and ∞ are skipped.</summary>
    Linear,
}
