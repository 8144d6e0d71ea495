using SecretNu.Output;

namespace SecretNu.Tests.Output;

/// <summary>The label markup and the tick generator behind the log axes.</summary>
public sealed class TextAndTickTests
{
    static string Show(string markup) => string.Join("|", RichText.Parse(markup).Runs.Select(r =>
        r.Script switch { RichText.Script.Sub => "_" + r.Text, RichText.Script.Super => "^" + r.Text, _ => r.Text }));

    [Theory]
    [InlineData("m_{Z′} [MeV]", "m|_Z′| [MeV]")]
    [InlineData("g_eτ", "g|_e|τ")]
    [InlineData("g_{eτ}", "g|_eτ")]
    [InlineData("10^{−3}", "10|^−3")]
    [InlineData("ν̄_μ", "ν̄|_μ")]
    [InlineData("a\\_b", "a_b")]
    [InlineData("x_{open", "x|_open")]
    [InlineData("trailing_", "trailing_")]
    [InlineData("neutrinos / bin", "neutrinos / bin")]
    public void Markup_splits_into_runs(string markup, string expected) => Assert.Equal(expected, Show(markup));

    [Fact]
    public void Combining_marks_stay_with_their_letter_in_a_one_character_script()
    {
        // "_ν̄" lowers nu with its macron, not nu alone
        Assert.Equal("x|_ν̄", Show("x_ν̄"));
    }

    [Fact]
    public void A_log_axis_has_a_major_tick_per_decade_and_minors_at_2_to_9()
    {
        var ticks = AxisTicks.For(AxisScale.Log, -3, 3);
        var majors = ticks.Where(t => t.Major).ToList();
        Assert.Equal(Enumerable.Range(-3, 7).Select(n => (double)n), majors.Select(t => t.Position));
        Assert.Equal("10^{−3}", majors[0].Label);
        Assert.Equal("10^{0}", majors[3].Label);
        Assert.Equal("10^{3}", majors[^1].Label);
        var minors = ticks.Where(t => !t.Major).ToList();
        Assert.Equal(6 * 8, minors.Count);
        Assert.All(minors, t => Assert.Null(t.Label));
        Assert.Contains(minors, t => Math.Abs(t.Position - Math.Log10(2e-3)) < 1e-12);
        Assert.Contains(minors, t => Math.Abs(t.Position - Math.Log10(9e2)) < 1e-12);
    }

    [Fact]
    public void Many_decades_label_every_kth_decade_and_drop_minor_ticks()
    {
        var ticks = AxisTicks.For(AxisScale.Log, -20, 10, maxLabels: 8);
        Assert.All(ticks, t => Assert.True(t.Major));
        Assert.Equal(31, ticks.Count);
        Assert.InRange(ticks.Count(t => t.Label is not null), 5, 8);
    }

    [Fact]
    public void A_log_axis_within_one_decade_labels_some_minor_ticks()
    {
        var ticks = AxisTicks.For(AxisScale.Log, Math.Log10(150), Math.Log10(900));
        Assert.Contains(ticks, t => t.Label == "200");
        Assert.Contains(ticks, t => t.Label == "500");
    }

    [Fact]
    public void A_linear_axis_has_round_labels()
    {
        var labels = AxisTicks.For(AxisScale.Linear, -0.3, 2.6).Where(t => t.Label is not null).Select(t => t.Label).ToList();
        Assert.Equal(["0", "0.5", "1", "1.5", "2", "2.5"], labels);
        labels = AxisTicks.For(AxisScale.Linear, -0.25, 1.05).Where(t => t.Label is not null).Select(t => t.Label).ToList();
        Assert.Equal(["−0.2", "0", "0.2", "0.4", "0.6", "0.8", "1"], labels);
        Assert.Equal("−2", AxisTicks.For(AxisScale.Linear, -2.2, 2.2).First(t => t.Label is not null).Label);
    }

    [Fact]
    public void Degenerate_ranges_give_no_ticks()
    {
        Assert.Empty(AxisTicks.For(AxisScale.Log, 1, 1));
        Assert.Empty(AxisTicks.For(AxisScale.Linear, double.NaN, 1));
    }
}
