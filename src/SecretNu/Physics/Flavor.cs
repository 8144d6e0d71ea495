namespace SecretNu.Physics;

/// <summary>Lepton flavour. The index (0, 1, 2) is the row/column of the coupling matrix.</summary>
public enum Flavor
{
    /// <summary>Electron flavour (index 0).</summary>
    E = 0,
    /// <summary>Muon flavour (index 1).</summary>
    Mu = 1,
    /// <summary>Tau flavour (index 2).</summary>
    Tau = 2,
}

/// <summary>The six neutrino species, ordered as ν_e, ν̄_e, ν_μ, ν̄_μ, ν_τ, ν̄_τ (index = 2·flavour + anti).</summary>
public enum NeutrinoSpecies
{
    /// <summary>ν_e (PDG 12).</summary>
    NuE = 0,
    /// <summary>ν̄_e (PDG −12).</summary>
    NuEBar = 1,
    /// <summary>ν_μ (PDG 14).</summary>
    NuMu = 2,
    /// <summary>ν̄_μ (PDG −14).</summary>
    NuMuBar = 3,
    /// <summary>ν_τ (PDG 16).</summary>
    NuTau = 4,
    /// <summary>ν̄_τ (PDG −16).</summary>
    NuTauBar = 5,
}

/// <summary>Index arithmetic between <see cref="Physics.Flavor"/> and <see cref="NeutrinoSpecies"/>, PDG ids and names.</summary>
public static class FlavorExtensions
{
    /// <summary>Number of neutrino species (3 flavours × ν/ν̄).</summary>
    public const int SpeciesCount = 6;
    /// <summary>The six species in index order ν_e, ν̄_e, ν_μ, ν̄_μ, ν_τ, ν̄_τ.</summary>
    public static readonly NeutrinoSpecies[] AllSpecies =
        [NeutrinoSpecies.NuE, NeutrinoSpecies.NuEBar, NeutrinoSpecies.NuMu, NeutrinoSpecies.NuMuBar, NeutrinoSpecies.NuTau, NeutrinoSpecies.NuTauBar];
    /// <summary>e, μ, τ in index order.</summary>
    public static readonly Physics.Flavor[] AllFlavors = [Physics.Flavor.E, Physics.Flavor.Mu, Physics.Flavor.Tau];

    /// <summary>The neutrino ν_α of flavour α.</summary>
    public static NeutrinoSpecies Neutrino(this Flavor f) => (NeutrinoSpecies)(2 * (int)f);
    /// <summary>The antineutrino ν̄_α of flavour α.</summary>
    public static NeutrinoSpecies Antineutrino(this Flavor f) => (NeutrinoSpecies)(2 * (int)f + 1);
    /// <summary>ν_α, or ν̄_α when <paramref name="anti"/> is true.</summary>
    public static NeutrinoSpecies Species(this Flavor f, bool anti) => (NeutrinoSpecies)(2 * (int)f + (anti ? 1 : 0));
    /// <summary>The flavour α of a neutrino species.</summary>
    public static Flavor Flavor(this NeutrinoSpecies s) => (Flavor)((int)s / 2);
    /// <summary>True for an antineutrino ν̄.</summary>
    public static bool IsAnti(this NeutrinoSpecies s) => ((int)s & 1) == 1;
    /// <summary>Charge conjugate: ν ↔ ν̄ of the same flavour.</summary>
    public static NeutrinoSpecies Conjugate(this NeutrinoSpecies s) => (NeutrinoSpecies)((int)s ^ 1);

    /// <summary>PDG id: 12, −12, 14, −14, 16, −16.</summary>
    public static int PdgId(this NeutrinoSpecies s) => (s.IsAnti() ? -1 : 1) * (12 + 2 * (int)s.Flavor());

    /// <summary>The species of a neutrino PDG id (±12, ±14, ±16); any other id throws <see cref="ArgumentOutOfRangeException"/>.</summary>
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

    /// <summary>Parses a flavour name, case-insensitive: e/el/electron, mu/muon/μ, tau/τ. Returns false for anything else.</summary>
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
