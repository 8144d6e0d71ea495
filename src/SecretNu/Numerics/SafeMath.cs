namespace SecretNu.Numerics;

/// <summary>Elementary functions with full relative precision where the runtime's are naive.</summary>
public static class SafeMath
{
    /// <summary>exp(x) − 1 accurate for tiny |x| (Kahan's trick; .NET's double.ExpM1 is exp(x) − 1 and returns 0 for
    /// |x| &lt; 1e-16).</summary>
    public static double ExpM1(double x)
    {
        if (Math.Abs(x) >= 0.5) return Math.Exp(x) - 1;
        double u = Math.Exp(x);
        if (u == 1.0) return x;
        double um1 = u - 1.0;
        if (um1 == -1.0) return -1.0;
        return um1 * x / Math.Log(u);
    }
}
