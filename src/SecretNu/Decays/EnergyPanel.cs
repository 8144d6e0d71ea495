namespace SecretNu.Decays;

/// <summary>How an <see cref="EnergyPanel"/> maps its Gauss–Legendre variable t ∈ [−1, 1] to an energy.</summary>
public enum PanelMap
{
    /// <summary>E = (a+b)/2 − (b−a)/2·cos θ, θ = π(t+1)/2: resolves √ ends at a and b.</summary>
    Cosine,
    /// <summary>ln E linear in t on [a, b]: resolves 1/E-like growth.</summary>
    Log,
    /// <summary>s₁ = m_ℓ² cosh²v with v linear in t on [a, b], E = (C − s₁)/(2m): a √(s₁ − m_ℓ²) end at v = 0 and
    /// logarithmic behaviour (pole at s₁ = 0) for s₁ ≫ m_ℓ², both smooth in v.</summary>
    CoshS1,
}

/// <summary>
/// One panel of a graded quadrature over an energy range: a map t ∈ [−1, 1] → E with its Jacobian and inverse, so
/// that an integrand F(t) = f(E(t))·|dE/dt| is smooth in t and can be integrated, and interpolated, with
/// Gauss–Legendre nodes in t.
/// </summary>
public readonly record struct EnergyPanel(PanelMap Map, double A, double B, double C = 0, double TwoMass = 1, double Scale = 0)
{
    // ln A and ln(B/A) of a Log panel, once: Energy and T are evaluated at every tabulation node of the spectra
    readonly double _lnA = Map == PanelMap.Log ? Math.Log(A) : 0, _lnRatio = Map == PanelMap.Log ? Math.Log(B / A) : 0;

    /// <summary>Energy E(t) [GeV] at the Gauss–Legendre variable t ∈ [−1, 1] (increasing in t, except for <see cref="PanelMap.CoshS1"/>).</summary>
    public double Energy(double t) => Map switch
    {
        PanelMap.Cosine => 0.5 * (A + B) - 0.5 * (B - A) * Math.Cos(0.5 * Math.PI * (t + 1)),
        PanelMap.Log => Math.Exp(_lnA + 0.5 * (t + 1) * _lnRatio),
        _ => (C - S1(V(t))) / TwoMass,
    };

    double V(double t) => A + 0.5 * (t + 1) * (B - A);
    double S1(double v) { double ch = Math.Cosh(v); return Scale * ch * ch; }

    /// <summary>|dE/dt|.</summary>
    public double Jacobian(double t) => Map switch
    {
        PanelMap.Cosine => 0.25 * Math.PI * (B - A) * Math.Sin(0.5 * Math.PI * (t + 1)),
        PanelMap.Log => 0.5 * _lnRatio * Energy(t),
        _ => 0.5 * (B - A) * Scale * Math.Sinh(2 * V(t)) / TwoMass,
    };

    /// <summary>t of an energy inside the panel.</summary>
    public double T(double e) => Map switch
    {
        PanelMap.Cosine => 2 / Math.PI * Math.Acos(Math.Clamp((0.5 * (A + B) - e) / (0.5 * (B - A)), -1, 1)) - 1,
        PanelMap.Log => 2 * Math.Log(e / A) / _lnRatio - 1,
        _ => 2 * (Math.Acosh(Math.Max(1, Math.Sqrt((C - TwoMass * e) / Scale))) - A) / (B - A) - 1,
    };

    /// <summary>Energy range covered (ascending).</summary>
    public (double Lo, double Hi) Range => Map switch
    {
        PanelMap.CoshS1 => ((C - S1(B)) / TwoMass, (C - S1(A)) / TwoMass),
        _ => (A, B),
    };

    /// <summary>True when t increases with E.</summary>
    public bool Ascending => Map is PanelMap.Cosine or PanelMap.Log;
}
