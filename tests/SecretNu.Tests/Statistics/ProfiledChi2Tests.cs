using CsCheck;
using SecretNu.Statistics;

namespace SecretNu.Tests.Statistics;

public class ProfiledChi2Tests
{
    static ProfiledChi2 Build(double[] o, double[]? e = null, StatisticsOptions? options = null) =>
        new([new Sample("toy", o, new double[o.Length], e ?? [])], options ?? StatisticsOptions.Paper);

    // physics.md §10 item 18 (σ_α = 0.1). Tolerances: half a unit in the last quoted digit.
    [Theory]
    [InlineData(new double[] { 100, 50, 25 }, new double[] { 110, 56, 28 }, -0.0669036, 0.669671)]  // all Gaussian
    [InlineData(new double[] { 100, 10, 2 }, new double[] { 110, 13, 3.5 }, -0.0662813, 1.485601)]  // mixed
    [InlineData(new double[] { 5, 0 }, new double[] { 7, 0.5 }, -0.0237819, 1.575800)]             // all Poisson
    public void Toys_MatchPhysicsReference(double[] o, double[] t, double alphaStar, double chi2Min)
    {
        var chi2 = Build(o);
        Assert.Equal(chi2Min, chi2.Minimize(t), 5e-7);
        Assert.Equal(alphaStar, chi2.Alpha[0], 5e-8);
        // the minimiser is a minimum of the plain bin-by-bin definition
        Assert.Equal(chi2.Minimize(t), chi2.Evaluate(t, [alphaStar], []), 1e-8);
        double a = chi2.Alpha[0];
        foreach (double h in new[] { -1e-3, 1e-3, -1e-6, 1e-6 })
            Assert.True(chi2.Evaluate(t, [a + h], []) >= chi2.Minimize(t) - 1e-12);
    }

    [Fact]
    public void AllGaussianToy_ClosedFormAndNewtonAgree()
    {
        var chi2 = Build([100, 50, 25]);
        double[] t = [110, 56, 28];
        double closed = chi2.MinimizeCore(t, forceNewton: false), alphaClosed = chi2.Alpha[0];
        double newton = chi2.MinimizeCore(t, forceNewton: true), alphaNewton = chi2.Alpha[0];
        Assert.Equal(closed, newton, 1e-12);
        Assert.Equal(alphaClosed, alphaNewton, 1e-12);
        // and both equal §8's closed form written out
        double num = 0, den = 100, sq = 0;
        double[] o = [100, 50, 25];
        for (int i = 0; i < 3; i++) { num += t[i] * (o[i] - t[i]) / o[i]; den += t[i] * t[i] / o[i]; sq += (t[i] - o[i]) * (t[i] - o[i]) / o[i]; }
        Assert.Equal(num / den, alphaClosed, 1e-14);
        Assert.Equal(sq - num * num / den, closed, 1e-12);
    }

    [Fact]
    public void AllGaussianToy_UnprofiledIs2Point08()
    {
        var chi2 = Build([100, 50, 25]);
        Assert.Equal(2.08, chi2.Unprofiled([110, 56, 28]), 1e-12);
        Assert.Equal(2.08, chi2.Evaluate([110, 56, 28], [0.0], []), 1e-12);
    }

    [Fact]
    public void SmTruth_GivesZero()
    {
        double[] o = [100, 10, 2, 0, 0.3];
        var chi2 = Build(o);
        Assert.Equal(0.0, chi2.Minimize(o));
        Assert.Equal(0.0, chi2.Alpha[0], 1e-15);
    }

    [Fact]
    public void ZeroPredictionConventions()
    {
        var chi2 = Build([0, 5, 30]);
        Assert.Equal(0.0, chi2.Minimize([0, 5, 30]));                     // T = O = 0 bin contributes nothing
        Assert.Equal(double.PositiveInfinity, chi2.Minimize([1, 0, 30]));   // T = 0 < O (Poisson): impossible
        var tVariance = Build([0, 5, 30], options: StatisticsOptions.Paper with { GaussianVariance = GaussianVariance.Predicted });
        Assert.Equal(double.PositiveInfinity, tVariance.Minimize([0, 5, 0])); // Gaussian with V = T = 0
    }

