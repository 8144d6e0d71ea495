namespace SecretNu.Statistics;

/// <summary>
/// One nuisance parameter as a relative modifier of the predictions, in the manner of pyhf's normsys/histosys:
/// <code>T_i(θ) = T_i · (1 + Σ_k θ_k R_ki),   prior θ_k ~ N(0, 1)</code>
/// over the samples' bins concatenated in sample order. Each kind is one factory, so a new nuisance is a new factory,
/// not a change of the solver (<see cref="TemplateChi2"/>).
/// </summary>
/// <param name="Name">Label, e.g. "normalisation nu_e" or "generator SIBYLL".</param>
/// <param name="Relative">R_k, one finite value per bin.</param>
public sealed record Modifier(string Name, double[] Relative)
{
    /// <summary>A flux-normalisation pull of width σ on bins [start, end): R = σ there, 0 elsewhere (θ = α/σ).</summary>
    /// <param name="name">Label.</param>
    /// <param name="binCount">Bins of all samples together.</param>
    /// <param name="start">First bin of the pull's range.</param>
    /// <param name="end">One past its last bin.</param>
    /// <param name="sigma">σ_α, relative; &gt; 0.</param>
    public static Modifier Normalisation(string name, int binCount, int start, int end, double sigma)
    {
        var r = new double[binCount];
        Array.Fill(r, sigma, start, end - start);
        return new Modifier(name, r);
    }

    /// <summary>A spectral tilt on bins [start, end): R_i = σ_β (log10 E_i − log10 E_ref), 0 elsewhere (θ = β/σ_β; physics.md §8).</summary>
    /// <param name="name">Label.</param>
    /// <param name="binCount">Bins of all samples together.</param>
    /// <param name="start">First bin of the tilt's range.</param>
    /// <param name="energies">Bin-centre energies [GeV] of bins start, start + 1, …; &gt; 0.</param>
    /// <param name="sigma">σ_β per decade; &gt; 0.</param>
    /// <param name="referenceEnergy">E_ref [GeV], where the tilt vanishes; &gt; 0.</param>
    public static Modifier Tilt(string name, int binCount, int start, ReadOnlySpan<double> energies, double sigma, double referenceEnergy)
    {
        var r = new double[binCount];
        double logRef = Math.Log10(referenceEnergy);
        for (int i = 0; i < energies.Length; i++) r[start + i] = sigma * (Math.Log10(energies[i]) - logRef);
        return new Modifier(name, r);
    }

    /// <summary>A ±1σ shape template from an alternative prediction A against the nominal N: R_i = (A_i − N_i)/N_i
    /// (0 where N_i = 0), correlated across every sample it spans.</summary>
    /// <param name="name">Label.</param>
    /// <param name="nominal">N over all bins; ≥ 0.</param>
    /// <param name="alternative">A over the same bins; ≥ 0.</param>
    public static Modifier Template(string name, ReadOnlySpan<double> nominal, ReadOnlySpan<double> alternative)
    {
        var r = new double[nominal.Length];
        for (int i = 0; i < r.Length; i++) r[i] = nominal[i] > 0 ? (alternative[i] - nominal[i]) / nominal[i] : 0;
        return new Modifier(name, r);
    }

    /// <summary>The reference paper's nuisances for <paramref name="samples"/> under <paramref name="options"/>: one
    /// normalisation pull per sample (its own σ) or one common pull, and, with the tilt, one tilt per pull group.</summary>
    public static IReadOnlyList<Modifier> PaperPulls(IReadOnlyList<Sample> samples, StatisticsOptions options)
    {
        int n = samples.Sum(s => s.BinCount);
        var list = new List<Modifier>();
        if (options.PullGrouping == PullGrouping.Common)
        {
            list.Add(Normalisation("normalisation", n, 0, n, options.NormalisationSigma));
            if (options.Tilt)
            {
                var energies = samples.SelectMany(s => s.BinEnergies.ToArray()).ToArray();
                list.Add(Tilt("tilt", n, 0, energies, options.TiltSigma, options.TiltReferenceEnergy));
            }
            return list;
        }
        int start = 0;
        foreach (var s in samples)
        {
            list.Add(Normalisation($"normalisation {s.Name}", n, start, start + s.BinCount, options.NormalisationSigmaOf(s.Name)));
            if (options.Tilt) list.Add(Tilt($"tilt {s.Name}", n, start, s.BinEnergies, options.TiltSigma, options.TiltReferenceEnergy));
            start += s.BinCount;
        }
        return list;
    }
}
