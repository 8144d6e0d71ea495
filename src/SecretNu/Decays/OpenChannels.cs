using SecretNu.Physics;

namespace SecretNu.Decays;

/// <summary>
/// Whether a Z′ model has any M⁺ → ℓ⁺νZ′ channel at all: a channel is open when 0 &lt; m_Z′ &lt; m_M − m_ℓ and the
/// coupling row of its lepton is non-zero (Σ_β g_ℓβ² &gt; 0). A model with none open has no Z′ flux; it is refused up
/// front with a message that names the option it came from.
/// </summary>
public static class OpenChannels
{
    /// <summary>True if some meson has an open channel M → ℓνZ′ for these couplings at m_Z′ = <paramref name="mass"/> [GeV].</summary>
    public static bool Any(CouplingMatrix couplings, double mass)
    {
        foreach (var meson in ChargedMeson.All)
            if (Any(meson, couplings, mass)) return true;
        return false;
    }

    /// <summary>True if <paramref name="meson"/> has an open channel M → ℓνZ′ for these couplings at m_Z′ = <paramref name="mass"/> [GeV].</summary>
    public static bool Any(ChargedMeson meson, CouplingMatrix couplings, double mass) =>
        ChargedLepton.All.Any(lepton => couplings.RowSumSquares(lepton.Flavor) > 0 && ThreeBodyDecay.IsOpen(meson, lepton, mass));

    /// <summary>Some meson must have an open channel for the model (the Z′ of --mass and --coupling).</summary>
    /// <exception cref="KinematicsException">None is open.</exception>
    public static void Require(ZPrimeModel model)
    {
        if (!Any(model.Couplings, model.Mass))
            throw new KinematicsException($"--mass {model.Mass:G6} GeV is above every threshold of the coupling {model.Couplings}: no M → ℓνZ′ is open");
    }

    /// <summary>One meson must have an open channel for the model (the decays of --meson).</summary>
    /// <param name="meson">The parent meson.</param>
    /// <param name="model">m_Z′ [GeV] and couplings.</param>
    /// <param name="massText">The mass as given (--mass), quoted in the error.</param>
    /// <exception cref="KinematicsException">Every channel of the meson with a non-zero coupling row is closed; the message gives each threshold.</exception>
    public static void Require(ChargedMeson meson, ZPrimeModel model, string massText)
    {
        if (Any(meson, model.Couplings, model.Mass)) return;
        var coupled = ChargedLepton.All.Where(l => model.Couplings.RowSumSquares(l.Flavor) > 0);
        throw new KinematicsException($"--mass {massText} closes every channel of {meson.Name} for coupling {model.Couplings}: " +
            string.Join(", ", coupled.Select(l => $"{meson.Name} → {l.Name}νZ′ needs m_Z′ < {Math.Max(0, meson.Mass - l.Mass):G6} GeV")));
    }

    /// <summary>Each coupling direction must have an open channel at one of the masses at least (a scan over masses).</summary>
    /// <param name="couplings">Label and direction ĝ of each coupling.</param>
    /// <param name="masses">m_Z′ values [GeV].</param>
    /// <param name="massesText">The masses as given (--masses), quoted in the error.</param>
    /// <exception cref="KinematicsException">Every mass is above every threshold of some coupling.</exception>
    public static void Require(IReadOnlyList<(string Label, CouplingMatrix Direction)> couplings, IReadOnlyList<double> masses, string massesText)
    {
        foreach (var (label, direction) in couplings)
            if (!masses.Any(m => Any(direction, m)))
                throw new KinematicsException($"--masses '{massesText}': every mass is above every threshold of the coupling {label}: no M → ℓνZ′ is open");
    }
}
