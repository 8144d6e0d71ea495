namespace SecretNu.Beamline;

/// <summary>
/// Horizontal distance d(z) [m] of each of the two beam-pipe centres from the line of sight (README §5.4):
/// d = 0 for z &lt; <see cref="ZSplit"/>; d = <see cref="DMax"/> (z − <see cref="ZReference"/>)/(<see cref="ZFull"/> −
/// <see cref="ZReference"/>) for <see cref="ZSplit"/> ≤ z ≤ <see cref="ZFull"/> (so d jumps at the split);
/// d = <see cref="DMax"/> beyond. The pipes sit at x = ±d(z).
/// </summary>
/// <param name="ZSplit">Where the single chamber splits into two pipes [m].</param>
/// <param name="ZReference">z at which the linear ramp would reach zero [m].</param>
/// <param name="ZFull">Where the full separation is reached [m]. Range: &gt; ZReference, ≥ ZSplit.</param>
/// <param name="DMax">Full separation of each pipe from the line of sight [m]. Range: ≥ 0.</param>
public sealed record PipeSeparation(double ZSplit, double ZReference, double ZFull, double DMax)
{
    /// <summary>
    /// Run 2 / Run 3 rule: split at 139.3 m, ramp 0.097 (z − 75)/(158 − 75) m, 0.097 m beyond 158 m.
    /// Source: FastNeutrinoFluxSimulation RIVET_Modules via shared/data/README.md §5.4 (Appendix B.1 layout).
    /// </summary>
    public static PipeSeparation Run2Run3 { get; } = new(139.3, 75.0, 158.0, 0.097);

    /// <summary>
    /// Run 4 rule: split at 127.812 m, ramp 0.097 (z − 75)/(141.39 − 75) m, 0.097 m beyond 141.39 m.
    /// Source: FastNeutrinoFluxSimulation RIVET_Modules via shared/data/README.md §5.4 (Appendix B.2 layout).
    /// </summary>
    public static PipeSeparation Run4 { get; } = new(127.812, 75.0, 141.39, 0.097);

    /// <summary>d(z) [m] at <paramref name="z"/> [m] (right-continuous at the split).</summary>
    public double At(double z) =>
        z < ZSplit ? 0.0 : z <= ZFull ? DMax * (z - ZReference) / (ZFull - ZReference) : DMax;

    /// <summary>dd/dz at <paramref name="z"/> [m] (right derivative; dimensionless).</summary>
    public double SlopeAt(double z) => z < ZSplit || z >= ZFull ? 0.0 : DMax / (ZFull - ZReference);
}
