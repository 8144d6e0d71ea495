using System.Globalization;
using System.Text;
using SecretNu.Bounds;
using SecretNu.Scans;

namespace SecretNu.Output;

/// <summary>
/// summary.md of <c>secretnu reproduce</c>: the existing constraints used, and for every coupling and exposure the
/// verdict — the mass ranges where the curve lies below the envelope of all default constraints and of the computed
/// ones, with the deciding constraint of each part — how it moves with the disputed inputs, and the reference paper's
/// statements marked holds / holds only with --seed-mode / does not hold.
/// </summary>
public static class SummaryReport
{
    /// <summary>summary.md of <c>reproduce</c>: bounds at 1/10/100 MeV, the verdicts and their scenarios, the paper's
    /// statements, the realistic curves, the separation example, the options and the stage timings.</summary>
    public static string Write(IReadOnlyList<LimitCurve> curves, IReadOnlyDictionary<string, IReadOnlyList<ExistingBound>> existing,
        IReadOnlyList<Verdict> verdicts, IReadOnlyList<StatementCheck> statements, string options, IReadOnlyDictionary<string, TimeSpan>? timing = null,
        double cl = 0.9, string? separation = null, IReadOnlyList<LimitCurve>? realisticCurves = null, IReadOnlyList<Verdict>? realisticVerdicts = null)
    {
        var sb = new StringBuilder();
        sb.Append($"# SecretNu {BuildInfo.Version}: bounds on a neutrino-only Z′ — summary\n\n");
        sb.Append(options).Append("\n\n");
        sb.Append($"Confidence level of the bounds: {cl * 100:G3} %. Constraints from a Gaussian measurement are stated at the same CL; " +
                  "published limits and quoted curves at their own (the table below gives each).\n\n");

        sb.Append("## Existing constraints\n\n");
        sb.Append("*Computed* constraints are derived from SecretNu's own rates with the experiment's selection; *quoted* ones are published " +
                  "numbers. The default envelope is what the verdicts measure against; the others are alternative readings or model-dependent " +
                  "(docs/constraints.md). *Unconfirmed* numbers could not be read in the cited text.\n\n");
        sb.Append("| constraint | couplings | how | CL | default | status | source |\n|---|---|---|---|---|---|---|\n");
        foreach (var entry in existing.Values.SelectMany(x => x).Select(b => b.Entry).DistinctBy(e => e.Id))
        {
            string couplings = string.Join(", ", existing.Where(kv => kv.Value.Any(b => b.Entry.Id == entry.Id)).Select(kv => kv.Key));
            sb.Append($"| {entry.Name} | {couplings} | {(entry.Computed ? "computed" : "quoted")} | {entry.Cl.ToString(CultureInfo.InvariantCulture)} | " +
                      $"{(entry.Default ? "yes" : entry.VariantOf is not null ? "variant" : "no")} | {entry.Status} | {entry.Source} |\n");
        }
        sb.Append('\n');

        sb.Append("## Verdicts\n\nWhere each bound curve lies below the envelope of the existing constraints (\"all\": every default one; " +
                  "\"computed\": its computed members), with the constraint that decides each part. \"none\" means no constraint of the " +
                  "set covers that mass: nothing there is excluded yet, which is not the same as a strong existing bound.\n\n");
        foreach (var name in curves.Where(Dune.BeamDumpScan.IsBeamDump).Select(c => c.Experiment).Distinct())
            sb.Append($"**{name}** is a projection computed here (its card's beam time and efficiencies, no ν_τ background: optimistic; " +
                      "docs/dune.md), not an existing constraint: it never enters the envelope the other curves are judged against. The rows " +
                      $"\"below the computed {name} curve\" compare each LHC curve with it.\n\n");
        foreach (var coupling in curves.Select(c => c.Coupling).Distinct())
        {
            sb.Append($"### g_{coupling}\n\n");
            sb.Append("| experiment | below all default constraints | deciding | below the computed ones | bound at 1 / 10 / 100 MeV | strongest existing at 1 / 10 / 100 MeV |\n|---|---|---|---|---|---|\n");
            var bounds = existing.TryGetValue(coupling, out var list) ? list.Where(b => b.Default).ToArray() : [];
            foreach (var c in curves.Where(c => c.Coupling == coupling))
            {
                var all = Find(verdicts, c, "all");
                var computed = Find(verdicts, c, "computed");
                sb.Append($"| {c.Experiment} | {ConstraintReport.Ranges(all?.Ranges ?? [])} | {ConstraintReport.Deciding(all?.Deciding ?? [])} | " +
                          $"{ConstraintReport.Ranges(computed?.Ranges ?? [])} | {At(c, 1e-3)} / {At(c, 1e-2)} / {At(c, 0.1)} | " +
                          $"{Best(bounds, 1e-3)} / {Best(bounds, 1e-2)} / {Best(bounds, 0.1)} |\n");
            }
            var scenarios = verdicts.Where(v => v.Coupling == coupling && v.Against is not ("all" or "computed")).ToArray();
            if (scenarios.Length > 0)
            {
                sb.Append("\nHow the verdict (below all default constraints) moves with the disputed inputs:\n\n| reading | ");
                var experiments = curves.Where(c => c.Coupling == coupling).Select(c => c.Experiment).ToArray();
                sb.Append(string.Join(" | ", experiments)).Append(" |\n|---|").Append(string.Concat(experiments.Select(_ => "---|"))).Append('\n');
                foreach (var name in scenarios.Select(s => s.Against).Distinct())
                {
                    var description = ConstraintScenarioDescription(name);
                    sb.Append($"| {description} | ");
                    // "–": no such verdict (a beam-dump curve against itself)
                    sb.Append(string.Join(" | ", experiments.Select(e => scenarios.FirstOrDefault(s => s.Experiment == e && s.Against == name) is { } v
                        ? ConstraintReport.Ranges(v.Ranges) : "–")));
                    sb.Append(" |\n");
                }
            }
            sb.Append('\n');
        }

        sb.Append("## The reference paper's statements\n\n");
        sb.Append($"A claimed range holds when our verdict (below all default constraints) covers at least {PaperStatement.CoveredToHold:P0} of it in " +
                  $"log m_Z′; \"cannot beat\" holds when our ranges span less than {PaperStatement.NowhereDecades} decades. A statement that also " +
                  "names DUNE ND is checked against the default constraints and the computed DUNE ND curve together, when the run has it (docs/dune.md).\n\n");
        sb.Append("| statement | experiment | our ranges | with --seed-mode | covered (default / seed mode) | result |\n|---|---|---|---|---|---|\n");
        foreach (var s in statements)
            sb.Append($"| {s.Statement.Text} | {s.Experiment} | {ConstraintReport.Ranges(s.Ranges)} | {(s.SeedRanges is null ? "not computed" : ConstraintReport.Ranges(s.SeedRanges))} | " +
                      $"{Fractions(s.Covered)} / {(s.CoveredSeedMode is null ? "–" : Fractions(s.CoveredSeedMode))} | **{s.Result}** |\n");
        sb.Append('\n');

        if (realisticCurves is not null && realisticVerdicts is not null)
        {
            sb.Append("## Under realistic systematics\n\n");
            sb.Append("The paper's normalisation pulls plus each alternative generator of the card as a ±1σ template of the relative change " +
                      "of every sample's SM events (normalisation and shape, correlated across the samples), all profiled together; per-flavour " +
                      "efficiencies and a ν_τ background from each card's [realistic] table (the FASERν cards keep the paper's 80 % and no background, " +
                      "marked assumed: no published FASERν number could be confirmed). docs/statistics.md.\n\n");
            sb.Append("| coupling | experiment | bound at 10 / 100 MeV (paper → realistic) | below all default constraints (realistic) |\n|---|---|---|---|\n");
            foreach (var c in realisticCurves)
            {
                var paper = curves.FirstOrDefault(x => x.Experiment == c.Experiment && x.Coupling == c.Coupling);
                string Pair(double m) => $"{(paper is null ? "–" : At(paper, m))} → {At(c, m)}";
                var v = Find(realisticVerdicts, c, "all");
                sb.Append($"| g_{c.Coupling} | {c.Experiment} | {Pair(0.01)} / {Pair(0.1)} | {ConstraintReport.Ranges(v?.Ranges ?? [])} |\n");
            }
            sb.Append('\n');
        }
        if (separation is not null)
        {
            sb.Append("## Does FASERν determine g_ee and g_eτ separately?\n\n");
            sb.Append("The paper states that FASERν can \"determine g_ee, g_eτ, g_eμ and g_μτ separately\". Worked example:\n\n");
            sb.Append(separation).Append('\n');
        }
        if (timing is not null)
        {
            sb.Append("## Timing (wall clock, cumulative)\n\n");
            foreach (var (k, v) in timing) sb.Append($"- {k}: {v.TotalSeconds:F2} s\n");
        }
        return sb.ToString();
    }

