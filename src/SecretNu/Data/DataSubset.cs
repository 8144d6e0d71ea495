namespace SecretNu.Data;

/// <summary>Which of the two upstream sources to fetch (each with its LICENSE.md).</summary>
public enum DataSubset
{
    /// <summary>Everything in the manifest.</summary>
    All,

    /// <summary>The FORESEE hadron tables (<c>foresee/hadrons</c>).</summary>
    Hadrons,

    /// <summary>The FastNeutrinoFluxSimulation flux files (<c>fast-neutrino-flux/Fluxes</c>).</summary>
    Fluxes,
}
