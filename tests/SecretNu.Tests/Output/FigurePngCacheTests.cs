using SecretNu.Output;

namespace SecretNu.Tests.Output;

/// <summary>Issue 14: the PNG of a figure is kept in the persistent cache under its SVG's SHA-256. A cached PNG is the PNG
/// that drawing gives, another figure never reads it, and a damaged entry is drawn again.</summary>
public class FigurePngCacheTests
{
    static Figure Make(string title) => new Figure { Title = title, Width = 320, Height = 240 }
        .SetXLimits(1, 10).SetYLimits(1, 10).Line([1, 2, 5, 10], [1, 3, 2, 8], LineStyle.Solid(FigureColor.Black), "curve");

    [Fact]
    public void CachedPngsAreTheDrawnOnesAndDamagedEntriesAreDrawnAgain()
    {
        using var tmp = new TempDirectory();
        string? before = CacheFile.Directory;
        CacheFile.Directory = tmp.Path;
        try
        {
            byte[] drawn = Make("a").ToPng();
            var (png, svg) = Make("a").Render();
            Assert.Equal(drawn, png);
            Assert.Equal(Make("a").ToSvg(), svg);
            string entry = Assert.Single(Directory.GetFiles(tmp.Path, "*.png"));

            Assert.Equal(drawn, Make("a").Render().Png); // read back
            Assert.Single(Directory.GetFiles(tmp.Path, "*.png"));

            // another figure (only its title differs) has another SVG, so another entry
            var other = Make("b").Render().Png;
            Assert.Equal(Make("b").ToPng(), other);
            Assert.NotEqual(drawn, other);
            Assert.Equal(2, Directory.GetFiles(tmp.Path, "*.png").Length);

            // data that differ below the SVG's 6 digits give the same SVG but not the same PNG key
            static Figure Near(double y) => new Figure { Title = "a", Width = 320, Height = 240 }
                .SetXLimits(1, 10).SetYLimits(1, 10).Line([1, 2, 5, 10], [1, y, 2, 8], LineStyle.Solid(FigureColor.Black), "curve");
            Assert.Equal(Near(3).ToSvg(), Near(3 * (1 + 1e-9)).ToSvg());
            Near(3).Render();
            int entries = Directory.GetFiles(tmp.Path, "*.png").Length;
            Assert.Equal(Near(3 * (1 + 1e-9)).ToPng(), Near(3 * (1 + 1e-9)).Render().Png);
            Assert.Equal(entries + 1, Directory.GetFiles(tmp.Path, "*.png").Length);

            byte[] bytes = File.ReadAllBytes(entry);
            bytes[bytes.Length / 2] ^= 0xFF; // fails its SHA-256
            File.WriteAllBytes(entry, bytes);
            Assert.Equal(drawn, Make("a").Render().Png);
            Assert.NotEqual(bytes, File.ReadAllBytes(entry)); // rewritten
        }
        finally
        {
            CacheFile.Directory = before;
        }
    }

    [Fact]
    public void WithoutACacheTheFigureIsDrawn()
    {
        string? before = CacheFile.Directory;
        CacheFile.Directory = null;
        try
        {
            Assert.Equal(Make("a").ToPng(), Make("a").Render().Png);
        }
        finally
        {
            CacheFile.Directory = before;
        }
    }
}
