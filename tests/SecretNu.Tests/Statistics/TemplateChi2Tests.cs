using SecretNu.Statistics;

namespace SecretNu.Tests.Statistics;

/// <summary>Issues 12–13: the generic profiled χ² (modifiers) on toys with known answers, each modifier alone.</summary>
public class TemplateChi2Tests
{
    static Modifier PerSample(IReadOnlyList<Sample> samples, int which, double sigma)
    {
        int off = samples.Take(which).Sum(s => s.BinCount);
        return Modifier.Normalisation($"pull {which}", samples.Sum(s => s.BinCount), off, off + samples[which].BinCount, sigma);
    }

    static Modifier Shape(params double[] r) => new("shape", r);

    static double[] Predictions(IReadOnlyList<Sample> samples) => samples.SelectMany(s => s.Predicted.ToArray()).ToArray();

    [Theory]
    [InlineData(new[] { 100.0, 50, 25 }, new[] { 110.0, 56, 28 }, 0.669671)]   // physics.md §10.18, all Gaussian
    [InlineData(new[] { 100.0, 10, 2 }, new[] { 110.0, 13, 3.5 }, 1.485601)]    // mixed
    [InlineData(new[] { 5.0, 0 }, new[] { 7.0, 0.5 }, 1.575800)]                // Poisson
    public void APureNormalisationTemplateIsTheClosedFormPull(double[] observed, double[] predicted, double expected)
    {
        var samples = new[] { new Sample("s", observed, predicted) };
        var t = new TemplateChi2(samples, StatisticsOptions.Paper, [PerSample(samples, 0, 0.1)]);
        double min = t.Minimize(Predictions(samples));
        Assert.Equal(expected, min, 1e-6);
        Assert.Equal(ProfiledChi2.Minimum(samples, StatisticsOptions.Paper), min, 1e-9);
    }

    [Fact]
    public void TwoSamplesWithTheirOwnPullsAddUp()
    {
        var samples = new[] { new Sample("a", [100.0, 50, 25], [110.0, 56, 28]), new Sample("b", [100.0, 10, 2], [110.0, 13, 3.5]) };
        var t = new TemplateChi2(samples, StatisticsOptions.Paper, [PerSample(samples, 0, 0.1), PerSample(samples, 1, 0.1)]);
        Assert.Equal(ProfiledChi2.Minimum(samples, StatisticsOptions.Paper), t.Minimize(Predictions(samples)), 1e-9);
    }

    [Fact]
    public void AShapeTemplateEqualToTheNominalChangesNothing()
    {
        var samples = new[] { new Sample("a", [100.0, 50, 25], [110.0, 56, 28]) };
        var flat = new TemplateChi2(samples, StatisticsOptions.Paper, [Shape(new double[3])]);
        var none = new TemplateChi2(samples, StatisticsOptions.Paper, []);
        double[] p = Predictions(samples);
        Assert.Equal(none.Minimize(p), flat.Minimize(p), 1e-12);
        Assert.Equal((110 - 100.0) * (110 - 100) / 100 + 36.0 / 50 + 9.0 / 25, none.Minimize(p), 1e-12);
    }

    [Fact]
    public void ATemplateThatExplainsTheDataIsPulledToOneSigma()
    {
        // O = T (1 + R) with R a shape: with large counts the data pull θ to 1, χ² → the prior's 1
        double[] t = [1e6, 2e6, 5e5];
        double[] r = [0.2, -0.1, 0.3];
        var samples = new[] { new Sample("a", t.Zip(r, (x, y) => x * (1 + y)).ToArray(), t) };
        var chi2 = new TemplateChi2(samples, StatisticsOptions.Paper, [Shape(r)]);
        double min = chi2.Minimize(t);
        Assert.InRange(min, 0.99, 1.0);
        Assert.InRange(chi2.Theta[0], 0.99, 1.0);
    }

    [Fact]
    public void MoreNuisancesNeverRaiseTheMinimum()
    {
        var samples = new[] { new Sample("a", [100.0, 10, 2, 40], [120.0, 13, 3.5, 30]) };
        double[] p = Predictions(samples);
        var one = new TemplateChi2(samples, StatisticsOptions.Paper, [PerSample(samples, 0, 0.1)]);
        var two = new TemplateChi2(samples, StatisticsOptions.Paper, [PerSample(samples, 0, 0.1), Shape(0.1, 0.0, -0.2, 0.3)]);
        Assert.True(two.Minimize(p) <= one.Minimize(p) + 1e-12);
    }

    [Theory]
    [InlineData(PullGrouping.PerSample)]
    [InlineData(PullGrouping.Common)]
    public void TheTiltAsAModifierEqualsTheNestedExactTiltSolver(PullGrouping grouping)
    {
        // two samples spanning 10 GeV–3 TeV, mixed Gaussian and Poisson bins, with a slope the tilt can absorb
        double[] e = [10, 100, 1000, 3000];
        var samples = new[]
        {
            new Sample("a", [400.0, 300, 90, 4], [300.0, 280, 100, 6], e),
            new Sample("b", [60.0, 45, 12, 1], [50.0, 44, 14, 2], e),
        };
        var options = StatisticsOptions.Paper with { Tilt = true, PullGrouping = grouping };
        double exact = ProfiledChi2.Minimum(samples, options);
        var generic = new TemplateChi2(samples, options, Modifier.PaperPulls(samples, options));
        Assert.Equal(exact, generic.Minimize(Predictions(samples)), 1e-8 * (1 + exact));
        // and the tilt does something here: without it the minimum is higher
        Assert.True(ProfiledChi2.Minimum(samples, options with { Tilt = false }) > exact + 0.1);
    }

    [Fact]
    public void TheTiltModifierIsZeroAtTheReferenceEnergyAndSigmaPerDecade()
    {
        var m = Modifier.Tilt("t", 4, 1, [1000.0, 10000, 100], 0.1, 1000);
        Assert.Equal([0, 0, 0.1, -0.1], m.Relative, (x, y) => Math.Abs(x - y) < 1e-15);
    }

    [Fact]
    public void AGeneratorTemplateIsTheRelativeDifferenceAndZeroWhereTheNominalIsEmpty()
    {
        var m = Modifier.Template("g", [10.0, 0, 4], [12.0, 3, 3]);
        Assert.Equal([0.2, 0, -0.25], m.Relative);
    }
}
