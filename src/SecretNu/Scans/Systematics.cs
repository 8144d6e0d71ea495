namespace SecretNu.Scans;

/// <summary>Which statistical assumptions a campaign uses (issue 13 point 3; docs/statistics.md).</summary>
public enum Systematics
{
    /// <summary>The reference paper's: a 10 % (or --normalisation-uncertainty) pull per sample.</summary>
    Paper,
    /// <summary>
    /// The paper's pulls plus the generator spread as nuisances: each alternative generator of the card is a ±1σ template
    /// of the relative change of every sample's SM events (normalisation and shape, correlated across the samples),
    /// profiled with <see cref="Statistics.TemplateChi2"/>; and the card's detector realism ([realistic]: per-flavour
    /// efficiencies, ν_τ background) where it gives one. More nuisances never strengthen a bound.
    /// </summary>
    Realistic,
}
