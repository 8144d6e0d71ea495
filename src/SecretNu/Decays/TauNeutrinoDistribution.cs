using SecretNu.Numerics;
using SecretNu.Physics;

namespace SecretNu.Decays;

/// <summary>
/// One neutrino of a τ⁺ decay channel in the τ rest frame, for a τ⁺ with polarisation P along an axis ẑ:
/// dN/dE* dcosθ = ½ f(E*)[1 + P κ(E*) cosθ] per decay of that channel, ∫ f dE* = 1, θ the angle of the neutrino to ẑ.
/// κ is the analysing power (+1: the neutrino follows the τ⁺ spin). The τ⁻ distributions follow by CP (species
/// conjugated, P → −P).
/// </summary>
public abstract record TauNeutrinoDistribution(string Channel, NeutrinoSpecies Species, double BranchingFraction)
{
    /// <summary>Largest rest-frame energy [GeV].</summary>
    public abstract double EnergyMax { get; }
}

/// <summary>Two-body τ⁺ → h⁺ ν̄_τ (h spin 0): monochromatic E* = (m_τ² − m_h²)/(2m_τ), analysing power κ = 1.</summary>
public sealed record TauNeutrinoLine(string Channel, NeutrinoSpecies Species, double BranchingFraction, double Energy, double AnalysingPower)
    : TauNeutrinoDistribution(Channel, Species, BranchingFraction)
{
    /// <summary>The line energy E* [GeV] (τ rest frame).</summary>
    public override double EnergyMax => Energy;
}

/// <summary>A continuous rest-frame energy distribution f(E*) on [0, EnergyMax] [1/GeV] with analysing power κ(E*).</summary>
public sealed record TauNeutrinoContinuum(string Channel, NeutrinoSpecies Species, double BranchingFraction, double Max,
    Func<double, double> Shape, Func<double, double> AnalysingPower) : TauNeutrinoDistribution(Channel, Species, BranchingFraction)
{
    /// <summary>The upper end <c>Max</c> [GeV] of the distribution (τ rest frame).</summary>
    public override double EnergyMax => Max;
}

/// <summary>
/// The τ⁺ decay channels that make neutrinos, as rest-frame (energy, angle) distributions (PDG 2022 branching fractions):
/// <list type="bullet">
/// <item>π⁺ν̄, K⁺ν̄: lines, κ = +1 (ν̄_τ right-handed, the spin-0 meson carries no spin: ν̄ along the τ⁺ spin).</item>
/// <item>ρ⁺ν̄ (π⁺π⁰): E* = (m_τ² − s)/(2m_τ) with s from <see cref="TauHadronicLineShape.RhoSpectral"/>,
/// κ = α(s) = (m_τ² − 2s)/(m_τ² + 2s) (longitudinal vs transverse hadron).</item>
/// <item>3π (a₁) and, as an approximation, all remaining hadronic modes (≈ 9.5 %: Kπ, 4π, ωπ, KK̄, η modes, of masses
/// 0.9–1.6 GeV): the a₁ line shape and κ = α(s).</item>
/// <item>e⁺ν_eν̄_τ, μ⁺ν_μν̄_τ: ν̄_τ has the Michel spectrum 2x²(3 − 2x), κ = (2x − 1)/(3 − 2x); the secondary ν_e/ν_μ has
/// 12x²(1 − x), κ = −1 (x = E*/E*_max; charged lepton massless in the shape, the μ endpoint (m_τ² − m_μ²)/(2m_τ) kept;
/// the neglected m_μ²/m_τ² shape correction is 0.4 %).</item>
/// </list>
/// </summary>
public static class PolarisedTauDecay
{
    const double MTau = Constants.TauMass;

    /// <summary>Rest-frame energy of ν̄_τ when the hadronic system has mass² s [GeV²].</summary>
    public static double NeutrinoEnergy(double s) => (MTau * MTau - s) / (2 * MTau);

    /// <summary>Hadronic modes not listed explicitly: 1 − Σ listed branching fractions (≈ 0.095).</summary>
    public static double OtherHadronicFraction =>
        1 - (Constants.BrTauENuNu + Constants.BrTauMuNuNu + Constants.BrTauPiNu + Constants.BrTauKNu
             + Constants.BrTauPiPi0Nu + Constants.BrTauPi2Pi0Nu + Constants.BrTau3PiNu);

