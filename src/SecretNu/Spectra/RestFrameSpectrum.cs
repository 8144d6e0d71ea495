namespace SecretNu.Spectra;

/// <summary>
/// The rest-frame energy distribution of one neutrino species per parent decay, isotropic in the parent frame:
/// a sum of monochromatic lines (two-body decays) and continua (three-body decays, cascades). Numbers are per
/// decay; ∫ = Σ branching fraction × multiplicity.
/// </summary>
public sealed class RestFrameSpectrum
{
    /// <summary>Monochromatic lines (energy [GeV], number per decay); zero-weight lines are dropped.</summary>
    public IReadOnlyList<SpectralLine> Lines { get; }
    /// <summary>Continuous parts, each dN/dE* [1/GeV] per decay.</summary>
    public IReadOnlyList<ContinuousSpectrum> Continua { get; }

    /// <summary>A spectrum from its lines and continua (either may be null for none).</summary>
    public RestFrameSpectrum(IEnumerable<SpectralLine>? lines = null, IEnumerable<ContinuousSpectrum>? continua = null)
    {
        Lines = (lines ?? []).Where(l => l.Weight != 0).ToArray();
        Continua = (continua ?? []).ToArray();
    }

    /// <summary>No neutrinos.</summary>
    public static readonly RestFrameSpectrum Empty = new();
    /// <summary>True when there are neither lines nor continua.</summary>
    public bool IsEmpty => Lines.Count == 0 && Continua.Count == 0;

    /// <summary>One line at E* = <paramref name="energy"/> [GeV] with <paramref name="weight"/> neutrinos per decay.</summary>
    public static RestFrameSpectrum Line(double energy, double weight) => new([new SpectralLine(energy, weight)]);
    /// <summary>A spectrum made of one continuum.</summary>
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

    /// <summary>Mean rest-frame energy ⟨E*⟩ [GeV]; 0 for an empty spectrum.</summary>
    public double MeanEnergy => Total > 0 ? FirstMoment() / Total : 0;

    /// <summary>Every line weight and continuum multiplied by <paramref name="factor"/> (e.g. a branching fraction).</summary>
    public RestFrameSpectrum Scale(double factor) =>
        new(Lines.Select(l => l with { Weight = l.Weight * factor }), Continua.Select(c => c.Scale(factor)));

    /// <summary>The superposition of both spectra (lines and continua concatenated).</summary>
    public static RestFrameSpectrum operator +(RestFrameSpectrum a, RestFrameSpectrum b) =>
        new(a.Lines.Concat(b.Lines), a.Continua.Concat(b.Continua));
}
