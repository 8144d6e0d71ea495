namespace SecretNu.Statistics;

/// <summary>
/// The χ² of a set of samples against fixed Asimov data, minimised exactly over the nuisance parameters
/// (physics.md §8). Built once from the observed counts (and bin energies); then <see cref="Minimize"/> is called with
/// one prediction per tested coupling. Predictions are passed as one span: the samples' bins concatenated in sample
/// order (see <see cref="SampleOffset"/>).
/// <para>
/// Model: pull group k (one per sample, or one for all, see <see cref="PullGrouping"/>) scales its nominal prediction
/// T_i by s_i = 1 + α_k (+ β_k·(log10 E_i − log10 E_ref) with the tilt), and
/// χ² = Σ_i χ²_i(O_i, T_i s_i) + Σ_k [(α_k/σ_α)² (+ (β_k/σ_β)²)].
/// Feasible set: s_i ≥ ε = 1e-9 for every Poisson bin with T_i &gt; 0 (the Poisson log needs a positive
/// prediction); Gaussian bins impose nothing, so an all-Gaussian group has the unconstrained closed form.
/// </para>
/// <para>
/// Minimisation, per group: closed form if the group has no Poisson bin with T &gt; 0; otherwise Newton on α with
/// f′, f″ of §8 written through group sums (so each iteration is O(1)), safeguarded by bisection inside
/// [−1 + ε, ∞) and converged to |Δα| &lt; 1e-12. With the tilt, (α, β) by two nested exact 1-D problems: α*(β) by
/// the same safeguarded Newton (bin sums per step), then the convex profile F(β) = f(α*(β), β) by safeguarded Newton
/// on F′ (rtsafe rule), both to steps &lt; 1e-12 (see the comment at the tilt code). A minimum on the positivity
/// bound (possible only with a large total χ², ≳ 1/(σ_α² + σ_β² x²), far above any CL threshold) is found exactly.
/// </para>
/// <para>
/// Conventions: a bin with T = 0 and O = 0 contributes 0; a Poisson bin with T = 0 and O &gt; 0, or a Gaussian bin
/// with variance T = 0, makes χ² = +∞ (the data are impossible under that prediction).
/// </para>
/// <para>
/// Cost: <see cref="Minimize"/> allocates nothing; it reads each bin once (one logarithm per Poisson bin) without the
/// tilt. Not thread-safe (it keeps the last minimiser): use one instance per thread.
/// </para>
/// </summary>
public sealed class ProfiledChi2
{
    /// <summary>Positivity margin ε for the scaled prediction of Poisson bins: s_i ≥ ε.</summary>
    public const double PositivityEpsilon = 1e-9;

    /// <summary>Newton convergence: stop when the nuisance step is below this (absolute).</summary>
    public const double NuisanceTolerance = SafeguardedNewton.Tolerance;

    const int MaxIterations = 200;

    readonly double[] _observed;
    readonly bool[] _gaussian;
    readonly double[] _inverseObserved; // 1/O for Gaussian bins (used with GaussianVariance.Observed)
    readonly double[] _tiltX;            // log10 E_i − log10 E_ref, empty without the tilt
    readonly int[] _sampleStart;         // SampleCount + 1 entries
    readonly int[] _groupStart;          // GroupCount + 1 entries
    readonly double[] _alpha, _beta;
    readonly string[] _sampleNames;
    readonly bool _varianceObserved, _tilt;
    readonly double[] _invSigmaA2; // per pull group
    readonly double _invSigmaB2;

