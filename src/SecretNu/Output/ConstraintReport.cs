using System.Globalization;
using System.Text;
using System.Text.Json;
using SecretNu.Bounds;

namespace SecretNu.Output;

/// <summary>
/// The existing constraints and the verdicts as files: the long-format CSV of <c>secretnu bounds</c> and the
/// "existing_constraints", "verdicts", "verdict_scenarios" and "paper_statements" blocks of limits.json/bounds.json
/// (docs/outputs.md).
/// </summary>
public static class ConstraintReport
{
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
        JsonOutput.Write(w =>
        {
            w.WriteStartObject();
            Provenance.Write(w, null, []);
            w.WriteString("rate_normalisation", Decays.RateNormalisationExtensions.Name(normalisation));
            w.WriteString("masses", masses);
            WriteExisting(w, existing);
            w.WriteStartArray("catalog");
            foreach (var c in ConstraintCatalog.All) JsonSerializer.Serialize(w, c, ConstraintCatalog.JsonOptions);
            w.WriteEndArray();
            w.WriteEndObject();
        });

    /// <summary>"existing_constraints": one object per coupling and constraint, with its tabulated curve.</summary>
    public static void WriteExisting(Utf8JsonWriter w, IReadOnlyDictionary<string, IReadOnlyList<ExistingBound>> existing)
    {
        w.WriteStartArray("existing_constraints");
        foreach (var (coupling, bounds) in existing)
            foreach (var b in bounds)
            {
                var e = b.Entry;
                w.WriteStartObject();
                w.WriteString("name", e.Name);
                w.WriteString("id", e.Id);
                w.WriteString("coupling", coupling);
                w.WriteString("source", e.Source);
                w.WriteString("citation", e.Citation);
                w.WriteString("observable", e.Observable);
                w.WriteString("method", e.Method);
                w.WriteBoolean("computed", e.Computed);
                w.WriteNumber("cl", e.Cl);
                w.WriteBoolean("default", e.Default);
                w.WriteString("status", e.Status);
                if (e.VariantOf is not null) w.WriteString("variant_of", e.VariantOf);
                if (e.Note is not null) w.WriteString("note", e.Note);
                w.WriteStartArray("masses_GeV");
                foreach (double m in b.Masses) w.WriteFiniteValue(m, "masses_GeV");
                w.WriteEndArray();
                w.WriteStartArray("g");
                foreach (double g in b.Couplings) w.WriteFiniteValue(g, "g");
                w.WriteEndArray();
                w.WriteEndObject();
            }
        w.WriteEndArray();
    }

    /// <summary>"verdicts" (against "all" and "computed") and "verdict_scenarios" (every other scenario).</summary>
    public static void WriteVerdicts(Utf8JsonWriter w, IReadOnlyList<Verdict> verdicts)
    {
        w.WriteStartArray("verdicts");
        foreach (var v in verdicts.Where(v => v.Against is "all" or "computed")) Write(w, v);
        w.WriteEndArray();
        w.WriteStartArray("verdict_scenarios");
        foreach (var v in verdicts.Where(v => v.Against is not ("all" or "computed"))) Write(w, v);
        w.WriteEndArray();
    }

    static void Write(Utf8JsonWriter w, Verdict v)
    {
        w.WriteStartObject();
        w.WriteString("experiment", v.Experiment);
        w.WriteString("coupling", v.Coupling);
        w.WriteString("against", v.Against);
        w.WriteStartArray("ranges_GeV");
        foreach (var (lo, hi) in v.Ranges) Pair(w, lo, hi);
        w.WriteEndArray();
        w.WriteStartArray("deciding");
        foreach (var d in v.Deciding)
        {
            w.WriteStartObject();
            w.WritePropertyName("range_GeV");
            Pair(w, d.Lo, d.Hi);
            w.WriteString("constraint", d.Constraint);
            w.WriteEndObject();
        }
        w.WriteEndArray();
        w.WriteEndObject();
    }

    static void Pair(Utf8JsonWriter w, double lo, double hi)
    {
        w.WriteStartArray();
        w.WriteFiniteValue(lo, "range_GeV");
        w.WriteFiniteValue(hi, "range_GeV");
        w.WriteEndArray();
    }

    /// <summary>"paper_statements": each statement, experiment, the covered fraction of each claimed range and the result.</summary>
    public static void WriteStatements(Utf8JsonWriter w, IReadOnlyList<StatementCheck> checks)
    {
        w.WriteStartArray("paper_statements");
        foreach (var c in checks)
        {
            w.WriteStartObject();
            w.WriteString("statement", c.Statement.Text);
            w.WriteString("coupling", c.Statement.Coupling);
            w.WriteString("experiment", c.Experiment);
            w.WriteString("result", c.Result);
            w.WriteStartArray("claimed_ranges_GeV");
            foreach (var (lo, hi) in c.Statement.Beats) Pair(w, lo, hi);
            w.WriteEndArray();
            w.WriteStartArray("covered_fraction");
            foreach (double f in c.Covered) w.WriteFiniteValue(f, "covered_fraction");
            w.WriteEndArray();
            if (c.CoveredSeedMode is { } s)
            {
                w.WriteStartArray("covered_fraction_seed_mode");
                foreach (double f in s) w.WriteFiniteValue(f, "covered_fraction_seed_mode");
                w.WriteEndArray();
            }
            w.WriteEndObject();
        }
        w.WriteEndArray();
    }

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
