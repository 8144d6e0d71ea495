using System.Text;
using SecretNu.Physics;
using SecretNu.Scans;

namespace SecretNu.Output;

/// <summary>The files of <c>secretnu plane</c>: plane.csv (mass_GeV,g1,g2 around each contour), plane.json and the
/// figure (docs/outputs.md). Every text and the figure are built before the first file is written.</summary>
public static class PlaneReport
{
    /// <summary>Writes the files into <paramref name="dir"/> and returns their paths.</summary>
    public static IReadOnlyList<string> Write(PlaneResult result, string dir)
    {
        var r = result.Request;
        string csv = Csv(result), json = Json(result);
        var figure = Figure(result);
        AtomicFiles.WriteText(Path.Combine(dir, "plane.csv"), csv);
        AtomicFiles.WriteText(Path.Combine(dir, "plane.json"), json);
        figure.Save(Path.Combine(dir, "plane"), 1000, 800);
        return new[] { "plane.csv", "plane.json", "plane.png", "plane.svg" }.Select(f => Path.Combine(dir, f)).ToArray();
    }

    public static string Csv(PlaneResult result)
    {
        var r = result.Request;
        var csv = new StringBuilder(Provenance.CommentLine($"{r.ConfidenceLevel * 100:G3} % CL contour in the plane g_{r.First.Label}, g_{r.Second.Label}", "plane.json"));
        csv.Append("mass_GeV,g1,g2\n");
        foreach (var p in result.Contours)
            foreach (var (a, b) in p.Points)
                csv.Append(OutputNumber.Text(p.Mass, "mass_GeV")).Append(',').Append(OutputNumber.Text(a, "g1")).Append(',').Append(OutputNumber.Text(b, "g2")).Append('\n');
        return csv.ToString();
    }

    public static string Json(PlaneResult result) => JsonOutput.Write(w =>
    {
        var r = result.Request;
        w.WriteStartObject();
        Provenance.Write(w, result.Data, result.InputFiles);
        CardJson.Write(w, "experiment", r.Card);
        w.WriteString("g1", r.First.Label);
        w.WriteString("g2", r.Second.Label);
        w.WriteNumber("confidence_level", r.ConfidenceLevel);
        w.WriteNumber("delta_chi2_two_parameters", r.Threshold);
        w.WriteString("truth", r.Truth?.ToString() ?? "standard model");
        w.WriteString("note", "The rates depend on the couplings through g² only: the positive quadrant is shown.");
        w.WriteStartArray("contours");
        foreach (var p in result.Contours)
        {
            w.WriteStartObject();
            w.WriteFinite("mass_GeV", p.Mass);
            w.WriteNumber("points", p.Points.Count);
            w.WriteBoolean("g1_zero_allowed", p.G1ZeroAllowed);
            w.WriteBoolean("g2_zero_allowed", p.G2ZeroAllowed);
            if (p.Separate is bool sep) w.WriteBoolean("couplings_determined_separately", sep);
            w.WriteString("note", p.Describe(r.First.Label, r.Second.Label));
            w.WriteEndObject();
        }
        w.WriteEndArray();
        w.WriteEndObject();
    });

    /// <summary>The contours: linear axes for one mass, log-log for several; a region around a Z′ truth is closed.</summary>
    public static Figure Figure(PlaneResult result)
    {
        var r = result.Request;
        static string G(string c) => $"g_{{{c.Replace("mu", "μ").Replace("tau", "τ")}}}";
        bool single = result.Contours.Count == 1;
        var fig = new Figure
        {
            Title = $"{r.ConfidenceLevel * 100:G3} % CL, two parameters{(r.Truth is null ? ", SM truth" : $", truth {r.Truth}")}",
            XLabel = G(r.First.Label),
            YLabel = G(r.Second.Label),
            XScale = single ? AxisScale.Linear : AxisScale.Log,
            YScale = single ? AxisScale.Linear : AxisScale.Log,
        };
        FigureColor[] colours = [FigureColor.Blue, FigureColor.Red, FigureColor.Green, FigureColor.Purple, FigureColor.Orange, FigureColor.Black];
        for (int i = 0; i < result.Contours.Count; i++)
        {
            var p = result.Contours[i];
            var pts = p.Truth && p.Points.Count > 2 ? p.Points.Append(p.Points[0]).ToArray() : p.Points.ToArray();
            fig.Line(pts.Select(q => q.G1).ToArray(), pts.Select(q => q.G2).ToArray(), LineStyle.Solid(colours[i % colours.Length], 2.5),
                $"m_{{Z′}} = {Units.FormatEnergy(p.Mass)}");
        }
        if (single && result.Contours[0].Points.Count > 0)
        {
            double max = result.Contours[0].Points.Max(q => Math.Max(q.G1, q.G2)) * 1.15;
            fig.SetXLimits(0, max).SetYLimits(0, max);
        }
        return fig;
    }
}
