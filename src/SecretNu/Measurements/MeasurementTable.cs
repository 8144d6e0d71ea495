using System.Globalization;

namespace SecretNu.Measurements;

/// <summary>
/// The rows of a measurement file of <c>measurements/</c> (data README §2): 13 comma-separated columns
/// <c>quantity,flavour,bin,bin_low_GeV,bin_high_GeV,value,stat_err,syst_err,total_err_minus,total_err_plus,unit,source,note</c>.
/// Every problem is an <see cref="InputException"/> naming the file and line.
/// </summary>
public sealed class MeasurementTable
{
    /// <summary>The header every measurement file starts with.</summary>
    public const string Header = "quantity,flavour,bin,bin_low_GeV,bin_high_GeV,value,stat_err,syst_err,total_err_minus,total_err_plus,unit,source,note";

    /// <summary>One row, with its line in the file.</summary>
    public sealed record Row(string Quantity, string Flavour, string Bin, string Low, string High, string Value, string TotalErrorMinus,
        string TotalErrorPlus, string Unit, int Line);

    /// <summary>The file read.</summary>
    public string Path { get; }

    /// <summary>Its rows, in file order.</summary>
    public IReadOnlyList<Row> Rows { get; }

    MeasurementTable(string path, IReadOnlyList<Row> rows) { Path = path; Rows = rows; }

    /// <summary>Reads <paramref name="path"/>; a missing file, a wrong header or a row without 13 columns is refused.</summary>
    public static MeasurementTable Read(string path)
    {
        if (!File.Exists(path)) throw new InputException("measurement file not found (data README §9: measurements/)", path);
        var lines = InputText.Read(path, "measurement file").Split('\n').Select(l => l.TrimEnd('\r')).ToArray();
        if (lines.Length == 0 || lines[0].Trim() != Header)
            throw new InputException($"not a measurement table: the first line must be '{Header}'", path, 1);
        var rows = new List<Row>();
        for (int i = 1; i < lines.Length; i++)
        {
            if (lines[i].Trim().Length == 0) continue;
            var c = lines[i].Split(',');
            if (c.Length != 13) throw new InputException($"{c.Length} columns, expected 13 (no commas inside fields)", path, i + 1);
            rows.Add(new Row(c[0].Trim(), c[1].Trim(), c[2].Trim(), c[3].Trim(), c[4].Trim(), c[5].Trim(), c[8].Trim(), c[9].Trim(), c[10].Trim(), i + 1));
        }
        return new MeasurementTable(path, rows);
    }

    /// <summary>The rows of a quantity.</summary>
    public IEnumerable<Row> Of(string quantity) => Rows.Where(r => r.Quantity == quantity);

    /// <summary>The one row of an unbinned quantity (optionally of one flavour).</summary>
    public Row Single(string quantity, string? flavour = null)
    {
        var rows = Rows.Where(r => r.Quantity == quantity && (flavour is null || r.Flavour == flavour)).ToArray();
        return rows.Length == 1 ? rows[0]
            : throw new InputException($"expected one row '{quantity}'{(flavour is null ? "" : $" for {flavour}")}, found {rows.Length}", Path);
    }

    /// <summary>A finite number from a cell (never 'missing').</summary>
    public double Number(Row row, string text, string what)
    {
        if (text == "missing") throw new InputException($"{row.Quantity} {row.Flavour} {row.Bin}: {what} is marked missing", Path, row.Line);
        return double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out double x) && double.IsFinite(x)
            ? x : throw new InputException($"{row.Quantity} {row.Flavour} {row.Bin}: {what} '{PlainTextLines.Excerpt(text, 40)}' is not a finite number", Path, row.Line);
    }

    /// <summary>An observed count: a non-negative integer.</summary>
    public int Count(Row row)
    {
        double x = Number(row, row.Value, "the count");
        return x >= 0 && x == Math.Floor(x) && x <= int.MaxValue ? (int)x
            : throw new InputException($"{row.Quantity} {row.Flavour} {row.Bin}: observed count {row.Value} is not a non-negative integer", Path, row.Line);
    }

    /// <summary>The symmetric total uncertainty of a row relative to its value (the larger of the two sides when they differ).</summary>
    public double RelativeError(Row row)
    {
        double v = Number(row, row.Value, "the value");
        double e = Math.Max(Number(row, row.TotalErrorMinus, "the lower uncertainty"), Number(row, row.TotalErrorPlus, "the upper uncertainty"));
        return v > 0 ? e / v : throw new InputException($"{row.Quantity} {row.Flavour} {row.Bin}: a relative error needs a positive value", Path, row.Line);
    }
}
