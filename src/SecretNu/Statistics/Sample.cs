namespace SecretNu.Statistics;

/// <summary>
/// One event sample (e.g. the ν_e channel) on a fixed grid of reconstructed-energy bins: the Asimov "observed" counts
/// O_i, a prediction T_i, and optionally the bin-centre energies E_i used by the spectral tilt. Immutable: the arrays
/// are copied on construction.
/// </summary>
public sealed class Sample
{
    readonly double[] _observed, _predicted, _energies;

    /// <summary>Creates a sample.</summary>
    /// <param name="name">Label (e.g. "nu_e"); not empty.</param>
    /// <param name="observed">Asimov observed counts O_i. Range: finite, ≥ 0 (need not be integers). At least one bin.</param>
    /// <param name="predicted">Predicted counts T_i, same length. Range: finite, ≥ 0.</param>
    /// <param name="binEnergies">Bin-centre energies E_i [GeV], same length, or empty for none. Range: finite, &gt; 0.</param>
    public Sample(string name, ReadOnlySpan<double> observed, ReadOnlySpan<double> predicted, ReadOnlySpan<double> binEnergies = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        if (observed.Length == 0) throw new ArgumentException($"Sample '{name}' has no bins.", nameof(observed));
        if (predicted.Length != observed.Length)
            throw new ArgumentException($"Sample '{name}': {predicted.Length} predicted bins for {observed.Length} observed bins.", nameof(predicted));
        if (binEnergies.Length != 0 && binEnergies.Length != observed.Length)
            throw new ArgumentException($"Sample '{name}': {binEnergies.Length} bin energies for {observed.Length} bins.", nameof(binEnergies));
        for (int i = 0; i < observed.Length; i++)
        {
            CheckCount(name, "observed", i, observed[i]);
            CheckCount(name, "predicted", i, predicted[i]);
            if (binEnergies.Length != 0 && !(binEnergies[i] > 0 && double.IsFinite(binEnergies[i])))
                throw new ArgumentOutOfRangeException(nameof(binEnergies), binEnergies[i], $"Sample '{name}', bin {i}: energy must be finite and > 0 GeV.");
        }
        Name = name;
        _observed = observed.ToArray();
        _predicted = predicted.ToArray();
        _energies = binEnergies.ToArray();
    }

    static void CheckCount(string name, string what, int i, double value)
    {
        if (!(value >= 0) || !double.IsFinite(value))
            throw new ArgumentOutOfRangeException(what, value, $"Sample '{name}', bin {i}: {what} count must be finite and >= 0.");
    }

    /// <summary>Label of the sample.</summary>
    public string Name { get; }

    /// <summary>Number of bins (≥ 1).</summary>
    public int BinCount => _observed.Length;

    /// <summary>Asimov observed counts O_i (≥ 0).</summary>
    public ReadOnlySpan<double> Observed => _observed;

    /// <summary>Predicted counts T_i (≥ 0).</summary>
    public ReadOnlySpan<double> Predicted => _predicted;

    /// <summary>Bin-centre energies E_i [GeV] (&gt; 0), or empty when the sample has none.</summary>
    public ReadOnlySpan<double> BinEnergies => _energies;

    /// <summary>Whether <see cref="BinEnergies"/> is given.</summary>
    public bool HasBinEnergies => _energies.Length != 0;

    /// <summary>The same sample with another prediction (same length, finite, ≥ 0).</summary>
    public Sample WithPrediction(ReadOnlySpan<double> predicted) => new(Name, _observed, predicted, _energies);

    /// <summary>"name (n bins)".</summary>
    public override string ToString() => $"{Name} ({BinCount} bins)";
}
