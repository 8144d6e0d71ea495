using SecretNu.Beamline;
using SecretNu.Detection;

namespace SecretNu.Fluxes;

/// <summary>Everything a card fixes about the flux: the data, the collision energy, the beam line and the face.</summary>
public sealed record FluxSetup(DataDirectory Data, ExperimentCard Card, FluxSettings Settings)
{
    public DetectorFace Face => DetectorFace.FromCard(Card);
    public BeamlineLayout Beamline => BeamlineLayout.FromName(Card.Beamline.ToString());
    /// <summary>Integrated luminosity [pb⁻¹].</summary>
    public double Luminosity => Card.LuminosityInversePb;
    public GeneratorChoice DefaultGenerators => new(Card.LightGenerators[0], Card.CharmGenerators[0]);

    public ForwardFluxModel Model(GeneratorChoice generators) => new(Data, Card.EnergyLabel, generators, Beamline, Settings, Card.HadronDirectory);
}