    [Fact]
    public void PoissonMode_AgreesWithGaussian_ToOrderOneOverRootO()
    {
        const double k = 2;
        var gaussian = StatisticsOptions.Paper;
        var poisson = StatisticsOptions.Paper with { BinStatistic = BinStatisticMode.Poisson };
        foreach (double o in new[] { 1e4, 1e6, 1e8 })
        {
            // one bin, T = O + k√O, pull nearly frozen: Gaussian k², Poisson k² − (2/3)k³/√O + k⁴/(2O) + …
            double[] obs = [o], t = [o + k * Math.Sqrt(o)];
            double g = Build(obs, options: gaussian with { NormalisationSigma = 1e-6 }).Minimize(t);
            double p = Build(obs, options: poisson with { NormalisationSigma = 1e-6 }).Minimize(t);
            Assert.InRange((g - p) * Math.Sqrt(o), 2.0 / 3 * k * k * k * 0.9, 2.0 / 3 * k * k * k * 1.1);

            // two bins T = O ± k√O with the 10 % pull: both → 2k², still within O(1/√O)
            double[] obs2 = [o, o], t2 = [o + k * Math.Sqrt(o), o - k * Math.Sqrt(o)];
            double g2 = Build(obs2, options: gaussian).Minimize(t2), p2 = Build(obs2, options: poisson).Minimize(t2);
            Assert.InRange(g2, 2 * k * k * 0.99, 2 * k * k);
            Assert.True(Math.Abs(p2 - g2) * Math.Sqrt(o) < 2 * k * k * k, $"O = {o}: {p2} vs {g2}");
        }
    }

    [Fact]
    public void CommonPull_FixedByLargeSample_PerSamplePullsAbsorbMore()
    {
        // a 10 % flat excess in a small sample: its own pull absorbs much of it; a pull shared with a 10⁴-event sample cannot.
        double[] big = [2000, 2000, 2000, 2000, 2000], small = [30, 30, 30, 30, 30];
        var samples = new[] { new Sample("big", big, big), new Sample("small", small, small) };
        double[] t = [.. big, .. small.Select(x => 1.1 * x)];
        var perSample = new ProfiledChi2(samples, StatisticsOptions.Paper);
        var common = new ProfiledChi2(samples, StatisticsOptions.Paper with { PullGrouping = PullGrouping.Common });
        Assert.Equal(2, perSample.GroupCount);
        Assert.Equal(1, common.GroupCount);
        double chiPer = perSample.Minimize(t), chiCommon = common.Minimize(t);
        Assert.True(chiPer < 0.5 * chiCommon, $"per-sample {chiPer}, common {chiCommon}");
        // per-sample, all Gaussian: 150·0.1² − (150·1.1·0.1)² / (150·1.21 + 100)
        Assert.Equal(1.5 - 16.5 * 16.5 / (181.5 + 100), chiPer, 1e-12);
    }

    [Fact]
    public void Tilt_WithVanishingSigma_EqualsUntilted()
    {
        double[] o = [100, 10, 2, 30], t = [110, 13, 3.5, 20], e = [100, 300, 1000, 3000];
        var plain = Build(o, e);
        var tilted = Build(o, e, StatisticsOptions.Paper with { Tilt = true, TiltSigma = 1e-7 });
        double expected = plain.Minimize(t);
        Assert.Equal(expected, tilted.Minimize(t), 1e-9);
        Assert.Equal(plain.Alpha[0], tilted.Alpha[0], 1e-9);
        Assert.Equal(0.0, tilted.Beta[0], 1e-9);
    }

