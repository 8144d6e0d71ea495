namespace SecretNu.Statistics;

/// <summary>
/// The generic profiled χ²: any number of nuisances given as relative <see cref="Modifier"/>s (pyhf's normsys/histosys;
/// normalisation pulls, the spectral tilt, generator templates):
/// <code>T_i(θ) = T_i · (1 + Σ_k θ_k R_ki) + B_i,   χ²(θ) = Σ_i χ²_i(O_i, T_i(θ)) + Σ_k θ_k²</code>
/// with unit-Gaussian priors on θ. A normalisation pull of width σ on a sample is R_ki = σ on its bins (so θ = α/σ and
/// the per-sample closed form of <see cref="ProfiledChi2"/> is recovered); an alternative generator's prediction A is a
/// shape template R_ki = (A_i − N_i)/N_i, correlated across every sample it touches. The bin statistic follows
/// <see cref="StatisticsOptions"/>; its nuisance switches (pull grouping, tilt) are ignored here: the modifiers are the
/// nuisances (<see cref="Modifier.PaperPulls"/> builds the paper's). <see cref="ProfiledChi2"/> is the fast exact path
/// for the paper's pulls alone, and equals this solver with <see cref="Modifier.PaperPulls"/> (tested). The minimum over θ is found by
/// Newton steps on the exact gradient and Hessian (the χ² is convex in θ where every modified prediction stays
/// positive), with backtracking to keep the Poisson bins positive and χ² decreasing, to |Δθ| &lt; 1e-10.
/// Not thread-safe: one instance per thread.
/// </summary>
public sealed class TemplateChi2
{
    readonly double[] _observed, _variance;   // variance > 0 for Gaussian bins, 0 for Poisson bins
    readonly double[] _background;            // B_i, added after the modifiers (0 without a background)
    readonly double[][] _r;                   // [k][i]
    readonly double[] _theta, _grad, _step, _trial, _t;
    readonly double[,] _hess, _cholesky;
    readonly int _k;

    /// <param name="samples">Samples with the Asimov observed counts (their predictions are ignored).</param>
    /// <param name="options">The bin statistic (Gaussian above the threshold with variance O, Poisson below).</param>
    /// <param name="modifiers">The nuisances, each with one finite R per bin of the concatenated samples.</param>
    /// <param name="background">A fixed background B_i added to every prediction after the modifiers (T_i(θ) + B_i), or
    /// null for none. Range: finite, ≥ 0.</param>
    public TemplateChi2(IReadOnlyList<Sample> samples, StatisticsOptions options, IReadOnlyList<Modifier> modifiers, double[]? background = null)
    {
        options.Validate();
        int n = samples.Sum(s => s.BinCount);
        _observed = new double[n];
        _variance = new double[n];
        int off = 0;
        foreach (var s in samples)
        {
            for (int i = 0; i < s.BinCount; i++)
            {
                double o = s.Observed[i];
                _observed[off + i] = o;
                _variance[off + i] = BinChi2.IsGaussian(o, options) ? o : 0; // Gaussian bins have O ≥ threshold > 0
            }
            off += s.BinCount;
        }
        if (options.GaussianVariance == GaussianVariance.Predicted)
            throw new ArgumentException("Variance = prediction is not offered with templates.", nameof(options));
        foreach (var m in modifiers)
            if (m.Relative.Length != n || m.Relative.Any(x => !double.IsFinite(x)))
                throw new ArgumentException($"modifier '{m.Name}' needs one finite value per bin ({n})", nameof(modifiers));
        _r = [.. modifiers.Select(m => m.Relative)];
        if (background is not null && (background.Length != n || background.Any(b => !(b >= 0) || !double.IsFinite(b))))
            throw new ArgumentException($"the background needs one finite value ≥ 0 per bin ({n})", nameof(background));
        _background = background ?? new double[n];
        _k = _r.Length;
        _theta = new double[_k]; _grad = new double[_k]; _step = new double[_k]; _trial = new double[_k];
        _t = new double[n];
        _hess = new double[_k, _k];
        _cholesky = new double[_k, _k];
    }

    /// <summary>Number of bins of every prediction.</summary>
    public int BinCount => _observed.Length;

    /// <summary>θ of the last <see cref="Minimize"/>.</summary>
    public ReadOnlySpan<double> Theta => _theta;

