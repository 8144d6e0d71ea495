using SecretNu.Bounds;
using SecretNu.Scans;

namespace SecretNu.Output;

/// <summary>
/// The seed's Figs. 2–5: the 90 % CL bound on a coupling vs m_Z′ [MeV], log-log, FASERν solid, FASER2ν ×100 / ×1000
/// dashed (blue / green), a band for the generator spread around each curve, existing bounds shaded grey with
/// their names (quoted ones hatched lighter).
/// </summary>
public static class BoundFigure
{
    static readonly FigureColor[] Colours = [FigureColor.Blue, FigureColor.Blue, FigureColor.Green, FigureColor.Purple, FigureColor.Orange, FigureColor.Red];

    public static Figure Create(string couplingLabel, IReadOnlyList<LimitCurve> curves, IReadOnlyList<LimitCurve>? band,
        IReadOnlyList<ExistingBound> existing, string? title = null)
    {
        var fig = new Figure
        {
            Title = title,
            XLabel = "m_{Z′} [MeV]",
            YLabel = $"g_{{{couplingLabel.Replace("mu", "μ").Replace("tau", "τ")}}} (90 % CL)",
        };
        foreach (var b in existing.Where(b => b.Masses.Count > 1))
        {
            var x = b.Masses.Select(m => m * 1e3).ToArray();
            if (b.Name.StartsWith("Z ", StringComparison.Ordinal) || b.Name.StartsWith("Z→", StringComparison.Ordinal) || b.Name.StartsWith("Z →", StringComparison.Ordinal))
                fig.HorizontalLine(b.Couplings[0], LineStyle.Dashed(FigureColor.Black, 1.5), $"{b.Name} ({b.Source})");
            else
                fig.Exclusion(x, b.Couplings.ToArray(), $"{b.Name} ({b.Source})", b.Computed ? FigureColor.Grey.WithOpacity(0.35) : FigureColor.Grey.WithOpacity(0.18));
        }
        for (int i = 0; i < curves.Count; i++)
        {
            var c = curves[i];
            var pts = c.Points.Where(p => p.Coupling is not null).ToArray();
            if (pts.Length == 0) continue;
            var x = pts.Select(p => p.Mass * 1e3).ToArray();
            var y = pts.Select(p => p.Coupling!.Value).ToArray();
            var color = Colours[Math.Min(i, Colours.Length - 1)];
            if (band is not null)
            {
                var lo = pts.Select(p => LimitReport.BandAt(band, c, p.Mass).Min ?? p.Coupling!.Value).ToArray();
                var hi = pts.Select(p => LimitReport.BandAt(band, c, p.Mass).Max ?? p.Coupling!.Value).ToArray();
                fig.Band(x, lo, hi, color, null, 0.18);
            }
            fig.Line(x, y, i == 0 ? LineStyle.Solid(color, 2.5) : LineStyle.Dashed(color, 2.5), Label(c.Experiment));
        }
        fig.SetXLimits(1e-3, 600).SetYLimits(1e-10, 1);
        return fig;
    }

    static string Label(string experiment) => experiment switch
    {
        "faser-nu" => "FASERν (150 fb^{−1})",
        "faser2-nu-x100" => "FASER2ν (×100)",
        "faser2-nu-x1000" => "FASER2ν (×1000)",
        _ => experiment,
    };
}
