using System.Globalization;
using System.Text;
using SecretNu.Bounds;
using SecretNu.Scans;

namespace SecretNu.Output;

/// <summary>
/// summary.md of <c>secretnu reproduce</c>: per coupling and exposure, the mass ranges where our bound is below every
/// computed existing bound, beside the seed paper's own statements, and our bounds at 1, 10 and 100 MeV.
/// </summary>
public static class SummaryReport
{
    /// <summary>The seed paper's statements about where FASERν/FASER2ν improve on existing bounds (its Sec. IV).</summary>
    public static readonly IReadOnlyDictionary<string, string> SeedStatements = new Dictionary<string, string>
    {
        ["etau"] = "FASERν alone beats current bounds (and DUNE ND) for 50 MeV < m_Z′ < 100–150 MeV; FASER2ν ×100, ×1000 for m_Z′ < 2 keV and 3 MeV < m_Z′ < 200–300 MeV.",
        ["ee"] = "FASERν cannot beat current bounds; FASER2ν ×100, ×1000 improve for m_Z′ < 2 keV and 3 MeV < m_Z′ < 200–300 MeV.",
        ["mutau"] = "FASER2ν ×1000 sets the most stringent bound for 10 MeV < m_Z′ < 300 MeV.",
        ["emu"] = "FASER2ν ×1000 improves slightly for 15 MeV < m_Z′ < 300 MeV (and m_Z′ < 2 keV).",
    };

    public static string Write(IReadOnlyList<LimitCurve> curves, IReadOnlyDictionary<string, IReadOnlyList<ExistingBound>> existing,
        string options, IReadOnlyDictionary<string, TimeSpan>? timing = null)
    {
        var sb = new StringBuilder();
        sb.Append($"# SecretNu {BuildInfo.Version}: bounds on a neutrino-only Z′ — summary\n\n");
        sb.Append(options).Append("\n\n");
        sb.Append("Computed existing bounds (from SecretNu's own three-body rates; physics.md §9): PIENU (R_π, ε_π from E_e > 52 MeV), " +
                  "NA62 (R_K, ε_K from missing mass² < 0.01 GeV²) for couplings with an electron row; K → μ + invisible (E949, full " +
                  "acceptance) for couplings with a muon row. The Z-invisible line and the BBN region are quoted, not computed, and are " +
                  "not used below.\n\n");
        foreach (var coupling in curves.Select(c => c.Coupling).Distinct())
        {
            sb.Append($"## g_{coupling}\n\n");
            if (SeedStatements.TryGetValue(coupling, out var st)) sb.Append($"Seed paper: {st}\n\n");
            var computed = existing[coupling].Where(b => b.Computed).ToArray();
            sb.Append("| experiment | below every computed bound (m_Z′) | bound at 1 MeV | 10 MeV | 100 MeV | best existing at 1 / 10 / 100 MeV |\n|---|---|---|---|---|---|\n");
            foreach (var c in curves.Where(c => c.Coupling == coupling))
            {
                string ranges = Ranges(c, computed);
                sb.Append($"| {c.Experiment} | {ranges} | {At(c, 1e-3)} | {At(c, 1e-2)} | {At(c, 0.1)} | {Best(computed, 1e-3)} / {Best(computed, 1e-2)} / {Best(computed, 0.1)} |\n");
            }
            sb.Append('\n');
        }
        if (timing is not null)
        {
            sb.Append("## Timing (wall clock, cumulative)\n\n");
            foreach (var (k, v) in timing) sb.Append($"- {k}: {v.TotalSeconds:F2} s\n");
        }
        return sb.ToString();
    }

    static string At(LimitCurve c, double mass)
    {
        double? g = LimitReport.Interpolate(c, mass);
        return g is double v ? v.ToString("0.00E+0", CultureInfo.InvariantCulture) : "none";
    }

    static string Best(IReadOnlyList<ExistingBound> bounds, double mass)
    {
        double best = double.PositiveInfinity;
        foreach (var b in bounds)
        {
            double v = InterpolateBound(b, mass);
            if (v < best) best = v;
        }
        return double.IsFinite(best) ? best.ToString("0.0E+0", CultureInfo.InvariantCulture) : "–";
    }

    public static double InterpolateBound(ExistingBound b, double mass)
    {
        for (int i = 0; i + 1 < b.Masses.Count; i++)
        {
            if (mass < b.Masses[i] || mass > b.Masses[i + 1]) continue;
            double t = Math.Log(mass / b.Masses[i]) / Math.Log(b.Masses[i + 1] / b.Masses[i]);
            return Math.Exp(Math.Log(b.Couplings[i]) + t * Math.Log(b.Couplings[i + 1] / b.Couplings[i]));
        }
        return double.PositiveInfinity; // no bound at this mass (channel closed)
    }

    /// <summary>Mass ranges (in MeV, on the scan points) where the curve lies below every computed existing bound.</summary>
    public static string Ranges(LimitCurve c, IReadOnlyList<ExistingBound> computed)
    {
        var below = c.Points.Select(p => p.Coupling is double g && computed.All(b => g < InterpolateBound(b, p.Mass))).ToArray();
        var parts = new List<string>();
        for (int i = 0; i < below.Length; i++)
        {
            if (!below[i]) continue;
            int j = i;
            while (j + 1 < below.Length && below[j + 1]) j++;
            parts.Add(i == j ? $"{Mev(c.Points[i].Mass)} MeV" : $"{Mev(c.Points[i].Mass)}–{Mev(c.Points[j].Mass)} MeV");
            i = j;
        }
        return parts.Count == 0 ? "nowhere" : string.Join(", ", parts);
    }

    static string Mev(double gev) => (gev * 1e3).ToString("G3", CultureInfo.InvariantCulture);
}
