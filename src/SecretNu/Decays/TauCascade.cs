using SecretNu.Physics;
using SecretNu.Spectra;

namespace SecretNu.Decays;

/// <summary>
/// The neutrinos of the τ made in P⁺ → τ⁺ ν_τ (P = D_s⁺, D⁺), in the parent rest frame.
/// <para>Polarisation: the parent has spin 0 and the ν_τ is left-handed (helicity −½); back to back, angular momentum
/// along the decay axis vanishes only if the τ⁺ also has helicity −½. The τ⁺ is therefore fully polarised, P = −1
/// along its own flight direction (the τ⁻ from P⁻ has P = +1; by CP the neutrino spectra are the conjugates).
/// This is why the helicity-suppression factor m_τ² appears in the width.</para>
/// <para>Kinematics: the τ has the fixed momentum p = (M² − m_τ²)/(2M), so γ = E_τ/m_τ, β = p/E_τ (D_s: β = 0.102),
/// and every τ rest-frame distribution of <see cref="PolarisedTauDecay"/> is boosted with <see cref="PolarisedBoost"/>:
/// the ν̄_τ from π⁺ν̄ gets A = P = −1 (emitted backwards, softer), the secondary ν_e, ν_μ get A = +1 (harder).</para>
/// </summary>
public static class TauCascade
{
    /// <summary>Polarisation of the τ⁺ from a spin-0 P⁺ → τ⁺ν_τ along the τ⁺ flight direction.</summary>
    public const double TauPlusPolarisation = -1;

    /// <summary>(γ, β) of the τ in the parent frame for parent mass M [GeV] (M &gt; m_τ).</summary>
    public static (double Gamma, double Beta) TauBoost(double parentMass)
    {
        double m = Constants.TauMass, M = parentMass;
        if (!(M > m)) throw new ArgumentException($"P → τν closed for M = {M} GeV");
        double p = (M * M - m * m) / (2 * M), e = (M * M + m * m) / (2 * M);
        return (e / m, p / e);
    }

    /// <summary>
    /// Neutrinos from the τ⁺ decay per P⁺ decay, one channel per τ channel and neutrino, each normalised to
    /// BR(P → τν) × BR(τ → channel). Secondary ν_e/ν_μ from τ⁺ → ℓ⁺ν_ℓν̄_τ only when asked.
    /// </summary>
    /// <param name="parentName">Name used in the channel labels, e.g. "Ds+".</param>
    /// <param name="parentMass">M [GeV], &gt; m_τ.</param>
    /// <param name="branchingToTau">BR(P⁺ → τ⁺ν_τ).</param>
    /// <param name="polarised">true: P = −1 (physics); false: unpolarised τ (as in the upstream RIVET tables).</param>
    /// <param name="includeSecondaries">Include ν_e, ν_μ from leptonic τ decays.</param>
    public static IReadOnlyList<DecayChannel> Channels(string parentName, double parentMass, double branchingToTau,
        bool polarised = true, bool includeSecondaries = true)
    {
        var (gamma, beta) = TauBoost(parentMass);
        double pol = polarised ? TauPlusPolarisation : 0;
        var list = new List<DecayChannel>();
        foreach (var d in PolarisedTauDecay.Distributions)
        {
            if (d.Species != NeutrinoSpecies.NuTauBar && !includeSecondaries) continue;
            double br = branchingToTau * d.BranchingFraction;
            ContinuousSpectrum c;
            switch (d)
            {
                case TauNeutrinoLine l:
                {
                    var (lo, hi) = PolarisedBoost.Range(l.Energy, l.Energy, gamma, beta);
                    double a = pol * l.AnalysingPower;
                    c = ContinuousSpectrum.FromDensity(e => PolarisedBoost.Line(e, l.Energy, a, gamma, beta), lo, hi);
                    break;
                }
                case TauNeutrinoContinuum k:
                {
                    var (lo, hi) = PolarisedBoost.Range(0, k.Max, gamma, beta);
                    Func<double, double> asym = e => pol * k.AnalysingPower(e);
                    c = ContinuousSpectrum.FromDensity(e => PolarisedBoost.Continuum(e, k.Shape, asym, k.Max, gamma, beta), lo, hi);
                    break;
                }
                default: throw new InvalidOperationException(d.GetType().Name);
            }
            string name = $"{parentName} -> tau+ nu_tau, tau+ -> {d.Channel} ({d.Species.Name()})";
            list.Add(new DecayChannel(name, br, d.Species, RestFrameSpectrum.Continuum(c.Scale(br / c.Total))));
        }
        return list;
    }
}
