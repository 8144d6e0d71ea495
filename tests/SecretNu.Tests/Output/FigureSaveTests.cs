using System.Xml.Linq;
using SecretNu.Output;
using SkiaSharp;

namespace SecretNu.Tests.Output;

/// <summary>Saving figures: both files, atomically, deterministically, with readable text; clear errors when it cannot.</summary>
public sealed class FigureSaveTests : IDisposable
{
    const int W = 480, H = 360;
    readonly string dir = Directory.CreateTempSubdirectory("secretnu-fig-").FullName;

    public void Dispose()
    {
        if (!OperatingSystem.IsWindows()) File.SetUnixFileMode(dir, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
        Directory.Delete(dir, recursive: true);
    }

    internal static Figure BoundFigure()
    {
        double[] m = [1e-3, 1e-2, 1e-1, 1, 10, 100, 1e3];
        double[] g = [2e-3, 2e-3, 2e-3, 1.5e-3, 8e-4, 1e-3, 1e-2];
        return new Figure { Title = "g_{eτ} at 90% C.L.", XLabel = "m_{Z′} [MeV]", YLabel = "neutrinos / bin", Width = W, Height = H }
            .SetXLimits(1e-3, 1e3).SetYLimits(1e-6, 1)
            .Exclusion(m, g.Select(v => v * 5).ToArray(), "BBN")
            .Exclusion([1, 10, 100], [1e-2, 1e-2, 1e-1], "NA62", nameAt: (10, 0.1))
            .Band(m, g.Select(v => v * 0.7).ToArray(), g.Select(v => v * 1.4).ToArray(), FigureColor.Blue, "spread")
            .Line(m, g, LineStyle.Solid(FigureColor.Blue), "FASERν")
            .Line(m, g.Select(v => v / 10).ToArray(), LineStyle.Dashed(FigureColor.Green), "FASER2ν (×1000)")
            .HorizontalLine(0.3, LineStyle.Dashed(FigureColor.Black), "Z decay")
            .Text(1e-2, 1e-5, "m_{Z′} = 10 MeV");
    }

    /// <summary>All text the SVG draws, run by run, joined by spaces.</summary>
    internal static string SvgText(byte[] svg)
    {
        XDocument doc = XDocument.Parse(System.Text.Encoding.UTF8.GetString(svg));
        return string.Join(" ", doc.Descendants().Where(e => e.Name.LocalName == "text").Select(e => e.Value.Trim()));
    }

    [Fact]
    public void Save_writes_a_png_and_an_svg_with_the_labels_and_nothing_else()
    {
        string path = Path.Combine(dir, "bound");
        BoundFigure().Save(path);

        byte[] png = File.ReadAllBytes(path + ".png");
        Assert.Equal(new byte[] { 0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A }, png[..8]);
        using (SKBitmap bitmap = SKBitmap.Decode(png))
            Assert.Equal((W, H), (bitmap.Width, bitmap.Height));

        string text = SvgText(File.ReadAllBytes(path + ".svg"));
        foreach (string expected in new[] { "neutrinos / bin", "Z′", "[MeV]", "FASERν", "FASER2ν (×1000)", "BBN", "NA62", "Z decay", "spread", "eτ" })
            Assert.Contains(expected, text);

        Assert.Equal(["bound.png", "bound.svg"], Directory.GetFiles(dir).Select(f => Path.GetFileName(f)).Order().ToArray());
    }

    [Fact]
    public void Saving_the_same_figure_twice_gives_identical_bytes()
    {
        // Skia numbers SVG clip paths from a process-wide counter; SvgIds renumbers them per document.
        Figure fig = BoundFigure();
        fig.Save(Path.Combine(dir, "a"));
        BoundFigure().Save(Path.Combine(dir, "b"));
        Assert.Equal(File.ReadAllBytes(Path.Combine(dir, "a.svg")), File.ReadAllBytes(Path.Combine(dir, "b.svg")));
        Assert.Equal(File.ReadAllBytes(Path.Combine(dir, "a.png")), File.ReadAllBytes(Path.Combine(dir, "b.png")));
    }

    [Fact]
    public void Saving_over_an_existing_figure_replaces_it()
    {
        string path = Path.Combine(dir, "fig");
        new Figure { Title = "first", Width = W, Height = H }.Save(path);
        new Figure { Title = "second", Width = W, Height = H }.Save(path);
        Assert.Contains("second", SvgText(File.ReadAllBytes(path + ".svg")));
        Assert.Equal(2, Directory.GetFiles(dir).Length);
    }

    [Fact]
    public void An_unwritable_directory_gives_InputException_naming_it_and_leaves_no_file()
    {
        string locked = Path.Combine(dir, "locked");
        Directory.CreateDirectory(locked);
        if (!OperatingSystem.IsWindows()) File.SetUnixFileMode(locked, UnixFileMode.UserRead | UnixFileMode.UserExecute);
        if (CanWrite(locked)) locked = "/proc"; // root ignores permission bits; nobody can create files in /proc

        var e = Assert.Throws<InputException>(() => BoundFigure().Save(Path.Combine(locked, "fig")));
        Assert.Contains(locked, e.Message);
        Assert.False(File.Exists(Path.Combine(locked, "fig.png")));
        Assert.False(File.Exists(Path.Combine(locked, "fig.svg")));
        Assert.Empty(Directory.GetFiles(locked, ".fig.*"));
    }

    [Fact]
    public void A_missing_directory_gives_InputException_naming_it()
    {
        string missing = Path.Combine(dir, "no", "such");
        var e = Assert.Throws<InputException>(() => BoundFigure().Save(Path.Combine(missing, "fig")));
        Assert.Contains(missing, e.Message);
        Assert.False(Directory.Exists(missing));
    }

    [Fact]
    public void Text_is_drawn_in_the_png_whatever_fonts_the_machine_has()
    {
        // Only the title differs, so any difference in the top rows is the title's glyphs.
        byte[] with = new Figure { Title = "Title", Width = W, Height = H }.SetXLimits(1, 10).SetYLimits(1, 10).ToPng();
        byte[] without = new Figure { Width = W, Height = H }.SetXLimits(1, 10).SetYLimits(1, 10).ToPng();
        using SKBitmap a = SKBitmap.Decode(with);
        int dark = 0;
        for (int yy = 0; yy < 30; yy++)
            for (int xx = 0; xx < W; xx++)
                if (a.GetPixel(xx, yy).Red < 128) dark++;
        Assert.True(dark > 20, $"expected title glyphs in the top rows, found {dark} dark pixels");
        Assert.NotEqual(with, without);
    }

    [Fact]
    public void Characters_special_to_xml_survive_in_the_svg()
    {
        var fig = new Figure { Title = "p < 0.1 & q > \"x\"" }.Line([1, 10], [1, 10], LineStyle.Solid(FigureColor.Red), "a & b");
        string text = SvgText(fig.ToSvg());
        Assert.Contains("p < 0.1 & q > \"x\"", text);
        Assert.Contains("a & b", text);
    }

    [Fact]
    public void A_two_panel_row_saves_both_panels()
    {
        Figure Panel(string title) => new Figure { Title = title, XLabel = "E_ν [GeV]", YLabel = "neutrinos / bin" }
            .Line([10, 100, 1000], [1e5, 1e4, 1e2], LineStyle.Solid(FigureColor.Blue), "ν_μ")
            .Line([10, 100, 1000], [2e5, 1e4, 1e2], LineStyle.Dashed(FigureColor.Blue));
        string path = Path.Combine(dir, "flux");
        new FigureRow(Panel("neutrinos"), Panel("antineutrinos")) { Width = 2 * W, Height = H }.Save(path);

        using (SKBitmap bitmap = SKBitmap.Decode(File.ReadAllBytes(path + ".png")))
            Assert.Equal((2 * W, H), (bitmap.Width, bitmap.Height));
        string text = SvgText(File.ReadAllBytes(path + ".svg"));
        Assert.Contains("antineutrinos", text);
        Assert.Contains("neutrinos / bin", text);
    }

    [Fact]
    public void Bad_sizes_are_rejected_before_anything_is_written()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => { BoundFigure().Width = 0; });
        Assert.Throws<ArgumentOutOfRangeException>(() => { BoundFigure().Height = -5; });
        Assert.Throws<ArgumentOutOfRangeException>(() => { new FigureRow(new Figure()).Width = FigureBase.MaxPixels + 1; });
        Assert.Empty(Directory.GetFiles(dir));
    }

    static bool CanWrite(string directory)
    {
        try
        {
            string probe = Path.Combine(directory, ".probe");
            File.WriteAllText(probe, "");
            File.Delete(probe);
            return true;
        }
        catch (UnauthorizedAccessException)
        {
            return false;
        }
        catch (IOException)
        {
            return false;
        }
    }
}