    static readonly Lazy<IReadOnlyList<TauNeutrinoDistribution>> All = new(Build);

    /// <summary>Every neutrino of every τ⁺ channel (ν̄_τ from each channel, plus ν_e and ν_μ from the leptonic ones).
    /// The ν̄_τ branching fractions sum to 1.</summary>
    public static IReadOnlyList<TauNeutrinoDistribution> Distributions => All.Value;

    static IReadOnlyList<TauNeutrinoDistribution> Build()
    {
        const NeutrinoSpecies tauBar = NeutrinoSpecies.NuTauBar;
        double eMax = MTau / 2, muMax = (MTau * MTau - Constants.MuonMass * Constants.MuonMass) / (2 * MTau);
        return
        [
            Michel("e nu nubar", tauBar, Constants.BrTauENuNu, eMax),
            Michel("mu nu nubar", tauBar, Constants.BrTauMuNuNu, muMax),
            new TauNeutrinoLine("pi nu", tauBar, Constants.BrTauPiNu, NeutrinoEnergy(Constants.PionMass * Constants.PionMass), 1),
            new TauNeutrinoLine("K nu", tauBar, Constants.BrTauKNu, NeutrinoEnergy(Constants.KaonMass * Constants.KaonMass), 1),
            Hadronic("rho nu (pi pi0)", Constants.BrTauPiPi0Nu, TauHadronicLineShape.RhoThreshold, TauHadronicLineShape.RhoSpectral),
            Hadronic("a1 nu (3pi)", Constants.BrTauPi2Pi0Nu + Constants.BrTau3PiNu, TauHadronicLineShape.A1Threshold, TauHadronicLineShape.A1Spectral),
            Hadronic("other hadrons nu (a1 shape)", OtherHadronicFraction, TauHadronicLineShape.A1Threshold, TauHadronicLineShape.A1Spectral),
            Secondary("e nu nubar", NeutrinoSpecies.NuE, Constants.BrTauENuNu, eMax),
            Secondary("mu nu nubar", NeutrinoSpecies.NuMu, Constants.BrTauMuNuNu, muMax),
        ];
    }

    /// <summary>ν̄_τ of τ⁺ → ℓ⁺ν_ℓν̄_τ: f = 2x²(3 − 2x)/E_max, κ = (2x − 1)/(3 − 2x).</summary>
    static TauNeutrinoContinuum Michel(string name, NeutrinoSpecies species, double br, double eMax) =>
        new(name, species, br, eMax,
            e => MichelSpectrum.ParentFlavour(e / eMax) / eMax,
            e => { double x = e / eMax; return (2 * x - 1) / (3 - 2 * x); });

    /// <summary>ν_ℓ of τ⁺ → ℓ⁺ν_ℓν̄_τ: f = 12x²(1 − x)/E_max, κ = −1 (opposite to the τ⁺ spin).</summary>
    static TauNeutrinoContinuum Secondary(string name, NeutrinoSpecies species, double br, double eMax) =>
        new(name, species, br, eMax,
            e => MichelSpectrum.DaughterFlavour(e / eMax) / eMax,
            _ => -1);

    /// <summary>ν̄_τ of τ⁺ → (spin-1 hadrons)ν̄_τ: f(E*) = 2m_τ dΓ/ds / Γ with s = m_τ² − 2m_τE*, κ = α(s).</summary>
    static TauNeutrinoContinuum Hadronic(string name, double br, double sMin, Func<double, double> spectral)
    {
        double eMax = NeutrinoEnergy(sMin);
        double Raw(double e) { double s = MTau * MTau - 2 * MTau * e; return TauHadronicLineShape.Kinematic(s) * spectral(s); }
        double norm = Composite(Raw, 0, eMax, 64);
        return new(name, NeutrinoSpecies.NuTauBar, br, eMax,
            e => e is < 0 || e > eMax ? 0 : Raw(e) / norm,
            e => TauHadronicLineShape.VectorAnalysingPower(MTau * MTau - 2 * MTau * e));
    }

    /// <summary>Composite Gauss–Legendre (panels × 16 nodes) on [a, b].</summary>
    internal static double Composite(Func<double, double> f, double a, double b, int panels)
    {
        var rule = Quadrature.GaussLegendre(16);
        double h = (b - a) / panels, s = 0;
        for (int k = 0; k < panels; k++) s += rule.Integrate(f, a + k * h, a + (k + 1) * h);
        return s;
    }
}
