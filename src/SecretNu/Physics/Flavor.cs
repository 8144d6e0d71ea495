namespace SecretNu.Physics;

/// <summary>Lepton flavour. The index (0, 1, 2) is the row/column of the coupling matrix.</summary>
public enum Flavor { E = 0, Mu = 1, Tau = 2 }

/// <summary>The six neutrino species, ordered as ν_e, ν̄_e, ν_μ, ν̄_μ, ν_τ, ν̄_τ (index = 2·flavour + anti).</summary>
public enum NeutrinoSpecies { NuE = 0, NuEBar = 1, NuMu = 2, NuMuBar = 3, NuTau = 4, NuTauBar = 5 }

public static class FlavorExtensions
{
    public const int SpeciesCount = 6;
    public static readonly NeutrinoSpecies[] AllSpecies =
        [NeutrinoSpecies.NuE, NeutrinoSpecies.NuEBar, NeutrinoSpecies.NuMu, NeutrinoSpecies.NuMuBar, NeutrinoSpecies.NuTau, NeutrinoSpecies.NuTauBar];
    public static readonly Physics.Flavor[] AllFlavors = [Physics.Flavor.E, Physics.Flavor.Mu, Physics.Flavor.Tau];

    public static NeutrinoSpecies Neutrino(this Flavor f) => (NeutrinoSpecies)(2 * (int)f);
    public static NeutrinoSpecies Antineutrino(this Flavor f) => (NeutrinoSpecies)(2 * (int)f + 1);
    public static NeutrinoSpecies Species(this Flavor f, bool anti) => (NeutrinoSpecies)(2 * (int)f + (anti ? 1 : 0));
    public static Flavor Flavor(this NeutrinoSpecies s) => (Flavor)((int)s / 2);
    public static bool IsAnti(this NeutrinoSpecies s) => ((int)s & 1) == 1;
    /// <summary>Charge conjugate: ν ↔ ν̄ of the same flavour.</summary>
    public static NeutrinoSpecies Conjugate(this NeutrinoSpecies s) => (NeutrinoSpecies)((int)s ^ 1);

    /// <summary>PDG id: 12, −12, 14, −14, 16, −16.</summary>
    public static int PdgId(this NeutrinoSpecies s) => (s.IsAnti() ? -1 : 1) * (12 + 2 * (int)s.Flavor());

    public static NeutrinoSpecies FromPdgId(int pdg) => pdg switch
    {
        12 => NeutrinoSpecies.NuE, -12 => NeutrinoSpecies.NuEBar,
        14 => NeutrinoSpecies.NuMu, -14 => NeutrinoSpecies.NuMuBar,
        16 => NeutrinoSpecies.NuTau, -16 => NeutrinoSpecies.NuTauBar,
        _ => throw new ArgumentOutOfRangeException(nameof(pdg), pdg, "not a neutrino PDG id"),
    };

    /// <summary>Short ASCII name used in CSV/JSON: nu_e, nubar_e, nu_mu, nubar_mu, nu_tau, nubar_tau.</summary>
    public static string Name(this NeutrinoSpecies s) => (s.IsAnti() ? "nubar_" : "nu_") + s.Flavor().Name();

    /// <summary>e, mu, tau.</summary>
    public static string Name(this Flavor f) => f switch { Physics.Flavor.E => "e", Physics.Flavor.Mu => "mu", _ => "tau" };

    public static bool TryParse(string text, out Flavor flavor)
    {
        switch (text.Trim().ToLowerInvariant())
        {
            case "e": case "el": case "electron": flavor = Physics.Flavor.E; return true;
            case "mu": case "muon": case "μ": flavor = Physics.Flavor.Mu; return true;
            case "tau": case "τ": flavor = Physics.Flavor.Tau; return true;
            default: flavor = default; return false;
        }
    }
}
