using MathNet.Numerics.Distributions;
using SecretNu.Decays;
using SecretNu.Physics;

namespace SecretNu.Bounds;

/// <summary>
/// Turns a <see cref="ConstraintEntry"/> into a bound on the coupling scale g of a direction ĝ at a mass M
/// (physics.md §12). Every meson constraint is a rate per g²: for M⁺ → ℓ_a⁺ ν_b Z′ summed over b the rate is
/// (gg†)_aa Γ₁(M) with Γ₁ the width per |g_ab|² of <see cref="ThreeBodyDecay"/>, restricted to the experiment's
/// lepton selection. The bound is then g = √(allowed / (rate per g²)). Returns +∞ where the constraint says nothing
/// (a closed channel, a selection that no event reaches, a coupling the observable does not see, a mass outside the
/// published range); never NaN.
/// </summary>
public static class ConstraintEvaluator
{
    /// <summary>Target confidence level of every bound that can be converted (one-sided Gaussian: z = 1.2816).</summary>
    public const double TargetCl = 0.9;

    /// <summary>z of a one-sided Gaussian upper limit at <paramref name="cl"/>: Φ⁻¹(cl).</summary>
    public static double OneSidedZ(double cl) => Normal.InvCDF(0, 1, cl);

    /// <summary>The allowed positive excess over the SM at <see cref="ConstraintEntry.Cl"/>: x_exp − x_SM + z σ, with
    /// σ the quadrature sum of the experimental and SM errors (the classical one-sided upper limit, physics.md §9).</summary>
    public static double AllowedExcess(ConstraintEntry c)
    {
        var m = c.Measurement ?? throw new InvalidOperationException($"constraint {c.Id} has no measurement");
        return m.Value - m.StandardModel + OneSidedZ(c.Cl) * Sigma(m);
    }

    /// <summary>σ of a measurement: experimental (stat ⊕ syst) ⊕ SM error.</summary>
    static double Sigma(ConstraintMeasurement m) =>
        Math.Sqrt(m.Error * m.Error + m.SystematicError * m.SystematicError + m.StandardModelError * m.StandardModelError);

    /// <summary>The bound on g at mass <paramref name="mass"/> [GeV] for the direction ĝ (+∞: no constraint there).</summary>
    public static double Bound(ConstraintEntry c, CouplingMatrix direction, double mass, RateNormalisation normalisation = RateNormalisation.Derived)
    {
        if (c.ValidMassGeV is [double lo, double hi] && (mass < lo || mass > hi)) return double.PositiveInfinity;
        double g = c.Method switch
        {
            ConstraintMethod.QuotedFlat => c.Coupling!.Value,
            ConstraintMethod.QuotedCurve => LogLogInterpolation.At(c.Points!, mass),
            ConstraintMethod.ZInvisible => ZInvisibleWidth.Bound(direction, mass, AllowedExcess(c)),
            ConstraintMethod.WUniversality or ConstraintMethod.TauUniversality => Universality(c, direction, mass),
            _ => MesonBound(c, direction, mass, normalisation),
        };
        return double.IsFinite(g) && g > 0 ? g : double.PositiveInfinity;
    }

    /// <summary>Whether the constraint sees the direction at all (its observable depends on some entry of ĝ).</summary>
    public static bool Applies(ConstraintEntry c, CouplingMatrix direction) => c.Method switch
    {
        ConstraintMethod.QuotedFlat or ConstraintMethod.QuotedCurve or ConstraintMethod.ZInvisible => !direction.IsZero,
        ConstraintMethod.WUniversality or ConstraintMethod.TauUniversality => UniversalityShiftPerG2(c, direction, 0.1) != 0,
        _ => direction.RowSumSquares(LeptonOf(c).Flavor) > 0,
    };

