using SecretNu.Decays;
using SecretNu.Physics;

namespace SecretNu.Bounds;

/// <summary>
/// The masses where something starts or stops: every M⁺ → ℓ⁺νZ′ threshold m_M − m_ℓ (π, K, D_s, D⁺ with e, μ, τ) and
/// every end point of an existing constraint (a selection that closes, e.g. NA62's missing-mass window at exactly
/// 100 MeV or PIENU's E_e > 52 MeV at 70.5 MeV; a published range). Scans add those inside their range to the mass
/// grid, so that no edge is misplaced between two grid points.
/// </summary>
public static class EndPoints
{
    static readonly Lazy<double[]> Cached = new(() =>
        ChannelThresholds().Concat(ConstraintCatalog.All.SelectMany(ConstraintEvaluator.EndPoints))
            .Where(m => double.IsFinite(m) && m > 0).Distinct().Order().ToArray());

    /// <summary>All end points [GeV], sorted, distinct.</summary>
    public static IReadOnlyList<double> All() => Cached.Value;

    /// <summary>m_M − m_ℓ for every meson and lepton pair with an open two-body decay.</summary>
    public static IEnumerable<double> ChannelThresholds() =>
        from meson in ChargedMeson.All
        from lepton in ChargedLepton.All
        where meson.Mass > lepton.Mass
        select meson.Mass - lepton.Mass;

    /// <summary>The masses with the end points inside (lo, hi) added, sorted and distinct.</summary>
    public static IReadOnlyList<double> AddTo(IReadOnlyList<double> masses)
    {
        if (masses.Count < 2) return masses;
        double lo = masses.Min(), hi = masses.Max();
        return masses.Concat(All().Where(e => e > lo && e < hi)).Distinct().Order().ToArray();
    }
}
