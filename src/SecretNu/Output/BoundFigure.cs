using SecretNu.Bounds;
using SecretNu.Scans;

namespace SecretNu.Output;

/// <summary>
/// The seed's Figs. 2–5: the 90 % CL bound on a coupling vs m_Z′ [MeV], log-log, FASERν solid, FASER2ν ×100 / ×1000
/// dashed (blue / green), a band for the generator spread around each curve. The region excluded by the default
/// envelope of existing constraints is shaded grey; every constraint is drawn as its own labelled edge: computed ones
/// solid, quoted ones dashed, alternative readings and model-dependent ones dotted and thin. The legend stands
/// beside the panel, so it covers no curve.
/// </summary>
public static class BoundFigure
{
    static readonly FigureColor[] Colours = [FigureColor.Blue, FigureColor.Blue, FigureColor.Green, FigureColor.Purple, FigureColor.Orange, FigureColor.Red];

    /// <summary>Edge colours of the constraints, in catalog order (none is the blue or green of the FASER curves).</summary>
    static readonly FigureColor[] ConstraintColours =
        [FigureColor.Yellow, FigureColor.Red, FigureColor.Orange, FigureColor.Purple, FigureColor.FromHex("#8C564B"), FigureColor.FromHex("#E377C2"),
         FigureColor.FromHex("#17BECF"), FigureColor.FromHex("#BCBD22"), FigureColor.Black, FigureColor.FromHex("#7F0000"), FigureColor.FromHex("#555555")];

    /// <summary>Size [px] of every bound figure (wider than tall: the legend stands to the right).</summary>
    internal const int PixelWidth = 1500, PixelHeight = 800;

    /// <summary>The bound figure of one coupling: each curve g(m_Z′) (masses plotted in MeV, 1 keV – 600 MeV; g from 1e-10
    /// to 1) over the existing constraints, with optional generator band and realistic-systematics curves; 1500 × 800 px.</summary>
    /// <param name="couplingLabel">Coupling label, e.g. "etau" (shown as g_eτ).</param>
    /// <param name="curves">Bound curves, the first drawn solid and the others dashed.</param>
    /// <param name="band">Curves of the band's generator choices: their min–max at each mass is shaded around each curve; null for none.</param>
    /// <param name="existing">Existing constraints of this coupling direction.</param>
    /// <param name="title">Figure title, or null.</param>
    /// <param name="cl">Confidence level of the curves, for the axis label (0.9 = 90 %).</param>
    /// <param name="realistic">The same experiments under realistic systematics (thin dash-dot), or null.</param>
    public static Figure Create(string couplingLabel, IReadOnlyList<LimitCurve> curves, IReadOnlyList<LimitCurve>? band,
        IReadOnlyList<ExistingBound> existing, string? title = null, double cl = 0.9, IReadOnlyList<LimitCurve>? realistic = null)
    {
        var fig = new Figure
        {
            Title = title,
            XLabel = "m_{Z′} [MeV]",
            YLabel = $"{CouplingMarkup(couplingLabel)} ({cl * 100:G3} % CL)",
            Legend = LegendPosition.OutsideRight,
            Width = PixelWidth,
            Height = PixelHeight,
        };
        ExistingConstraints(fig, existing);
        // the LHC curves take the colours in order; a beam-dump curve (DUNE ND) is black and solid, as in the paper
        var lhc = curves.Where(c => !Dune.BeamDumpScan.IsBeamDump(c)).ToList();
        for (int n = 0; n < curves.Count; n++)
        {
            var c = curves[n];
            var pts = c.Points.Where(p => p.Coupling is not null).ToArray();
            if (pts.Length == 0) continue;
            var x = pts.Select(p => p.Mass * 1e3).ToArray();
            var y = pts.Select(p => p.Coupling!.Value).ToArray();
            if (Dune.BeamDumpScan.IsBeamDump(c))
            {
                if (band is not null) // the parent reconstruction's variations
                    fig.Band(x, pts.Select(p => LimitReport.BandAt(band, c, p.Mass).Min ?? p.Coupling!.Value).ToArray(),
                        pts.Select(p => LimitReport.BandAt(band, c, p.Mass).Max ?? p.Coupling!.Value).ToArray(), FigureColor.Black, null, 0.12);
                fig.Line(x, y, LineStyle.Solid(FigureColor.Black, 2.5), Label(c.Experiment));
                continue;
            }
            int i = lhc.IndexOf(c);
            var color = Colours[Math.Min(i, Colours.Length - 1)];
            if (band is not null)
            {
                var lo = pts.Select(p => LimitReport.BandAt(band, c, p.Mass).Min ?? p.Coupling!.Value).ToArray();
                var hi = pts.Select(p => LimitReport.BandAt(band, c, p.Mass).Max ?? p.Coupling!.Value).ToArray();
                fig.Band(x, lo, hi, color, null, 0.18);
            }
            fig.Line(x, y, i == 0 ? LineStyle.Solid(color, 2.5) : LineStyle.Dashed(color, 2.5), Label(c.Experiment));
        }
        // the same experiments under realistic systematics: thin dash-dot lines of the same colours
        for (int i = 0; i < (realistic?.Count ?? 0); i++)
        {
            var c = realistic![i];
            var pts = c.Points.Where(p => p.Coupling is not null).ToArray();
            var color = Colours[Math.Min(i, Colours.Length - 1)];
            fig.Line(pts.Select(p => p.Mass * 1e3).ToArray(), pts.Select(p => p.Coupling!.Value).ToArray(),
                new LineStyle(color, 1.6, LinePattern.DashDot), $"{Label(c.Experiment)}, realistic syst.");
        }
        fig.SetXLimits(1e-3, 600).SetYLimits(1e-10, 1);
        return fig;
    }

