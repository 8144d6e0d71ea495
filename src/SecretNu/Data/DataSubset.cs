namespace SecretNu.Data;

/// <summary>Which of the upstream sources to fetch (each with its licence file).</summary>
public enum DataSubset
{
    /// <summary>Everything in the manifest.</summary>
    All,

    /// <summary>The FORESEE hadron tables (<c>foresee/hadrons</c>).</summary>
    Hadrons,

    /// <summary>The FastNeutrinoFluxSimulation flux files (<c>fast-neutrino-flux/Fluxes</c>).</summary>
    Fluxes,

    /// <summary>The DUNE near-detector fluxes from DarkNews-generator (<c>dune</c>, data README §8).</summary>
    Dune,
}