    /// <summary>Sets up the χ² for the observed counts (and energies) of <paramref name="samples"/>; their predictions are ignored.</summary>
    /// <param name="samples">At least one sample. With the tilt, every sample needs bin energies.</param>
    /// <param name="options">Statistical choices (validated here).</param>
    public ProfiledChi2(IReadOnlyList<Sample> samples, StatisticsOptions options)
    {
        ArgumentNullException.ThrowIfNull(samples);
        ArgumentNullException.ThrowIfNull(options);
        options.Validate();
        if (samples.Count == 0) throw new ArgumentException("At least one sample is needed.", nameof(samples));
        Options = options;
        _varianceObserved = options.GaussianVariance == GaussianVariance.Observed;
        _tilt = options.Tilt;
        _invSigmaB2 = 1 / (options.TiltSigma * options.TiltSigma);

        _sampleStart = new int[samples.Count + 1];
        _sampleNames = new string[samples.Count];
        for (int s = 0; s < samples.Count; s++)
        {
            var sample = samples[s] ?? throw new ArgumentNullException(nameof(samples), $"Sample {s} is null.");
            if (_tilt && !sample.HasBinEnergies)
                throw new ArgumentException($"The spectral tilt needs bin energies, and sample '{sample.Name}' has none.", nameof(samples));
            _sampleNames[s] = sample.Name;
            _sampleStart[s + 1] = _sampleStart[s] + sample.BinCount;
        }
        int n = _sampleStart[^1];
        _observed = new double[n];
        _gaussian = new bool[n];
        _inverseObserved = new double[n];
        _tiltX = _tilt ? new double[n] : [];
        double logRef = Math.Log10(options.TiltReferenceEnergy);
        for (int s = 0; s < samples.Count; s++)
        {
            var sample = samples[s];
            int off = _sampleStart[s];
            for (int i = 0; i < sample.BinCount; i++)
            {
                double o = sample.Observed[i];
                _observed[off + i] = o;
                _gaussian[off + i] = BinChi2.IsGaussian(o, options);
                _inverseObserved[off + i] = _gaussian[off + i] ? 1 / o : 0;
                if (_tilt) _tiltX[off + i] = Math.Log10(sample.BinEnergies[i]) - logRef;
            }
        }
        _groupStart = options.PullGrouping == PullGrouping.Common ? [0, n] : (int[])_sampleStart.Clone();
        // σ_α per group: a sample's own width with per-sample pulls, the common one otherwise
        _invSigmaA2 = Enumerable.Range(0, GroupCount).Select(k => options.PullGrouping == PullGrouping.Common ? options.NormalisationSigma
            : options.NormalisationSigmaOf(_sampleNames[k])).Select(sa => 1 / (sa * sa)).ToArray();
        _alpha = new double[GroupCount];
        _beta = new double[GroupCount];
    }

    /// <summary>The statistical choices.</summary>
    public StatisticsOptions Options { get; }

    /// <summary>Total number of bins over all samples (the length of every prediction span).</summary>
    public int BinCount => _observed.Length;

    /// <summary>Number of samples.</summary>
    public int SampleCount => _sampleNames.Length;

    /// <summary>Number of pull groups: <see cref="SampleCount"/> (per-sample pulls) or 1 (common pull).</summary>
    public int GroupCount => _groupStart.Length - 1;

    /// <summary>Index of the first bin of sample <paramref name="sample"/> (0 ≤ sample ≤ SampleCount; SampleCount gives BinCount).</summary>
    public int SampleOffset(int sample) => _sampleStart[sample];

    /// <summary>Name of sample <paramref name="sample"/>.</summary>
    public string SampleName(int sample) => _sampleNames[sample];

    /// <summary>Pull group of sample <paramref name="sample"/>.</summary>
    public int GroupOf(int sample) => GroupCount == 1 ? 0 : sample;

    /// <summary>The concatenated Asimov observed counts.</summary>
    public ReadOnlySpan<double> Observed => _observed;

    /// <summary>α_k of the last <see cref="Minimize"/> call, one per group (0 for a group whose χ² is infinite).</summary>
    public ReadOnlySpan<double> Alpha => _alpha;

    /// <summary>β_k of the last <see cref="Minimize"/> call, one per group (all 0 without the tilt).</summary>
    public ReadOnlySpan<double> Beta => _beta;

    /// <summary>Copies the predictions of <paramref name="samples"/> (same layout as the constructor's) into one span.</summary>
    public void CopyPredictions(IReadOnlyList<Sample> samples, Span<double> destination)
    {
        ArgumentNullException.ThrowIfNull(samples);
        if (samples.Count != SampleCount) throw new ArgumentException($"{samples.Count} samples for {SampleCount}.", nameof(samples));
        if (destination.Length != BinCount) throw new ArgumentException($"Destination has {destination.Length} bins, not {BinCount}.", nameof(destination));
        for (int s = 0; s < samples.Count; s++)
        {
            if (samples[s].BinCount != _sampleStart[s + 1] - _sampleStart[s])
                throw new ArgumentException($"Sample '{samples[s].Name}' has {samples[s].BinCount} bins, not {_sampleStart[s + 1] - _sampleStart[s]}.", nameof(samples));
            samples[s].Predicted.CopyTo(destination[_sampleStart[s]..]);
        }
    }

