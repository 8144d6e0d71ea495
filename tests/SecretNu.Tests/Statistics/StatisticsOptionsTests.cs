using SecretNu.Statistics;

namespace SecretNu.Tests.Statistics;

public class StatisticsOptionsTests
{
    [Fact]
    public void Paper_DefaultsAreRecorded_InStableOrder()
    {
        var d = StatisticsOptions.Paper.Describe();
        Assert.Equal(
            ["bin_statistic", "gaussian_threshold_events", "gaussian_variance", "normalisation_sigma", "pull_grouping",
             "pull_applies_to", "spectral_tilt", "tilt_sigma_per_decade", "tilt_reference_energy_GeV", "profiling"],
            d.Keys.ToArray());
        Assert.Equal("gaussian_if_observed_ge_threshold_else_poisson_deviance", d["bin_statistic"]);
        Assert.Equal("20", d["gaussian_threshold_events"]);
        Assert.Equal("observed", d["gaussian_variance"]);
        Assert.Equal("0.1", d["normalisation_sigma"]);
        Assert.Equal("per_sample", d["pull_grouping"]);
        Assert.Equal("off", d["spectral_tilt"]);
    }

    [Fact]
    public void Changes_ShowInDescription()
    {
        var d = (StatisticsOptions.Paper with
        {
            BinStatistic = BinStatisticMode.Poisson, GaussianVariance = GaussianVariance.Predicted,
            PullGrouping = PullGrouping.Common, Tilt = true, TiltSigma = 0.05, NormalisationSigma = 0.2,
        }).Describe();
        Assert.Equal("poisson_deviance_all_bins", d["bin_statistic"]);
        Assert.Equal("predicted_before_nuisances", d["gaussian_variance"]);
        Assert.Equal("common", d["pull_grouping"]);
        Assert.Equal("on", d["spectral_tilt"]);
        Assert.Equal("0.05", d["tilt_sigma_per_decade"]);
        Assert.Equal("0.2", d["normalisation_sigma"]);
    }

    [Theory]
    [InlineData(0.0, 20.0)]
    [InlineData(double.NaN, 20.0)]
    [InlineData(0.1, 0.0)]
    [InlineData(0.1, double.PositiveInfinity)]
    public void Validate_RejectsOutOfRange(double sigma, double threshold)
    {
        var options = StatisticsOptions.Paper with { NormalisationSigma = sigma, GaussianThreshold = threshold };
        Assert.Throws<ArgumentOutOfRangeException>(options.Validate);
    }
}
