using System.Globalization;
using System.Text;
using System.Text.Json.Serialization;
using SecretNu.Bounds;

namespace SecretNu.Output;

/// <summary>
/// The existing constraints and the verdicts as files: the long-format CSV of <c>secretnu bounds</c> and the
/// "existing_constraints", "verdicts", "verdict_scenarios" and "paper_statements" blocks of limits.json/bounds.json
/// (docs/outputs.md).
/// </summary>
public static class ConstraintReport
{
    /// <summary>The files of <c>secretnu bounds</c>, built but not yet written: bounds.csv, bounds.json and a figure per
    /// coupling (bounds.png/svg for one coupling, bounds-&lt;coupling&gt;.png/svg for several).</summary>
    /// <param name="existing">The constraints per coupling label.</param>
    /// <param name="normalisation">Rate normalisation of the computed constraints.</param>
    /// <param name="masses">The masses as given, recorded in bounds.json.</param>
    public static OutputFiles BoundsFiles(IReadOnlyDictionary<string, IReadOnlyList<ExistingBound>> existing, Decays.RateNormalisation normalisation, string masses)
    {
        var files = new OutputFiles()
            .Text("bounds.csv", Provenance.CommentLine("existing constraints, long format", "bounds.json") + Csv(existing))
            .Text("bounds.json", BoundsJson(existing, normalisation, masses));
        foreach (var (label, list) in existing)
            files.Figure(existing.Count == 1 ? "bounds" : $"bounds-{label}", BoundFigure.Constraints(label, list));
        return files;
    }

    /// <summary>One row per constraint and mass: constraint,source,method,computed,cl,default,mass_GeV,g,status,coupling.</summary>
    public static string Csv(IReadOnlyDictionary<string, IReadOnlyList<ExistingBound>> existing)
    {
        var sb = new StringBuilder("constraint,source,method,computed,cl,default,mass_GeV,g,status,coupling\n");
        foreach (var (coupling, bounds) in existing)
            foreach (var b in bounds)
                for (int i = 0; i < b.Masses.Count; i++)
                    sb.Append(Quote(b.Name)).Append(',').Append(Quote(b.Source)).Append(',').Append(b.Entry.Method).Append(',')
                      .Append(b.Computed ? "yes" : "no").Append(',').Append(b.Entry.Cl.ToString(CultureInfo.InvariantCulture)).Append(',')
                      .Append(b.Default ? "yes" : "no").Append(',').Append(OutputNumber.Text(b.Masses[i], "mass_GeV")).Append(',')
                      .Append(OutputNumber.Text(b.Couplings[i], "g")).Append(',').Append(b.Entry.Status).Append(',').Append(coupling).Append('\n');
        return sb.ToString();
    }

    static string Quote(string s) => "\"" + s.Replace("\"", "\"\"") + "\"";

    /// <summary>bounds.json of <c>secretnu bounds</c>: the version, the rate normalisation, the masses asked for, the
    /// tabulated constraints and the whole catalog (selections, measurements, notes).</summary>
    public static string BoundsJson(IReadOnlyDictionary<string, IReadOnlyList<ExistingBound>> existing, Decays.RateNormalisation normalisation, string masses) =>
        JsonOutput.Serialize(new BoundsJson(Decays.RateNormalisationExtensions.Name(normalisation), masses, Existing(existing), ConstraintCatalog.All));

    /// <summary>"existing_constraints": one object per coupling and constraint, with its tabulated curve.</summary>
    public static IReadOnlyList<ExistingConstraintJson> Existing(IReadOnlyDictionary<string, IReadOnlyList<ExistingBound>> existing) =>
        existing.SelectMany(kv => kv.Value.Select(b => (Coupling: kv.Key, Bound: b))).Select(x =>
        {
            var e = x.Bound.Entry;
            return new ExistingConstraintJson(e.Name, e.Id, x.Coupling, e.Source, e.Citation, e.Observable, e.Method, e.Computed, e.Cl, e.Default,
                e.Status, e.VariantOf, e.Note, x.Bound.Masses, x.Bound.Couplings);
        }).ToArray();

    /// <summary>"verdicts" (against "all" and "computed") and "verdict_scenarios" (every other scenario).</summary>
    public static (IReadOnlyList<VerdictJson> Verdicts, IReadOnlyList<VerdictJson> Scenarios) Verdicts(IReadOnlyList<Verdict> verdicts) =>
        (verdicts.Where(v => v.Against is "all" or "computed").Select(Document).ToArray(),
         verdicts.Where(v => v.Against is not ("all" or "computed")).Select(Document).ToArray());

    static VerdictJson Document(Verdict v) => new(v.Experiment, v.Coupling, v.Against, v.Ranges.Select(r => Pair(r.Lo, r.Hi)).ToArray(),
        v.Deciding.Select(d => new DecidingJson(Pair(d.Lo, d.Hi), d.Constraint)).ToArray());

    static double[] Pair(double lo, double hi) => [lo, hi];

    /// <summary>"paper_statements": each statement, experiment, the covered fraction of each claimed range and the result.</summary>
    public static IReadOnlyList<PaperStatementJson> Statements(IReadOnlyList<StatementCheck> checks) =>
        checks.Select(c => new PaperStatementJson(c.Statement.Text, c.Statement.Coupling, c.Experiment, c.Result,
            c.Statement.Beats.Select(r => Pair(r.Lo, r.Hi)).ToArray(), c.Covered, c.CoveredSeedMode)).ToArray();

