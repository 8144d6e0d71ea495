using SecretNu.Statistics;

namespace SecretNu.Tests.Statistics;

/// <summary>The one safeguarded Newton of the profiled likelihoods, on convex functions with known minima.</summary>
public class SafeguardedNewtonTests
{
    /// <summary>f(x) = x − c·ln(1 + x) + x²/(2s²): f′ = 1 − c/(1+x) + x/s², the Poisson-pull shape; minimum from the quadratic.</summary>
    struct PoissonPull(double c, double s) : IConvexDerivatives
    {
        public int Calls;
        public void At(double x, out double first, out double second)
        {
            Calls++;
            first = 1 - c / (1 + x) + x / (s * s);
            second = c / ((1 + x) * (1 + x)) + 1 / (s * s);
        }
    }

    [Theory]
    [InlineData(2.0, 0.1)]
    [InlineData(0.5, 1.0)]
    [InlineData(1e4, 10.0)]   // far start: the bracket and bisection keep it inside x > −1
    public void FindsTheInteriorMinimum(double c, double s)
    {
        var f = new PoissonPull(c, s);
        double x = SafeguardedNewton.Minimize(ref f, -1 + 1e-9, 0, out bool atFloor);
        // f′ = 0 ⇔ x² + x(1 + s²) + s²(1 − c) = 0, the root above −1
        double b = 1 + s * s, root = (-b + Math.Sqrt(b * b - 4 * s * s * (1 - c))) / 2;
        Assert.False(atFloor);
        Assert.Equal(root, x, 1e-10 * (1 + Math.Abs(root)));
        Assert.InRange(f.Calls, 1, 60);
    }

    struct Linear(double slope) : IConvexDerivatives
    {
        public readonly void At(double x, out double first, out double second) { first = slope + 1e-6 * x; second = 1e-6; }
    }

    [Fact]
    public void AMinimumOnTheBoundIsReturnedExactlyAndFlagged()
    {
        var f = new Linear(5); // f′ > 0 everywhere above the floor
        Assert.Equal(-2.0, SafeguardedNewton.Minimize(ref f, -2, 0, out bool atFloor));
        Assert.True(atFloor);
    }

    [Fact]
    public void WithoutABoundItIsPlainNewtonOnAQuadratic()
    {
        var f = new Linear(-3); // minimum at x = 3e6: one Newton step
        Assert.Equal(3e6, SafeguardedNewton.Minimize(ref f, double.NegativeInfinity, 0, out bool atFloor), 1e-3);
        Assert.False(atFloor);
    }
}
