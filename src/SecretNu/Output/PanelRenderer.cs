using ScottPlot;
using ScottPlot.AxisPanels;
using ScottPlot.TickGenerators;
using SkiaSharp;

namespace SecretNu.Output;

/// <summary>
/// Draws one <see cref="Figure"/> into a rectangle of a canvas. ScottPlot draws the data (fills, polygons, lines)
/// in a data area this class places (fixed padding); ticks, tick labels, axis labels, title, annotations and the
/// legend are drawn here with the embedded font, since ScottPlot 5 has neither log axes nor sub/superscripts.
/// </summary>
internal sealed class PanelRenderer
{
    /// <summary>Space around the data area, in pixels.</summary>
    internal readonly record struct Margins(float Left, float Right, float Top, float Bottom)
    {
        /// <summary>The larger of each side, so panels in a row share one data-area size.</summary>
        public static Margins Max(Margins a, Margins b) =>
            new(Math.Max(a.Left, b.Left), Math.Max(a.Right, b.Right), Math.Max(a.Top, b.Top), Math.Max(a.Bottom, b.Bottom));
    }

    /// <summary>The panel size at which <see cref="Figure.FontSize"/> and line widths are taken literally.</summary>
    const float ReferenceWidth = 800, ReferenceHeight = 600;

    readonly Figure figure;
    readonly PanelAxis x, y;
    readonly IReadOnlyList<Tick> xTicks, yTicks;
    readonly float scale, tickSize, labelSize, titleSize, pad, gap, majorLength, minorLength;

    /// <summary>The margins this panel needs for its labels.</summary>
    public Margins RequiredMargins { get; }

    public PanelRenderer(Figure figure, float width, float height)
    {
        this.figure = figure;
        scale = Math.Max(0.2f, Math.Min(width / ReferenceWidth, height / ReferenceHeight));
        tickSize = (float)figure.FontSize * scale;
        labelSize = 1.2f * tickSize;
        titleSize = 1.2f * tickSize;
        pad = 0.5f * tickSize;
        gap = 0.45f * tickSize;
        majorLength = 0.55f * tickSize;
        minorLength = 0.3f * tickSize;

        x = PanelAxis.Resolve("x", figure.XScale, figure.XLimits, DrawablePoints().Select(p => p.X));
        y = PanelAxis.Resolve("y", figure.YScale, figure.YLimits, DrawablePoints().Select(p => p.Y));
        xTicks = AxisTicks.For(x.Scale, x.Lo, x.Hi, Math.Max(2, (int)(width / (4.5f * tickSize))));
        yTicks = AxisTicks.For(y.Scale, y.Lo, y.Hi, Math.Max(2, (int)(height / (2.5f * tickSize))));
        RequiredMargins = Measure();
    }

    /// <summary>Draws the panel into <paramref name="panel"/> with the given margins around its data area.</summary>
    public void Draw(SKCanvas canvas, SKRect panel, Margins m)
    {
        var data = new SKRect(panel.Left + m.Left, panel.Top + m.Top, panel.Right - m.Right, panel.Bottom - m.Bottom);
        if (data.Width < 2 || data.Height < 2) return; // too small to draw anything meaningful

        var obstacles = new List<SKPoint>();
        RenderData(canvas, panel, m, data, obstacles);

        int saved = canvas.Save();
        canvas.ClipRect(data);
        DrawAnnotations(canvas, data, obstacles);
        canvas.RestoreToCount(saved);

        DrawAxes(canvas, panel, data);
        LegendRenderer.Draw(canvas, figure.Items, figure.Legend, data, 0.95f * tickSize, scale, majorLength + 0.4f * tickSize, obstacles);
    }

    // ---- layout -----------------------------------------------------------------------------------------------

