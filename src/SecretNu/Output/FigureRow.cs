using SkiaSharp;

namespace SecretNu.Output;

/// <summary>
/// Panels side by side with one shared look (e.g. Fig. 1: neutrinos left, antineutrinos right): each panel gets an
/// equal share of the width, and all use the same margins so their data areas line up and are the same size.
/// </summary>
public sealed class FigureRow : FigureBase
{
    /// <summary>The panels, left to right.</summary>
    public IReadOnlyList<Figure> Panels { get; }

    /// <summary>Optional panels under <see cref="Panels"/> (one per column, e.g. a ratio), sharing their x axes' placement.</summary>
    public IReadOnlyList<Figure>? Lower { get; init; }

    /// <summary>Share of the height that the <see cref="Lower"/> row takes (0.1–0.6).</summary>
    public float LowerFraction { get; init; } = 0.32f;

    /// <summary>A row of <paramref name="panels"/>, left to right (at least one).</summary>
    public FigureRow(params Figure[] panels)
    {
        ArgumentNullException.ThrowIfNull(panels);
        if (panels.Length == 0) throw new ArgumentException("a row needs at least one panel", nameof(panels));
        if (panels.Any(p => p is null)) throw new ArgumentNullException(nameof(panels), "a panel is null");
        Panels = [.. panels];
    }

    private protected override void AddNumbers(List<double> into)
    {
        into.Add(LowerFraction);
        foreach (var panel in Panels.Concat(Lower ?? [])) panel.AddNumbersOf(into);
    }

    internal override void Draw(SKCanvas canvas, int width, int height)
    {
        float panelWidth = width / (float)Panels.Count;
        if (Lower is not { } lower)
        {
            DrawRow(canvas, Panels, panelWidth, 0, height, null);
            return;
        }
        if (lower.Count != Panels.Count) throw new InvalidOperationException($"{lower.Count} lower panels for {Panels.Count} columns");
        float f = Math.Clamp(LowerFraction, 0.1f, 0.6f);
        float topHeight = (1 - f) * height, lowerHeight = height - topHeight;
        // the same left and right margins in both rows, so that each column's x axes line up
        var all = Panels.Select(p => new PanelRenderer(p, panelWidth, topHeight)).Concat(lower.Select(p => new PanelRenderer(p, panelWidth, lowerHeight)))
            .Select(r => r.RequiredMargins).Aggregate(PanelRenderer.Margins.Max);
        DrawRow(canvas, Panels, panelWidth, 0, topHeight, all);
        DrawRow(canvas, lower, panelWidth, topHeight, lowerHeight, all);
    }

    static void DrawRow(SKCanvas canvas, IReadOnlyList<Figure> panels, float panelWidth, float top, float height, PanelRenderer.Margins? sides)
    {
        var renderers = panels.Select(p => new PanelRenderer(p, panelWidth, height)).ToList();
        PanelRenderer.Margins shared = renderers.Select(r => r.RequiredMargins).Aggregate(PanelRenderer.Margins.Max);
        if (sides is { } s) shared = shared with { Left = s.Left, Right = s.Right };
        for (int i = 0; i < renderers.Count; i++)
            renderers[i].Draw(canvas, SKRect.Create(i * panelWidth, top, panelWidth, height), shared);
    }
}
