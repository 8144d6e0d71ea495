using SecretNu.Numerics;
using SecretNu.Spectra;

namespace SecretNu.Decays;

/// <summary>
/// A density on the Dalitz plot of a semileptonic decay P → X ℓ ν in the parent rest frame, as a function of the
/// charged-lepton and neutrino energies [GeV]. The overall scale is arbitrary: spectra built from it are normalised
/// to a measured branching fraction. Because the three-body phase space is flat in (E_ℓ, E_ν), this density is
/// simply Σ|𝓜|².
/// </summary>
public interface IDalitzDensity
{
    /// <summary>Parent mass M [GeV].</summary>
    double ParentMass { get; }
    /// <summary>Final hadron (or hadronic system) mass m_X [GeV].</summary>
    double HadronMass { get; }
    /// <summary>Charged-lepton mass m_ℓ [GeV].</summary>
    double LeptonMass { get; }
    /// <summary>Σ|𝓜|² at (E_ℓ, E_ν) inside the Dalitz region (≥ 0; arbitrary units).</summary>
    double Density(double leptonEnergy, double neutrinoEnergy);
}

/// <summary>
/// Dalitz-region limits of P → X ℓ ν and the neutrino energy spectrum dN/dE_ν = ∫ dE_ℓ ρ(E_ℓ, E_ν).
/// At fixed E_ν (physics.md §3.5, order 2, with the Z′ replaced by the hadron): s₂ = (p_ℓ + p_X)² = M² − 2ME_ν,
/// E_ℓ* = (s₂ + m_ℓ² − m_X²)/(2√s₂), p* = √(E_ℓ*² − m_ℓ²), E_ℓ ∈ [(M − E_ν)E_ℓ* ∓ E_ν p*]/√s₂.
/// </summary>
public static class SemileptonicDalitz
{
    /// <summary>Gauss–Legendre nodes of the inner E_ℓ integral (the integrands are low-order polynomials or
    /// smooth rational functions of E_ℓ between exact limits; 24 nodes are exact to rounding for K_ℓ3).</summary>
    public const int InnerNodes = 24;

    /// <summary>Largest neutrino energy (M² − (m_X + m_ℓ)²)/(2M) [GeV].</summary>
    public static double NeutrinoEnergyMax(double parentMass, double hadronMass, double leptonMass)
    {
        double m = hadronMass + leptonMass;
        return (parentMass * parentMass - m * m) / (2 * parentMass);
    }

    /// <summary>Charged-lepton energy range [GeV] at fixed neutrino energy; empty (Lo ≥ Hi) outside the plot.</summary>
    public static (double Lo, double Hi) LeptonRange(double parentMass, double hadronMass, double leptonMass, double neutrinoEnergy)
    {
        double s2 = parentMass * parentMass - 2 * parentMass * neutrinoEnergy;
        double minS2 = (hadronMass + leptonMass) * (hadronMass + leptonMass);
        if (!(s2 > minS2) || neutrinoEnergy <= 0) return (0, 0);
        double rs = Math.Sqrt(s2);
        double el = (s2 + leptonMass * leptonMass - hadronMass * hadronMass) / (2 * rs);
        double pl = Math.Sqrt(Math.Max(el * el - leptonMass * leptonMass, 0));
        double a = (parentMass - neutrinoEnergy) * el, b = neutrinoEnergy * pl;
        return ((a - b) / rs, (a + b) / rs);
    }

    /// <summary>dN/dE_ν (unnormalised) at E_ν [GeV]: the E_ℓ integral of the Dalitz density.</summary>
    public static double NeutrinoDensity(IDalitzDensity d, double neutrinoEnergy)
    {
        var (lo, hi) = LeptonRange(d.ParentMass, d.HadronMass, d.LeptonMass, neutrinoEnergy);
        if (!(hi > lo)) return 0;
        var rule = Quadrature.GaussLegendre(InnerNodes);
        double s = 0;
        for (int i = 0; i < rule.Count; i++) s += rule.W(i, lo, hi) * d.Density(rule.X(i, lo, hi), neutrinoEnergy);
        return s;
    }

    /// <summary>
    /// The neutrino spectrum of one channel, tabulated on [0, E_ν,max] and normalised to <paramref name="branchingFraction"/>
    /// neutrinos per parent decay (the density supplies the shape only).
    /// </summary>
    public static ContinuousSpectrum NeutrinoSpectrum(IDalitzDensity d, double branchingFraction)
    {
        double hi = NeutrinoEnergyMax(d.ParentMass, d.HadronMass, d.LeptonMass);
        var c = ContinuousSpectrum.FromDensity(e => NeutrinoDensity(d, e), 0, hi);
        return c.Scale(branchingFraction / c.Total);
    }
}