    Margins Measure()
    {
        float yTickWidth = 0, yTickHalf = 0, xTickHeight = 0, xTickLastHalf = 0;
        foreach (Tick t in yTicks.Where(t => t.Label is not null))
        {
            RichText.Extent e = RichText.Parse(t.Label!).Measure(tickSize);
            yTickWidth = Math.Max(yTickWidth, e.Width);
            if (t.Position >= y.Hi - 1e-9 * (y.Hi - y.Lo)) yTickHalf = e.Height / 2;
        }
        foreach (Tick t in xTicks.Where(t => t.Label is not null))
        {
            RichText.Extent e = RichText.Parse(t.Label!).Measure(tickSize);
            xTickHeight = Math.Max(xTickHeight, e.Height);
            if (t.Position >= x.Hi - 1e-9 * (x.Hi - x.Lo)) xTickLastHalf = e.Width / 2;
        }
        if (xTickHeight == 0) xTickHeight = RichText.Parse("0").Measure(tickSize).Height;

        float left = pad + yTickWidth + gap + LabelHeight(figure.YLabel, labelSize, gap);
        float bottom = gap + xTickHeight + LabelHeight(figure.XLabel, labelSize, gap) + pad;
        float top = string.IsNullOrWhiteSpace(figure.Title)
            ? Math.Max(1.5f * pad, yTickHalf + 0.5f * pad)
            : pad + RichText.Parse(figure.Title).Measure(titleSize).Height + 1.5f * gap;
        float right = Math.Max(2f * pad, xTickLastHalf + 0.5f * pad);
        if (figure.Legend == LegendPosition.OutsideRight)
            right = Math.Max(right, LegendRenderer.Size(figure.Items, 0.95f * tickSize).Width + majorLength + 0.4f * tickSize + pad);
        return new Margins(left, right, top, bottom);
    }

    static float LabelHeight(string? label, float size, float gap) =>
        string.IsNullOrWhiteSpace(label) ? 0 : RichText.Parse(label).Measure(size).Height + gap;

    /// <summary>Every point that is drawn, in axis units, for fitting the axes to the data.</summary>
    IEnumerable<(double X, double Y)> DrawablePoints()
    {
        AxisScale xs = figure.XScale, ys = figure.YScale;
        foreach (PlotItem item in figure.Items)
        {
            switch (item)
            {
                case LineItem l:
                    foreach (var p in Pairs(l.X, l.Y, xs, ys)) yield return p;
                    break;
                case ExclusionItem e:
                    foreach (var p in Pairs(e.X, e.Y, xs, ys)) yield return p;
                    break;
                case BandItem b:
                    foreach (var p in Pairs(b.X, b.Lower, xs, ys)) yield return p;
                    foreach (var p in Pairs(b.X, b.Upper, xs, ys)) yield return p;
                    break;
                case HorizontalLineItem h:
                    yield return (double.NaN, PanelAxis.ToAxis(ys, h.Y));
                    break;
            }
        }
    }

    static IEnumerable<(double X, double Y)> Pairs(double[] xv, double[] yv, AxisScale xs, AxisScale ys)
    {
        for (int i = 0; i < xv.Length; i++)
        {
            double u = PanelAxis.ToAxis(xs, xv[i]), v = PanelAxis.ToAxis(ys, yv[i]);
            if (!double.IsNaN(u) && !double.IsNaN(v)) yield return (u, v);
        }
    }

    /// <summary>Runs of consecutive points that every array can show, in axis units (invalid points split runs).</summary>
    List<List<double[]>> Runs(double[] xv, params double[][] yvs)
    {
        var runs = new List<List<double[]>>();
        List<double[]>? current = null;
        for (int i = 0; i < xv.Length; i++)
        {
            double u = x.ToAxis(xv[i]);
            double[] point = new double[1 + yvs.Length];
            point[0] = u;
            bool ok = !double.IsNaN(u);
            for (int k = 0; k < yvs.Length && ok; k++)
            {
                point[k + 1] = y.ToAxis(yvs[k][i]);
                ok = !double.IsNaN(point[k + 1]);
            }
            if (!ok)
            {
                current = null;
                continue;
            }
            if (current is null) runs.Add(current = []);
            current.Add(point);
        }
        return runs;
    }

    // ---- data (ScottPlot) -------------------------------------------------------------------------------------