    /// <summary>
    /// One-off convenience: the profiled χ² of <paramref name="samples"/> (their own O and T). Allocates; for repeated
    /// use build a <see cref="ProfiledChi2"/> and call <see cref="Minimize"/>.
    /// </summary>
    public static double Minimum(IReadOnlyList<Sample> samples, StatisticsOptions options)
    {
        var chi2 = new ProfiledChi2(samples, options);
        var t = new double[chi2.BinCount];
        chi2.CopyPredictions(samples, t);
        return chi2.Minimize(t);
    }

    /// <summary>
    /// min over the nuisance parameters of χ²(T). Range of the result: [0, +∞]. The minimiser is left in
    /// <see cref="Alpha"/> and <see cref="Beta"/>. Allocation-free.
    /// </summary>
    /// <param name="predicted">Nominal predictions T_i, concatenated (length <see cref="BinCount"/>). Range: finite, ≥ 0.</param>
    public double Minimize(ReadOnlySpan<double> predicted) => MinimizeCore(predicted, forceNewton: false);

    /// <summary>As <see cref="Minimize(ReadOnlySpan{double})"/>; <paramref name="forceNewton"/> skips the closed form (tests).</summary>
    internal double MinimizeCore(ReadOnlySpan<double> predicted, bool forceNewton)
    {
        if (predicted.Length != BinCount)
            throw new ArgumentException($"Prediction has {predicted.Length} bins, not {BinCount}.", nameof(predicted));
        double total = 0;
        for (int k = 0; k < GroupCount; k++)
        {
            int start = _groupStart[k], end = _groupStart[k + 1];
            total += _tilt
                ? MinimizeTilted(predicted, start, end, _invSigmaA2[k], out _alpha[k], out _beta[k])
                : MinimizeNormalisation(predicted, start, end, _invSigmaA2[k], forceNewton, out _alpha[k]);
        }
        return total;
    }

    /// <summary>
    /// χ² at given nuisance values, bin by bin (the plain definition, no minimisation), including the penalty terms.
    /// Used for the unprofiled χ² and as a reference in tests.
    /// </summary>
    /// <param name="predicted">Nominal predictions, length <see cref="BinCount"/>. Range: finite, ≥ 0.</param>
    /// <param name="alpha">α_k per group (length <see cref="GroupCount"/>).</param>
    /// <param name="beta">β_k per group (length <see cref="GroupCount"/>; ignored without the tilt).</param>
    public double Evaluate(ReadOnlySpan<double> predicted, ReadOnlySpan<double> alpha, ReadOnlySpan<double> beta)
    {
        if (predicted.Length != BinCount) throw new ArgumentException($"Prediction has {predicted.Length} bins, not {BinCount}.", nameof(predicted));
        if (alpha.Length != GroupCount) throw new ArgumentException($"{alpha.Length} values of alpha for {GroupCount} groups.", nameof(alpha));
        if (_tilt && beta.Length != GroupCount) throw new ArgumentException($"{beta.Length} values of beta for {GroupCount} groups.", nameof(beta));
        double chi2 = 0;
        for (int k = 0; k < GroupCount; k++)
        {
            double a = alpha[k], b = _tilt ? beta[k] : 0;
            chi2 += a * a * _invSigmaA2[k] + (_tilt ? b * b * _invSigmaB2 : 0);
            for (int i = _groupStart[k]; i < _groupStart[k + 1]; i++)
            {
                double t = CheckedPrediction(predicted, i);
                double p = t * (1 + a + (_tilt ? b * _tiltX[i] : 0));
                chi2 += _gaussian[i]
                    ? BinChi2.Gaussian(_observed[i], p, _varianceObserved ? _observed[i] : t)
                    : BinChi2.PoissonDeviance(_observed[i], p);
            }
        }
        return chi2;
    }

