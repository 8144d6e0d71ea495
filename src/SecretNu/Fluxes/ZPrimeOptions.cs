using SecretNu.Decays;

namespace SecretNu.Fluxes;

/// <summary>
/// Switches for the Z′ flux, including the seed paper's approximations for like-for-like comparisons (physics.md
/// §11): each can be set alone; <see cref="Seed"/> sets them all (with <see cref="AcceptanceMode.Collinear"/>
/// measures chosen by the caller).
/// </summary>
/// <param name="Normalisation">Three-body rate: derived (default) or the seed's Eq. (4) (× ½).</param>
/// <param name="IncludeDPlus">D± → ℓνZ′ contributes (the seed neglected it).</param>
/// <param name="DsFromTauLine">Build the D_s± decay elements from the SM ν_τ (ν̄_τ) flux as if all of it came from the
/// line D_s → τν (E*₀ with the seed's m_Ds, BR = 5.6 %), the seed's reconstruction (physics.md §6.4), instead of from
/// the D_s production tables.</param>
public sealed record ZPrimeOptions(RateNormalisation Normalisation = RateNormalisation.Derived, bool IncludeDPlus = true, bool DsFromTauLine = false)
{
    /// <summary>Derived normalisation, D± included, D_s± from the production tables.</summary>
    public static readonly ZPrimeOptions Default = new();
    /// <summary>All of the seed paper's approximations: its normalisation (× ½), no D±, D_s± from the ν_τ line.</summary>
    public static readonly ZPrimeOptions Seed = new(RateNormalisation.Seed, IncludeDPlus: false, DsFromTauLine: true);

    /// <summary>The options as (key, value) pairs for output metadata: normalisation, include_d_plus, ds_from_tau_line.</summary>
    public IEnumerable<KeyValuePair<string, string>> Describe()
    {
        yield return new("normalisation", Normalisation.Name());
        yield return new("include_d_plus", IncludeDPlus ? "true" : "false");
        yield return new("ds_from_tau_line", DsFromTauLine ? "true" : "false");
    }
}
