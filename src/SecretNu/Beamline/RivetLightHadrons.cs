namespace SecretNu.Beamline;

/// <summary>
/// Mass, lifetime and proper decay length of a light hadron as used by the upstream light-hadron analyses.
/// </summary>
/// <param name="PdgId">PDG id of the particle (positive: the particle, not the antiparticle).</param>
/// <param name="Name">Short name.</param>
/// <param name="Charge">Electric charge of the particle with the positive PDG id [e]; the antiparticle has the opposite.</param>
/// <param name="Mass">Mass [GeV].</param>
/// <param name="Lifetime">Mean lifetime τ [s].</param>
/// <param name="CTau">Proper decay length cτ [m] as used upstream (c = 3e8 m/s).</param>
public sealed record LightHadronProperties(int PdgId, string Name, int Charge, double Mass, double Lifetime, double CTau);

/// <summary>
/// Masses and lifetimes of the long-lived light hadrons followed through the beam line (README §5.2, §5.6).
/// Note that cτ uses c = 3e8 m/s, not <see cref="Physics.Constants.SpeedOfLight"/>, to reproduce the upstream numbers;
/// the masses differ slightly from PDG 2022 (<see cref="Physics.Constants"/>).
/// </summary>
public static class RivetLightHadrons
{
    /// <summary>
    /// The table. Source: FastNeutrinoFluxSimulation RIVET_Modules via shared/data/README.md Appendix B.6.
    /// (Omega- has an entry upstream but is never selected.)
    /// </summary>
    public static IReadOnlyList<LightHadronProperties> All { get; } =
    [
        // PDG id, name, charge, mass[GeV], tau[s], c*tau used[m]
        new(211, "pi+", +1, 0.13957, 2.603e-08, 7.809),
        new(321, "K+", +1, 0.49368, 1.238e-08, 3.714),
        new(310, "K_S", 0, 0.49761, 8.954e-11, 0.026862),
        new(130, "K_L", 0, 0.49761, 5.116e-08, 15.348),
        new(3122, "Lambda", 0, 1.11568, 2.60e-10, 0.078),
        new(3222, "Sigma+", +1, 1.18937, 8.018e-11, 0.024054),
        new(3112, "Sigma-", -1, 1.19745, 1.479e-10, 0.04437),
        new(3322, "Xi0", 0, 1.31486, 2.90e-10, 0.087),
        new(3312, "Xi-", -1, 1.32171, 1.639e-10, 0.04917),
        new(3334, "Omega-", -1, 1.67245, 8.21e-11, 0.02463),
    ];

    /// <summary>
    /// Looks up <paramref name="pdgId"/> (either sign; the antiparticle shares mass and lifetime) and returns the charge
    /// of that signed id in <paramref name="charge"/> [e]. False for ids not in the table.
    /// </summary>
    public static bool TryGet(int pdgId, [System.Diagnostics.CodeAnalysis.MaybeNullWhen(false)] out LightHadronProperties properties, out int charge)
    {
        int id = Math.Abs(pdgId);
        foreach (var p in All)
        {
            if (p.PdgId != id) continue;
            properties = p;
            charge = pdgId > 0 ? p.Charge : -p.Charge;
            return true;
        }
        properties = null;
        charge = 0;
        return false;
    }
}
