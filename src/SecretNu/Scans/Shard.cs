using System.Globalization;

namespace SecretNu.Scans;

/// <summary>
/// One share of a scan for batch systems: shard <see cref="Index"/> of <see cref="Count"/> (1-based) computes the mass
/// points whose index i in each mass list satisfies i mod Count = Index − 1. The shares are disjoint and cover every
/// point; <c>secretnu merge</c> unites them.
/// </summary>
public sealed record Shard(int Index, int Count)
{
    /// <summary>Whether this share computes the mass point of index <paramref name="massIndex"/> (round robin).</summary>
    public bool Owns(int massIndex) => massIndex % Count == Index - 1;

    /// <summary>Parses "k/N" with 1 ≤ k ≤ N.</summary>
    /// <exception cref="InputException">Anything else, naming the flag and the value.</exception>
    public static Shard Parse(string text)
    {
        var parts = text.Split('/');
        if (parts.Length == 2
            && int.TryParse(parts[0], NumberStyles.None, CultureInfo.InvariantCulture, out int k)
            && int.TryParse(parts[1], NumberStyles.None, CultureInfo.InvariantCulture, out int n)
            && n >= 1 && k >= 1 && k <= n)
            return new Shard(k, n);
        throw new InputException($"--shard '{text}': expected k/N with 1 ≤ k ≤ N (e.g. --shard 2/8)");
    }

    /// <summary>"k/N".</summary>
    public override string ToString() => $"{Index}/{Count}";
}
