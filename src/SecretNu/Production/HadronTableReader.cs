using System.Globalization;
using System.Runtime.CompilerServices;

namespace SecretNu.Production;

/// <summary>
/// Reads and validates FORESEE hadron tables (data/README §3.2): lines of three numbers log10(θ/rad),
/// log10(p/GeV), σ [pb/bin], separated by any run of blanks or tabs; <c>#</c> comment lines, of which
/// <c>Normalization: N pb</c> and <c>pid:</c>/<c>PID:</c> are interpreted; θ in the outer loop, p in the inner.
/// Coordinates may carry floating-point noise; bin indices are recovered by rounding to 3 decimals.
/// Every problem raises <see cref="InputException"/> naming the file, the line and the offending text.
/// </summary>
public static class HadronTableReader
{
    /// <summary>Largest allowed |sum / Normalization − 1| for Layout A headers (observed ≤ 3.8e-5).</summary>
    public const double NormalizationTolerance = 1e-4;

    /// <summary>Largest allowed |sum of negative bins| / sum in NLO-P8* charm tables (observed ≤ 2.4e-4).</summary>
    public const double MaxNegativeFraction = 3e-4;

    /// <summary>
    /// Largest allowed |cross section| of one bin [pb]: far above the largest table total (~1e12 pb), and small enough
    /// that sums and fluxes (× luminosity) stay far from overflow.
    /// </summary>
    public const double MaxCrossSection = 1e30;

    static readonly int[] CharmPdgIds = [411, 421, 431, 4122];

    /// <summary>
    /// Reads a table whose file name follows <c>&lt;generator&gt;_&lt;E&gt;TeV_&lt;pid&gt;.txt</c>; generator, energy
    /// label and PDG id are taken from the name.
    /// </summary>
    public static HadronTable Read(string path)
    {
        if (!TryParseFileName(Path.GetFileName(path), out string generator, out string energy, out int pdg))
            throw new InputException(
                "hadron-table file name does not follow <generator>_<E>TeV_<pid>.txt (e.g. EPOSLHC_14TeV_211.txt)", path);
        return Read(path, generator, energy, pdg);
    }

    /// <summary>
    /// Reads the table at <paramref name="path"/> for the given generator folder name, energy label ("14" or
    /// "13.6") and signed PDG id (checked against a <c>pid:</c> header when present).
    /// </summary>
    public static HadronTable Read(string path, string generator, string energyLabel, int pdgId)
    {
        string text = InputText.Read(path, "hadron table");
        return Parse(text, path, generator, energyLabel, pdgId);
    }

