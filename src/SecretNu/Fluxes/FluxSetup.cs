using SecretNu.Beamline;
using SecretNu.Detection;

namespace SecretNu.Fluxes;

/// <summary>Everything a card fixes about the flux: the data, the collision energy, the beam line and the face.</summary>
public sealed record FluxSetup(DataDirectory Data, ExperimentCard Card, FluxSettings Settings)
{
    /// <summary>The card (a collider card: a beam-dump card has no forward hadrons and is refused here, for every command).</summary>
    public ExperimentCard Card { get; init; } = Card.Kind == CardKinds.Collider ? Card
        : throw new InputException($"'{Card.Name}' is a beam-dump card ([accelerator]): its fluxes come from the DUNE beam (flux --horn fhc|rhc, " +
            "limit); this needs a collider card", Card.SourcePath);

    /// <summary>The card's detector front face.</summary>
    public DetectorFace Face => DetectorFace.FromCard(Card);
    /// <summary>The card's beam-line layout (Run 2, Run 3 or Run 4).</summary>
    public BeamlineLayout Beamline => BeamlineLayout.FromName(Card.Beamline.ToString());
    /// <summary>Integrated luminosity [pb⁻¹].</summary>
    public double Luminosity => Card.LuminosityInversePb;
    /// <summary>The card's first light-hadron and first charm generator.</summary>
    public GeneratorChoice DefaultGenerators => new(Card.LightGenerators[0], Card.CharmGenerators[0]);

    /// <summary>The forward-flux model for the card's collision energy, beam line and hadron tables with these generators.</summary>
    public ForwardFluxModel Model(GeneratorChoice generators) => new(Data, Card.EnergyLabel, generators, Beamline, Settings, Card.HadronDirectory);
}
