using SecretNu.Statistics;

namespace SecretNu.Tests.Statistics;

public class SampleTests
{
    [Fact]
    public void CopiesItsInputs()
    {
        double[] o = [1, 2], t = [3, 4];
        var s = new Sample("nue", o, t);
        o[0] = 99; t[0] = 99;
        Assert.Equal(1.0, s.Observed[0]);
        Assert.Equal(3.0, s.Predicted[0]);
        Assert.False(s.HasBinEnergies);
        Assert.Equal(7.0, s.WithPrediction([7, 8]).Predicted[0]);
    }

    [Fact]
    public void RejectsBadInput()
    {
        Assert.Throws<ArgumentException>(() => new Sample("a", [1.0], [1.0, 2.0]));
        Assert.Throws<ArgumentException>(() => new Sample("a", [], []));
        Assert.Throws<ArgumentOutOfRangeException>(() => new Sample("a", [-1.0], [1.0]));
        Assert.Throws<ArgumentOutOfRangeException>(() => new Sample("a", [1.0], [double.NaN]));
        Assert.Throws<ArgumentOutOfRangeException>(() => new Sample("a", [1.0], [1.0], [0.0]));
        Assert.Throws<ArgumentException>(() => new Sample(" ", [1.0], [1.0]));
    }
}