    [Fact]
    public void Tilt_AbsorbsASlope_AndIsAMinimum()
    {
        // prediction 20 % low at 100 GeV and 20 % high at 10 TeV: a pure tilt
        double[] e = [100, 1000, 10000], o = [100, 10, 2];
        double[] t = [100 * 0.8, 10, 2 * 1.2];
        var options = StatisticsOptions.Paper with { Tilt = true, TiltSigma = 0.2 };
        var tilted = Build(o, e, options);
        double plain = Build(o, e).Minimize(t), min = tilted.Minimize(t);
        Assert.True(min < 0.5 * plain, $"tilted {min}, plain {plain}");
        Assert.True(tilted.Beta[0] < -0.05, $"beta = {tilted.Beta[0]}"); // data fall relative to the prediction with E
        double a = tilted.Alpha[0], b = tilted.Beta[0];
        Assert.Equal(min, tilted.Evaluate(t, [a], [b]), 1e-10);
        foreach (double h in new[] { 1e-3, 1e-5 })
            for (int i = -1; i <= 1; i++)
                for (int j = -1; j <= 1; j++)
                    Assert.True(tilted.Evaluate(t, [a + i * h], [b + j * h]) >= min - 1e-12);
    }

    [Fact]
    public void PositivityBoundary_OneDimensional()
    {
        // O = 0, T = 500: f = 1000(1 + α) + 100α² wants α = −5; the minimum is on the boundary α = −1 + ε, f ≈ 100
        var chi2 = Build([0.0]);
        Assert.Equal(100.0, chi2.Minimize([500.0]), 1e-6);
        Assert.Equal(-1 + ProfiledChi2.PositivityEpsilon, chi2.Alpha[0], 1e-15);
    }

    [Theory]
    // O = (0, 0) at x = −1, +1 (E = 100 GeV, 10 TeV), σ_α = σ_β = 0.1:
    // T = (300, 300): f = 1200(1 + α) + 100(α² + β²) → vertex α = −1 + ε, β = 0, f ≈ 100
    [InlineData(300.0, 300.0, 100.0, -1.0, 0.0)]
    // T = (300, 30): slides along 1 + α − β = ε to β = 0.2, α = −0.8, f = 120β + 100(β − 1)² + 100β² = 92
    [InlineData(300.0, 30.0, 92.0, -0.8, 0.2)]
    public void PositivityBoundary_WithTilt(double t0, double t1, double chi2Min, double alpha, double beta)
    {
        var chi2 = Build([0.0, 0.0], [100, 10000], StatisticsOptions.Paper with { Tilt = true, TiltSigma = 0.1 });
        Assert.Equal(chi2Min, chi2.Minimize([t0, t1]), 2e-6); // + O(1000 ε) from s = ε instead of 0
        Assert.Equal(alpha, chi2.Alpha[0], 1e-8);
        Assert.Equal(beta, chi2.Beta[0], 1e-8);
    }

    [Fact]
    public void Tilt_NeedsEnergies()
    {
        Assert.Throws<ArgumentException>(() => Build([1, 2], options: StatisticsOptions.Paper with { Tilt = true }));
    }

    [Fact]
    public void Minimize_DoesNotAllocate()
    {
        var rng = new Random(7);
        foreach (var options in new[] { StatisticsOptions.Paper, StatisticsOptions.Paper with { Tilt = true, GaussianVariance = GaussianVariance.Predicted } })
        {
            var samples = new Sample[3];
            for (int s = 0; s < 3; s++)
            {
                var o = new double[20]; var e = new double[20];
                for (int i = 0; i < 20; i++) { o[i] = Math.Round(rng.NextDouble() * 60); e[i] = 100 * Math.Pow(1.2, i); }
                samples[s] = new Sample($"s{s}", o, o, e);
            }
            var chi2 = new ProfiledChi2(samples, options);
            var delta = new DeltaChi2(chi2, chi2.Observed);
            var t = new double[chi2.BinCount];
            for (int i = 0; i < t.Length; i++) t[i] = chi2.Observed[i] * 1.05 + 0.3;
            delta.Evaluate(t);
            long before = GC.GetAllocatedBytesForCurrentThread();
            double sink = 0;
            for (int r = 0; r < 1000; r++) { t[r % t.Length] += 1e-3; sink += delta.Evaluate(t); }
            long allocated = GC.GetAllocatedBytesForCurrentThread() - before;
            Assert.True(double.IsFinite(sink));
            Assert.Equal(0, allocated);
        }
    }

