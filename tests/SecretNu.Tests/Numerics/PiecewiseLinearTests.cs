using SecretNu.Numerics;

namespace SecretNu.Tests.Numerics;

public class PiecewiseLinearTests
{
    [Fact]
    public void InterpolatesBetweenNodesAndHoldsBeyondTheEnds()
    {
        double[] x = [0, 1, 3], y = [2, 4, 0];
        Assert.Equal(2, PiecewiseLinear.Clamped(x, y, -5));
        Assert.Equal(2, PiecewiseLinear.Clamped(x, y, 0));
        Assert.Equal(3, PiecewiseLinear.Clamped(x, y, 0.5));
        Assert.Equal(4, PiecewiseLinear.Clamped(x, y, 1));
        Assert.Equal(1, PiecewiseLinear.Clamped(x, y, 2.5));
        Assert.Equal(0, PiecewiseLinear.Clamped(x, y, 7));
    }
}
