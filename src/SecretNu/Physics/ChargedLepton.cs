namespace SecretNu.Physics;

/// <summary>A charged lepton ℓ_α with its PDG mass [GeV].</summary>
public sealed record ChargedLepton(Flavor Flavor, double Mass, int PdgId)
{
    public static readonly ChargedLepton Electron = new(Flavor.E, Constants.ElectronMass, 11);
    public static readonly ChargedLepton Muon = new(Flavor.Mu, Constants.MuonMass, 13);
    public static readonly ChargedLepton Tau = new(Flavor.Tau, Constants.TauMass, 15);
    public static readonly ChargedLepton[] All = [Electron, Muon, Tau];

    public static ChargedLepton Of(Flavor f) => All[(int)f];
    public string Name => Flavor.Name();
    public override string ToString() => Name;
}
