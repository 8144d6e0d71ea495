using System.Globalization;

namespace SecretNu.Physics;

/// <summary>
/// The real symmetric 3×3 coupling matrix g_αβ of 𝓛 ⊃ Σ g_αβ Z′_μ ν̄_α γ^μ P_L ν_β. Entries are non-negative
/// magnitudes (rates depend on g² only). "g_eτ = x" sets g_eτ = g_τe = x.
/// </summary>
public sealed class CouplingMatrix : IEquatable<CouplingMatrix>
{
    readonly double[,] _g = new double[3, 3];

    /// <summary>The coupling g_αβ (dimensionless, ≥ 0); symmetric, so this[a, b] == this[b, a].</summary>
    public double this[Flavor a, Flavor b] => _g[(int)a, (int)b];

    /// <summary>A new matrix with every coupling zero.</summary>
    public static CouplingMatrix Zero => new();

    /// <summary>A matrix with one symmetric entry set.</summary>
    public static CouplingMatrix Single(Flavor a, Flavor b, double value) => Zero.With(a, b, value);

    /// <summary>A copy with g_ab = g_ba = <paramref name="value"/> (finite, 0 ≤ value); other entries unchanged.</summary>
    /// <param name="a">Row flavour α.</param>
    /// <param name="b">Column flavour β.</param>
    /// <param name="value">The coupling magnitude |g_αβ|; negative or non-finite values throw <see cref="InputException"/>.</param>
    public CouplingMatrix With(Flavor a, Flavor b, double value)
    {
        if (!double.IsFinite(value) || value < 0)
            throw new InputException($"coupling g_{a.Name()}{b.Name()} = {value.ToString(CultureInfo.InvariantCulture)} must be a finite non-negative number");
        var m = Clone();
        m._g[(int)a, (int)b] = value;
        m._g[(int)b, (int)a] = value;
        return m;
    }

    /// <summary>A copy with every entry multiplied by <paramref name="factor"/> (rates then scale as factor² or factor⁴).</summary>
    public CouplingMatrix Scale(double factor)
    {
        var m = new CouplingMatrix();
        for (int i = 0; i < 3; i++) for (int j = 0; j < 3; j++) m._g[i, j] = _g[i, j] * factor;
        return m;
    }

    CouplingMatrix Clone()
    {
        var m = new CouplingMatrix();
        Array.Copy(_g, m._g, 9);
        return m;
    }

    /// <summary>Σ_β g_αβ²: the three-body rate factor for a charged lepton of flavour α.</summary>
    public double RowSumSquares(Flavor a)
    {
        double s = 0;
        for (int b = 0; b < 3; b++) s += _g[(int)a, b] * _g[(int)a, b];
        return s;
    }

    /// <summary>Σ_αβ g_αβ² over all ordered pairs: Γ(Z′ → νν̄) = M · this /(24π).</summary>
    public double TotalSumSquares()
    {
        double s = 0;
        for (int a = 0; a < 3; a++) for (int b = 0; b < 3; b++) s += _g[a, b] * _g[a, b];
        return s;
    }

    /// <summary>Largest entry (the overall scale used by limit scans).</summary>
    public double MaxEntry()
    {
        double m = 0;
        for (int a = 0; a < 3; a++) for (int b = 0; b < 3; b++) m = Math.Max(m, _g[a, b]);
        return m;
    }

    /// <summary>True when every coupling is zero (no Z′ interaction at all).</summary>
    public bool IsZero => MaxEntry() == 0;

    static readonly string[] EntryNames = ["ee", "emu", "etau", "mumu", "mutau", "tautau"];
    static readonly (Flavor, Flavor)[] EntryFlavors =
        [(Flavor.E, Flavor.E), (Flavor.E, Flavor.Mu), (Flavor.E, Flavor.Tau), (Flavor.Mu, Flavor.Mu), (Flavor.Mu, Flavor.Tau), (Flavor.Tau, Flavor.Tau)];

    /// <summary>Parses an entry name: ee, emu, etau, mumu, mutau, tautau (also mue, taue, taumu).</summary>
    public static bool TryParseEntry(string name, out Flavor a, out Flavor b)
    {
        string n = name.Trim().ToLowerInvariant().Replace("_", "").Replace("μ", "mu").Replace("τ", "tau");
        if (n.StartsWith('g')) n = n[1..];
        foreach (var first in new[] { "tau", "mu", "e" })
        {
            if (!n.StartsWith(first)) continue;
            string rest = n[first.Length..];
            if (FlavorExtensions.TryParse(first, out a) && FlavorExtensions.TryParse(rest, out b)) return true;
        }
        a = b = default;
        return false;
    }

