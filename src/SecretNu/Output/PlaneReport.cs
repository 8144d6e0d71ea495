using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization;
using SecretNu.Physics;
using SecretNu.Scans;

namespace SecretNu.Output;

/// <summary>The files of <c>secretnu plane</c>: plane.csv (mass_GeV,g1,g2 around each contour), plane.json and the
/// figure (docs/outputs.md). Every text and the figure are built before the first file is written.</summary>
public static class PlaneReport
{
    /// <summary>Writes plane.csv, plane.json, plane.png and plane.svg into <paramref name="dir"/>; returns their paths in that order.</summary>
    public static IReadOnlyList<string> Write(PlaneResult result, string dir) =>
        new OutputFiles().Text("plane.csv", Csv(result)).Text("plane.json", Json(result)).Figure("plane", Figure(result)).WriteTo(dir);

    /// <summary>plane.csv: the contour points (mass, g1, g2) in order around each contour.</summary>
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

    /// <summary>plane.json: provenance, card, the plane and per mass what the contour allows (<see cref="PlaneJson"/>).</summary>
    public static string Json(PlaneResult result) => JsonOutput.Serialize(Document(result));

    /// <summary>The JSON document of a coupling-plane scan.</summary>
    public static PlaneJson Document(PlaneResult result)
    {
        var r = result.Request;
        return new PlaneJson(JsonOutput.CardElement(r.Card), r.First.Label, r.Second.Label, r.ConfidenceLevel, r.Threshold,
            r.Truth?.ToString() ?? "standard model", "The rates depend on the couplings through g² only: the positive quadrant is shown.",
            result.Contours.Select(p => new PlaneContourJson(p.Mass, p.Points.Count, p.G1ZeroAllowed, p.G2ZeroAllowed, p.Separate,
                p.Describe(r.First.Label, r.Second.Label))).ToArray())
        {
            Inputs = Provenance.Inputs(result.Data, result.InputFiles),
        };
    }

    /// <summary>The contours, 1000 × 800 px: linear axes for one mass, log-log for several; a region around a Z′ truth is closed.</summary>
    public static Figure Figure(PlaneResult result)
    {
        var r = result.Request;
        static string G(string c) => BoundFigure.CouplingMarkup(c);
        bool single = result.Contours.Count == 1;
        var fig = new Figure
        {
            Title = $"{r.ConfidenceLevel * 100:G3} % CL, two parameters{(r.Truth is null ? ", SM truth" : $", truth {r.Truth}")}",
            XLabel = G(r.First.Label),
            YLabel = G(r.Second.Label),
            XScale = single ? AxisScale.Linear : AxisScale.Log,
            YScale = single ? AxisScale.Linear : AxisScale.Log,
            Width = 1000,
            Height = 800,
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

/// <summary>plane.json of <c>secretnu plane</c> (docs/outputs.md).</summary>
/// <param name="Experiment">"experiment": the card (as <see cref="CardJson"/> writes it)</param>
/// <param name="G1">"g1": the coupling on the horizontal axis</param>
/// <param name="G2">"g2": the coupling on the vertical axis</param>
/// <param name="ConfidenceLevel">"confidence_level"</param>
/// <param name="DeltaChi2TwoParameters">"delta_chi2_two_parameters": the Δχ² of the contour</param>
/// <param name="Truth">"truth": "standard model" or the Z′ assumed true</param>
/// <param name="Note">"note"</param>
/// <param name="Contours">"contours": one per mass</param>
public sealed record PlaneJson(
    JsonElement Experiment,
    string G1,
    string G2,
    double ConfidenceLevel,
    double DeltaChi2TwoParameters,
    string Truth,
    string Note,
    IReadOnlyList<PlaneContourJson> Contours) : OutputDocument;

/// <summary>The contour of one mass in plane.json (its points are in plane.csv).</summary>
/// <param name="MassGeV">"mass_GeV": m_Z′</param>
/// <param name="Points">"points": how many points the contour has</param>
/// <param name="G1ZeroAllowed">"g1_zero_allowed"</param>
/// <param name="G2ZeroAllowed">"g2_zero_allowed"</param>
/// <param name="CouplingsDeterminedSeparately">"couplings_determined_separately": with a Z′ truth only</param>
/// <param name="Note">"note": the contour in words</param>
public sealed record PlaneContourJson(
    [property: JsonPropertyName("mass_GeV")] double MassGeV,
    int Points,
    bool G1ZeroAllowed,
    bool G2ZeroAllowed,
    bool? CouplingsDeterminedSeparately,
    string Note);