    /// <summary>The constraints on one coupling alone (<c>secretnu bounds</c>), 1500 × 800 px.</summary>
    /// <param name="couplingLabel">Coupling label, e.g. "etau" (shown as g_eτ).</param>
    /// <param name="existing">Existing constraints of this coupling direction.</param>
    public static Figure Constraints(string couplingLabel, IReadOnlyList<ExistingBound> existing)
    {
        var fig = new Figure
        {
            Title = $"existing constraints on {CouplingMarkup(couplingLabel)}",
            XLabel = "m_{Z′} [MeV]",
            YLabel = CouplingMarkup(couplingLabel),
            Legend = LegendPosition.OutsideRight,
            Width = PixelWidth,
            Height = PixelHeight,
        };
        ExistingConstraints(fig, existing);
        return fig.SetXLimits(1e-3, 600).SetYLimits(1e-10, 1);
    }

    /// <summary>The grey envelope of the default constraints, then each constraint's edge, labelled.</summary>
    public static void ExistingConstraints(Figure fig, IReadOnlyList<ExistingBound> existing)
    {
        var defaults = existing.Where(b => b.Default).ToArray();
        var grid = defaults.SelectMany(b => b.Masses).Distinct().Order().ToArray();
        var lookup = defaults.Select(b => b.Masses.Zip(b.Couplings).ToDictionary(p => p.First, p => p.Second)).ToArray();
        var envelope = grid.Select(m => lookup.Select(d => d.TryGetValue(m, out double g) ? g : double.PositiveInfinity).Min()).ToArray();
        foreach (var (xs, ys) in Segments(grid, envelope))
            fig.Exclusion(xs, ys, null, FigureColor.Grey.WithOpacity(0.22));
        fig.Line([], [], LineStyle.Solid(FigureColor.Grey.WithOpacity(0.5), 8), "excluded (default constraints)");

        for (int i = 0; i < existing.Count; i++)
        {
            var b = existing[i];
            var colour = ConstraintColours[i % ConstraintColours.Length];
            var style = !b.Default ? LineStyle.Dotted(colour, 1.6) : b.Computed ? LineStyle.Solid(colour, 2) : LineStyle.Dashed(colour, 2);
            string label = $"{FigureName(b.Name)} ({(b.Computed ? "computed" : "quoted")}{(b.Default ? "" : b.Entry.VariantOf is not null ? ", variant" : ", model-dep.")}" +
                           $"{(b.Entry.Status == "confirmed" ? "" : ", unconfirmed")})";
            bool first = true;
            foreach (var (xs, ys) in Segments(b.Masses.ToArray(), b.Couplings.ToArray()))
            {
                fig.Line(xs, ys, style, first ? label : null);
                first = false;
            }
            if (first) fig.Line([], [], style, label);
        }
    }

    /// <summary>A coupling's name as figure markup: "etau" → "g_{eτ}", "mutau" → "g_{μτ}".</summary>
    public static string CouplingMarkup(string coupling) => $"g_{{{coupling.Replace("mu", "μ").Replace("tau", "τ")}}}";

    /// <summary>A constraint's plain-text name as figure markup: a multi-letter subscript ("N_eff") is braced ("N_{eff}"), since
    /// the markup lowers one character after "_" (single ones, as in "R_π" or "D_s", stay as they are).</summary>
    internal static string FigureName(string name) =>
        System.Text.RegularExpressions.Regex.Replace(name, "_([A-Za-z]{2,})", "_{$1}");

    /// <summary>Contiguous finite runs of (m [GeV] → MeV, g), split where the curve is absent (a gap in the masses wider than
    /// the tabulation step of 20 per decade is a gap in the constraint).</summary>
    static IEnumerable<(double[] X, double[] Y)> Segments(double[] masses, double[] g)
    {
        var xs = new List<double>();
        var ys = new List<double>();
        for (int i = 0; i < masses.Length; i++)
        {
            bool gap = !double.IsFinite(g[i]) || (xs.Count > 0 && masses[i] / (xs[^1] * 1e-3) > Math.Pow(10, 1.5 / ExistingBounds.PointsPerDecade));
            if (gap && xs.Count > 0)
            {
                yield return ([.. xs], [.. ys]);
                xs.Clear();
                ys.Clear();
            }
            if (!double.IsFinite(g[i])) continue;
            xs.Add(masses[i] * 1e3);
            ys.Add(g[i]);
        }
        if (xs.Count > 0) yield return ([.. xs], [.. ys]);
    }

    static string Label(string experiment) => experiment switch
    {
        "faser-nu" => "FASERν (150 fb^{−1})",
        "faser2-nu-x100" => "FASER2ν (×100)",
        "faser2-nu-x1000" => "FASER2ν (×1000)",
        "dune-nd" => "DUNE ND (computed)",
        _ => experiment,
    };
}