    /// <summary>χ² with all nuisance parameters at 0 (no profiling, no penalty).</summary>
    public double Unprofiled(ReadOnlySpan<double> predicted)
    {
        if (predicted.Length != BinCount) throw new ArgumentException($"Prediction has {predicted.Length} bins, not {BinCount}.", nameof(predicted));
        double chi2 = 0;
        for (int i = 0; i < BinCount; i++)
        {
            double t = CheckedPrediction(predicted, i);
            chi2 += _gaussian[i]
                ? BinChi2.Gaussian(_observed[i], t, _varianceObserved ? _observed[i] : t)
                : BinChi2.PoissonDeviance(_observed[i], t);
        }
        return chi2;
    }

    static double CheckedPrediction(ReadOnlySpan<double> predicted, int i)
    {
        double t = predicted[i];
        if (!(t >= 0) || !double.IsFinite(t))
            throw new ArgumentOutOfRangeException(nameof(predicted), t, $"Prediction in bin {i} must be finite and >= 0.");
        return t;
    }

    // ---------------------------------------------------------------------------------------------------------------
    // Normalisation pull only. With s = 1 + α the group χ² is a function of six sums:
    //   Gaussian bins (r = T − O):  C = Σ r²/V,  D = Σ T r/V,  B = Σ T²/V          → C + 2αD + α²B
    //   Poisson bins with T > 0:    S_T = Σ T,  S_O = Σ O,  D₀ = Σ dev(O, T)       → D₀ + 2[α S_T − S_O ln(1 + α)]
    // plus α²/σ_α². Hence f′/2 = D + αB + S_T − S_O/(1+α) + α/σ_α² and f″/2 = B + S_O/(1+α)² + 1/σ_α²: §8's
    // formulas, summed once.

    double MinimizeNormalisation(ReadOnlySpan<double> predicted, int start, int end, double invSigmaA2, bool forceNewton, out double alpha)
    {
        double c = 0, d = 0, b = 0, sT = 0, sO = 0, dev0 = 0;
        bool infinite = false;
        for (int i = start; i < end; i++)
        {
            double t = CheckedPrediction(predicted, i), o = _observed[i];
            if (_gaussian[i])
            {
                double invV;
                if (_varianceObserved) invV = _inverseObserved[i];
                else if (t > 0) invV = 1 / t;
                else { infinite = true; continue; } // V = T = 0 with O ≥ threshold > 0
                double r = t - o;
                c += r * r * invV;
                d += t * r * invV;
                b += t * t * invV;
            }
            else if (t > 0)
            {
                sT += t;
                sO += o;
                dev0 += BinChi2.PoissonDeviance(o, t);
            }
            else if (o > 0) infinite = true; // T = 0 < O
        }
        if (infinite)
        {
            alpha = 0;
            return double.PositiveInfinity;
        }
        alpha = sT == 0 && !forceNewton
            ? -d / (b + invSigmaA2)                                  // closed form (no Poisson bin with T > 0)
            : NewtonAlpha(d, b + invSigmaA2, sT, sO);
        double a = alpha;
        double value = c + a * (2 * d + a * (b + invSigmaA2));
        if (sT > 0) value += dev0 + 2 * (a * sT - (sO > 0 ? sO * BinChi2.Log1P(a) : 0));
        return Math.Max(0, value); // ≥ 0 exactly; rounding can leave −1e-16 when the fit is perfect
    }

    /// <summary>f′/2 and f″/2 of D·2α + Bp·α² + 2[α S_T − S_O ln(1+α)] (Bp = B + 1/σ_α²), from the group sums.</summary>
    readonly struct PullDerivatives(double d, double bp, double sT, double sO) : IConvexDerivatives
    {
        public void At(double alpha, out double first, out double second)
        {
            double u = 1 + alpha;
            first = d + alpha * bp + sT - sO / u;
            second = bp + sO / (u * u);
        }
    }

    /// <summary>Minimiser of D·2α + Bp·α² + 2[α S_T − S_O ln(1+α)] over α ≥ −1 + ε, by the safeguarded Newton from α = 0.</summary>
    internal static double NewtonAlpha(double d, double bp, double sT, double sO)
    {
        var f = new PullDerivatives(d, bp, sT, sO);
        return SafeguardedNewton.Minimize(ref f, -1 + PositivityEpsilon, 0, out _);
    }

