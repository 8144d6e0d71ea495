using MathNet.Numerics.LinearAlgebra;
using SecretNu.Numerics;

namespace SecretNu.Tests.Dune;

public class NonNegativeLeastSquaresTests
{
    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public void RecoversAKnownNonNegativeSolutionWithZeros(bool warm)
    {
        var rng = new Random(7);
        var a = Matrix<double>.Build.Dense(60, 20, (_, _) => rng.NextDouble());
        var truth = Vector<double>.Build.Dense(20, j => j % 3 == 0 ? 0 : 1 + j);
        var x = NonNegativeLeastSquares.Solve(a, a * truth, warm);
        for (int j = 0; j < 20; j++) Assert.Equal(truth[j], x[j], 1e-8);
    }

    [Fact]
    public void ActiveConstraintsSatisfyKkt()
    {
        // b has a component that the unconstrained solution would fit with negative coefficients
        var rng = new Random(3);
        var a = Matrix<double>.Build.Dense(30, 10, (_, _) => rng.NextDouble());
        var b = Vector<double>.Build.Dense(30, i => Math.Sin(i) * 3);
        var x = Vector<double>.Build.DenseOfArray(NonNegativeLeastSquares.Solve(a, b));
        Assert.Contains(x, v => v == 0);
        var w = a.TransposeThisAndMultiply(b - a * x);
        for (int j = 0; j < 10; j++)
        {
            Assert.True(x[j] >= 0);
            if (x[j] > 0) Assert.Equal(0, w[j], 1e-9);
            else Assert.True(w[j] <= 1e-9);
        }
        // the 1-D case in closed form: min (a x − b)², x ≥ 0
        Assert.Equal(0, NonNegativeLeastSquares.Solve(Matrix<double>.Build.DenseOfArray(new double[,] { { 2 } }), Vector<double>.Build.Dense([-1.0]))[0]);
        Assert.Equal(1.5, NonNegativeLeastSquares.Solve(Matrix<double>.Build.DenseOfArray(new double[,] { { 2 } }), Vector<double>.Build.Dense([3.0]))[0], 1e-12);
    }
}
