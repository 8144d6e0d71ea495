using SecretNu.Physics;

namespace SecretNu.Decays;

/// <summary>
/// Z′ → ν_a ν̄_b for massless left-handed neutrinos (physics.md §4): Γ(Z′ → ν_a ν̄_b) = g_ab² M/(24π), summed over
/// ordered pairs; every decay gives one ν and one ν̄. Dirac and Majorana neutrinos give the same result.
/// </summary>
public sealed class ZPrimeDecay
{
    /// <summary>Z′ mass M [GeV] (&gt; 0).</summary>
    public double Mass { get; }
    /// <summary>Coupling matrix g_ab of the Z′ to neutrinos.</summary>
    public CouplingMatrix Couplings { get; }
    /// <summary>Total width Γ [GeV] (0 when g = 0).</summary>
    public double Width { get; }

    /// <summary>The decaying Z′; throws <see cref="ArgumentOutOfRangeException"/> unless 0 &lt; M &lt; ∞.</summary>
    /// <param name="mass">Z′ mass M [GeV].</param>
    /// <param name="couplings">Coupling matrix g_ab.</param>
    public ZPrimeDecay(double mass, CouplingMatrix couplings)
    {
        if (!(mass > 0) || !double.IsFinite(mass)) throw new ArgumentOutOfRangeException(nameof(mass), mass, "Z′ mass must be > 0");
        Mass = mass;
        Couplings = couplings;
        Width = couplings.TotalSumSquares() * mass / (24 * Math.PI);
    }

    /// <summary>The decaying Z′ of a model (its mass and couplings).</summary>
    public ZPrimeDecay(ZPrimeModel model) : this(model.Mass, model.Couplings) { }

    /// <summary>Γ/Σg² = M/(24π): the width per unit Σ_ab g_ab² [GeV].</summary>
    public static double WidthPerCouplingSquared(double mass) => mass / (24 * Math.PI);

    /// <summary>Width for a diagonal coupling g_aa = 1 (one channel) and an off-diagonal g_ab = 1 (two channels) [GeV].</summary>
    public static (double Diagonal, double OffDiagonal) UnitWidths(double mass) =>
        (WidthPerCouplingSquared(mass), 2 * WidthPerCouplingSquared(mass));

    /// <summary>Branching fraction into ν_a ν̄_b (ordered pair): g_ab²/Σ g².</summary>
    public double BranchingFraction(Flavor nu, Flavor nubar)
    {
        double total = Couplings.TotalSumSquares();
        return total > 0 ? Couplings[nu, nubar] * Couplings[nu, nubar] / total : 0;
    }

    /// <summary>Mean number of neutrinos of a species per Z′ decay: Σ over pairs containing it (≤ 1).</summary>
    public double Multiplicity(NeutrinoSpecies species)
    {
        double s = 0;
        foreach (var other in FlavorExtensions.AllFlavors)
            s += species.IsAnti() ? BranchingFraction(other, species.Flavor()) : BranchingFraction(species.Flavor(), other);
        return s;
    }

    /// <summary>Proper lifetime ħ/Γ [s] (∞ when Γ = 0).</summary>
    public double Lifetime => Width > 0 ? Constants.HbarGeVs / Width : double.PositiveInfinity;

    /// <summary>Lab decay length ℓ = (p/M)·ħc/Γ [m] for lab momentum p [GeV].</summary>
    public double DecayLength(double momentum) => DecayLength(Width, Mass, momentum);

    /// <summary>Lab decay length ℓ = (p/M)·ħc/Γ [m] for width Γ [GeV], mass M [GeV] and lab momentum p [GeV]; ∞ when Γ = 0.</summary>
    public static double DecayLength(double width, double mass, double momentum) =>
        width > 0 ? momentum / mass * Constants.HbarCGeVm / width : double.PositiveInfinity;

    /// <summary>P(decay before distance L [m]) = 1 − exp(−L/ℓ) for lab momentum p [GeV], eq. (4.1); computed with expm1 so
    /// it stays accurate for tiny widths (P ≈ L/ℓ) and saturates at 1 for huge ones.</summary>
    public double DecayProbability(double distance, double momentum) => DecayProbability(Width, Mass, distance, momentum);

    /// <summary>P(decay before distance L [m]) = 1 − exp(−L/ℓ) for width Γ [GeV], mass M [GeV], lab momentum p [GeV]:
    /// 0 for Γ ≤ 0 or L ≤ 0, 1 for p ≤ 0.</summary>
    public static double DecayProbability(double width, double mass, double distance, double momentum)
    {
        if (width <= 0 || distance <= 0) return 0;
        if (momentum <= 0) return 1;
        double x = distance * mass * width / (Constants.HbarCGeVm * momentum);
        return -Numerics.SafeMath.ExpM1(-x);
    }
}
