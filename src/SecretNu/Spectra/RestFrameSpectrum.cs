namespace SecretNu.Spectra;

/// <summary>
/// The rest-frame energy distribution of one neutrino species per parent decay, isotropic in the parent frame:
/// a sum of monochromatic lines (two-body decays) and continua (three-body decays, cascades). Numbers are per
/// decay; ∫ = Σ branching fraction × multiplicity.
/// </summary>
public sealed class RestFrameSpectrum
{
    public IReadOnlyList<SpectralLine> Lines { get; }
    public IReadOnlyList<ContinuousSpectrum> Continua { get; }

    public RestFrameSpectrum(IEnumerable<SpectralLine>? lines = null, IEnumerable<ContinuousSpectrum>? continua = null)
    {
        Lines = (lines ?? []).Where(l => l.Weight != 0).ToArray();
        Continua = (continua ?? []).ToArray();
    }

    public static readonly RestFrameSpectrum Empty = new();
    public bool IsEmpty => Lines.Count == 0 && Continua.Count == 0;

    public static RestFrameSpectrum Line(double energy, double weight) => new([new SpectralLine(energy, weight)]);
    public static RestFrameSpectrum Continuum(ContinuousSpectrum c) => new(continua: [c]);

    /// <summary>Number per decay (all components).</summary>
    public double Total => Lines.Sum(l => l.Weight) + Continua.Sum(c => c.Total);

    /// <summary>Number per decay with E* &lt; e.</summary>
    public double Cumulative(double e)
    {
        double s = 0;
        foreach (var l in Lines) if (l.Energy < e) s += l.Weight;
        foreach (var c in Continua) s += c.Cumulative(e);
        return s;
    }

    /// <summary>∫ E* dN (number-weighted energy sum per decay).</summary>
    public double FirstMoment() => Lines.Sum(l => l.Energy * l.Weight) + Continua.Sum(c => c.FirstMoment());

    public double MeanEnergy => Total > 0 ? FirstMoment() / Total : 0;

    public RestFrameSpectrum Scale(double factor) =>
        new(Lines.Select(l => l with { Weight = l.Weight * factor }), Continua.Select(c => c.Scale(factor)));

    public static RestFrameSpectrum operator +(RestFrameSpectrum a, RestFrameSpectrum b) =>
        new(a.Lines.Concat(b.Lines), a.Continua.Concat(b.Continua));
}
