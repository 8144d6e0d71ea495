using SecretNu.Output;

namespace SecretNu.Tests.Output;

/// <summary>Data a log axis cannot show is skipped, never fatal; bad arguments are caught early.</summary>
public sealed class FigureDataTests
{
    [Fact]
    public void Log_axes_skip_nan_infinite_zero_and_negative_points()
    {
        double[] x = [1, 2, double.NaN, 4, -5, 6, 0, 8, double.PositiveInfinity, 10];
        double[] y = [1, -1, 3, double.NegativeInfinity, 5, 0, 7, double.NaN, 9, 10];
        var fig = new Figure { XLabel = "x", YLabel = "y" }
            .Line(x, y, LineStyle.Solid(FigureColor.Red), "line")
            .Band(x, y, y.Select(v => 2 * v).ToArray(), FigureColor.Blue, "band")
            .Exclusion(x, y, "region")
            .HorizontalLine(-1, LineStyle.Dashed(FigureColor.Black), "negative reference")
            .Text(-3, double.NaN, "nowhere");
        Assert.NotEmpty(fig.ToPng());
        Assert.NotEmpty(fig.ToSvg());
    }

    [Fact]
    public void A_figure_with_nothing_drawable_still_renders()
    {
        var fig = new Figure { Title = "empty" }
            .Line([-1, double.NaN], [0, -2], LineStyle.Solid(FigureColor.Red), "invisible")
            .Line([], [], LineStyle.Dashed(FigureColor.Black), "legend only");
        Assert.NotEmpty(fig.ToPng());
        Assert.NotEmpty(new Figure().ToSvg());
    }

    [Fact]
    public void Linear_axes_and_tiny_images_render()
    {
        var fig = new Figure { XScale = AxisScale.Linear, YScale = AxisScale.Linear, XLabel = "E [GeV]", YLabel = "N" }
            .Line([-3, 0, 2.5], [-1, 0, 4], LineStyle.Dotted(FigureColor.Purple), "dots");
        Assert.NotEmpty(fig.ToPng());
        fig.Width = 20;
        fig.Height = 10;
        Assert.NotEmpty(fig.ToPng());
    }

    [Fact]
    public void Log_limits_that_are_not_positive_are_an_input_error()
    {
        var fig = new Figure().SetXLimits(-1, 10);
        var e = Assert.Throws<InputException>(() => fig.ToPng());
        Assert.Contains("x-axis", e.Message);
        fig.XScale = AxisScale.Linear;
        Assert.NotEmpty(fig.ToPng());
    }

    [Fact]
    public void Malformed_arguments_are_rejected_where_they_are_given()
    {
        var fig = new Figure();
        Assert.Throws<ArgumentOutOfRangeException>(() => fig.SetXLimits(10, 1));
        Assert.Throws<ArgumentOutOfRangeException>(() => fig.SetYLimits(double.NaN, 1));
        Assert.Throws<ArgumentException>(() => fig.Line([1, 2, 3], [1, 2], LineStyle.Solid(FigureColor.Red)));
        Assert.Throws<ArgumentException>(() => fig.Band([1, 2], [1, 2], [1], FigureColor.Red));
        Assert.Throws<ArgumentException>(() => new FigureRow());
    }

    [Fact]
    public void Data_given_to_a_figure_is_copied()
    {
        double[] y = [1, 10];
        var fig = new Figure().Line([1, 10], y, LineStyle.Solid(FigureColor.Red));
        byte[] before = fig.ToSvg();
        y[1] = 1e6;
        Assert.Equal(before, fig.ToSvg());
    }

    [Fact]
    public void Colours_parse_from_hex()
    {
        Assert.Equal(new FigureColor(0x12, 0x34, 0x56), FigureColor.FromHex("#123456"));
        Assert.Equal(new FigureColor(0x12, 0x34, 0x56, 0x78), FigureColor.FromHex("12345678"));
        Assert.Throws<InputException>(() => FigureColor.FromHex("blue"));
        Assert.Equal(128, FigureColor.Grey.WithOpacity(0.5).A);
    }
}

public class ConstraintFigureNameTests
{
    [Theory]
    [InlineData("N_eff, thermal Z′", "N_{eff}, thermal Z′")]   // was drawn as N with subscript e, then "ff"
    [InlineData("PIENU R_π", "PIENU R_π")]
    [InlineData("D_s → τν/μν", "D_s → τν/μν")]
    [InlineData("K → eνν̄ν, p_e > 228 MeV", "K → eνν̄ν, p_e > 228 MeV")]
    public void MultiLetterSubscriptsAreBraced(string name, string markup) => Assert.Equal(markup, SecretNu.Output.BoundFigure.FigureName(name));
}
