using SecretNu.Decays;
using SecretNu.Physics;

namespace SecretNu.Fluxes;

/// <summary>
/// The seed paper's reconstruction of the D_s spectrum (physics.md §6.3–6.4): treat the whole SM ν_τ (for D_s⁺) or
/// ν̄_τ (for D_s⁻) flux as the line D_s → τν with E*₀ = (m_Ds² − m_τ²)/(2m_Ds) (the seed's m_Ds = 1.96847 GeV) and
/// BR = 5.6 %, and invert the transfer: a lab bin [E_k, E_{k+1}] with φ_k neutrinos comes from Doppler factors
/// D ∈ [E_k/E*₀, E_{k+1}/E*₀], μ = φ_k/(B L) spread uniformly in log D. Flagged as an approximation: it ignores the
/// τ-decay neutrinos and so overstates both the number and the energy of D_s.
/// </summary>
public static class SeedDsMeasure
{
    /// <summary>Rest-frame ν_τ energy E*₀ = (m_Ds² − m_τ²)/(2m_Ds) [GeV] of D_s → τν with the seed's m_Ds = 1.96847 GeV.</summary>
    public static double LineEnergy => TwoBodyDecay.NeutrinoEnergy(Constants.SeedDsMass, Constants.TauMass);

    /// <summary>The seed's D_s measure: every decay element in the first decay-position class, at the face distance.</summary>
    /// <param name="parent">PDG id of the D_s (431 or −431).</param>
    /// <param name="counts">SM ν_τ (for D_s⁺) or ν̄_τ (for D_s⁻) counts per lab bin.</param>
    /// <param name="edges">Lab-energy bin edges [GeV] of <paramref name="counts"/>.</param>
    /// <param name="luminosity">Integrated luminosity L [pb⁻¹] the counts are for.</param>
    /// <param name="faceDistance">Distance from the IP to the face [m], used as the mean decay distance.</param>
    public static DopplerMeasure FromTauNeutrinoFlux(int parent, ReadOnlySpan<double> counts, ReadOnlySpan<double> edges,
        double luminosity, double faceDistance)
    {
        int nD = DopplerGrid.Count, nl = DopplerMeasure.ZClassEdges.Length;
        var w = new double[nl * nD];
        double e0 = LineEnergy;
        const int sub = 20;
        for (int k = 0; k < counts.Length; k++)
        {
            if (counts[k] <= 0) continue;
            double lo = Math.Log10(edges[k] / e0), hi = Math.Log10(edges[k + 1] / e0);
            double each = counts[k] / (Constants.SeedBrDsTauNu * luminosity) / sub;
            for (int i = 0; i < sub; i++)
                DopplerGrid.Deposit(Math.Pow(10, lo + (hi - lo) * (i + 0.5) / sub), each, w.AsSpan(0, nD));
        }
        var mean = new double[nl];
        Array.Fill(mean, double.NaN);
        mean[0] = faceDistance;
        return new DopplerMeasure(parent, w, mean);
    }
}
