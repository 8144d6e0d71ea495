using SecretNu.Numerics;

namespace SecretNu.Decays;

/// <summary>
/// Boost of a rest-frame neutrino distribution ½ f(E*)[1 + A(E*) cosθ] (θ to the boost axis) into a frame where the
/// emitter moves with velocity β (γ = 1/√(1 − β²)) along that axis: E = γE*(1 + β cosθ), so at fixed E* the
/// lab energy is uniform in cosθ and
/// <code>dN/dE = ∫ dE* f(E*)[1 + A(E*) c(E, E*)] / (2γβE*),   c = (E/(γE*) − 1)/β ∈ [−1, 1].</code>
/// A line (f = δ(E* − E₀)) becomes a box on [γE₀(1 − β), γE₀(1 + β)] tilted linearly by A (flat when A = 0).
/// </summary>
public static class PolarisedBoost
{
    /// <summary>Gauss–Legendre nodes of the E* integral over the window that contributes to one lab energy.</summary>
    public const int Nodes = 64;

    /// <summary>Lab-frame support of rest-frame energies [lo, hi] [GeV].</summary>
    public static (double Lo, double Hi) Range(double restLo, double restHi, double gamma, double beta) =>
        (gamma * (1 - beta) * restLo, gamma * (1 + beta) * restHi);

    /// <summary>dN/dE [1/GeV] at lab energy E from a unit-weight line at E₀ with asymmetry A (|A| ≤ 1).</summary>
    public static double Line(double energy, double lineEnergy, double asymmetry, double gamma, double beta)
    {
        var (lo, hi) = Range(lineEnergy, lineEnergy, gamma, beta);
        if (energy < lo || energy > hi) return 0;
        double c = (energy / (gamma * lineEnergy) - 1) / beta;
        return (1 + asymmetry * c) / (2 * gamma * beta * lineEnergy);
    }

    /// <summary>dN/dE [1/GeV] at lab energy E from a continuum f(E*) on [0, restMax] with asymmetry A(E*).</summary>
    public static double Continuum(double energy, Func<double, double> shape, Func<double, double> asymmetry,
        double restMax, double gamma, double beta)
    {
        double lo = energy / (gamma * (1 + beta)), hi = Math.Min(restMax, energy / (gamma * (1 - beta)));
        if (!(hi > lo)) return 0;
        var rule = Quadrature.GaussLegendre(Nodes);
        double s = 0;
        for (int i = 0; i < rule.Count; i++)
        {
            double es = rule.X(i, lo, hi);
            double c = Math.Clamp((energy / (gamma * es) - 1) / beta, -1, 1);
            s += rule.W(i, lo, hi) * shape(es) * (1 + asymmetry(es) * c) / es;
        }
        return s / (2 * gamma * beta);
    }
}
