namespace SecretNu.Dune;

/// <summary>Horn polarity of the LBNF beam: which sign of secondary meson is focused.</summary>
public enum HornMode
{
    /// <summary>Forward horn current, neutrino mode: π⁺, K⁺ focused (file <c>DUNE_ND_FHC.dat</c>).</summary>
    Fhc,

    /// <summary>Reverse horn current, antineutrino mode: π⁻, K⁻ focused (file <c>DUNE_ND_RHC.dat</c>).</summary>
    Rhc,
}

/// <summary>Names of a horn mode in outputs.</summary>
public static class HornModeExtensions
{
    /// <summary>"FHC" or "RHC", as in the flux file names, sample names and messages.</summary>
    public static string Label(this HornMode mode) => mode == HornMode.Fhc ? "FHC" : "RHC";

    /// <summary>The sample of a horn mode: "nu_tau CC (FHC)".</summary>
    public static string SampleName(this HornMode mode, Detection.EventSample sample) => $"{sample.Name} ({mode.Label()})";
}
