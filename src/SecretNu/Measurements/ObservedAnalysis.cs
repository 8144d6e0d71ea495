using SecretNu.Detection;
using SecretNu.Fluxes;
using SecretNu.Physics;
using SecretNu.Scans;
using SecretNu.Statistics;

namespace SecretNu.Measurements;

/// <summary>
/// The likelihood of a published binned measurement under SM + Z′ (issue 16; physics.md §14):
/// <code>χ²(g) = min_θ Σ_i 2[T_i − O_i + O_i ln(O_i/T_i)] + Σ_k θ_k²,   T_i = S_i(g)·(1 + Σ_k θ_k R_ki) + B_i</code>
/// Poisson in every bin on the observed counts O_i, the published background B_i, our signal S_i(g)
/// (<see cref="MeasurementPrediction"/>) and these nuisances (<see cref="Modifier"/>s, unit-Gaussian θ):
/// <list type="bullet">
/// <item>each alternative generator of the card a ±1σ normalisation-and-shape template (the generator spread);</item>
/// <item>the detector response: the publication's simulated signal per bin as a ±1σ template against ours (our prediction has no
/// migration between true and reconstructed energy; theirs does, with the same flux within 3 %);</item>
/// <item>the published total efficiency of each bin, uncorrelated between bins (the publication gives no correlation);</item>
/// <item>the published cross-section uncertainty of each bin, fully correlated (one modelling uncertainty);</item>
/// <item>the luminosity, 2.1 %.</item>
/// </list>
/// Observed exclusion: where χ²(g) − χ²(ĝ) reaches the CL threshold, ĝ ≥ 0 the best fit (<see cref="Exclusion"/>: the bound
/// above which every g is excluded, and any excluded windows below it). Expected: the same with Asimov data O = S(0) + B. Goodness of fit of the SM: χ²(0) with the observed counts against χ² with one degree
/// of freedom per bin (the nuisances have priors, so they use up no degree of freedom).
/// </summary>
public sealed class ObservedAnalysis
{
    readonly FluxCalculation _calc;
    readonly IReadOnlyList<Modifier> _modifiers;
    readonly StatisticsOptions _poisson = StatisticsOptions.Paper with { BinStatistic = BinStatisticMode.Poisson };

    /// <summary>The measurement.</summary>
    public BinnedMeasurement Measurement { get; }

    /// <summary>Our prediction on its bins.</summary>
    public MeasurementPrediction Prediction { get; }

    /// <summary>Our SM signal per bin with the card's default generators.</summary>
    public double[] StandardModel { get; }

    /// <summary>Our SM signal per bin for each alternative generator choice of the card, with its label.</summary>
    public IReadOnlyList<(GeneratorChoice Generators, double[] Signal)> Alternatives { get; }

    /// <summary>The SM signal per bin of every generator choice: the default first, then <see cref="Alternatives"/>.</summary>
    public IEnumerable<(GeneratorChoice Generators, double[] Signal)> StandardModels => Alternatives.Prepend((Fluxes[0].Generators, StandardModel));

    /// <summary>The SM flux tables on <see cref="MeasurementPrediction.Edges"/>: the default generators first, then each alternative.</summary>
    public IReadOnlyList<(GeneratorChoice Generators, FluxTable Flux)> Fluxes { get; }

    /// <summary>Every input file read (hadron tables, cross-section files, the card, the measurement).</summary>
    public IReadOnlyList<string> InputFiles { get; }

    /// <summary>The card.</summary>
    public ExperimentCard Card { get; }

    /// <summary>The CC cross sections per nucleon on the card's target.</summary>
    public CrossSection CrossSection { get; }

    /// <summary>The published background per bin.</summary>
    public double[] Background { get; }

    /// <summary>The observed counts per bin.</summary>
    public double[] Observed { get; }

    /// <summary>The nuisance modifiers, by name.</summary>
    public IReadOnlyList<Modifier> Modifiers => _modifiers;

