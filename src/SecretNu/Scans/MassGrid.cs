using SecretNu.Physics;

namespace SecretNu.Scans;

/// <summary>The masses m_Z′ of a scan, from the text of --masses: LOW:HIGH:N (log-spaced, with every kinematic end point
/// inside added, so that no edge falls between grid points) or a comma list, each with a unit (1keV, 10MeV, 0.3GeV).</summary>
public static class MassGrid
{
    /// <summary>The masses [GeV], ascending.</summary>
    /// <param name="text">"LOW:HIGH:N" (1 ≤ N ≤ 10000, LOW ≤ HIGH) or "M1,M2,…" (no mass twice).</param>
    /// <exception cref="InputException">Anything else; the message names --masses and the value.</exception>
    public static IReadOnlyList<double> Parse(string text)
    {
        var parts = text.Split(':');
        if (parts.Length == 3)
        {
            double lo = Units.ParseZMass(parts[0], "--masses low"), hi = Units.ParseZMass(parts[1], "--masses high");
            if (!int.TryParse(parts[2], out int n) || n < 1 || n > 10000) throw new InputException($"--masses: '{parts[2]}' is not a number of points (1–10000)");
            if (!(hi >= lo)) throw new InputException($"--masses: high '{parts[1]}' is below low '{parts[0]}'");
            if (hi == lo && n > 1) throw new InputException($"--masses '{text}': a range from {parts[0]} to itself has no {n} distinct points (give LOW < HIGH, or one mass)");
            return Bounds.EndPoints.AddTo(LimitRequest.LogSpaced(lo, hi, n));
        }
        if (parts.Length != 1) throw new InputException($"--masses '{text}' must be LOW:HIGH:N or a comma list");
        double[] masses = text.Split(',', StringSplitOptions.RemoveEmptyEntries).Select(t => Units.ParseZMass(t, "--masses")).OrderBy(x => x).ToArray();
        if (masses.Length == 0) throw new InputException($"--masses '{text}' names no mass (give LOW:HIGH:N or a comma list, e.g. 1MeV,10MeV)");
        if (masses.Distinct().Count() != masses.Length) throw new InputException($"--masses '{text}' names a mass twice");
        return masses;
    }
}