    /// <summary>
    /// Parses "etau=1e-3" or "ee=1e-4,mutau=2e-4" (comma/space separated). Unknown names or bad values throw
    /// <see cref="InputException"/> naming the text.
    /// </summary>
    public static CouplingMatrix Parse(string text)
    {
        var m = Zero;
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var part in text.Split([',', ' ', ';'], StringSplitOptions.RemoveEmptyEntries))
        {
            int eq = part.IndexOf('=');
            if (eq <= 0) throw new InputException($"coupling '{part}' must look like NAME=VALUE, e.g. etau=1e-3");
            string name = part[..eq], val = part[(eq + 1)..];
            if (!TryParseEntry(name, out var a, out var b))
                throw new InputException($"unknown coupling name '{name}' (use ee, emu, etau, mumu, mutau, tautau)");
            if (!double.TryParse(val, NumberStyles.Float, CultureInfo.InvariantCulture, out double v) || !double.IsFinite(v))
                throw new InputException($"coupling value '{val}' for {name} is not a number");
            if (v < 0) throw new InputException($"coupling {name} = {val} is negative; give the magnitude |g| ≥ 0");
            if (!seen.Add(EntryName(a, b))) throw new InputException($"coupling {EntryName(a, b)} is given twice ('{text}')");
            if (v > MaximumCoupling)
                throw new InputException($"coupling {name} = {val} is above {MaximumCoupling:G3} (4π): not perturbative, SecretNu's O(g²) rates do not apply");
            if (v > 0 && v < MinimumCoupling)
                throw new InputException($"coupling {name} = {val} is below {MinimumCoupling:G1}: its rates (∝ g², g⁴) underflow; give 0 to switch it off");
            m = m.With(a, b, v);
        }
        return m;
    }

    /// <summary>Largest coupling accepted: 4π, beyond which perturbation theory (and every O(g²) rate here) fails.</summary>
    public const double MaximumCoupling = 4 * Math.PI;

    /// <summary>Smallest non-zero coupling accepted: 1e-30 (g⁴ and the rates stay far from double underflow).</summary>
    public const double MinimumCoupling = 1e-30;

    /// <summary>Canonical name of the entry g_ab with the lighter flavour first: ee, emu, etau, mumu, mutau, tautau.</summary>
    public static string EntryName(Flavor a, Flavor b)
    {
        if ((int)a > (int)b) (a, b) = (b, a);
        return a.Name() + b.Name();
    }

    /// <summary>The six independent entries as (name, value), in the order ee, emu, etau, mumu, mutau, tautau.</summary>
    public IEnumerable<(string Name, double Value)> Entries()
    {
        for (int i = 0; i < 6; i++) yield return (EntryNames[i], this[EntryFlavors[i].Item1, EntryFlavors[i].Item2]);
    }

    /// <summary>The non-zero entries as "name=value" joined by commas (e.g. "etau=0.001"), or "0" if all are zero.</summary>
    public override string ToString()
    {
        var parts = Entries().Where(e => e.Value != 0).Select(e => $"{e.Name}={e.Value.ToString("G6", CultureInfo.InvariantCulture)}").ToArray();
        return parts.Length == 0 ? "0" : string.Join(",", parts);
    }

    /// <summary>True when all nine entries are exactly equal.</summary>
    public bool Equals(CouplingMatrix? other)
    {
        if (other is null) return false;
        for (int i = 0; i < 3; i++) for (int j = 0; j < 3; j++) if (_g[i, j] != other._g[i, j]) return false;
        return true;
    }
    /// <summary>True when <paramref name="obj"/> is a <see cref="CouplingMatrix"/> with exactly equal entries.</summary>
    public override bool Equals(object? obj) => Equals(obj as CouplingMatrix);
    /// <summary>Hash of the <see cref="ToString"/> form, consistent with <see cref="Equals(CouplingMatrix)"/>.</summary>
    public override int GetHashCode() => ToString().GetHashCode();
}