    // ---------------------------------------------------------------------------------------------------------------
    // Normalisation and tilt: s_i = 1 + α + β x_i. Gaussian bins stay quadratic (six sums); the Poisson log term
    // −2 Σ O ln s_i is re-summed at each trial point. Feasible set: s(XMin) ≥ ε and s(XMax) ≥ ε over the Poisson
    // bins with T > 0, i.e. α ≥ α_min(β) = ε − 1 − min(β XMin, β XMax).
    //
    // f is minimised exactly by two nested one-dimensional problems:
    //   inner  α*(β) = argmin_{α ≥ α_min(β)} f(α, β): safeguarded Newton as for the pull alone (f_α is increasing and
    //          concave), with the bound checked explicitly, so a Poisson log barrier is never mistaken for the bound;
    //   outer  F(β) = f(α*(β), β) is convex (partial minimum of a convex function over a convex set), with
    //          F′ = f_β (interior) or f_β − x_j f_α (on the bound s(x_j) = ε), F″ ≥ 1/σ_β² the Schur complement or
    //          the curvature along the bound; safeguarded Newton on the increasing F′, which has a kink at β = 0 when
    //          the bound switches from XMax to XMin there.

    ref struct TiltedGroup : IConvexDerivatives
    {
        public ReadOnlySpan<double> T, O, X;
        public ReadOnlySpan<bool> Gaussian;
        public double C, Da, Db, Baa, Bab, Bbb, ST, STx, Dev0, XMin, XMax, InvSA2, InvSB2;

        /// <summary>β of the inner problem, for which <see cref="At"/> gives the derivatives in α.</summary>
        public double FixedTilt;

        /// <summary>f_α/2 and f_αα/2 at β = <see cref="FixedTilt"/>: the inner problem as a function of α alone.</summary>
        public readonly void At(double alpha, out double first, out double second) => AlphaDerivatives(alpha, FixedTilt, out first, out second);

        public readonly bool Constrained => XMin <= XMax;

        /// <summary>α_min(β), or −∞ without Poisson bins with T &gt; 0.</summary>
        public readonly double AlphaFloor(double b) =>
            Constrained ? PositivityEpsilon - 1 - Math.Min(b * XMin, b * XMax) : double.NegativeInfinity;

        public readonly double Value(double a, double b)
        {
            double v = C + 2 * (a * Da + b * Db) + a * a * (Baa + InvSA2) + 2 * a * b * Bab + b * b * (Bbb + InvSB2)
                     + Dev0 + 2 * (a * ST + b * STx);
            for (int i = 0; i < T.Length; i++)
                if (!Gaussian[i] && T[i] > 0 && O[i] > 0) v -= 2 * O[i] * BinChi2.Log1P(a + b * X[i]);
            return v;
        }

        /// <summary>f_α/2 and f_αα/2.</summary>
        public readonly void AlphaDerivatives(double a, double b, out double d1, out double d2)
        {
            d1 = Da + a * (Baa + InvSA2) + b * Bab + ST;
            d2 = Baa + InvSA2;
            for (int i = 0; i < T.Length; i++)
            {
                if (Gaussian[i] || !(T[i] > 0) || O[i] == 0) continue;
                double s = 1 + a + b * X[i], w = O[i] / s;
                d1 -= w;
                d2 += w / s;
            }
        }

        /// <summary>Half gradient and half Hessian.</summary>
        public readonly void Derivatives(double a, double b, out double ga, out double gb, out double haa, out double hab, out double hbb)
        {
            ga = Da + a * (Baa + InvSA2) + b * Bab + ST;
            gb = Db + a * Bab + b * (Bbb + InvSB2) + STx;
            haa = Baa + InvSA2; hab = Bab; hbb = Bbb + InvSB2;
            for (int i = 0; i < T.Length; i++)
            {
                if (Gaussian[i] || !(T[i] > 0) || O[i] == 0) continue;
                double x = X[i], w = O[i] / (1 + a + b * x), w2 = w / (1 + a + b * x);
                ga -= w; gb -= w * x;
                haa += w2; hab += w2 * x; hbb += w2 * x * x;
            }
        }

        /// <summary>
        /// Half curvature of f along the bound line s(x) = const, direction (−x, 1), on which s_i changes by x_i − x.
        /// Summed bin by bin, so that bins on the line (s_i = ε, O/s_i² large) drop out exactly. ≥ 1/σ_β².
        /// </summary>
        public readonly double CurvatureAlong(double a, double b, double x)
        {
            double c = x * x * (Baa + InvSA2) - 2 * x * Bab + Bbb + InvSB2;
            for (int i = 0; i < T.Length; i++)
            {
                if (Gaussian[i] || !(T[i] > 0) || O[i] == 0) continue;
                double s = 1 + a + b * X[i], dx = X[i] - x;
                c += O[i] / (s * s) * dx * dx;
            }
            return c;
        }
    }

