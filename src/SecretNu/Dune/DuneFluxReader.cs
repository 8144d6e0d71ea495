using SecretNu.Physics;

namespace SecretNu.Dune;

/// <summary>
/// Reads a DUNE ND flux file (data README §8): one or more <c>#</c> header lines, then exactly
/// <see cref="DuneFluxFile.BinCount"/> rows of seven numbers — bin centre [GeV] and the fluxes of ν_e ν_μ ν_τ ν̄_e ν̄_μ ν̄_τ
/// in ν/cm²/POT/GeV. Centres must be (k + ½) × 0.25 GeV for k = 0, 1, … within 1e-9 GeV; fluxes finite and ≥ 0.
/// Blank lines are skipped. Every problem raises <see cref="InputException"/> naming the file and line.
/// </summary>
public static class DuneFluxReader
{
    /// <summary>Column order after the energy, as in the upstream header.</summary>
    public static IReadOnlyList<NeutrinoSpecies> ColumnOrder { get; } =
        [NeutrinoSpecies.NuE, NeutrinoSpecies.NuMu, NeutrinoSpecies.NuTau, NeutrinoSpecies.NuEBar, NeutrinoSpecies.NuMuBar, NeutrinoSpecies.NuTauBar];

    /// <summary>Reads the file at <paramref name="path"/>.</summary>
    public static DuneFluxFile Read(string path) => Parse(InputText.Read(path, "DUNE flux file"), path);

    /// <summary>Parses flux-file text; <paramref name="source"/> names it in messages.</summary>
    public static DuneFluxFile Parse(string text, string source)
    {
        ArgumentNullException.ThrowIfNull(text);
        const int n = DuneFluxFile.BinCount;
        var centres = new double[n];
        var flux = new double[6][];
        for (int s = 0; s < 6; s++) flux[s] = new double[n];
        int rows = 0;
        var lines = new PlainTextLines(text);
        Span<Range> tok = stackalloc Range[8];
        while (lines.MoveNext(out ReadOnlySpan<char> raw))
        {
            int lineNo = lines.LineNumber;
            ReadOnlySpan<char> line = raw.Trim();
            if (line.IsEmpty || line[0] == '#') continue;
            int columns = PlainTextLines.Split(line, tok);
            if (columns != 7)
                throw new InputException($"expected 7 columns (Enu, nue, numu, nutau, nuebar, numubar, nutaubar), found {columns}: '{PlainTextLines.Excerpt(line)}'",
                    source, lineNo);
            if (rows >= n)
                throw new InputException($"more than {n} data rows: extra row '{PlainTextLines.Excerpt(line)}'", source, lineNo);
            double e = PlainTextLines.FiniteNumber(line[tok[0]], "energy", source, lineNo);
            double expected = (rows + 0.5) * DuneFluxFile.BinWidth;
            if (Math.Abs(e - expected) > 1e-9)
                throw new InputException($"bin centre {PlainTextLines.Format(e)} GeV, expected {PlainTextLines.Format(expected)} (0.25-GeV bins from 0)", source, lineNo);
            centres[rows] = e;
            for (int c = 0; c < 6; c++)
            {
                string what = ColumnOrder[c].Name() + " flux";
                double v = PlainTextLines.FiniteNumber(line[tok[c + 1]], what, source, lineNo);
                if (v < 0) throw new InputException($"{what} is negative: '{PlainTextLines.Excerpt(line[tok[c + 1]])}'", source, lineNo);
                flux[(int)ColumnOrder[c]][rows] = v;
            }
            rows++;
        }
        if (rows != n)
            throw new InputException($"expected {n} data rows, found {rows}", source, lines.LineNumber);
        return new DuneFluxFile(source, centres, flux);
    }
}
