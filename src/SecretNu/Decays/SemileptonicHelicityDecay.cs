namespace SecretNu.Decays;

/// <summary>
/// Squared hadronic helicity amplitudes of a semileptonic transition at fixed q² (arbitrary common scale), summed
/// over the final-hadron helicities: |H₊|², |H₋|², |H₀|², |H_t|² and the interference H₀H_t (W* helicities +1, −1,
/// 0 and the time-like/scalar component).
/// </summary>
public readonly record struct HelicitySquares(double PlusSq, double MinusSq, double ZeroSq, double TimeSq, double ZeroTime);

/// <summary>A parent → hadron transition through the charged weak current, described by its helicity amplitudes.</summary>
public interface IHadronicTransition
{
    /// <summary>Parent mass [GeV].</summary>
    double ParentMass { get; }
    /// <summary>Final hadron mass [GeV].</summary>
    double HadronMass { get; }
    /// <summary>Squared helicity amplitudes at q² [GeV²], m_ℓ² ≤ q² ≤ (M − m)².</summary>
    HelicitySquares Amplitudes(double q2);
}

/// <summary>
/// P → X ℓ⁺ ν (c → s, d ℓ⁺ν; the neutrino is left-handed) from helicity amplitudes, lepton mass kept
/// (Körner &amp; Schuler, Z. Phys. C 46, 93 (1990); Richman &amp; Burchat, Rev. Mod. Phys. 67, 893 (1995)):
/// <code>
/// dΓ/dq² dcosθ ∝ p (q² − m²)²/q² { (1 + c)²|H₋|² + (1 − c)²|H₊|² + 2(1 − c²)|H₀|²
///                                  + (m²/q²)[(1 − c²)(|H₊|² + |H₋|²) + 2(H_t + c H₀)²] },
/// </code>
/// c = cos θ of the neutrino in the W* rest frame relative to the W* flight direction, p the hadron momentum.
/// Helicity argument for the signs: W*(λ = −1) → ℓ⁺_R ν_L has J·n̂_ν = −1, amplitude d¹₋₁,₋₁ = (1 + c)/2, so the
/// dominant left-handed hadron (H₋) sends the neutrino forward and makes it harder than the charged lepton.
/// Changing variables to the parent-frame energies, E_ν = (E_W E*_ν + p E*_ν c)/√q² with E*_ν = (q² − m²)/(2√q²),
/// gives the Dalitz density ρ(E_ℓ, E_ν) ∝ (q² − m²){…} (the Jacobian cancels p). In terms of the charged-lepton angle
/// (cos θ_ℓ = −c) the flip term is Körner–Schuler's 2(H_t − H₀ cos θ_ℓ)²; for P → P the whole density equals the PDG K_ℓ3
/// density and an explicit trace of the amplitude to rounding, lepton mass included (SemileptonicKl3Tests).
/// </summary>
public sealed class SemileptonicHelicityDecay : IDalitzDensity
{
    /// <summary>The hadronic part: parent → hadron form factors and helicity amplitudes.</summary>
    public IHadronicTransition Transition { get; }
    /// <summary>Parent mass M [GeV] (from <see cref="Transition"/>).</summary>
    public double ParentMass => Transition.ParentMass;
    /// <summary>Final hadron mass m [GeV] (from <see cref="Transition"/>).</summary>
    public double HadronMass => Transition.HadronMass;
    /// <summary>Charged-lepton mass m_ℓ [GeV], 0 ≤ m_ℓ &lt; M − m.</summary>
    public double LeptonMass { get; }

    readonly double _M, _m, _ml2;

    /// <param name="transition">The hadronic part.</param>
    /// <param name="leptonMass">m_ℓ [GeV], 0 ≤ m_ℓ &lt; M − m.</param>
    public SemileptonicHelicityDecay(IHadronicTransition transition, double leptonMass)
    {
        if (!(leptonMass >= 0 && leptonMass < transition.ParentMass - transition.HadronMass))
            throw new ArgumentException($"closed: m_ℓ = {leptonMass} GeV for {transition.ParentMass} → {transition.HadronMass} GeV");
        Transition = transition;
        LeptonMass = leptonMass;
        _M = transition.ParentMass; _m = transition.HadronMass; _ml2 = leptonMass * leptonMass;
    }

    /// <summary>The bracket {…} above at (q², c).</summary>
    public double Angular(double q2, double c)
    {
        var h = Transition.Amplitudes(q2);
        double c2 = c * c, s2 = 1 - c2;
        double nonFlip = (1 + c) * (1 + c) * h.MinusSq + (1 - c) * (1 - c) * h.PlusSq + 2 * s2 * h.ZeroSq;
        if (_ml2 == 0) return nonFlip;
        double flip = s2 * (h.PlusSq + h.MinusSq) + 2 * (h.TimeSq + 2 * c * h.ZeroTime + c2 * h.ZeroSq);
        return nonFlip + _ml2 / q2 * flip;
    }

    /// <inheritdoc/>
    public double Density(double leptonEnergy, double neutrinoEnergy)
    {
        double eX = _M - leptonEnergy - neutrinoEnergy;
        double q2 = _M * _M + _m * _m - 2 * _M * eX;
        if (!(q2 > _ml2)) return 0;
        double p = Math.Sqrt(Math.Max(eX * eX - _m * _m, 0));
        double rq = Math.Sqrt(q2);
        double eStar = (q2 - _ml2) / (2 * rq);
        double c = p > 0 ? Math.Clamp((neutrinoEnergy * rq / eStar - (_M - eX)) / p, -1, 1) : 0;
        return Math.Max(0, (q2 - _ml2) * Angular(q2, c));
    }
}
