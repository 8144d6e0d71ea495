namespace SecretNu.Output;

/// <summary>
/// The files of one run, built in memory first (texts, and figures rendered to PNG and SVG at their own size) and
/// written together by <see cref="WriteTo"/>: a non-finite number or a figure that cannot be drawn fails before any
/// file exists. Each file is written whole or not at all (<see cref="AtomicFiles"/>).
/// </summary>
public sealed class OutputFiles
{
    readonly List<(string Name, string Text)> texts = [];
    readonly List<(string Stem, Task<(byte[] Png, byte[] Svg)> Rendered)> figures = [];

    /// <summary>Adds a UTF-8 text file (no BOM), e.g. "limit.csv".</summary>
    /// <param name="name">File name inside the output directory.</param>
    /// <param name="text">Its whole content.</param>
    public OutputFiles Text(string name, string text)
    {
        texts.Add((name, text));
        return this;
    }

    /// <summary>Adds <c>stem.png</c> and <c>stem.svg</c>, rendered at the figure's own <see cref="FigureBase.Width"/> × <see cref="FigureBase.Height"/>
    /// in the background (each figure is its own plot, so they render side by side; the bytes do not depend on it).</summary>
    /// <param name="stem">File name without extension inside the output directory, e.g. "fig2".</param>
    /// <param name="figure">The figure.</param>
    public OutputFiles Figure(string stem, FigureBase figure)
    {
        figures.Add((stem, Task.Run(figure.Render)));
        return this;
    }

    /// <summary>Adds <c>stem.png</c> and <c>stem.svg</c> rendered before (<see cref="FigureBase.Render"/>).</summary>
    public OutputFiles Figure(string stem, byte[] png, byte[] svg)
    {
        figures.Add((stem, Task.FromResult((png, svg))));
        return this;
    }

    /// <summary>How many files <see cref="WriteTo"/> writes: every text, and a PNG and an SVG per figure.</summary>
    public int Count => texts.Count + 2 * figures.Count;

    /// <summary>Writes the texts, then the figures, into <paramref name="directory"/> (created when missing).</summary>
    /// <returns>The paths written, in that order (a figure's PNG before its SVG).</returns>
    /// <exception cref="InputException">The directory cannot be written.</exception>
    public IReadOnlyList<string> WriteTo(string directory)
    {
        // every figure is rendered (or has failed, with its own exception) before the first file is written
        var rendered = figures.Select(f => (f.Stem, Bytes: f.Rendered.GetAwaiter().GetResult())).ToArray();
        Directory.CreateDirectory(directory);
        var paths = new List<string>();
        foreach (var (name, text) in texts)
        {
            string path = Path.Combine(directory, name);
            AtomicFiles.WriteText(path, text);
            paths.Add(path);
        }
        foreach (var (stem, (png, svg)) in rendered)
        {
            string path = Path.Combine(directory, stem);
            AtomicFiles.WriteAll(path, [(".png", png), (".svg", svg)]);
            paths.Add(path + ".png");
            paths.Add(path + ".svg");
        }
        return paths;
    }
}
