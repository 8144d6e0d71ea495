namespace SecretNu.Scans;

/// <summary>
/// The predicted reconstructed events of a bound's samples at one m_Z′, concatenated [sample·RecoBins + j], for any
/// coupling scale and exposure multiplier: what <see cref="LimitScan"/> profiles, for collider cards
/// (<see cref="ZPrimeEventModel"/>) and beam-dump cards (<see cref="Dune.DuneEventModel"/>) alike.
/// </summary>
public interface IEventPredictor
{
    /// <summary>m_Z′ [GeV].</summary>
    double Mass { get; }

    /// <summary>Reconstructed bins per sample.</summary>
    int RecoBins { get; }

    /// <summary>Events at g = scale·ĝ for exposure multiplier <paramref name="multiplier"/> (× the card's) into
    /// <paramref name="reco"/> (length samples × <see cref="RecoBins"/>; overwritten).</summary>
    void Predict(double scale, double multiplier, Span<double> reco);

    /// <summary>The Standard-Model events (scale 0) for exposure multiplier <paramref name="multiplier"/>.</summary>
    double[] StandardModel(double multiplier);
}
