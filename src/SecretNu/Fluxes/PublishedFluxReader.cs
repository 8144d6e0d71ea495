using SecretNu.Physics;

namespace SecretNu.Fluxes;

/// <summary>
/// Reads and validates a published flux file (data/README §4.2): exactly 28 lines of two numbers separated by
/// blanks or tabs — the bin-centre energy in GeV (strictly increasing, equal to
/// <see cref="PublishedFlux.StandardCentres"/> within 1e-5 relative) and a finite, non-negative count per bin.
/// Blank lines and <c>#</c> comment lines are skipped. Every problem raises <see cref="InputException"/> naming the
/// file, the line and the offending text.
/// </summary>
public static class PublishedFluxReader
{
    /// <summary>Relative tolerance for matching the energy column to the standard grid.</summary>
    public const double EnergyTolerance = 1e-5;

    /// <summary>
    /// Largest allowed count per bin: far above the largest in the real files (~2e14), and small enough that sums and
    /// ratios stay far from overflow.
    /// </summary>
    public const double MaxCount = 1e30;

    /// <summary>Reads the file at <paramref name="path"/>; the other arguments label the result.</summary>
    public static PublishedFlux Read(string path, string detector, NeutrinoSpecies species, PublishedFluxKind kind)
    {
        string text = InputText.Read(path, "flux file");
        return Parse(text, path, detector, species, kind);
    }

    /// <summary>Parses flux-file text; <paramref name="source"/> names it in messages.</summary>
    public static PublishedFlux Parse(string text, string source, string detector, NeutrinoSpecies species,
        PublishedFluxKind kind)
    {
        ArgumentNullException.ThrowIfNull(text);
        const int n = PublishedFlux.BinCount;
        var centres = new double[n];
        var counts = new double[n];
        var lineOf = new int[n];
        int rows = 0;
        var lines = new PlainTextLines(text);
        Span<Range> tok = stackalloc Range[3];
        while (lines.MoveNext(out ReadOnlySpan<char> raw))
        {
            int lineNo = lines.LineNumber;
            ReadOnlySpan<char> line = raw.Trim();
            if (line.IsEmpty || line[0] == '#') continue;
            int columns = PlainTextLines.Split(line, tok);
            if (columns != 2)
                throw new InputException(
                    $"expected 2 columns (energy GeV, count per bin), found {columns}: '{PlainTextLines.Excerpt(line)}'",
                    source, lineNo);
            if (rows >= n)
                throw new InputException(
                    $"more than {n} data rows: extra row '{PlainTextLines.Excerpt(line)}'", source, lineNo);
            ReadOnlySpan<char> eText = line[tok[0]], cText = line[tok[1]];
            double e = PlainTextLines.FiniteNumber(eText, "energy", source, lineNo);
            double c = PlainTextLines.FiniteNumber(cText, "count", source, lineNo);
            if (e <= 0)
                throw new InputException($"energy is not positive: '{PlainTextLines.Excerpt(eText)}'", source, lineNo);
            if (c > MaxCount)
                throw new InputException($"count '{PlainTextLines.Excerpt(cText)}' is implausibly large (limit {MaxCount:G3})", source, lineNo);
            if (c < 0)
                throw new InputException($"negative count '{PlainTextLines.Excerpt(cText)}' at energy {PlainTextLines.Excerpt(eText)} GeV", source, lineNo);
            if (rows > 0)
            {
                double previous = centres[rows - 1];
                if (e == previous)
                    throw new InputException(
                        $"duplicated energy bin {PlainTextLines.Excerpt(eText)} GeV (also on line {lineOf[rows - 1]})", source, lineNo);
                if (e < previous)
                    throw new InputException(
                        $"energies not strictly increasing: {PlainTextLines.Excerpt(eText)} GeV after {PlainTextLines.Format(previous)} GeV (line {lineOf[rows - 1]})",
                        source, lineNo);
            }
            double expected = PublishedFlux.StandardCentres[rows];
            if (Math.Abs(e / expected - 1) > EnergyTolerance)
                throw new InputException(
                    $"energy {PlainTextLines.Excerpt(eText)} GeV is not bin {rows + 1} of the standard grid ({PlainTextLines.Format(expected)} GeV, tolerance 1e-5 relative)",
                    source, lineNo);
            centres[rows] = e;
            counts[rows] = c;
            lineOf[rows] = lineNo;
            rows++;
        }
        if (rows == 0)
            throw new InputException(
                lines.LineNumber == 0 ? "empty file: no data rows" : $"no data rows in {lines.LineNumber} line(s)",
                source, Math.Max(1, lines.LineNumber));
        if (rows < n)
            throw new InputException(
                $"only {rows} data rows, expected {n}: the file stops after energy {PlainTextLines.Format(centres[rows - 1])} GeV",
                source, lineOf[rows - 1]);
        return new PublishedFlux(detector, species, kind, centres, counts, source);
    }
}
