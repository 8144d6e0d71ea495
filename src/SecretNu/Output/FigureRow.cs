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

    /// <summary>A row of <paramref name="panels"/>, left to right (at least one).</summary>
    public FigureRow(params Figure[] panels)
    {
        ArgumentNullException.ThrowIfNull(panels);
        if (panels.Length == 0) throw new ArgumentException("a row needs at least one panel", nameof(panels));
        if (panels.Any(p => p is null)) throw new ArgumentNullException(nameof(panels), "a panel is null");
        Panels = [.. panels];
    }

    internal override void Draw(SKCanvas canvas, int width, int height)
    {
        float panelWidth = width / (float)Panels.Count;
        var renderers = Panels.Select(p => new PanelRenderer(p, panelWidth, height)).ToList();
        PanelRenderer.Margins shared = renderers.Select(r => r.RequiredMargins).Aggregate(PanelRenderer.Margins.Max);
        for (int i = 0; i < renderers.Count; i++)
            renderers[i].Draw(canvas, SKRect.Create(i * panelWidth, 0, panelWidth, height), shared);
    }
}