    /// <summary>Parses table text; <paramref name="source"/> names it in messages.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)] // the loop runs once per file: skip the tier-0 JIT
    public static HadronTable Parse(string text, string source, string generator, string energyLabel, int pdgId)
    {
        ArgumentNullException.ThrowIfNull(text);
        bool negativesAllowed = generator.StartsWith("NLO-P8", StringComparison.Ordinal)
            && Array.IndexOf(CharmPdgIds, Math.Abs(pdgId)) >= 0;

        var lines = new PlainTextLines(text);
        Span<Range> tok = stackalloc Range[4];
        double? normalization = null;
        int normalizationLine = 0;
        string normalizationText = "";

        // Grid, fixed by the first data row.
        HadronTableLayout layout = default;
        double theta0 = 0, p0 = 0;
        int nTheta = 0, nP = 0, total = 0;
        double[] weights = [];
        string[] firstBlockP = [];
        ReadOnlySpan<char> previousTheta = default;

        int rows = 0, lastDataLine = 0, firstNegativeLine = 0;
        double sum = 0, negativeSum = 0, firstNegative = 0;

        while (lines.MoveNext(out ReadOnlySpan<char> raw))
        {
            int lineNo = lines.LineNumber;
            ReadOnlySpan<char> line = raw.Trim();
            if (line.IsEmpty) continue;
            if (line[0] == '#')
            {
                ReadHeader(line[1..].Trim(), source, lineNo, pdgId, ref normalization, ref normalizationLine,
                    ref normalizationText);
                continue;
            }

            int n = PlainTextLines.Split(line, tok);
            if (n != 3)
                throw new InputException(
                    $"expected 3 columns (log10 theta, log10 p, cross section), found {n}: '{PlainTextLines.Excerpt(line)}'",
                    source, lineNo);
            ReadOnlySpan<char> thetaText = line[tok[0]], pText = line[tok[1]], wText = line[tok[2]];
            if (rows == 0)
            {
                double theta = PlainTextLines.FiniteNumber(thetaText, "log10(theta)", source, lineNo);
                double p = PlainTextLines.FiniteNumber(pText, "log10(p)", source, lineNo);
                (layout, theta0, p0, nTheta, nP) = GridOf(theta, p, energyLabel, source, lineNo, line);
                total = nTheta * nP;
                weights = new double[total];
                firstBlockP = new string[nP];
            }
            if (rows >= total)
                throw new InputException(
                    $"more data rows than the {nTheta}x{nP} = {total} bins of layout {layout}: '{PlainTextLines.Excerpt(line)}'",
                    source, lineNo);
            int iTheta = rows / nP, iP = rows % nP;

            // Coordinates repeat (theta within a block, p from block to block): parse a token only when its text
            // differs from the one already checked for the same bin. This removes ~2/3 of all number parsing.
            if (!(rows > 0 && thetaText.SequenceEqual(previousTheta)))
            {
                int kTheta = GridIndex(PlainTextLines.FiniteNumber(thetaText, "log10(theta)", source, lineNo), theta0);
                if (kTheta < 0)
                    throw new InputException(
                        $"irregular grid: log10(theta) = {PlainTextLines.Excerpt(thetaText)} is not a bin centre {Centre(theta0, 0)} + 0.05 k (layout {layout})",
                        source, lineNo);
                if (kTheta != iTheta)
                    throw new InputException(iP == 0
                        ? $"rows out of order: log10(theta) = {PlainTextLines.Excerpt(thetaText)}, expected {Centre(theta0, iTheta)} (theta in the outer loop)"
                        : $"log10(theta) = {PlainTextLines.Excerpt(thetaText)} changes inside a block of {nP} p rows (expected {Centre(theta0, iTheta)})",
                        source, lineNo);
                previousTheta = thetaText;
            }
            if (!(iTheta > 0 && pText.SequenceEqual(firstBlockP[iP])))
            {
                int kP = GridIndex(PlainTextLines.FiniteNumber(pText, "log10(p)", source, lineNo), p0);
                if (kP < 0)
                    throw new InputException(
                        $"irregular grid: log10(p) = {PlainTextLines.Excerpt(pText)} is not a bin centre {Centre(p0, 0)} + 0.05 k (layout {layout})",
                        source, lineNo);
                if (kP != iP)
                    throw new InputException(
                        $"rows out of order: log10(p) = {PlainTextLines.Excerpt(pText)}, expected {Centre(p0, iP)} (row {iP + 1} of the block log10(theta) = {Centre(theta0, iTheta)})",
                        source, lineNo);
                if (iTheta == 0) firstBlockP[iP] = pText.ToString();
            }

            double w = IsZeroLiteral(wText) ? 0.0 : PlainTextLines.FiniteNumber(wText, "cross section", source, lineNo);
            if (Math.Abs(w) > MaxCrossSection)
                throw new InputException(
                    $"cross section {PlainTextLines.Excerpt(wText)} pb is implausibly large (limit {MaxCrossSection:G3} pb per bin)", source, lineNo);
            if (w < 0)
            {
                if (!negativesAllowed)
                    throw new InputException(
                        $"negative cross section {PlainTextLines.Excerpt(wText)} pb (negative NLO weights are allowed only in NLO-P8* charm tables)",
                        source, lineNo);
                if (firstNegativeLine == 0) { firstNegativeLine = lineNo; firstNegative = w; }
                negativeSum += w;
            }
            weights[rows] = w;
            sum += w;
            rows++;
            lastDataLine = lineNo;
        }

        if (rows == 0)
            throw new InputException(
                lines.LineNumber == 0 ? "empty file: no data rows" : $"no data rows in {lines.LineNumber} line(s)",
                source, Math.Max(1, lines.LineNumber));
        if (rows < total)
            throw new InputException(
                $"truncated file: {rows} data rows, expected {nTheta}x{nP} = {total} (layout {layout}, {energyLabel} TeV); " +
                $"the last row ends at log10(theta) = {Centre(theta0, (rows - 1) / nP)}, log10(p) = {Centre(p0, (rows - 1) % nP)}",
                source, lastDataLine);
        if (normalization is double norm)
        {
            double rel = Math.Abs(sum / norm - 1);
            if (!(rel <= NormalizationTolerance))
                throw new InputException(
                    $"header Normalization {PlainTextLines.Excerpt(normalizationText)} pb disagrees with the sum of the bins {PlainTextLines.Format(sum)} pb " +
                    $"(relative difference {rel.ToString("G3", CultureInfo.InvariantCulture)} > {NormalizationTolerance})",
                    source, normalizationLine);
        }
        if (negativeSum < 0)
        {
            double fraction = -negativeSum / sum;
            if (!(sum > 0 && fraction < MaxNegativeFraction))
                throw new InputException(
                    $"negative bins add up to {PlainTextLines.Format(negativeSum)} pb, {fraction.ToString("G3", CultureInfo.InvariantCulture)} " +
                    $"of the total {PlainTextLines.Format(sum)} pb (limit {MaxNegativeFraction}); first negative value {PlainTextLines.Format(firstNegative)}",
                    source, firstNegativeLine);
        }

        var thetaCentres = new double[nTheta];
        for (int i = 0; i < nTheta; i++) thetaCentres[i] = Centre(theta0, i);
        var pCentres = new double[nP];
        for (int i = 0; i < nP; i++) pCentres[i] = Centre(p0, i);
        return new HadronTable(pdgId, generator, energyLabel, layout, thetaCentres, pCentres, weights, normalization,
            sum, negativeSum, source);
    }