    /// <summary>α*(β) = argmin over α ≥ α_min(β) of f(α, β), starting from <paramref name="start"/>.</summary>
    static double InnerAlpha(ref TiltedGroup g, double b, double start, out bool atFloor)
    {
        g.FixedTilt = b;
        return SafeguardedNewton.Minimize(ref g, g.AlphaFloor(b), start, out atFloor);
    }

    double MinimizeTilted(ReadOnlySpan<double> predicted, int start, int end, double invSigmaA2, out double alpha, out double beta)
    {
        var g = new TiltedGroup
        {
            T = predicted[start..end], O = _observed.AsSpan(start, end - start), X = _tiltX.AsSpan(start, end - start),
            Gaussian = _gaussian.AsSpan(start, end - start), XMin = double.PositiveInfinity, XMax = double.NegativeInfinity,
            InvSA2 = invSigmaA2, InvSB2 = _invSigmaB2,
        };
        alpha = beta = 0;
        for (int j = 0; j < g.T.Length; j++)
        {
            int i = start + j;
            double t = CheckedPrediction(predicted, i), o = g.O[j], x = g.X[j];
            if (_gaussian[i])
            {
                double invV;
                if (_varianceObserved) invV = _inverseObserved[i];
                else if (t > 0) invV = 1 / t;
                else return double.PositiveInfinity;
                double r = t - o, tv = t * invV;
                g.C += r * r * invV; g.Da += tv * r; g.Db += tv * r * x;
                g.Baa += tv * t; g.Bab += tv * t * x; g.Bbb += tv * t * x * x;
            }
            else if (t > 0)
            {
                g.ST += t; g.STx += t * x;
                g.Dev0 += BinChi2.PoissonDeviance(o, t);
                g.XMin = Math.Min(g.XMin, x); g.XMax = Math.Max(g.XMax, x);
            }
            else if (o > 0) return double.PositiveInfinity;
        }

        double a = 0, b = 0, lo = double.NegativeInfinity, hi = double.PositiveInfinity, previousStep = double.PositiveInfinity;
        for (int iter = 0; iter < MaxIterations; iter++)
        {
            a = InnerAlpha(ref g, b, a, out bool atFloor);
            g.Derivatives(a, b, out double ga, out double gb, out double haa, out double hab, out double hbb);
            double d1, d2;
            if (!atFloor)
            {
                d1 = gb;
                d2 = hbb - hab * hab / haa;
            }
            else
            {
                // on the bound s(x_j) = ε with x_j = XMin for β > 0, XMax for β < 0; at β = 0 both (a kink of F)
                double xj;
                if (b > 0 || g.XMin == g.XMax) xj = g.XMin;
                else if (b < 0) xj = g.XMax;
                else
                {
                    double right = gb - g.XMin * ga, left = gb - g.XMax * ga;
                    if (left <= 0 && right >= 0) break; // 0 ∈ ∂F(0): the vertex is the minimum
                    xj = right < 0 ? g.XMin : g.XMax;
                }
                d1 = gb - xj * ga;
                d2 = g.CurvatureAlong(a, b, xj);
            }
            if (d1 == 0) break;
            if (d1 < 0) lo = b; else hi = b;
            double step = -d1 / d2;
            if (Math.Abs(step) < NuisanceTolerance) break;
            double next = b + step;
            // bisect when Newton leaves the bracket, or (bracket closed) does not halve the previous step
            bool slow = double.IsFinite(hi - lo) && Math.Abs(step) > 0.5 * Math.Abs(previousStep);
            if (!(next > lo && next < hi) || slow) next = 0.5 * (lo + hi);
            if (Math.Abs(next - b) < NuisanceTolerance || hi - lo < NuisanceTolerance) break;
            previousStep = next - b;
            b = next;
            if (iter == MaxIterations - 1)
                throw new InvalidOperationException($"Newton for the tilt did not converge (alpha={a}, beta={b}).");
        }
        alpha = a;
        beta = b;
        return Math.Max(0, g.Value(a, b));
    }
}
