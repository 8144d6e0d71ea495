namespace SecretNu.Decays;

/// <summary>A rate (or squared amplitude, or spectrum value) split by Z′ helicity λ = 0, +1, −1.</summary>
public readonly record struct HelicityRates(double Longitudinal, double Plus, double Minus)
{
    /// <summary>Sum over the three helicities λ = 0, +1, −1.</summary>
    public double Total => Longitudinal + Plus + Minus;
    /// <summary>Transverse part, λ = +1 plus λ = −1.</summary>
    public double Transverse => Plus + Minus;

    /// <summary>Component by helicity λ ∈ {0, +1, −1}.</summary>
    public double this[int lambda] => lambda switch { 0 => Longitudinal, 1 => Plus, -1 => Minus, _ => throw new ArgumentOutOfRangeException(nameof(lambda)) };

    /// <summary>Helicity-by-helicity sum.</summary>
    public static HelicityRates operator +(HelicityRates a, HelicityRates b) => new(a.Longitudinal + b.Longitudinal, a.Plus + b.Plus, a.Minus + b.Minus);
    /// <summary>Every helicity component scaled by <paramref name="s"/>.</summary>
    public static HelicityRates operator *(double s, HelicityRates a) => new(s * a.Longitudinal, s * a.Plus, s * a.Minus);
    /// <summary>The helicities λ in component order: 0, +1, −1.</summary>
    public static readonly int[] Helicities = [0, 1, -1];
}
