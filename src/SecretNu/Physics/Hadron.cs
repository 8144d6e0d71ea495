namespace SecretNu.Physics;

/// <summary>
/// A parent hadron of forward neutrinos: PDG id, charge, mass [GeV] and lifetime [s] (PDG 2022, <see cref="Constants"/>),
/// and whether it is transported through the beam line (π±, K±, K_L, K_S decay in flight) or decays at the
/// interaction point (charm: cτ ≤ 0.3 mm).
/// </summary>
public sealed record Hadron(int PdgId, string Name, int Charge, double Mass, double Lifetime, bool DecaysInFlight)
{
    /// <summary>cτ [m].</summary>
    public double DecayLength => Constants.SpeedOfLight * Lifetime;

    static readonly Hadron[] Positive =
    [
        new(211, "pi+", 1, Constants.PionMass, Constants.PionLifetime, true),
        new(321, "K+", 1, Constants.KaonMass, Constants.KaonLifetime, true),
        new(130, "K_L", 0, Constants.NeutralKaonMass, Constants.KLongLifetime, true),
        new(310, "K_S", 0, Constants.NeutralKaonMass, Constants.KShortLifetime, true),
        new(411, "D+", 1, Constants.DPlusMass, Constants.DPlusLifetime, false),
        new(421, "D0", 0, Constants.D0Mass, Constants.D0Lifetime, false),
        new(431, "Ds+", 1, Constants.DsMass, Constants.DsLifetime, false),
        new(4122, "Lambda_c+", 1, Constants.LambdaCMass, Constants.LambdaCLifetime, false),
    ];

    /// <summary>Light hadrons followed through the beam line: π±, K±, K_L, K_S.</summary>
    public static readonly int[] LightIds = [211, -211, 321, -321, 130, 310];
    /// <summary>Charm hadrons decayed at the IP: D±, D⁰, D̄⁰, D_s±, Λ_c±.</summary>
    public static readonly int[] CharmIds = [411, -411, 421, -421, 431, -431, 4122, -4122];
    /// <summary>All parent-hadron PDG ids: <see cref="LightIds"/> then <see cref="CharmIds"/>.</summary>
    public static IEnumerable<int> AllIds => LightIds.Concat(CharmIds);

    /// <summary>The hadron with this PDG id (either sign; antiparticles get the opposite charge and a "bar"/"−" name).</summary>
    public static Hadron Get(int pdgId)
    {
        var h = Positive.FirstOrDefault(x => x.PdgId == Math.Abs(pdgId))
            ?? throw new ArgumentOutOfRangeException(nameof(pdgId), pdgId, "not a neutrino parent known to SecretNu");
        if (pdgId > 0) return h;
        if (h.Charge == 0 && (pdgId == -130 || pdgId == -310)) throw new ArgumentOutOfRangeException(nameof(pdgId), pdgId, "K_L/K_S are their own antiparticles");
        string name = h.Charge != 0 ? h.Name.Replace("+", "-") : h.Name + "bar";
        return h with { PdgId = pdgId, Name = name, Charge = -h.Charge };
    }
}
