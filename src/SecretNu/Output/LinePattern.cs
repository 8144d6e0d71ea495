namespace SecretNu.Output;

/// <summary>How a line is stroked.</summary>
public enum LinePattern
{
    /// <summary>Continuous (e.g. FASERν, SM fluxes).</summary>
    Solid,
    /// <summary>Dashes (e.g. FASER2ν projections, SM+Z′ fluxes).</summary>
    Dashed,
    /// <summary>Dots.</summary>
    Dotted,
    /// <summary>Alternating dash and dot.</summary>
    DashDot,
}
