using MathNet.Numerics.LinearAlgebra;

namespace SecretNu.Numerics;

/// <summary>
/// min ‖A x − b‖² subject to x ≥ 0, by the active-set method of Lawson and Hanson ("Solving Least Squares Problems",
/// 1974, ch. 23, algorithm NNLS), working on the normal equations G = AᵀA, h = Aᵀb (fine for the small, regularised,
/// column-scaled systems it is used for). Optionally warm-started from the passive set of the unconstrained solution:
/// negative components are dropped until the least-squares solution on the set is positive, which is a valid
/// Lawson–Hanson state, and the iteration continues from there. Returns the KKT point: x ≥ 0, w = h − Gx ≤ tol on the
/// active set, w = 0 on the passive set.
/// </summary>
public static class NonNegativeLeastSquares
{
    /// <summary>Solves min ‖A x − b‖², x ≥ 0.</summary>
    /// <param name="a">Design matrix (m × n).</param>
    /// <param name="b">Right-hand side (m).</param>
    /// <param name="warmStart">Start from the positive part of the unconstrained solution (fewer iterations).</param>
    public static double[] Solve(Matrix<double> a, Vector<double> b, bool warmStart = true)
    {
        ArgumentNullException.ThrowIfNull(a);
        ArgumentNullException.ThrowIfNull(b);
        if (a.RowCount != b.Count) throw new ArgumentException($"A has {a.RowCount} rows, b has {b.Count}");
        return SolveNormal(a.TransposeThisAndMultiply(a), a.TransposeThisAndMultiply(b), warmStart);
    }

    /// <summary>Solves min ½xᵀGx − hᵀx, x ≥ 0, for a symmetric positive (semi)definite G (the normal equations).</summary>
    /// <param name="g">G = AᵀA (n × n).</param>
    /// <param name="h">h = Aᵀb (n).</param>
    /// <param name="warmStart">Start from the positive part of the unconstrained solution.</param>
    public static double[] SolveNormal(Matrix<double> g, Vector<double> h, bool warmStart = true)
    {
        int n = h.Count;
        if (g.RowCount != n || g.ColumnCount != n) throw new ArgumentException("G must be n × n with n = |h|");
        double tol = 1e-10 * Math.Max(h.AbsoluteMaximum(), double.Epsilon);
        var passive = new bool[n];
        var x = new double[n];

        if (warmStart)
        {
            for (int j = 0; j < n; j++) passive[j] = true;
            for (int round = 0; round < n; round++)
            {
                var z = SolveOn(g, h, passive);
                if (z is null) { Array.Clear(passive); break; }
                bool dropped = false;
                for (int j = 0; j < n; j++)
                    if (passive[j] && z[j] <= 0) { passive[j] = false; dropped = true; }
                if (!dropped) { for (int j = 0; j < n; j++) x[j] = passive[j] ? z[j] : 0; break; }
            }
        }

        int maxIterations = 30 * n + 100;
        for (int iter = 0; iter < maxIterations; iter++)
        {
            var w = Gradient(g, h, x);
            int best = -1;
            double wMax = tol;
            for (int j = 0; j < n; j++)
                if (!passive[j] && w[j] > wMax) { wMax = w[j]; best = j; }
            if (best < 0) return x;
            passive[best] = true;

            for (int inner = 0; inner <= n; inner++)
            {
                var z = SolveOn(g, h, passive);
                if (z is null) { passive[best] = false; return x; } // singular: keep the current KKT-near point
                double alpha = double.PositiveInfinity;
                for (int j = 0; j < n; j++)
                    if (passive[j] && z[j] <= 0)
                        alpha = Math.Min(alpha, x[j] / (x[j] - z[j]));
                if (double.IsPositiveInfinity(alpha))
                {
                    for (int j = 0; j < n; j++) x[j] = passive[j] ? z[j] : 0;
                    break;
                }
                for (int j = 0; j < n; j++)
                {
                    if (!passive[j]) continue;
                    x[j] += alpha * (z[j] - x[j]);
                    if (x[j] <= 1e-15 * Math.Abs(z[j]) || x[j] <= 0) { x[j] = 0; passive[j] = false; }
                }
            }
        }
        throw new InvalidOperationException($"NNLS did not converge in {maxIterations} iterations");
    }

    static double[] Gradient(Matrix<double> g, Vector<double> h, double[] x)
    {
        var gx = g.Multiply(Vector<double>.Build.DenseOfArray(x));
        var w = new double[x.Length];
        for (int j = 0; j < w.Length; j++) w[j] = h[j] - gx[j];
        return w;
    }

    /// <summary>Solution of G_PP z_P = h_P (zero off P), or null when G_PP is singular.</summary>
    static double[]? SolveOn(Matrix<double> g, Vector<double> h, bool[] passive)
    {
        var idx = Enumerable.Range(0, passive.Length).Where(j => passive[j]).ToArray();
        var z = new double[passive.Length];
        if (idx.Length == 0) return z;
        var gp = Matrix<double>.Build.Dense(idx.Length, idx.Length, (r, c) => g[idx[r], idx[c]]);
        var hp = Vector<double>.Build.Dense(idx.Length, r => h[idx[r]]);
        Vector<double> sol;
        try { sol = gp.Cholesky().Solve(hp); }
        catch (ArgumentException) { sol = gp.Svd().Solve(hp); }
        for (int r = 0; r < idx.Length; r++)
        {
            if (!double.IsFinite(sol[r])) return null;
            z[idx[r]] = sol[r];
        }
        return z;
    }
}
