using SecretNu.Fluxes;

namespace SecretNu.Tests.Fluxes;

/// <summary>The one g-scaling (issue 12 point 2) against its closed-form limits.</summary>
public class ZPrimeScalingTests
{
    [Fact]
    public void DepletionIsOneWithoutCouplingAndHalfWhenTheNewChannelEqualsTheMesonWidth()
    {
        Assert.Equal(1.0, ZPrimeScaling.Depletion(2.5e-17, 1e-15, 0));
        Assert.Equal(0.5, ZPrimeScaling.Depletion(2.5e-17, 2.5e-17 / 4e-4, 4e-4), 15);
    }

    [Theory]
    [InlineData(1e-12)]  // P_dec ≈ f·Γ (expm1 keeps it exact where 1 − exp would round to 0)
    [InlineData(1.0)]    // 1 − 1/e
    [InlineData(80.0)]   // → 1
    public void DecayProbabilityIsOneMinusExpOfTheOpticalDepth(double depth)
    {
        double factor = 3e5, zWidth = 2e-9, g2 = depth / (factor * zWidth);
        var p = new double[1];
        ZPrimeScaling.DecayProbabilities([factor], g2, zWidth, p);
        double expected = depth < 1e-6 ? depth - depth * depth / 2 : 1 - Math.Exp(-depth);
        Assert.Equal(expected, p[0], 1e-12 * expected);
    }
}
