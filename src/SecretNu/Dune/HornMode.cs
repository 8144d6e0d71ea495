namespace SecretNu.Dune;

/// <summary>Horn polarity of the LBNF beam: which sign of secondary meson is focused.</summary>
public enum HornMode
{
    /// <summary>Forward horn current, neutrino mode: π⁺, K⁺ focused (file <c>DUNE_ND_FHC.dat</c>).</summary>
    Fhc,

    /// <summary>Reverse horn current, antineutrino mode: π⁻, K⁻ focused (file <c>DUNE_ND_RHC.dat</c>).</summary>
    Rhc,
}
