using MathNet.Numerics.RootFinding;
using SecretNu.Detection;
using SecretNu.Fluxes;
using SecretNu.Physics;
using SecretNu.Statistics;

namespace SecretNu.Scans;

/// <summary>The exclusion contour in the plane of two couplings at one m_Z′: points (g1, g2) in order around it.</summary>
/// <param name="Mass">m_Z′ [GeV].</param>
/// <param name="Points">The contour points (g1, g2), in order around it.</param>
/// <param name="G1ZeroAllowed">The allowed region reaches the g2 axis (g1 = 0 is not excluded).</param>
/// <param name="G2ZeroAllowed">The allowed region reaches the g1 axis (g2 = 0 is not excluded).</param>
/// <param name="Truth">Whether the Asimov data came from a Z′ (then the allowed region surrounds it).</param>
public sealed record PlaneContour(double Mass, IReadOnlyList<(double G1, double G2)> Points, bool G1ZeroAllowed, bool G2ZeroAllowed, bool Truth)
{
    /// <summary>With a Z′ truth: whether each coupling is determined apart from the other (the allowed region reaches
    /// neither axis); null for SM truth.</summary>
    public bool? Separate => Truth ? !(G1ZeroAllowed || G2ZeroAllowed) : null;

    /// <summary>What the contour says, in words, with the couplings' names.</summary>
    public string Describe(string g1, string g2) => !Truth
        ? "SM truth: the region outside the contour is excluded."
        : Separate == true
            ? $"Z′ truth: the allowed region is closed and away from both axes: g_{g1} and g_{g2} are each determined apart from the other."
            : $"Z′ truth: the allowed region reaches {(G1ZeroAllowed ? $"g_{g1} = 0" : "")}{(G1ZeroAllowed && G2ZeroAllowed ? " and " : "")}{(G2ZeroAllowed ? $"g_{g2} = 0" : "")}: " +
              "the samples do not tell the two couplings apart.";
}

/// <summary>
/// Two-coupling exclusion regions (issue 13 point 5). The rates depend on the couplings only through g², so the plane
/// is drawn in the positive quadrant. It is scanned along rays: the direction ĝ(θ) = cos θ ĝ₁ + sin θ ĝ₂ for θ from 0
/// to π/2, each with its own Z′ flux model, and along each ray the coupling scale g where the profiled χ² against the
/// Asimov data crosses the two-parameter threshold (Δχ² = 4.605 at 90 % CL, 5.991 at 95 %). The event samples are the
/// union of those the two couplings need alone, so that every point of the plane uses the same data.
/// <list type="bullet">
/// <item>SM truth: χ² is 0 at the origin and grows along each ray, so the contour is one crossing per ray.</item>
/// <item>Z′ truth (<c>--truth-coupling</c>): χ² is 0 at the truth and the allowed region is where it stays below the
/// threshold. Each ray is scanned on a log grid for every crossing (refined by Brent), and the contour is the inner
/// crossings for θ up and the outer ones for θ down.</item>
/// </list>
/// </summary>
public static class CouplingPlane
{
    /// <summary>Rays in the quadrant (θ = 0 … π/2).</summary>
    public const int DefaultRays = 41;

    /// <summary>Fewest rays across a region before a second, dense pass is made over its angular span.</summary>
    const int MinimumRaysAcross = 20;

    /// <summary>Scan points per ray (log-spaced between <see cref="LimitFinderOptions.ScanStart"/> and the cap) for a Z′ truth.</summary>
    const int ScanPoints = 90;

    /// <summary>Δχ² for two parameters at a confidence level: the χ²₂ quantile, −2 ln(1 − CL).</summary>
    public static double TwoParameterThreshold(double cl) => -2 * Math.Log(1 - cl);

