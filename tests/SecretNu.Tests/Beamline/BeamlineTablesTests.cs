using SecretNu.Beamline;

namespace SecretNu.Tests.Beamline;

/// <summary>
/// The embedded beam-line tables (src/SecretNu/Beamline/Tables/*.tsv) against the independent source, data/README.md
/// Appendix B: same column header with units, same number of rows, same rows (exact doubles).
/// </summary>
public class BeamlineTablesTests
{
    static List<double[]> Rows(ApertureTable t) =>
        Enumerable.Range(0, t.Count).Select(i => new[] { t[i].ZFrom, t[i].Ax, t[i].Ay, t[i].Bx, t[i].By }).ToList();

    static List<double[]> Rows(ReadOnlySpan<FieldRegion> regions)
    {
        var rows = new List<double[]>();
        foreach (var r in regions) rows.Add([r.ZFrom, r.ZTo, r.Strength]);
        return rows;
    }

    /// <summary>Table name → (file, README section, run label, the rows SecretNu uses).</summary>
    static (string File, string Section, string? Run, Func<List<double[]>> Rows) Case(string name) => name switch
    {
        "aperture run2/run3" => ("aperture-run2-run3.tsv", "B.1", null, () => Rows(ApertureTable.Run2Run3)),
        "aperture run4" => ("aperture-run4.tsv", "B.2", null, () => Rows(ApertureTable.Run4)),
        "dipoles run2" => ("dipoles-run2.tsv", "B.3", "Run 2", () => Rows(DipoleField.Run2.Regions)),
        "dipoles run3" => ("dipoles-run3.tsv", "B.3", "Run 3", () => Rows(DipoleField.Run3.Regions)),
        "dipoles run4" => ("dipoles-run4.tsv", "B.3", "Run 4", () => Rows(DipoleField.Run4.Regions)),
        "quadrupoles run2" => ("quadrupoles-run2.tsv", "B.4", "Run 2", () => Rows(QuadrupoleField.Run2.Regions)),
        "quadrupoles run3" => ("quadrupoles-run3.tsv", "B.4", "Run 3", () => Rows(QuadrupoleField.Run3.Regions)),
        "quadrupoles run4" => ("quadrupoles-run4.tsv", "B.4", "Run 4", () => Rows(QuadrupoleField.Run4.Regions)),
        _ => throw new ArgumentException(name),
    };

    // Row counts as printed in data/README.md Appendix B.1 ("126 rows"), B.2 ("124 rows"), B.3 and B.4 (rows listed per run).
    [Theory]
    [InlineData("aperture run2/run3", 126)]
    [InlineData("aperture run4", 124)]
    [InlineData("dipoles run2", 8)]
    [InlineData("dipoles run3", 9)]
    [InlineData("dipoles run4", 2)]
    [InlineData("quadrupoles run2", 9)]
    [InlineData("quadrupoles run3", 9)]
    [InlineData("quadrupoles run4", 4)]
    public void Each_table_has_the_rows_of_README_Appendix_B(string name, int rowCount)
    {
        var (_, section, run, rows) = Case(name);
        var readme = ReadmeAppendixB.Read(section, run);
        var actual = rows();
        Assert.Equal(rowCount, readme.Rows.Count);
        Assert.Equal(rowCount, actual.Count);
        for (int i = 0; i < rowCount; i++)
            Assert.True(readme.Rows[i].SequenceEqual(actual[i]),
                $"{name} row {i}: README Appendix {section} has {string.Join(' ', readme.Rows[i])}, SecretNu {string.Join(' ', actual[i])}");
    }

    [Theory]
    [InlineData("aperture run2/run3")]
    [InlineData("aperture run4")]
    [InlineData("dipoles run2")]
    [InlineData("dipoles run3")]
    [InlineData("dipoles run4")]
    [InlineData("quadrupoles run2")]
    [InlineData("quadrupoles run3")]
    [InlineData("quadrupoles run4")]
    public void Each_file_names_its_source_and_has_the_column_header_with_units_of_README_Appendix_B(string name)
    {
        var (file, section, run, _) = Case(name);
        string resource = "SecretNu.Beamline.Tables." + file;
        using var stream = typeof(ApertureTable).Assembly.GetManifestResourceStream(resource);
        Assert.NotNull(stream);
        string[] lines = new StreamReader(stream).ReadToEnd().Split('\n');
        Assert.Contains($"# Source: FastNeutrinoFluxSimulation RIVET_Modules via shared/data/README.md Appendix {section}.", lines);
        string header = lines.First(l => l.Length > 0 && !l.StartsWith('#'));
        Assert.Equal(ReadmeAppendixB.Read(section, run).Columns, header.Split('\t'));
    }

    // Spot rows typed from data/README.md Appendix B.1-B.4 (the digits of the README, as C# literals).
    [Fact]
    public void Spot_rows_equal_the_README_digits()
    {
        Assert.Equal(new ApertureRow(183.856999, 0.00606333266, 0.05, 0.04, 0.04), ApertureTable.Run2Run3[ApertureTable.Run2Run3.RowIndexAt(184.0)]);
        Assert.Equal(new ApertureRow(81.836, 0.05915, 0.05765, 0.26442001, 1.27583502), ApertureTable.Run4[ApertureTable.Run4.RowIndexAt(81.84)]);
        Assert.Equal(new FieldRegion(153.175, 162.624999, 0.776594368), DipoleField.Run2.Regions[6]);
        Assert.Equal(new FieldRegion(285.244742, 299.544742, -2.42516915), DipoleField.Run3.Regions[8]);
        Assert.Equal(new FieldRegion(167.852999, 171.252999, -52.33156265), QuadrupoleField.Run2.Regions[4]);
        Assert.Equal(new FieldRegion(260.516999, 263.916999, 152.15416786), QuadrupoleField.Run3.Regions[7]);
    }

    [Fact]
    public void Each_table_is_read_once()
    {
        Assert.Same(ApertureTable.Run2Run3, ApertureTable.Run2Run3);
        Assert.Same(DipoleField.Run2, DipoleField.Run2);
        Assert.Same(QuadrupoleField.Run4, QuadrupoleField.Run4);
    }
}
