namespace SecretNu.Beamline;

/// <summary>
/// Piecewise-constant beam-pipe aperture versus z (README §5.4): the row with the largest z_from not larger than z
/// applies. Immutable; rows sorted by strictly increasing z_from. Lengths in m.
/// </summary>
public sealed class ApertureTable
{
    readonly ApertureRow[] _rows;

    /// <summary>
    /// Builds a table from rows of five numbers (z_from, a_x, a_y, b_x, b_y) [m], flattened.
    /// Range: z_from strictly increasing; a_x, a_y, b_x, b_y &gt; 0.
    /// </summary>
    /// <exception cref="ArgumentException">Length not a multiple of 5, empty, unsorted, or a non-positive size.</exception>
    public ApertureTable(ReadOnlySpan<double> flatRows)
    {
        if (flatRows.Length == 0 || flatRows.Length % 5 != 0)
            throw new ArgumentException($"Aperture rows need 5 numbers each; got {flatRows.Length} numbers.", nameof(flatRows));
        _rows = new ApertureRow[flatRows.Length / 5];
        for (int i = 0; i < _rows.Length; i++)
        {
            var r = new ApertureRow(flatRows[5 * i], flatRows[5 * i + 1], flatRows[5 * i + 2], flatRows[5 * i + 3], flatRows[5 * i + 4]);
            if (!(r.Ax > 0 && r.Ay > 0 && r.Bx > 0 && r.By > 0) || !double.IsFinite(r.ZFrom))
                throw new ArgumentException($"Aperture row {i} (z = {r.ZFrom} m) has a non-positive or non-finite size.", nameof(flatRows));
            if (i > 0 && !(r.ZFrom > _rows[i - 1].ZFrom))
                throw new ArgumentException($"Aperture row {i}: z = {r.ZFrom} m is not above the previous row's {_rows[i - 1].ZFrom} m.", nameof(flatRows));
            _rows[i] = r;
        }
    }

    /// <summary>Number of rows.</summary>
    public int Count => _rows.Length;

    /// <summary>Row <paramref name="index"/> (0-based).</summary>
    public ApertureRow this[int index] => _rows[index];

    /// <summary>Index of the row that applies at <paramref name="z"/> [m]: the last row with z_from ≤ z; −1 if z lies before the first row.</summary>
    public int RowIndexAt(double z)
    {
        int lo = 0, hi = _rows.Length - 1, found = -1;
        while (lo <= hi)
        {
            int mid = (lo + hi) >>> 1;
            if (_rows[mid].ZFrom <= z) { found = mid; lo = mid + 1; }
            else hi = mid - 1;
        }
        return found;
    }

    /// <summary>Columns of the aperture data files, with units.</summary>
    static readonly string[] Columns = ["z_from[m]", "a_x[m]", "a_y[m]", "b_x[m]", "b_y[m]"];

    static ApertureTable Load(string file) => TableResource.Load(file, Columns, rows => new ApertureTable(rows));

    static readonly Lazy<ApertureTable> LazyRun2Run3 = new(() => Load("aperture-run2-run3.tsv"));
    static readonly Lazy<ApertureTable> LazyRun4 = new(() => Load("aperture-run4.tsv"));

    /// <summary>
    /// Run 2 / Run 3 layout (126 rows, z_from from −10.5 m to ≈ 259.5 m; only z ≤ 220 m is used), read once from the
    /// embedded Beamline/Tables/aperture-run2-run3.tsv.
    /// Source: FastNeutrinoFluxSimulation RIVET_Modules via shared/data/README.md Appendix B.1.
    /// </summary>
    public static ApertureTable Run2Run3 => LazyRun2Run3.Value;

    /// <summary>
    /// Run 4 (HL-LHC) layout (124 rows, z_from from −1 m to ≈ 219.8 m; only z ≤ 150 m is used), read once from the
    /// embedded Beamline/Tables/aperture-run4.tsv.
    /// Source: FastNeutrinoFluxSimulation RIVET_Modules via shared/data/README.md Appendix B.2.
    /// </summary>
    public static ApertureTable Run4 => LazyRun4.Value;
}