    /// <summary>
    /// Splits a file name <c>&lt;generator&gt;_&lt;E&gt;TeV_&lt;pid&gt;.txt</c> (e.g. "Pythia8-ForwardMax_13.6TeV_-15.txt").
    /// </summary>
    public static bool TryParseFileName(string fileName, out string generator, out string energyLabel, out int pdgId)
    {
        generator = energyLabel = "";
        pdgId = 0;
        if (!fileName.EndsWith(".txt", StringComparison.Ordinal)) return false;
        string stem = fileName[..^4];
        int last = stem.LastIndexOf('_');
        if (last <= 0) return false;
        if (!int.TryParse(stem.AsSpan(last + 1), NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out pdgId))
            return false;
        int mid = stem.LastIndexOf('_', last - 1);
        if (mid <= 0) return false;
        string energy = stem[(mid + 1)..last];
        if (!energy.EndsWith("TeV", StringComparison.Ordinal) || energy.Length == 3) return false;
        energyLabel = energy[..^3];
        generator = stem[..mid];
        return true;
    }

    static void ReadHeader(ReadOnlySpan<char> comment, string source, int lineNo, int pdgId,
        ref double? normalization, ref int normalizationLine, ref string normalizationText)
    {
        Span<Range> tok = stackalloc Range[2];
        if (comment.StartsWith("Normalization:", StringComparison.OrdinalIgnoreCase))
        {
            ReadOnlySpan<char> rest = comment["Normalization:".Length..];
            int n = PlainTextLines.Split(rest, tok);
            ReadOnlySpan<char> value = n > 0 ? rest[tok[0]] : [];
            if (!PlainTextLines.TryParseDouble(value, out double v) || !double.IsFinite(v) || v <= 0)
                throw new InputException(
                    $"header Normalization is not a positive number: '{PlainTextLines.Excerpt(value)}' (expected '# Normalization: <number> pb')",
                    source, lineNo);
            if (normalization is not null)
                throw new InputException($"second Normalization header '{PlainTextLines.Excerpt(value)}' (first on line {normalizationLine})",
                    source, lineNo);
            normalization = v;
            normalizationLine = lineNo;
            normalizationText = value.ToString();
        }
        else if (comment.StartsWith("pid:", StringComparison.OrdinalIgnoreCase))
        {
            ReadOnlySpan<char> rest = comment["pid:".Length..];
            int n = PlainTextLines.Split(rest, tok);
            ReadOnlySpan<char> value = n > 0 ? rest[tok[0]] : [];
            if (!int.TryParse(value, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out int pid))
                throw new InputException($"header pid is not an integer PDG id: '{PlainTextLines.Excerpt(value)}'", source, lineNo);
            if (pid != pdgId)
                throw new InputException($"header pid {pid} does not match the expected PDG id {pdgId}", source, lineNo);
        }
    }

    /// <summary>True for spellings of zero ("0", "0.", "0.0", "0.00000e+00", "-0.0E+00"): a fast path, as most bins are empty.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    static bool IsZeroLiteral(ReadOnlySpan<char> s)
    {
        int i = 0, zeros = 0;
        if (i < s.Length && (s[i] == '-' || s[i] == '+')) i++;
        while (i < s.Length && s[i] == '0') { i++; zeros++; }
        if (i < s.Length && s[i] == '.')
            for (i++; i < s.Length && s[i] == '0'; i++) zeros++;
        if (zeros == 0) return false;
        if (i < s.Length && (s[i] == 'e' || s[i] == 'E'))
        {
            i++;
            if (i < s.Length && (s[i] == '+' || s[i] == '-')) i++;
            int digits = 0;
            for (; i < s.Length && char.IsAsciiDigit(s[i]); i++) digits++;
            if (digits == 0) return false;
        }
        return i == s.Length;
    }

    static (HadronTableLayout, double, double, int, int) GridOf(double theta, double p, string energyLabel,
        string source, int lineNo, ReadOnlySpan<char> line)
    {
        double t = Math.Round(theta, 3), q = Math.Round(p, 3);
        if (t == -7.275 && q == -1.975)
        {
            int nP = energyLabel switch
            {
                "14" => 140,
                "13.6" => 120,
                _ => throw new InputException(
                    $"no known layout-A momentum grid for {energyLabel} TeV (known: 14, 13.6)", source, lineNo),
            };
            return (HadronTableLayout.A, -7.275, -1.975, 150, nP);
        }
        if (t == -4.975 && q == 0.025) return (HadronTableLayout.B, -4.975, 0.025, 100, 80);
        throw new InputException(
            $"first row '{PlainTextLines.Excerpt(line)}' starts no known grid: layout A starts at (-7.275, -1.975), " +
            "layout B at (-4.975, 0.025)", source, lineNo);
    }

    /// <summary>Index k with round(v, 3) = first + 0.05 k, or −1 if v is not on the grid.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    static int GridIndex(double value, double first)
    {
        double k = (Math.Round(value, 3) - first) / HadronTable.BinWidthLog10;
        double r = Math.Round(k);
        return Math.Abs(k - r) < 1e-6 && r >= 0 && r < int.MaxValue ? (int)r : -1;
    }

    static double Centre(double first, int index) => Math.Round(first + HadronTable.BinWidthLog10 * index, 3);
}