    /// <summary>Ranges in MeV for text: "52.1–100 MeV, 120–150 MeV" or "nowhere".</summary>
    public static string Ranges(IEnumerable<(double Lo, double Hi)> ranges)
    {
        var parts = ranges.Select(r => r.Hi / r.Lo < 1.0001 ? $"{Mev(r.Lo)} MeV" : $"{Mev(r.Lo)}–{Mev(r.Hi)} MeV").ToArray();
        return parts.Length == 0 ? "nowhere" : string.Join(", ", parts);
    }

    /// <summary>Deciding constraints in text: "52.1–70.5 MeV: PIENU R_π; 70.5–100 MeV: NA62 R_K".</summary>
    public static string Deciding(IEnumerable<DecidingRange> deciding) =>
        string.Join("; ", deciding.Select(d => $"{Mev(d.Lo)}–{Mev(d.Hi)} MeV: {d.Constraint}"));

    /// <summary>A mass in MeV with three significant digits.</summary>
    public static string Mev(double gev) => (gev * 1e3).ToString("G3", CultureInfo.InvariantCulture);
}

/// <summary>bounds.json of <c>secretnu bounds</c> (docs/outputs.md).</summary>
/// <param name="RateNormalisation">"rate_normalisation": the name of the rate normalisation used</param>
/// <param name="Masses">"masses": the masses asked for, as given</param>
/// <param name="ExistingConstraints">"existing_constraints": the tabulated constraints</param>
/// <param name="Catalog">"catalog": every constraint of the embedded catalog, as in constraints.json</param>
public sealed record BoundsJson(
    string RateNormalisation,
    string Masses,
    IReadOnlyList<ExistingConstraintJson> ExistingConstraints,
    IReadOnlyList<ConstraintEntry> Catalog) : OutputDocument;

/// <summary>One coupling and constraint of "existing_constraints" (limits.json, limit.json, bounds.json).</summary>
/// <param name="Name">"name": label on figures</param>
/// <param name="Id">"id": the catalog key</param>
/// <param name="Coupling">"coupling": the coupling it bounds</param>
/// <param name="Source">"source": arXiv id or reference</param>
/// <param name="Citation">"citation"</param>
/// <param name="Observable">"observable": what was measured</param>
/// <param name="Method">"method": how the bound is obtained</param>
/// <param name="Computed">"computed": from SecretNu's rates (else quoted)</param>
/// <param name="Cl">"cl": its confidence level</param>
/// <param name="Default">"default": in the default envelope</param>
/// <param name="Status">"status": "confirmed" or "unconfirmed"</param>
/// <param name="VariantOf">"variant_of": the constraint this is another reading of (absent if none)</param>
/// <param name="Note">"note" (absent if none)</param>
/// <param name="MassesGeV">"masses_GeV": the tabulated masses</param>
/// <param name="G">"g": the bound at each mass</param>
public sealed record ExistingConstraintJson(
    string Name,
    string Id,
    string Coupling,
    string Source,
    string Citation,
    string Observable,
    string Method,
    bool Computed,
    double Cl,
    bool Default,
    string Status,
    string? VariantOf,
    string? Note,
    [property: JsonPropertyName("masses_GeV")] IReadOnlyList<double> MassesGeV,
    IReadOnlyList<double> G);

/// <summary>One verdict of "verdicts" or "verdict_scenarios": where a bound curve lies below an envelope of constraints.</summary>
/// <param name="Experiment">"experiment"</param>
/// <param name="Coupling">"coupling"</param>
/// <param name="Against">"against": "all", "computed", or the scenario</param>
/// <param name="RangesGeV">"ranges_GeV": [lo, hi] pairs where the curve is below the envelope</param>
/// <param name="Deciding">"deciding": the constraint that sets the envelope in each part</param>
public sealed record VerdictJson(
    string Experiment,
    string Coupling,
    string Against,
    [property: JsonPropertyName("ranges_GeV")] IReadOnlyList<IReadOnlyList<double>> RangesGeV,
    IReadOnlyList<DecidingJson> Deciding);

/// <summary>A mass range and the constraint deciding the envelope there ("none" when no constraint covers it).</summary>
/// <param name="RangeGeV">"range_GeV": [lo, hi]</param>
/// <param name="Constraint">"constraint": its name</param>
public sealed record DecidingJson([property: JsonPropertyName("range_GeV")] IReadOnlyList<double> RangeGeV, string Constraint);

/// <summary>One statement of the reference paper checked for one experiment ("paper_statements").</summary>
/// <param name="Statement">"statement": its text</param>
/// <param name="Coupling">"coupling"</param>
/// <param name="Experiment">"experiment"</param>
/// <param name="Result">"result": "holds", "holds only with --seed-mode" or "does not hold"</param>
/// <param name="ClaimedRangesGeV">"claimed_ranges_GeV": [lo, hi] pairs</param>
/// <param name="CoveredFraction">"covered_fraction": of each claimed range, in log m</param>
/// <param name="CoveredFractionSeedMode">"covered_fraction_seed_mode": the same with --seed-mode (absent when not computed)</param>
public sealed record PaperStatementJson(
    string Statement,
    string Coupling,
    string Experiment,
    string Result,
    [property: JsonPropertyName("claimed_ranges_GeV")] IReadOnlyList<IReadOnlyList<double>> ClaimedRangesGeV,
    IReadOnlyList<double> CoveredFraction,
    IReadOnlyList<double>? CoveredFractionSeedMode);
