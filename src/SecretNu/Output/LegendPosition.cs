namespace SecretNu.Output;

/// <summary>Where the legend goes, inside the data area.</summary>
public enum LegendPosition
{
    /// <summary>The corner that covers the fewest drawn points and annotations (ties: upper right, upper left, lower right, lower left).</summary>
    Auto,
    /// <summary>Upper right corner.</summary>
    UpperRight,
    /// <summary>Upper left corner.</summary>
    UpperLeft,
    /// <summary>Lower right corner.</summary>
    LowerRight,
    /// <summary>Lower left corner.</summary>
    LowerLeft,
    /// <summary>No legend.</summary>
    Hidden,
    /// <summary>Beside the data area, to its right (the panel widens its right margin): covers nothing.</summary>
    OutsideRight,
}
