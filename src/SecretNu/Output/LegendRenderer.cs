using SkiaSharp;

namespace SecretNu.Output;

/// <summary>
/// The legend: one row per labelled item (line sample, band or region swatch, then the label with markup), in a
/// white box in a corner of the data area. <see cref="LegendPosition.Auto"/> takes the corner that covers the fewest
/// drawn points and annotations.
/// </summary>
internal static class LegendRenderer
{
    static readonly LegendPosition[] AutoOrder =
        [LegendPosition.UpperRight, LegendPosition.UpperLeft, LegendPosition.LowerRight, LegendPosition.LowerLeft];

    public static void Draw(SKCanvas canvas, IReadOnlyList<PlotItem> items, LegendPosition position, SKRect data,
        float size, float scale, float inset, IReadOnlyList<SKPoint> obstacles)
    {
        var entries = items.Where(i => i.Label is not null).Select(i => (Item: i, Text: RichText.Parse(i.Label!))).ToList();
        if (position == LegendPosition.Hidden || entries.Count == 0) return;

        float row = 1.45f * size, padding = 0.6f * size, sample = 2.6f * size, textGap = 0.5f * size;
        var (width, height) = Size(items, size);
        if (position != LegendPosition.OutsideRight && (width > data.Width || height > data.Height)) return; // no room: leave the data visible instead

        SKRect box = position switch
        {
            LegendPosition.Auto => AutoOrder.Select(p => Place(p, data, width, height, inset)).MinBy(r => Covered(r, obstacles)),
            LegendPosition.OutsideRight => SKRect.Create(data.Right + inset, data.Top, width, height),
            _ => Place(position, data, width, height, inset),
        };

        using (var fill = new SKPaint { Color = new SKColor(255, 255, 255, 235), Style = SKPaintStyle.Fill })
            canvas.DrawRect(box, fill);
        using (var border = new SKPaint { Color = new SKColor(0x99, 0x99, 0x99), Style = SKPaintStyle.Stroke, StrokeWidth = Math.Max(0.7f, 0.8f * scale), IsAntialias = true })
            canvas.DrawRect(box, border);

        float cap;
        using (SKFont font = FigureFont.At(size)) cap = font.Metrics.CapHeight;
        for (int i = 0; i < entries.Count; i++)
        {
            float cy = box.Top + padding + i * row + 0.5f * (row - 0.35f * size);
            float x0 = box.Left + padding;
            DrawSample(canvas, entries[i].Item, SKRect.Create(x0, cy - 0.4f * size, sample, 0.8f * size), scale);
            entries[i].Text.Draw(canvas, x0 + sample + textGap, cy + cap / 2, size, SKColors.Black);
        }
    }

    /// <summary>Width and height of the legend box for these items at text size <paramref name="size"/> (0, 0 without labels).</summary>
    public static (float Width, float Height) Size(IReadOnlyList<PlotItem> items, float size)
    {
        var texts = items.Where(i => i.Label is not null).Select(i => RichText.Parse(i.Label!)).ToList();
        if (texts.Count == 0) return (0, 0);
        float row = 1.45f * size, padding = 0.6f * size, sample = 2.6f * size, textGap = 0.5f * size;
        return (2 * padding + sample + textGap + texts.Max(t => t.Measure(size).Width), 2 * padding + texts.Count * row - 0.35f * size);
    }

    static SKRect Place(LegendPosition p, SKRect data, float w, float h, float inset) => p switch
    {
        LegendPosition.UpperLeft => SKRect.Create(data.Left + inset, data.Top + inset, w, h),
        LegendPosition.LowerLeft => SKRect.Create(data.Left + inset, data.Bottom - inset - h, w, h),
        LegendPosition.LowerRight => SKRect.Create(data.Right - inset - w, data.Bottom - inset - h, w, h),
        _ => SKRect.Create(data.Right - inset - w, data.Top + inset, w, h),
    };

    static int Covered(SKRect box, IReadOnlyList<SKPoint> obstacles)
    {
        SKRect grown = SKRect.Inflate(box, 3, 3);
        int n = 0;
        foreach (SKPoint p in obstacles)
            if (grown.Contains(p)) n++;
        return n;
    }

    static void DrawSample(SKCanvas canvas, PlotItem item, SKRect r, float scale)
    {
        switch (item)
        {
            case LineItem l:
                StrokeLine(canvas, r, l.Style, scale);
                break;
            case HorizontalLineItem h:
                StrokeLine(canvas, r, h.Style, scale);
                break;
            case BandItem b:
                using (var fill = new SKPaint { Color = b.Fill.ToSk(), Style = SKPaintStyle.Fill })
                    canvas.DrawRect(r, fill);
                break;
            case ExclusionItem e:
                using (var fill = new SKPaint { Color = e.Fill.ToSk(), Style = SKPaintStyle.Fill })
                    canvas.DrawRect(r, fill);
                using (var edge = new SKPaint { Color = e.Edge.ToSk(), Style = SKPaintStyle.Stroke, StrokeWidth = 1.2f * scale, IsAntialias = true })
                    canvas.DrawLine(r.Left, r.Bottom, r.Right, r.Bottom, edge);
                break;
        }
    }

    static void StrokeLine(SKCanvas canvas, SKRect r, LineStyle style, float scale)
    {
        float width = (float)style.Width * scale;
        float[]? intervals = style.Intervals(width);
        using var paint = new SKPaint
        {
            Color = style.Color.ToSk(),
            Style = SKPaintStyle.Stroke,
            StrokeWidth = width,
            IsAntialias = true,
            PathEffect = intervals is null ? null : SKPathEffect.CreateDash(intervals, 0),
        };
        canvas.DrawLine(r.Left, r.MidY, r.Right, r.MidY, paint);
    }
}
