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
/// <item>the published total efficiency of each bin, uncorrelated between bins (the publication gives no correlation);</item>
/// <item>the published cross-section uncertainty of each bin, fully correlated (one modelling uncertainty);</item>
/// <item>the luminosity, 2.1 %.</item>
/// </list>
/// Observed bound: the g above the best fit ĝ ≥ 0 where χ²(g) − χ²(ĝ) reaches the CL threshold. Expected bound: the same
/// with Asimov data O = S(0) + B. Goodness of fit of the SM: χ²(0) with the observed counts against χ² with one degree
/// of freedom per bin (the nuisances have priors, so they use up no degree of freedom).
/// </summary>
public sealed class ObservedAnalysis
{
    /// <summary>Largest coupling scanned (as the projections' finder cap).</summary>
    public const double Cap = 1.0;

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
        return Prediction.Events(flux.Total);
    }

    /// <summary>The Z′ flux model on the measurement's fine bins.</summary>
    public ZPrimeFluxModel Model(double mass, CouplingMatrix direction) => _calc.ZPrimeModel(mass, direction);

    /// <summary>The observed and expected bounds, the best fit and its Δχ² against the SM, at one mass; with
    /// <paramref name="toys"/> &gt; 0 also the 16 % and 84 % quantiles of the bound over Poisson pseudo-data drawn from
    /// the SM (seeded by the mass, so runs are reproducible).</summary>
    public ObservedPoint At(double mass, CouplingMatrix direction, LimitFinderOptions finder, int toys = 0)
    {
        var model = Model(mass, direction);
        var signals = new Dictionary<double, double[]>();
        double[] SignalAt(double g)
        {
            lock (signals)
                if (signals.TryGetValue(g, out var s)) return s;
            var computed = Signal(model, g);
            lock (signals) signals[g] = computed;
            return computed;
        }
        var observed = FitData(Observed, SignalAt, finder, refine: true);
        var asimov = StandardModel.Zip(Background, (s, b) => s + b).ToArray();
        var expectedChi2 = Chi2For(asimov);
        double reference = expectedChi2(StandardModel);
        var expectedBound = LimitFinder.Find(g => expectedChi2(SignalAt(g)) - reference, finder);
        double? low = null, high = null;
        if (toys > 0 && expectedBound.Coupling is not null)
        {
            var rng = new Random(HashCode.Combine(BitConverter.DoubleToInt64Bits(mass), toys) & int.MaxValue);
            var bounds = new List<double>();
            for (int t = 0; t < toys; t++)
            {
                var data = asimov.Select(l => (double)MathNet.Numerics.Distributions.Poisson.Sample(rng, l)).ToArray();
                if (FitData(data, SignalAt, finder, refine: false).Bound.Coupling is double g) bounds.Add(g);
            }
            if (bounds.Count >= toys / 2)
            {
                bounds.Sort();
                low = MathNet.Numerics.Statistics.SortedArrayStatistics.Quantile([.. bounds], 0.16);
                high = MathNet.Numerics.Statistics.SortedArrayStatistics.Quantile([.. bounds], 0.84);
            }
        }
        return new ObservedPoint(mass, observed.Bound, expectedBound, observed.BestFit, observed.DeltaChi2Sm, low, high);
    }

    /// <summary>Best fit, Δχ² of the SM against it, and the bound above the best fit, for one data set.</summary>
    (LimitResult Bound, double BestFit, double DeltaChi2Sm) FitData(double[] data, Func<double, double[]> signal, LimitFinderOptions finder, bool refine)
    {
        var chi2 = Chi2For(data);
        double Chi2(double g) => chi2(signal(g));
        var (bestG, bestChi2) = BestFit(Chi2, refine);
        var bound = LimitFinder.Find(g => Chi2(g) - bestChi2, finder with { ScanStart = Math.Max(finder.ScanStart, bestG * 1.001) });
        return (bound, bestG, Chi2(0) - bestChi2);
    }

    /// <summary>min over g ∈ [0, <see cref="Cap"/>] of χ²(g): a log grid from 1e-6 (and g = 0), refined by golden section
    /// between the grid neighbours of the best node (to a relative 1e-4 in g).</summary>
    static (double G, double Chi2) BestFit(Func<double, double> chi2, bool refine = true)
    {
        const int perDecade = 8;
        double bestG = 0, best = chi2(0);
        var grid = Enumerable.Range(0, 6 * perDecade + 1).Select(k => 1e-6 * Math.Pow(10, (double)k / perDecade)).ToArray();
        int bestK = -1;
        for (int k = 0; k < grid.Length; k++)
        {
            double v = chi2(grid[k]);
            if (v < best) { best = v; bestG = grid[k]; bestK = k; }
        }
        if (bestK < 0 || !refine) return (bestG, best);
        double a = bestK == 0 ? 0 : grid[bestK - 1], b = bestK == grid.Length - 1 ? grid[^1] : grid[bestK + 1];
        double phi = (Math.Sqrt(5) - 1) / 2, c = b - phi * (b - a), d = a + phi * (b - a), fc = chi2(c), fd = chi2(d);
        while (b - a > 1e-4 * b)
        {
            if (fc < fd) { b = d; d = c; fd = fc; c = b - phi * (b - a); fc = chi2(c); }
            else { a = c; c = d; fc = fd; d = a + phi * (b - a); fd = chi2(d); }
        }
        double g = 0.5 * (a + b), v2 = chi2(g);
        return v2 < best ? (g, v2) : (bestG, best);
    }
}

/// <summary>The observed analysis at one mass.</summary>
/// <param name="Mass">m_Z′ [GeV].</param>
/// <param name="Observed">The observed bound (from the observed counts).</param>
/// <param name="Expected">The expected bound (Asimov data at the SM).</param>
/// <param name="BestFit">Best-fit coupling scale ĝ ≥ 0.</param>
/// <param name="DeltaChi2Sm">χ²(0) − χ²(ĝ) ≥ 0: how much better the best fit describes the data than the SM.</param>
/// <param name="ExpectedLow">16 % quantile of the bound over SM pseudo-data, or null without toys.</param>
/// <param name="ExpectedHigh">84 % quantile, or null.</param>
public sealed record ObservedPoint(double Mass, LimitResult Observed, LimitResult Expected, double BestFit, double DeltaChi2Sm,
    double? ExpectedLow = null, double? ExpectedHigh = null);