    /// <summary>The contour at one mass: along <paramref name="rays"/> directions in the (g1, g2) quadrant, the coupling scale where
    /// the profiled Δχ² reaches <paramref name="threshold"/> (or, with a Z′ truth, where it leaves the allowed region).</summary>
    /// <param name="calc">The flux calculation of the card.</param>
    /// <param name="response">The detector response.</param>
    /// <param name="multiplier">Exposure multiplier (× the card's).</param>
    /// <param name="scan">Scan settings (samples, statistics).</param>
    /// <param name="first">The first coupling (flavour pair), on the horizontal axis.</param>
    /// <param name="second">The second coupling, on the vertical axis.</param>
    /// <param name="mass">m_Z′ [GeV].</param>
    /// <param name="statistics">Statistical choices.</param>
    /// <param name="finder">Limit-finder settings (cap, tolerance).</param>
    /// <param name="threshold">Δχ² of the contour (two parameters).</param>
    /// <param name="truth">The Z′ of the Asimov data, or null for the SM.</param>
    /// <param name="rays">Number of directions.</param>
    public static PlaneContour Run(FluxCalculation calc, DetectorResponse response, double multiplier, LimitScan scan,
        (Flavor A, Flavor B) first, (Flavor A, Flavor B) second, double mass, StatisticsOptions statistics, LimitFinderOptions finder,
        double threshold, CouplingMatrix? truth = null, int rays = DefaultRays)
    {
        var g1 = CouplingMatrix.Single(first.A, first.B, 1);
        var g2 = CouplingMatrix.Single(second.A, second.B, 1);
        CouplingMatrix Along(double c, double s) => CouplingMatrix.Zero.With(first.A, first.B, c).With(second.A, second.B, s);
        // ĝ(θ) = (cos θ, sin θ), exactly on the axes at θ = 0 and π/2
        static (double C, double S) Unit(double theta) => (theta >= 0.5 * Math.PI ? 0 : Math.Cos(theta), theta <= 0 ? 0 : Math.Sin(theta));
        var card = calc.Setup.Card;
        var flavours = EventSample.Choose(null, card, g1).Union(EventSample.Choose(null, card, g2)).ToArray();
        var samples = flavours.SelectMany(f => EventSample.Of(f, calc.Setup.Card.ChargeIdentification)).ToArray();
        var zMeasures = calc.ZPrimeMeasures();
        int nr = response.RecoBins;

        ZPrimeEventModel Events(CouplingMatrix direction)
        {
            var channels = scan.Channels(mass, direction, calc.Options.Normalisation);
            var flux = new ZPrimeFluxModel(mass, direction, zMeasures, calc.StandardModel, calc.Setup.Luminosity, calc.Options, channels);
            return new ZPrimeEventModel(flux, calc.StandardModel, response, samples);
        }

        // the Asimov data: SM, or the prediction of the truth model
        var smModel = Events(Along(1, 1));
        var sm = smModel.StandardModel(multiplier);
        double[] observed = sm;
        if (truth is not null)
        {
            observed = new double[sm.Length];
            var t = Events(truth);
            t.Predict(1, multiplier, new double[t.ScratchLength], observed);
        }
        var stats = samples.Select((s, si) => new Sample(s.Name, observed.AsSpan(si * nr, nr), sm.AsSpan(si * nr, nr), response.RecoCentres)).ToArray();

        // one ray: θ → (inner edge, outer edge, whether any of it is allowed)
        (double? Inner, double? Outer, bool Allowed) Ray(double theta)
        {
            var (c, s) = Unit(theta);
            var direction = Along(c, s);
            var events = Events(direction);
            var profile = new ProfiledChi2(stats, statistics);
            var scratch = new double[events.ScratchLength];
            var prediction = new double[samples.Length * nr];
            double Chi2(double g)
            {
                events.Predict(g, multiplier, scratch, prediction);
                return profile.Minimize(prediction);
            }
            // the χ² at the origin (the SM) is the reference: 0 for SM truth, the SM's tension with the truth otherwise
            double f0 = Chi2(0) - threshold;
            double lo = finder.ScanStart, hi = finder.Cap;
            var gs = new double[ScanPoints];
            var fs = new double[ScanPoints];
            for (int i = 0; i < ScanPoints; i++)
            {
                gs[i] = lo * Math.Pow(hi / lo, i / (double)(ScanPoints - 1));
                fs[i] = Chi2(gs[i]) - threshold;
            }
            double Root(double a, double b) => Brent.FindRoot(x => Chi2(x) - threshold, a, b, finder.RelativeTolerance * b * 1e-2, 200);
            var crossings = new List<double>();
            for (int i = 0; i < ScanPoints; i++)
            {
                double prev = i == 0 ? f0 : fs[i - 1];
                if (Math.Sign(fs[i]) != Math.Sign(prev) && prev != 0) crossings.Add(Root(i == 0 ? 0 : gs[i - 1], gs[i]));
            }
            // an allowed dip narrower than the grid step (a Z′ truth seen with large statistics): refine the minimum
            int iMin = Array.IndexOf(fs, fs.Min());
            if (crossings.Count == 0 && fs[iMin] > 0 && iMin > 0 && iMin < ScanPoints - 1)
            {
                double a = Math.Log(gs[iMin - 1]), b = Math.Log(gs[iMin + 1]);
                const double phi = 0.6180339887498949;
                double x1 = b - phi * (b - a), x2 = a + phi * (b - a), y1 = Chi2(Math.Exp(x1)), y2 = Chi2(Math.Exp(x2));
                for (int it = 0; it < 80 && b - a > 1e-7; it++) // golden section in log g
                {
                    if (y1 < y2) { b = x2; x2 = x1; y2 = y1; x1 = b - phi * (b - a); y1 = Chi2(Math.Exp(x1)); }
                    else { a = x1; x1 = x2; y1 = y2; x2 = a + phi * (b - a); y2 = Chi2(Math.Exp(x2)); }
                }
                double gMin = Math.Exp(0.5 * (a + b));
                if (Chi2(gMin) - threshold < 0) crossings.AddRange([Root(gs[iMin - 1], gMin), Root(gMin, gs[iMin + 1])]);
            }
            // inner edge: the first crossing out of an excluded origin; outer edge: the last crossing into the excluded region
            double? gIn = f0 > 0 && crossings.Count > 0 ? crossings[0] : null;
            double? gOut = crossings.Count > 0 && fs[^1] > 0 ? crossings[^1] : null;
            return (gIn, gOut, f0 <= 0 || crossings.Count > 0);
        }

        // a first pass over the quadrant; a region seen by few rays (a Z′ truth with large statistics) gets a second,
        // dense pass over its angular span, so that its contour is drawn with at least MinimumRaysAcross rays
        var thetas = Enumerable.Range(0, rays).Select(k => 0.5 * Math.PI * k / (rays - 1)).ToList();
        var results = new Dictionary<double, (double? Inner, double? Outer, bool Allowed)>();
        void Pass(IReadOnlyList<double> angles)
        {
            var r = new (double?, double?, bool)[angles.Count];
            Parallel.For(0, angles.Count, Parallelism.Options, k => r[k] = Ray(angles[k]));
            for (int k = 0; k < angles.Count; k++) results[angles[k]] = r[k];
        }
        Pass(thetas);
        var hit = results.Where(kv => kv.Value.Allowed).Select(kv => kv.Key).Order().ToArray();
        if (hit.Length is > 0 and < MinimumRaysAcross)
        {
            double step = 0.5 * Math.PI / (rays - 1);
            double a = Math.Max(0, hit[0] - step), b = Math.Min(0.5 * Math.PI, hit[^1] + step);
            Pass(Enumerable.Range(1, 2 * MinimumRaysAcross).Select(k => a + (b - a) * k / (2 * MinimumRaysAcross + 1)).Where(t => !results.ContainsKey(t)).ToArray());
        }
        var ordered = results.OrderBy(kv => kv.Key).ToArray();
        var points = new List<(double, double)>();
        (double, double) Point(double theta, double g) { var (c, s) = Unit(theta); return (g * c, g * s); }
        foreach (var (theta, r) in ordered) if (r.Inner is double g) points.Add(Point(theta, g));
        foreach (var (theta, r) in ordered.Reverse()) if (r.Outer is double g) points.Add(Point(theta, g));
        // the θ = 0 ray is the g1 axis (g2 = 0), the θ = π/2 ray the g2 axis (g1 = 0)
        return new PlaneContour(mass, points, G1ZeroAllowed: results[0.5 * Math.PI].Allowed, G2ZeroAllowed: results[0].Allowed, Truth: truth is not null);
    }
}
