namespace SecretNu.Dune;

/// <summary>
/// Settings of the regularised non-negative inversion (<see cref="DuneParentFlux"/>). Each parent spectrum is written as
/// W_j = s_j x_j with s_j a smooth reference (the flux of its main species inverted as if that parent alone made it,
/// smoothed over the bin), and the fit minimises
/// Σ_bins ((prediction − φ)/σ)² + <see cref="Smoothness"/> Σ_parents Σ_j (x_{j−1} − 2x_j + x_{j+1})²
/// + <see cref="MuonWeight"/> Σ_{μ bins} x_j² + Σ_species ((∫prediction/∫φ − 1)/<see cref="TotalTolerance"/>)², x ≥ 0, with σ = φ + <see cref="Floor"/> × max φ of the species
/// (relative errors, floored where the flux vanishes). The second difference of W/s is, to first order, that of
/// log W, so the penalty favours spectra shaped like the reference. The μ± ridge expresses "μ-decay ν_e are the
/// remainder": the larger it is, the more of the ν_e (ν̄_e) flux is given to K_e3, hence to K (the K/π split).
/// </summary>
/// <param name="Smoothness">λ ≥ 0, weight of the second-difference penalty.</param>
/// <param name="MuonWeight">ρ ≥ 0, ridge weight on the μ± components.</param>
/// <param name="Floor">Relative floor of σ (&gt; 0).</param>
/// <param name="TotalTolerance">Relative σ of the integral of each species (&gt; 0): the integrals are fitted as extra
/// data points so that the totals are kept where the per-bin relative weights are small.</param>
public sealed record Regularisation(double Smoothness = 1e-2, double MuonWeight = 1e-4, double Floor = 1e-3, double TotalTolerance = 2e-3)
{
    /// <summary>The central choice: λ = 1e-2, ρ = 1e-4, floor 1e-3, total tolerance 2e-3.</summary>
    public static Regularisation Default { get; } = new();

    /// <summary>"λ=0.01, ρ=0.0001" (invariant culture, round-trip): the settings that vary, for labels and cache keys.</summary>
    public string Label => FormattableString.Invariant($"λ={Smoothness:R}, ρ={MuonWeight:R}, floor={Floor:R}, totals={TotalTolerance:R}");

    /// <summary>Variations whose spread is the reported band: λ / 10 (the second regularisation strength) and ρ × 100
    /// (the K/π-split variation: more ν_e given to K_e3, i.e. more kaons), each with the other settings central.</summary>
    public IReadOnlyList<Regularisation> Variations() =>
        [this with { Smoothness = Smoothness / 10 }, this with { MuonWeight = MuonWeight * 100 }];

    internal void Validate()
    {
        if (!(Smoothness >= 0) || !double.IsFinite(Smoothness)) throw new ArgumentOutOfRangeException(nameof(Smoothness), Smoothness, "must be ≥ 0");
        if (!(MuonWeight >= 0) || !double.IsFinite(MuonWeight)) throw new ArgumentOutOfRangeException(nameof(MuonWeight), MuonWeight, "must be ≥ 0");
        if (!(Floor > 0) || !double.IsFinite(Floor)) throw new ArgumentOutOfRangeException(nameof(Floor), Floor, "must be > 0");
        if (!(TotalTolerance > 0) || !double.IsFinite(TotalTolerance)) throw new ArgumentOutOfRangeException(nameof(TotalTolerance), TotalTolerance, "must be > 0");
    }
}
