namespace SecretNu.Dune;

/// <summary>
/// Where the Z′ of a parent decay in the pipe starts its flight to the detector, for its decay probability before the
/// detector (physics.md §13, <see cref="DecayPipe"/>).
/// </summary>
public enum DecayPointModel
{
    /// <summary>Every parent decays at the end of the pipe: flight L = detector distance − pipe length (380 m for
    /// DUNE), the shortest possible, so P_dec is a lower bound.</summary>
    ShortestFlight,

    /// <summary>Decay points spread along the pipe as the parent's exponential decay law from the pipe entrance,
    /// weighted by 1/L² as the reconstructed parent spectrum is (<see cref="ParentSpectrum"/>); P_dec averaged over
    /// them (<see cref="DecayPipe.FlightDistances"/>).</summary>
    PipeAverage,
}
