namespace SecretNu.Physics;

/// <summary>A charged lepton ℓ_α with its PDG mass [GeV].</summary>
public sealed record ChargedLepton(Flavor Flavor, double Mass, int PdgId)
{
    /// <summary>Electron, PDG id 11, mass <see cref="Constants.ElectronMass"/> (PDG 2022).</summary>
    public static readonly ChargedLepton Electron = new(Flavor.E, Constants.ElectronMass, 11);
    /// <summary>Muon, PDG id 13, mass <see cref="Constants.MuonMass"/> (PDG 2022).</summary>
    public static readonly ChargedLepton Muon = new(Flavor.Mu, Constants.MuonMass, 13);
    /// <summary>Tau, PDG id 15, mass <see cref="Constants.TauMass"/> (PDG 2022).</summary>
    public static readonly ChargedLepton Tau = new(Flavor.Tau, Constants.TauMass, 15);
    /// <summary>e, μ, τ in flavour-index order.</summary>
    public static readonly ChargedLepton[] All = [Electron, Muon, Tau];

    /// <summary>The charged lepton of flavour <paramref name="f"/>.</summary>
    public static ChargedLepton Of(Flavor f) => All[(int)f];
    /// <summary>Short ASCII name: e, mu, tau.</summary>
    public string Name => Flavor.Name();
    /// <summary>The short name (<see cref="Name"/>).</summary>
    public override string ToString() => Name;
}
