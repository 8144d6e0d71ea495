using SecretNu.Beamline;

namespace SecretNu.Tests.Beamline;

/// <summary>The beam-line table reader (Beamline/TableResource): format, and clear errors naming resource and line.</summary>
public class TableResourceTests
{
    const string Source = "SecretNu.Beamline.Tables.test.tsv";
    static readonly string[] FieldColumns = ["z_from[m]", "z_to[m]", "k[GeV/m]"];
    static readonly string[] ApertureColumns = ["z_from[m]", "a_x[m]", "a_y[m]", "b_x[m]", "b_y[m]"];

    static DipoleField Dipoles(string text) =>
        TableResource.Build(text, Source, FieldColumns, rows => new DipoleField(FieldRegion.FromRows(rows)));

    static ApertureTable Apertures(string text) =>
        TableResource.Build(text, Source, ApertureColumns, rows => new ApertureTable(rows));

    static InputException Refused(Action read, int line, params string[] parts)
    {
        var ex = Assert.Throws<InputException>(read);
        Assert.Equal(Source, ex.File);
        Assert.Equal(line, ex.Line);
        Assert.StartsWith($"{Source}:{line}: ", ex.Message);
        foreach (string part in parts) Assert.Contains(part, ex.Message);
        return ex;
    }

    [Fact]
    public void Comments_blank_lines_tabs_and_blanks_are_accepted()
    {
        var d = Dipoles("# Source: somewhere\n#\n\nz_from[m]\tz_to[m]   k[GeV/m]\r\n59.622\t63.022\t-0.3597\t# B = -1.200 T\n\n72  78.27 1.68e0");
        Assert.Equal([new FieldRegion(59.622, 63.022, -0.3597), new FieldRegion(72, 78.27, 1.68)], d.Regions.ToArray());
    }

    [Fact]
    public void A_non_number_names_the_resource_line_column_and_token()
    {
        Refused(() => Dipoles("# c\nz_from[m]\tz_to[m]\tk[GeV/m]\n1\t2\t3\n4\t5\t-0,36\n"), 4, "k[GeV/m]", "not a number", "'-0,36'");
        Refused(() => Dipoles("z_from[m]\tz_to[m]\tk[GeV/m]\n1\tNaN\t3\n"), 2, "z_to[m]", "not finite");
    }

    [Theory]
    [InlineData("z_from[m]\tz_to[m]\tk[GeV/m]\n1\t2\t3\n4\t5\n", 3, "2 values where 3 columns")]
    [InlineData("z_from[m]\tz_to[m]\tk[GeV/m]\n1\t2\t3\t# ok\n4\t5\t6\t7\n", 3, "4 values where 3 columns (z_from[m] z_to[m] k[GeV/m]) are expected: '4 5 6 7'")]
    [InlineData("# c\nz_from[m]\tz_to[m]\tk[T]\n1\t2\t3\n", 2, "column header 'z_from[m] z_to[m] k[T]' is not the expected 'z_from[m] z_to[m] k[GeV/m]'")]
    [InlineData("1\t2\t3\n", 1, "is not the expected 'z_from[m] z_to[m] k[GeV/m]'")]
    public void A_wrong_column_count_or_header_names_the_resource_and_line(string text, int line, string part) =>
        Refused(() => Dipoles(text), line, part);

    [Fact]
    public void An_unsorted_table_names_the_resource_and_line()
    {
        Refused(() => Apertures("z_from[m] a_x[m] a_y[m] b_x[m] b_y[m]\n1 .1 .1 .1 .1\n3 .1 .1 .1 .1\n2 .1 .1 .1 .1\n"), 4,
            "z_from[m] = 2 is not above the previous row's 3");
        Refused(() => Dipoles("z_from[m] z_to[m] k[GeV/m]\n1 2 3\n1 4 3\n"), 3, "not above");
    }

    [Fact]
    public void A_row_the_constructor_refuses_names_the_resource_and_its_line()
    {
        // overlapping dipoles (row 2 starts before row 1 ends), a non-positive aperture, z_to below z_from
        Refused(() => Dipoles("z_from[m] z_to[m] k[GeV/m]\n1 2 3\n# note\n5 7 1\n6 8 1\n9 10 1\n"), 5, "starts at 6 m");
        Refused(() => Apertures("z_from[m] a_x[m] a_y[m] b_x[m] b_y[m]\n1 .1 .1 .1 .1\n2 .1 0 .1 .1\n"), 3, "non-positive");
        Refused(() => Dipoles("z_from[m] z_to[m] k[GeV/m]\n1 0.5 3\n"), 2, "invalid");
    }

    [Fact]
    public void A_table_without_rows_is_refused()
    {
        var ex = Assert.Throws<InputException>(() => Dipoles("# only comments\nz_from[m] z_to[m] k[GeV/m]\n"));
        Assert.StartsWith(Source + ": no rows", ex.Message);
        Assert.Throws<InputException>(() => Dipoles(""));
    }

    [Fact]
    public void A_missing_resource_is_named()
    {
        var ex = Assert.Throws<InvalidOperationException>(() => TableResource.Load("no-such.tsv", FieldColumns, r => r));
        Assert.Contains("SecretNu.Beamline.Tables.no-such.tsv", ex.Message);
    }
}
