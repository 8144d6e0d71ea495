namespace SecretNu.Fluxes;

/// <summary>
/// The front face of a detector: a rectangle perpendicular to the beam axis at distance <paramref name="Distance"/> [m]
/// from the interaction point, <paramref name="Width"/> (x) × <paramref name="Height"/> (y) [m], centred at
/// (<paramref name="OffsetX"/>, <paramref name="OffsetY"/>) [m] in the beam frame (z along the beam towards the detector).
/// </summary>
public sealed record DetectorFace(double Distance, double Width, double Height, double OffsetX = 0, double OffsetY = 0)
{
    /// <summary>Face area Width × Height [m²].</summary>
    public double Area => Width * Height;
    /// <summary>Half of the face diagonal [m].</summary>
    public double HalfDiagonal => 0.5 * Math.Sqrt(Width * Width + Height * Height);

    /// <summary>The face of an experiment card: its distance, width, height and offsets [m].</summary>
    public static DetectorFace FromCard(Detection.ExperimentCard card) =>
        new(card.DistanceM, card.WidthM, card.HeightM, card.OffsetXM, card.OffsetYM);

    /// <summary>Short text for metadata.</summary>
    public override string ToString() =>
        FormattableString.Invariant($"{Width:G4} m × {Height:G4} m at z = {Distance:G6} m, centre ({OffsetX:G4}, {OffsetY:G4}) m");
}