    /// <summary>Builds the prediction for <paramref name="card"/> (which must name a measurement) and its nuisances.</summary>
    /// <exception cref="InputException">The card names no measurement, or its file is missing or malformed.</exception>
    public ObservedAnalysis(DataDirectory data, ExperimentCard card, ZPrimeOptions options, FluxSettings? settings = null)
    {
        if (card.Measurement is null)
            throw new InputException($"card '{card.Name}' has no [data] measurement: --observed and compare-data need one (e.g. faser-2025-numu)", card.SourcePath);
        Measurement = MeasurementCatalog.Load(data.Root, card.Measurement);
        var sigma = CrossSection = new CrossSection(data, card.Target);
        Prediction = new MeasurementPrediction(Measurement, card, sigma);
        var setup = new FluxSetup(data, card, settings ?? FluxSettings.Default);
        _calc = new FluxCalculation(setup, setup.DefaultGenerators, AcceptanceMode.Exact, options, Prediction.Edges);
        Card = card;
        StandardModel = Prediction.Events(_calc.StandardModel.Counts);
        var alternatives = BoundCampaign.Alternatives(card, setup.DefaultGenerators)
            .Select(g => new FluxCalculation(setup, g, AcceptanceMode.Exact, options, Prediction.Edges)).ToArray();
        Alternatives = [.. alternatives.Select(c => (c.Generators, Prediction.Events(c.StandardModel.Counts)))];
        Fluxes = [(_calc.Generators, _calc.StandardModel), .. alternatives.Select(c => (c.Generators, c.StandardModel))];
        InputFiles = [.. _calc.InputFiles.Concat(alternatives.SelectMany(c => c.InputFiles)).Concat(sigma.InputFiles).Append(Measurement.File).Distinct()];
        Background = [.. Measurement.Bins.Select(b => b.Background)];
        Observed = [.. Measurement.Bins.Select(b => (double)b.Observed)];
        int n = Measurement.Bins.Count;
        var modifiers = Alternatives.Select(a => Modifier.Template($"generator {a.Generators}", StandardModel, a.Signal)).ToList();
        // migration: we compare true-energy interactions × ε with reconstructed bins; the publication's simulated signal
        // (same flux within 3 %, docs/validation) carries its migration, so their difference is a ±1σ response template
        modifiers.Add(Modifier.Template("detector response (the publication's simulated signal)", StandardModel,
            [.. Measurement.Bins.Select(b => b.PredictedSignal)]));
        for (int i = 0; i < n; i++)
            modifiers.Add(Modifier.Normalisation($"efficiency bin {Measurement.Bins[i].Index}", n, i, i + 1, Measurement.Bins[i].EfficiencyError));
        modifiers.Add(new Modifier("cross section", [.. Measurement.Bins.Select(b => b.CrossSectionError)]));
        modifiers.Add(Modifier.Normalisation("luminosity", n, 0, n, Measurement.LuminosityError));
        _modifiers = modifiers;
    }

    /// <summary>The profiled χ² of <paramref name="data"/> as a function of the signal per bin (the background is added).</summary>
    public Func<double[], double> Chi2For(double[] data)
    {
        var chi2 = new TemplateChi2([new Sample(Measurement.Name, data, data)], _poisson, _modifiers, Background);
        return signal => chi2.Minimize(signal);
    }

    /// <summary>SM-only fit of the observed counts: χ², degrees of freedom (the bins) and p-value.</summary>
    public (double Chi2, int Dof, double PValue) StandardModelFit(double[]? signal = null)
    {
        double chi2 = Chi2For(Observed)(signal ?? StandardModel);
        int dof = Observed.Length;
        return (chi2, dof, 1 - MathNet.Numerics.Distributions.ChiSquared.CDF(dof, chi2));
    }

    /// <summary>The signal per bin at coupling scale <paramref name="g"/> along the direction of <paramref name="model"/>.</summary>
    public double[] Signal(ZPrimeFluxModel model, double g)
    {
        var flux = model.Evaluate(g);
        return Prediction.Events(s => _calc.Total(flux, s)); // every parent's SM, the Z′ parents' depleted, plus the new ν
    }

    /// <summary>The Z′ flux model on the measurement's fine bins.</summary>
    public ZPrimeFluxModel Model(double mass, CouplingMatrix direction) => _calc.ZPrimeModel(mass, direction);

