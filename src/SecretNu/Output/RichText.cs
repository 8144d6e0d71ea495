using System.Globalization;
using System.Text;
using SkiaSharp;

namespace SecretNu.Output;

/// <summary>Horizontal anchor of a text relative to its reference point.</summary>
internal enum HAnchor { Left, Center, Right }

/// <summary>Vertical anchor of a text relative to its reference point.</summary>
internal enum VAnchor { Baseline, Top, Middle, Bottom }

/// <summary>
/// Text with TeX-like sub- and superscripts, the markup every label, title, legend entry and annotation accepts:
/// <c>_x</c> or <c>_{xy}</c> lowers, <c>^x</c> or <c>^{xy}</c> raises (x is one character with its combining marks),
/// a backslash takes the next character literally. So "m_{Z′} [MeV]", "g_{eτ}", "ν̄_μ", "10^{−3}".
/// Each run is drawn as one text element, so an SVG holds the runs' plain text.
/// </summary>
internal sealed class RichText
{
    /// <summary>Size of a sub- or superscript relative to the main text.</summary>
    const float ScriptScale = 0.7f;
    /// <summary>Baseline raise of a superscript and drop of a subscript, in units of the main size.</summary>
    const float SuperRaise = 0.40f, SubDrop = 0.18f;

    internal enum Script { Normal, Sub, Super }

    internal readonly record struct Run(string Text, Script Script);

    /// <summary>Width, height above the baseline and depth below it, in pixels.</summary>
    internal readonly record struct Extent(float Width, float Ascent, float Descent)
    {
        public float Height => Ascent + Descent;
    }

    public IReadOnlyList<Run> Runs { get; }

    RichText(IReadOnlyList<Run> runs) => Runs = runs;

    /// <summary>The text without markup.</summary>
    public string Plain => string.Concat(Runs.Select(r => r.Text));

    /// <summary>Parses the markup; never throws (an unclosed brace runs to the end).</summary>
    public static RichText Parse(string markup)
    {
        var runs = new List<Run>();
        var normal = new StringBuilder();
        void Flush()
        {
            if (normal.Length > 0) runs.Add(new(normal.ToString(), Script.Normal));
            normal.Clear();
        }

        int i = 0;
        while (i < markup.Length)
        {
            char c = markup[i];
            if (c == '\\' && i + 1 < markup.Length)
            {
                normal.Append(markup[i + 1]);
                i += 2;
            }
            else if ((c == '_' || c == '^') && i + 1 < markup.Length)
            {
                string group;
                if (markup[i + 1] == '{')
                {
                    int close = markup.IndexOf('}', i + 2);
                    int end = close < 0 ? markup.Length : close;
                    group = markup[(i + 2)..end];
                    i = close < 0 ? markup.Length : close + 1;
                }
                else
                {
                    group = StringInfo.GetNextTextElement(markup, i + 1);
                    i += 1 + group.Length;
                }
                Flush();
                if (group.Length > 0) runs.Add(new(group.Replace("\\", ""), c == '_' ? Script.Sub : Script.Super));
            }
            else
            {
                normal.Append(c);
                i++;
            }
        }
        Flush();
        return new RichText(runs);
    }

    /// <summary>The extent of the text drawn at <paramref name="size"/> pixels.</summary>
    public Extent Measure(float size)
    {
        float width = 0, ascent = 0, descent = 0;
        foreach (Run run in Runs)
        {
            (float runSize, float shift) = Geometry(run.Script, size);
            using SKFont font = FigureFont.At(runSize);
            width += font.MeasureText(run.Text);
            SKFontMetrics m = font.Metrics;
            float cap = m.CapHeight > 0 ? m.CapHeight : -m.Ascent * 0.72f;
            ascent = Math.Max(ascent, cap - shift);
            descent = Math.Max(descent, m.Descent + shift);
        }
        return new Extent(width, ascent, descent);
    }

    /// <summary>
    /// Draws the text with its anchor point at (<paramref name="x"/>, <paramref name="y"/>); when
    /// <paramref name="vertical"/> it reads bottom to top, turned about that point.
    /// </summary>
    public void Draw(SKCanvas canvas, float x, float y, float size, SKColor color,
        HAnchor h = HAnchor.Left, VAnchor v = VAnchor.Baseline, bool vertical = false)
    {
        Extent e = Measure(size);
        float left = h switch { HAnchor.Center => -e.Width / 2, HAnchor.Right => -e.Width, _ => 0 };
        float baseline = v switch
        {
            VAnchor.Top => e.Ascent,
            VAnchor.Middle => (e.Ascent - e.Descent) / 2,
            VAnchor.Bottom => -e.Descent,
            _ => 0,
        };

        int saved = canvas.Save();
        canvas.Translate(x, y);
        if (vertical) canvas.RotateDegrees(-90);
        using var paint = new SKPaint { Color = color, IsAntialias = true, Style = SKPaintStyle.Fill };
        float pen = left;
        foreach (Run run in Runs)
        {
            (float runSize, float shift) = Geometry(run.Script, size);
            using SKFont font = FigureFont.At(runSize);
            canvas.DrawText(run.Text, pen, baseline + shift, SKTextAlign.Left, font, paint);
            pen += font.MeasureText(run.Text);
        }
        canvas.RestoreToCount(saved);
    }

    /// <summary>Font size and downward baseline shift of a run.</summary>
    static (float Size, float Shift) Geometry(Script script, float size) => script switch
    {
        Script.Super => (size * ScriptScale, -SuperRaise * size),
        Script.Sub => (size * ScriptScale, SubDrop * size),
        _ => (size, 0f),
    };
}
