namespace SecretNu.Detection;

/// <summary>
/// LHC beam-line configuration between the interaction point and the detector (apertures, magnets, crossing angle;
/// data/README §5 and Appendix B). Card value: <c>run2</c>, <c>run3</c> or <c>run4</c>; the model itself is
/// <see cref="Beamline.BeamlineLayout"/>.
/// </summary>
public enum BeamlineRun
{
    /// <summary>Run 2 layout (used for the published FASERν / SND@LHC flux files).</summary>
    Run2,

    /// <summary>Run 3 layout (same apertures as Run 2 in the RIVET tables).</summary>
    Run3,

    /// <summary>Run 4 / HL-LHC layout (Forward Physics Facility studies).</summary>
    Run4,
}