    /// <summary>χ² at fixed θ (+∞ where a Poisson bin's prediction is not positive while it has events).</summary>
    public double Evaluate(ReadOnlySpan<double> predicted, ReadOnlySpan<double> theta)
    {
        double chi2 = 0;
        for (int k = 0; k < _k; k++) chi2 += theta[k] * theta[k];
        for (int i = 0; i < _observed.Length; i++)
        {
            double m = 1;
            for (int k = 0; k < _k; k++) m += theta[k] * _r[k][i];
            double t = predicted[i] * m + _background[i];
            chi2 += _variance[i] > 0 ? BinChi2.Gaussian(_observed[i], t, _variance[i]) : BinChi2.PoissonDeviance(_observed[i], t);
        }
        return chi2;
    }

    /// <summary>min over θ of χ²(T, θ). Range: [0, +∞].</summary>
    public double Minimize(ReadOnlySpan<double> predicted)
    {
        if (predicted.Length != BinCount) throw new ArgumentException($"Prediction has {predicted.Length} bins, not {BinCount}.", nameof(predicted));
        Array.Clear(_theta);
        double value = Evaluate(predicted, _theta);
        if (!double.IsFinite(value) || _k == 0) return value;
        for (int iteration = 0; iteration < 100; iteration++)
        {
            // gradient and Hessian: ∂χ²_i/∂T, ∂²χ²_i/∂T² times ∂T/∂θ_k = T_i R_ki (T is linear in θ), plus the prior 2θ, 2δ
            for (int k = 0; k < _k; k++) { _grad[k] = 2 * _theta[k]; for (int l = 0; l < _k; l++) _hess[k, l] = k == l ? 2 : 0; }
            for (int i = 0; i < _observed.Length; i++)
            {
                double m = 1;
                for (int k = 0; k < _k; k++) m += _theta[k] * _r[k][i];
                double t = predicted[i] * m + _background[i], o = _observed[i];
                if (predicted[i] == 0) continue;
                double d1, d2;
                if (_variance[i] > 0) { d1 = 2 * (t - o) / _variance[i]; d2 = 2 / _variance[i]; }
                else { d1 = 2 * (1 - o / t); d2 = 2 * o / (t * t); }
                for (int k = 0; k < _k; k++)
                {
                    double a = predicted[i] * _r[k][i];
                    if (a == 0) continue;
                    _grad[k] += d1 * a;
                    for (int l = 0; l <= k; l++) _hess[k, l] += d2 * a * predicted[i] * _r[l][i];
                }
            }
            for (int k = 0; k < _k; k++) for (int l = 0; l < k; l++) _hess[l, k] = _hess[k, l];
            Solve(); // _step = −H⁻¹ g
            // backtracking: keep the prediction feasible and χ² from rising
            double scale = 1, next = double.PositiveInfinity;
            for (int tries = 0; tries < 60; tries++)
            {
                for (int k = 0; k < _k; k++) _trial[k] = _theta[k] + scale * _step[k];
                next = Evaluate(predicted, _trial);
                if (next <= value + 1e-12 * (1 + value)) break;
                scale *= 0.5;
            }
            if (!(next <= value + 1e-12 * (1 + value))) break; // no descent left: at the minimum to rounding
            double moved = 0;
            for (int k = 0; k < _k; k++) { moved = Math.Max(moved, Math.Abs(_trial[k] - _theta[k])); _theta[k] = _trial[k]; }
            value = next;
            if (moved < 1e-10) break;
        }
        return Math.Max(0, value);
    }

    /// <summary>_step = −H⁻¹ g by Cholesky (H is positive definite: the prior adds 2 to its diagonal).</summary>
    void Solve()
    {
        int n = _k;
        var l = _cholesky;
        for (int i = 0; i < n; i++)
            for (int j = 0; j <= i; j++)
            {
                double sum = _hess[i, j];
                for (int p = 0; p < j; p++) sum -= l[i, p] * l[j, p];
                l[i, j] = i == j ? Math.Sqrt(Math.Max(sum, 1e-300)) : sum / l[j, j];
            }
        for (int i = 0; i < n; i++) // L y = −g
        {
            double sum = -_grad[i];
            for (int p = 0; p < i; p++) sum -= l[i, p] * _step[p];
            _step[i] = sum / l[i, i];
        }
        for (int i = n - 1; i >= 0; i--) // Lᵀ x = y
        {
            double sum = _step[i];
            for (int p = i + 1; p < n; p++) sum -= l[p, i] * _step[p];
            _step[i] = sum / l[i, i];
        }
    }
}