    static string ConstraintScenarioDescription(string name) => name switch
    {
        "confirmed-only" => "without the unconfirmed constraints",
        "with-model-dependent" => "with the model-dependent W, τ and D_s constraints",
        _ when name.StartsWith("all+", StringComparison.Ordinal) => $"below all default constraints and the computed {name[4..]} curve",
        _ when !ConstraintCatalog.All.Any(c => c.Id == name) => $"below the computed {name} curve alone",
        _ => ConstraintCatalog.All.FirstOrDefault(c => c.Id == name) is { } v && v.VariantOf is string o
            ? $"{v.Name} instead of {ConstraintCatalog.Get(o).Name}" : name,
    };

    static Verdict? Find(IReadOnlyList<Verdict> verdicts, LimitCurve c, string against) =>
        verdicts.FirstOrDefault(v => v.Experiment == c.Experiment && v.Coupling == c.Coupling && v.Against == against);

    static string Fractions(IReadOnlyList<double> f) => f.Count == 0 ? "–" : string.Join(", ", f.Select(x => x.ToString("0.00", CultureInfo.InvariantCulture)));

    static string At(LimitCurve c, double mass) => LimitReport.AtText(c, mass);

    static string Best(IReadOnlyList<ExistingBound> bounds, double mass)
    {
        double best = double.PositiveInfinity;
        string name = "";
        foreach (var b in bounds)
        {
            double v = InterpolateBound(b, mass);
            if (v < best) { best = v; name = b.Name; }
        }
        return double.IsFinite(best) ? $"{best.ToString("0.0E+0", CultureInfo.InvariantCulture)} ({name})" : "none";
    }

    /// <summary>Log-log interpolation of a tabulated constraint; +∞ where it says nothing.</summary>
    public static double InterpolateBound(ExistingBound b, double mass) => LogLogInterpolation.At(b.Masses, b.Couplings, mass);
}