    /// <summary>Masses [GeV] where the constraint starts or stops: channel threshold, selection end, published range.</summary>
    public static IEnumerable<double> EndPoints(ConstraintEntry c)
    {
        if (c.ValidMassGeV is [double lo, double hi]) { yield return lo; yield return hi; }
        if (c.Points is { Length: > 0 } p) { yield return p[0][0]; yield return p[^1][0]; }
        if (c.Meson is null) yield break;
        var meson = MesonOf(c);
        var lepton = LeptonOf(c);
        yield return meson.Mass - lepton.Mass;
        // a missing-mass window s < s_max closes at exactly M² = s_max (s ≥ M²)
        if (c.Selection is { Variable: "missing_mass2", Max: double sMax }) { yield return Math.Sqrt(sMax); yield break; }
        var (eLo, _) = LeptonWindow(c, meson, lepton);
        // the lepton energy reaches E_ℓ,max(M) = (m² + m_ℓ² − M²)/(2m) ≥ eLo only for M² ≤ m² + m_ℓ² − 2 m eLo
        double m2 = meson.Mass * meson.Mass + lepton.Mass * lepton.Mass - 2 * meson.Mass * eLo;
        if (eLo > lepton.Mass && m2 > 0) yield return Math.Sqrt(m2);
    }

    static double MesonBound(ConstraintEntry c, CouplingMatrix direction, double mass, RateNormalisation normalisation)
    {
        var meson = MesonOf(c);
        var lepton = LeptonOf(c);
        double rows = direction.RowSumSquares(lepton.Flavor);
        if (rows <= 0 || !ThreeBodyDecay.IsOpen(meson, lepton, mass)) return double.PositiveInfinity;
        var decay = new ThreeBodyDecay(meson, lepton, mass, normalisation);
        var (eLo, eHi) = LeptonWindow(c, meson, lepton);
        double accepted = rows * LeptonRate(decay, eLo, eHi); // Γ(selected) per g² of the scale [GeV]
        if (!(accepted > 0)) return double.PositiveInfinity;
        double allowedWidth = c.Method switch
        {
            // ε Γ₃/Γ(M → μν) < excess of the ratio
            ConstraintMethod.MesonRatioExcess => AllowedExcess(c) * MuNuWidth(meson),
            // BR(selected)/f_model < limit, normalised to Γ_M or Γ(π → μν)
            ConstraintMethod.MesonBranchingLimit => c.Limit!.Value * (c.ModelAcceptance ?? 1) * NormalisationWidth(c, meson),
            ConstraintMethod.MesonBranchingCurve => LogLogInterpolation.At(c.Points!, mass) * NormalisationWidth(c, meson),
            ConstraintMethod.MesonInclusiveExcess => AllowedExcess(c) * meson.Width,
            _ => throw new InvalidOperationException($"constraint {c.Id}: unknown method '{c.Method}'"),
        };
        return Math.Sqrt(allowedWidth / accepted);
    }

    /// <summary>Γ(M → ℓνZ′) per |g|² with E_ℓ in [lo, hi], by Gauss–Legendre over the lepton spectrum [GeV].</summary>
    static double LeptonRate(ThreeBodyDecay d, double lo, double hi)
    {
        lo = Math.Max(lo, d.LeptonEnergyMin);
        hi = Math.Min(hi, d.LeptonEnergyMax);
        if (!(hi > lo)) return 0;
        if (lo <= d.LeptonEnergyMin && hi >= d.LeptonEnergyMax) return d.Width();
        return Numerics.Quadrature.CosineMapped(64).Integrate(d.LeptonSpectrum, lo, hi);
    }