    void RenderData(SKCanvas canvas, SKRect panel, Margins m, SKRect data, List<SKPoint> obstacles)
    {
        using var plot = new Plot();
        plot.FigureBackground.Color = Colors.White;
        plot.DataBackground.Color = Colors.White;
        plot.HideGrid();
        foreach (IAxis axis in plot.Axes.GetAxes())
        {
            axis.TickGenerator = new NumericManual();
            if (axis is AxisBase a)
            {
                a.LabelText = "";
                a.FrameLineStyle.Width = 0;
                a.FrameLineStyle.IsVisible = false;
            }
        }
        plot.Layout.Fixed(new PixelPadding(m.Left, m.Right, m.Bottom, m.Top));
        plot.Axes.SetLimits(x.Lo, x.Hi, y.Lo, y.Hi);

        double top = y.Hi + (y.Hi - y.Lo); // exclusions run past the top edge
        double wideLo = x.Lo - (x.Hi - x.Lo), wideHi = x.Hi + (x.Hi - x.Lo);
        SKPoint Pixel(double u, double v) => new(x.ToPixel(u, data.Left, data.Right), y.ToPixel(v, data.Bottom, data.Top));
        void Obstacle(IEnumerable<(double U, double V)> path) => obstacles.AddRange(Densify(path.Select(p => Pixel(p.U, p.V)).ToList(), 4));

        // drawing order: exclusion fills, bands, exclusion edges, lines, reference lines
        foreach (ExclusionItem e in figure.Items.OfType<ExclusionItem>())
            foreach (var run in Runs(e.X, e.Y).Where(r => r.Count >= 2))
            {
                var corners = run.Select(p => new Coordinates(p[0], p[1]))
                    .Append(new Coordinates(run[^1][0], top)).Append(new Coordinates(run[0][0], top)).ToArray();
                var polygon = plot.Add.Polygon(corners);
                polygon.FillColor = e.Fill.ToScottPlot();
                polygon.LineStyle.IsVisible = false;
            }
        foreach (BandItem b in figure.Items.OfType<BandItem>())
            foreach (var run in Runs(b.X, b.Lower, b.Upper).Where(r => r.Count >= 2))
            {
                var corners = run.Select(p => new Coordinates(p[0], p[2]))
                    .Concat(Enumerable.Reverse(run).Select(p => new Coordinates(p[0], p[1]))).ToArray();
                var polygon = plot.Add.Polygon(corners);
                polygon.FillColor = b.Fill.ToScottPlot();
                polygon.LineStyle.IsVisible = false;
                Obstacle(run.Select(p => (p[0], p[1])));
                Obstacle(run.Select(p => (p[0], p[2])));
            }
        foreach (ExclusionItem e in figure.Items.OfType<ExclusionItem>())
            foreach (var run in Runs(e.X, e.Y).Where(r => r.Count >= 2))
            {
                AddLine(plot, run.Select(p => p[0]), run.Select(p => p[1]), new LineStyle(e.Edge, 1.2));
                Obstacle(run.Select(p => (p[0], p[1])));
            }
        foreach (LineItem l in figure.Items.OfType<LineItem>())
            foreach (var run in Runs(l.X, l.Y).Where(r => r.Count >= 2))
            {
                AddLine(plot, run.Select(p => p[0]), run.Select(p => p[1]), l.Style);
                Obstacle(run.Select(p => (p[0], p[1])));
            }
        foreach (HorizontalLineItem h in figure.Items.OfType<HorizontalLineItem>())
        {
            double v = y.ToAxis(h.Y);
            if (double.IsNaN(v)) continue;
            AddLine(plot, [wideLo, wideHi], [v, v], h.Style);
            Obstacle([(x.Lo, v), (x.Hi, v)]);
        }

        int saved = canvas.Save();
        canvas.ClipRect(panel);
        plot.Render(canvas, new PixelRect(panel.Left, panel.Right, panel.Bottom, panel.Top));
        canvas.RestoreToCount(saved);
    }

    void AddLine(Plot plot, IEnumerable<double> us, IEnumerable<double> vs, LineStyle style)
    {
        var line = plot.Add.ScatterLine(us.ToArray(), vs.ToArray(), style.Color.ToScottPlot());
        float width = (float)style.Width * scale;
        line.LineWidth = width;
        line.MarkerSize = 0;
        float[]? intervals = style.Intervals(width);
        line.LinePattern = intervals is null ? ScottPlot.LinePattern.Solid : new ScottPlot.LinePattern(intervals, 0, style.Pattern.ToString());
    }

    /// <summary>Points along a pixel polyline no further apart than <paramref name="spacing"/>.</summary>
    static IEnumerable<SKPoint> Densify(List<SKPoint> path, float spacing)
    {
        for (int i = 0; i < path.Count; i++)
        {
            if (i > 0)
            {
                SKPoint a = path[i - 1], b = path[i];
                int steps = (int)Math.Min(2000, SKPoint.Distance(a, b) / spacing);
                for (int k = 1; k < steps; k++)
                    yield return new SKPoint(a.X + (b.X - a.X) * k / steps, a.Y + (b.Y - a.Y) * k / steps);
            }
            yield return path[i];
        }
    }

    // ---- text in the data area --------------------------------------------------------------------------------

