using SecretNu.Physics;

namespace SecretNu.Decays;

/// <summary>
/// K_ℓ3: K → π ℓ ν with the PDG Dalitz-plot density (PDG review "K_ℓ3 form factors"; lepton mass kept):
/// ρ(E_π, E_ℓ) ∝ f₊²(t) [A + B ξ(t) + C ξ²(t)], ξ = f₋/f₊, t = (p_K − p_π)² = m_K² + m_π² − 2m_K E_π,
/// A = m_K(2E_ℓE_ν − m_K E′_π) + m_ℓ²(E′_π/4 − E_ν), B = m_ℓ²(E_ν − E′_π/2), C = m_ℓ² E′_π/4,
/// E′_π = (m_K² + m_π² − m_ℓ²)/(2m_K) − E_π, E_ν = m_K − E_π − E_ℓ.
/// Form factors (quadratic vector, linear scalar, PDG convention with m_π±):
/// f₊(t)/f₊(0) = 1 + λ′₊ t/m²_π± + ½λ″₊ t²/m⁴_π±, f₀(t)/f₊(0) = 1 + λ₀ t/m²_π±, and
/// f₋ = (f₀ − f₊)(m_K² − m_π²)/t = (m_K² − m_π²)[(λ₀ − λ′₊)/m²_π± − ½λ″₊ t/m⁴_π±] (no cancellation at small t).
/// </summary>
public sealed class Kl3Decay : IDalitzDensity
{
    /// <summary>Kaon mass m_K [GeV].</summary>
    public double ParentMass { get; }
    /// <summary>Pion mass m_π [GeV] (π⁰ for K±, π± for K_L/K_S).</summary>
    public double HadronMass { get; }
    /// <summary>Charged-lepton mass m_ℓ [GeV] (≥ 0).</summary>
    public double LeptonMass { get; }
    /// <summary>λ′₊, λ″₊, λ₀ (dimensionless, in units of m_π±).</summary>
    public double LambdaPlus1 { get; }
    /// <summary>λ″₊, curvature of f₊ (dimensionless, in units of m⁴_π±); default PDG 2022.</summary>
    public double LambdaPlus2 { get; }
    /// <summary>λ₀, slope of f₀ (dimensionless, in units of m²_π±); default PDG 2022.</summary>
    public double LambdaZero { get; }

    readonly double _mk, _mpi, _ml2, _ePiMax, _mpc2;

    /// <param name="kaonMass">m_K [GeV] (&gt; m_π + m_ℓ).</param>
    /// <param name="pionMass">m_π [GeV]: π⁰ for K±, π± for K_L/K_S.</param>
    /// <param name="leptonMass">m_ℓ [GeV]; 0 allowed (massless limit).</param>
    /// <param name="lambdaPlus1">λ′₊; default PDG 2022.</param>
    /// <param name="lambdaPlus2">λ″₊; default PDG 2022.</param>
    /// <param name="lambdaZero">λ₀; default PDG 2022.</param>
    public Kl3Decay(double kaonMass, double pionMass, double leptonMass,
        double lambdaPlus1 = Constants.Kl3LambdaPlus1, double lambdaPlus2 = Constants.Kl3LambdaPlus2,
        double lambdaZero = Constants.Kl3LambdaZero)
    {
        if (!(kaonMass > pionMass + leptonMass) || pionMass <= 0 || leptonMass < 0)
            throw new ArgumentException($"K_ℓ3 closed or invalid: m_K = {kaonMass}, m_π = {pionMass}, m_ℓ = {leptonMass} GeV");
        ParentMass = kaonMass; HadronMass = pionMass; LeptonMass = leptonMass;
        LambdaPlus1 = lambdaPlus1; LambdaPlus2 = lambdaPlus2; LambdaZero = lambdaZero;
        _mk = kaonMass; _mpi = pionMass; _ml2 = leptonMass * leptonMass;
        _ePiMax = (kaonMass * kaonMass + pionMass * pionMass - _ml2) / (2 * kaonMass);
        _mpc2 = Constants.PionMass * Constants.PionMass;
    }

    /// <summary>K⁺ → π⁰ ℓ⁺ ν (PDG masses).</summary>
    public static Kl3Decay Charged(Flavor lepton) => new(Constants.KaonMass, Constants.NeutralPionMass, ChargedLepton.Of(lepton).Mass);
    /// <summary>K_L or K_S → π∓ ℓ± ν (PDG masses).</summary>
    public static Kl3Decay Neutral(Flavor lepton) => new(Constants.NeutralKaonMass, Constants.PionMass, ChargedLepton.Of(lepton).Mass);

    /// <summary>f₊(t)/f₊(0) at t [GeV²].</summary>
    public double FPlus(double t) { double x = t / _mpc2; return 1 + LambdaPlus1 * x + 0.5 * LambdaPlus2 * x * x; }
    /// <summary>f₀(t)/f₊(0) at t [GeV²].</summary>
    public double FZero(double t) => 1 + LambdaZero * t / _mpc2;
    /// <summary>f₋(t)/f₊(0) at t [GeV²].</summary>
    public double FMinus(double t) =>
        (_mk * _mk - _mpi * _mpi) * ((LambdaZero - LambdaPlus1) / _mpc2 - 0.5 * LambdaPlus2 * t / (_mpc2 * _mpc2));

    /// <inheritdoc/>
    public double Density(double leptonEnergy, double neutrinoEnergy)
    {
        double ePi = _mk - leptonEnergy - neutrinoEnergy;
        double t = _mk * _mk + _mpi * _mpi - 2 * _mk * ePi;
        double ePrime = _ePiMax - ePi;
        double fp = FPlus(t), xi = FMinus(t) / fp;
        double a = _mk * (2 * leptonEnergy * neutrinoEnergy - _mk * ePrime) + _ml2 * (0.25 * ePrime - neutrinoEnergy);
        double b = _ml2 * (neutrinoEnergy - 0.5 * ePrime);
        double c = _ml2 * 0.25 * ePrime;
        return Math.Max(0, fp * fp * (a + xi * (b + xi * c)));
    }
}