    /// <summary>The selection as a window in lepton energy [GeV] in the meson rest frame; s = m² + m_ℓ² − 2 m E_ℓ.</summary>
    public static (double Lo, double Hi) LeptonWindow(ConstraintEntry c, ChargedMeson meson, ChargedLepton lepton)
    {
        if (c.Selection is not { } s) return (0, double.PositiveInfinity);
        double m = meson.Mass, ml = lepton.Mass;
        double Energy(double p) => Math.Sqrt(p * p + ml * ml);
        double FromS(double s2) => (m * m + ml * ml - s2) / (2 * m);
        return s.Variable switch
        {
            "lepton_energy" => (s.Min ?? 0, s.Max ?? double.PositiveInfinity),
            "lepton_momentum" => (s.Min is double a ? Energy(a) : 0, s.Max is double b ? Energy(b) : double.PositiveInfinity),
            "missing_mass2" => (s.Max is double smax ? FromS(smax) : 0, s.Min is double smin ? FromS(smin) : double.PositiveInfinity),
            _ => throw new InvalidOperationException($"constraint {c.Id}: unknown selection variable '{s.Variable}'"),
        };
    }

    static double MuNuWidth(ChargedMeson meson) =>
        meson == ChargedMeson.Pion ? Constants.BrPionMuNu * meson.Width
        : meson == ChargedMeson.Kaon ? Constants.BrKaonMuNu * meson.Width
        : meson == ChargedMeson.Ds ? Constants.BrDsMuNu * meson.Width
        : throw new InvalidOperationException($"no measured Γ({meson.Name} → μν) for a ratio");

    static double NormalisationWidth(ConstraintEntry c, ChargedMeson meson) => c.Normalisation switch
    {
        "pi_munu" => Constants.BrPionMuNu * ChargedMeson.Pion.Width,
        _ => meson.Width,
    };

    static double Universality(ConstraintEntry c, CouplingMatrix direction, double mass)
    {
        double shift = UniversalityShiftPerG2(c, direction, mass);
        if (!double.IsFinite(shift) || shift == 0) return double.PositiveInfinity;
        // the measured ratio moves by `shift` per g²: allowed excess in that direction
        var m = c.Measurement!;
        double allowed = Math.Sign(shift) * (m.Value - m.StandardModel) + OneSidedZ(c.Cl) * Sigma(m);
        return allowed > 0 ? Math.Sqrt(allowed / Math.Abs(shift)) : double.PositiveInfinity;
    }

    /// <summary>Change per g² of the measured ratio Γ(… ℓ_num …)/Γ(… ℓ_den …) ≈ 1 + R(num) − R(den).</summary>
    static double UniversalityShiftPerG2(ConstraintEntry c, CouplingMatrix direction, double mass)
    {
        var (num, den) = RatioLeptons(c);
        Func<Flavor, CouplingMatrix, double, double> ratio = c.Method == ConstraintMethod.WUniversality ? LeptonUniversality.WRatio : LeptonUniversality.TauRatio;
        double a = ratio(num, direction, mass), b = ratio(den, direction, mass);
        return double.IsFinite(a) && double.IsFinite(b) ? a - b : double.NaN;
    }

    /// <summary>"tau/mu" → (τ, μ): the lepton of the numerator and of the denominator of a universality ratio.</summary>
    static (Flavor Num, Flavor Den) RatioLeptons(ConstraintEntry c)
    {
        var parts = (c.Lepton ?? "").Split('/');
        if (parts.Length == 2 && FlavorExtensions.TryParse(parts[0], out var a) && FlavorExtensions.TryParse(parts[1], out var b)) return (a, b);
        throw new InvalidOperationException($"constraint {c.Id}: lepton '{c.Lepton}' must be a ratio such as 'tau/mu'");
    }

    internal static ChargedMeson MesonOf(ConstraintEntry c) =>
        ChargedMeson.All.FirstOrDefault(m => m.Name == c.Meson) ?? throw new InvalidOperationException($"constraint {c.Id}: unknown meson '{c.Meson}'");

    internal static ChargedLepton LeptonOf(ConstraintEntry c) =>
        FlavorExtensions.TryParse(c.Lepton ?? "", out var f) ? ChargedLepton.Of(f) : throw new InvalidOperationException($"constraint {c.Id}: unknown lepton '{c.Lepton}'");
}