    /// <summary>The observed and expected exclusions, the best fit and its Δχ² against the SM, at one mass; with
    /// <paramref name="toys"/> &gt; 0 also the 16 % and 84 % quantiles of the expected bound over Poisson pseudo-data drawn
    /// from the SM (seeded by the mass, so runs are reproducible). Δχ² is taken against the best fit over g ∈ [0, cap] and
    /// scanned on a log grid from 1e-6 to the cap (<see cref="Exclusion"/>): it need not rise monotonically.</summary>
    public ObservedPoint At(double mass, CouplingMatrix direction, double threshold, double cap, int toys = 0)
    {
        var model = Model(mass, direction);
        var grid = Exclusion.Grid(1e-6, cap);
        var signals = new Dictionary<double, double[]>();
        double[] SignalAt(double g)
        {
            if (signals.TryGetValue(g, out var s)) return s;
            return signals[g] = Signal(model, g);
        }
        var observed = FitData(Observed, SignalAt, grid, threshold, refine: true);
        var asimov = StandardModel.Zip(Background, (s, b) => s + b).ToArray();
        var expected = FitData(asimov, SignalAt, grid, threshold, refine: false);
        double? low = null, high = null;
        if (toys > 0 && expected.Exclusion.Bound is not null)
        {
            long bits = BitConverter.DoubleToInt64Bits(mass); // a seed fixed by the mass (HashCode is salted per process)
            var rng = new Random((int)((bits ^ (bits >>> 32)) & int.MaxValue) ^ toys);
            var bounds = new List<double>();
            for (int t = 0; t < toys; t++)
            {
                var data = asimov.Select(l => (double)MathNet.Numerics.Distributions.Poisson.Sample(rng, l)).ToArray();
                bounds.Add(FitData(data, SignalAt, grid, threshold, refine: false).Exclusion.Bound ?? cap);
            }
            bounds.Sort();
            low = MathNet.Numerics.Statistics.SortedArrayStatistics.Quantile([.. bounds], 0.16);
            high = MathNet.Numerics.Statistics.SortedArrayStatistics.Quantile([.. bounds], 0.84);
        }
        return new ObservedPoint(mass, observed.Exclusion, expected.Exclusion, observed.BestFit, observed.DeltaChi2Sm, low, high);
    }

    /// <summary>Best fit over {0} ∪ grid (refined by golden section between the best node's neighbours), Δχ² of the SM
    /// against it, and the excluded intervals of Δχ²(g) = χ²(g) − χ²(ĝ).</summary>
    (Exclusion Exclusion, double BestFit, double DeltaChi2Sm) FitData(double[] data, Func<double, double[]> signal, double[] grid, double threshold, bool refine)
    {
        var chi2 = Chi2For(data);
        double Chi2(double g) => chi2(signal(g));
        double atZero = Chi2(0);
        var values = grid.Select(Chi2).ToArray();
        int k = Array.IndexOf(values, values.Min());
        double bestG = 0, best = atZero;
        if (values[k] < atZero)
        {
            (bestG, best) = (grid[k], values[k]);
            if (refine) (bestG, best) = Golden(Chi2, k == 0 ? 0 : grid[k - 1], k == grid.Length - 1 ? grid[^1] : grid[k + 1], bestG, best);
        }
        var exclusion = Exclusion.Find(g => Chi2(g) - best, grid, values.Select(v => v - best).ToArray(), threshold);
        return (exclusion, bestG, atZero - best);
    }

    /// <summary>Golden-section refinement of a minimum bracketed by [a, b] (to a relative 1e-4 in g); keeps the start if better.</summary>
    static (double G, double Chi2) Golden(Func<double, double> f, double a, double b, double startG, double start)
    {
        double phi = (Math.Sqrt(5) - 1) / 2, c = b - phi * (b - a), d = a + phi * (b - a), fc = f(c), fd = f(d);
        while (b - a > 1e-4 * b)
        {
            if (fc < fd) { b = d; d = c; fd = fc; c = b - phi * (b - a); fc = f(c); }
            else { a = c; c = d; fc = fd; d = a + phi * (b - a); fd = f(d); }
        }
        double g = 0.5 * (a + b), v = f(g);
        return v < start ? (g, v) : (startG, start);
    }
}

/// <summary>The observed analysis at one mass.</summary>
/// <param name="Mass">m_Z′ [GeV].</param>
/// <param name="Observed">The observed exclusion (from the observed counts).</param>
/// <param name="Expected">The expected exclusion (Asimov data at the SM).</param>
/// <param name="BestFit">Best-fit coupling scale ĝ ≥ 0.</param>
/// <param name="DeltaChi2Sm">χ²(0) − χ²(ĝ) ≥ 0: how much better the best fit describes the data than the SM.</param>
/// <param name="ExpectedLow">16 % quantile of the bound over SM pseudo-data (the cap where a toy has none), or null without toys.</param>
/// <param name="ExpectedHigh">84 % quantile, or null.</param>
public sealed record ObservedPoint(double Mass, Exclusion Observed, Exclusion Expected, double BestFit, double DeltaChi2Sm,
    double? ExpectedLow = null, double? ExpectedHigh = null);
