namespace SecretNu.Fluxes;

/// <summary>What a published flux file counts (data/README §4.1).</summary>
public enum PublishedFluxKind
{
    /// <summary>Neutrinos crossing the detector's front face, per energy bin (<c>&lt;prefix&gt;&lt;pid&gt;.txt</c>).</summary>
    ThroughFace,

    /// <summary>Charged-current interactions inside the detector, per energy bin (<c>&lt;prefix&gt;CCint_&lt;pid&gt;.txt</c>).</summary>
    ChargedCurrentInteractions,
}