    void DrawAnnotations(SKCanvas canvas, SKRect data, List<SKPoint> obstacles)
    {
        SKPoint? Pixel(double vx, double vy)
        {
            double u = x.ToAxis(vx), v = y.ToAxis(vy);
            return double.IsNaN(u) || double.IsNaN(v) ? null : new SKPoint(x.ToPixel(u, data.Left, data.Right), y.ToPixel(v, data.Bottom, data.Top));
        }
        void Occupy(SKPoint at, RichText.Extent e, HAnchor h)
        {
            float left = h == HAnchor.Center ? at.X - e.Width / 2 : at.X;
            for (float fx = 0; fx <= 1.001f; fx += 0.25f)
                for (float fy = 0; fy <= 1.001f; fy += 0.5f)
                    for (int w = 0; w < 8; w++) // weigh text heavily: a legend must not cover it
                        obstacles.Add(new SKPoint(left + fx * e.Width, at.Y - e.Ascent + fy * e.Height));
        }

        foreach (PlotItem item in figure.Items)
        {
            switch (item)
            {
                case ExclusionItem { Name: { } name, NameAt: var (nx, ny) } ex when Pixel(nx, ny) is SKPoint at:
                    var text = RichText.Parse(name);
                    text.Draw(canvas, at.X, at.Y, tickSize, ex.Edge.ToSk(), HAnchor.Center, VAnchor.Middle);
                    Occupy(at, text.Measure(tickSize), HAnchor.Center);
                    break;
                case HorizontalLineItem { NameOnLine: true, Name: { } name } h when !double.IsNaN(y.ToAxis(h.Y)):
                    float py = y.ToPixel(y.ToAxis(h.Y), data.Bottom, data.Top);
                    var label = RichText.Parse(name);
                    label.Draw(canvas, data.Right - majorLength - pad, py - 0.35f * tickSize, tickSize, h.Style.Color.ToSk(), HAnchor.Right, VAnchor.Baseline);
                    break;
                case TextItem t when Pixel(t.X, t.Y) is SKPoint at:
                    var annotation = RichText.Parse(t.Text);
                    float size = (float)t.Size * tickSize;
                    annotation.Draw(canvas, at.X, at.Y, size, t.Color.ToSk(), HAnchor.Left, VAnchor.Middle);
                    Occupy(at, annotation.Measure(size), HAnchor.Left);
                    break;
            }
        }
    }

    // ---- frame, ticks and labels ------------------------------------------------------------------------------

    void DrawAxes(SKCanvas canvas, SKRect panel, SKRect data)
    {
        using var stroke = new SKPaint { Color = SKColors.Black, IsAntialias = true, Style = SKPaintStyle.Stroke, StrokeWidth = Math.Max(1f, 1.1f * scale) };
        using var tickPaint = new SKPaint { Color = SKColors.Black, IsAntialias = true, Style = SKPaintStyle.Stroke, StrokeWidth = Math.Max(0.8f, 0.9f * scale) };

        foreach (Tick t in xTicks)
        {
            float px = x.ToPixel(t.Position, data.Left, data.Right);
            float len = t.Major ? majorLength : minorLength;
            canvas.DrawLine(px, data.Bottom, px, data.Bottom - len, tickPaint);
            canvas.DrawLine(px, data.Top, px, data.Top + len, tickPaint);
            if (t.Label is not null)
                RichText.Parse(t.Label).Draw(canvas, px, data.Bottom + gap, tickSize, SKColors.Black, HAnchor.Center, VAnchor.Top);
        }
        foreach (Tick t in yTicks)
        {
            float py = y.ToPixel(t.Position, data.Bottom, data.Top);
            float len = t.Major ? majorLength : minorLength;
            canvas.DrawLine(data.Left, py, data.Left + len, py, tickPaint);
            canvas.DrawLine(data.Right, py, data.Right - len, py, tickPaint);
            if (t.Label is not null)
                RichText.Parse(t.Label).Draw(canvas, data.Left - gap, py, tickSize, SKColors.Black, HAnchor.Right, VAnchor.Middle);
        }
        canvas.DrawRect(data, stroke);

        if (!string.IsNullOrWhiteSpace(figure.XLabel))
            RichText.Parse(figure.XLabel).Draw(canvas, data.MidX, panel.Bottom - pad, labelSize, SKColors.Black, HAnchor.Center, VAnchor.Bottom);
        if (!string.IsNullOrWhiteSpace(figure.YLabel))
            RichText.Parse(figure.YLabel).Draw(canvas, panel.Left + pad, data.MidY, labelSize, SKColors.Black, HAnchor.Center, VAnchor.Top, vertical: true);
        if (!string.IsNullOrWhiteSpace(figure.Title))
            RichText.Parse(figure.Title).Draw(canvas, data.MidX, panel.Top + pad, titleSize, SKColors.Black, HAnchor.Center, VAnchor.Top);
    }
}