    [Fact]
    public void Property_ProfiledIsBetweenZeroAndUnprofiled()
    {
        var count = Gen.Frequency((2, Gen.Const(0.0)), (3, Gen.Int[0, 40].Select(i => (double)i)), (3, Gen.Double[0, 3000]));
        var bin = Gen.Select(count, count, Gen.Double[0, 1], (o, t, u) => (O: o, T: o > 0 && t == 0 ? 0.01 + u : t));
        var sample = bin.Array[1, 6];
        var gen = Gen.Select(sample.Array[1, 3], Gen.Int[0, 15], Gen.Double[0.01, 1], (s, flags, sigma) => (s, flags, sigma));
        Check.Sample(gen, x =>
        {
            var (bins, flags, sigma) = x;
            var options = new StatisticsOptions
            {
                BinStatistic = (flags & 1) != 0 ? BinStatisticMode.Poisson : BinStatisticMode.GaussianAbovePoissonBelow,
                GaussianVariance = (flags & 2) != 0 ? GaussianVariance.Predicted : GaussianVariance.Observed,
                PullGrouping = (flags & 4) != 0 ? PullGrouping.Common : PullGrouping.PerSample,
                Tilt = (flags & 8) != 0,
                NormalisationSigma = sigma,
                TiltSigma = sigma,
            };
            var samples = bins.Select((b, s) => new Sample($"s{s}", b.Select(p => p.O).ToArray(), b.Select(p => p.T).ToArray(),
                b.Select((_, i) => 50.0 * (i + 1) * (s + 1)).ToArray())).ToArray();
            var chi2 = new ProfiledChi2(samples, options);
            var t = new double[chi2.BinCount];
            chi2.CopyPredictions(samples, t);
            double unprofiled = chi2.Unprofiled(t), min = chi2.Minimize(t);
            Assert.True(double.IsFinite(unprofiled), "unprofiled finite");
            Assert.True(double.IsFinite(min), "profiled finite");
            Assert.True(min >= 0, $"profiled {min} < 0");
            Assert.True(min <= unprofiled + 1e-9 * (1 + unprofiled), $"profiled {min} > unprofiled {unprofiled}");
            // and the minimiser reproduces the bin-by-bin definition
            double atMin = chi2.Evaluate(t, chi2.Alpha, chi2.Beta);
            Assert.True(Math.Abs(atMin - min) <= 1e-8 * (1 + min), $"Evaluate at minimiser {atMin} vs {min}");
            // and it is a minimum: no feasible nearby point (s_i ≥ ε on Poisson bins with T > 0) is lower
            var alpha = chi2.Alpha.ToArray();
            var beta = chi2.Beta.ToArray();
            foreach (double h in new[] { 1e-3, 1e-6 })
                foreach (var (sa, sb) in new[] { (1, 0), (-1, 0), (0, 1), (0, -1), (1, 1), (-1, -1), (1, -1), (-1, 1) })
                {
                    if (!options.Tilt && sb != 0) continue;
                    var a2 = alpha.Select(v => v + sa * h).ToArray();
                    var b2 = beta.Select(v => v + sb * h).ToArray();
                    bool feasible = true;
                    for (int smp = 0; smp < samples.Length; smp++)
                        for (int i = 0; i < samples[smp].BinCount; i++)
                        {
                            int k = chi2.GroupOf(smp);
                            double xi = options.Tilt ? Math.Log10(samples[smp].BinEnergies[i] / options.TiltReferenceEnergy) : 0;
                            if (!BinChi2.IsGaussian(samples[smp].Observed[i], options) && samples[smp].Predicted[i] > 0
                                && 1 + a2[k] + b2[k] * xi < ProfiledChi2.PositivityEpsilon) feasible = false;
                        }
                    if (!feasible) continue;
                    double nearby = chi2.Evaluate(t, a2, b2);
                    Assert.True(nearby >= min - 1e-9 * (1 + min), $"chi2({sa * h}, {sb * h}) = {nearby} < min {min}");
                }
        }, iter: 20000);
    }
}
