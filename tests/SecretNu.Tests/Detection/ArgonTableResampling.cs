using System.Globalization;
using System.Text;
using SecretNu.Detection;

namespace SecretNu.Tests.Detection;

/// <summary>
/// Test-only resampling of the upstream argon CC table (etworcester/2017GLoBES xsec/xsec_cc.dat at b739f9f, 1001 rows)
/// into the embedded src/SecretNu/Detection/argon-cc-cross-sections.tsv: the fewest upstream rows (first and last
/// included) from which σ/E, interpolated linearly in log10 E as <see cref="ArgonCrossSection"/> does, reproduces every
/// upstream row from 0.1 GeV to 1 TeV to <see cref="Tolerance"/>, with every upstream zero kept zero; then the file
/// text, rows copied verbatim and the measured deviations in the header. ArgonTableResamplingTests checks the embedded
/// file against it when the upstream file is given in <see cref="EnvironmentVariable"/>.
/// <para>Regenerate: <c>SECRETNU_GLOBES_XSEC_CC=/path/to/xsec_cc.dat dotnet test -c Release --filter
/// FullyQualifiedName~ArgonTableResamplingTests</c>; on a difference the test writes the new file to the temporary
/// directory and names it.</para>
/// </summary>
internal static class ArgonTableResampling
{
    /// <summary>Environment variable holding the path of a copy of the upstream file (checked against the size and
    /// SHA-256 of <see cref="ArgonCrossSectionSource"/>).</summary>
    public const string EnvironmentVariable = "SECRETNU_GLOBES_XSEC_CC";

    /// <summary>Upstream rows in GLoBES order: log10 E from −1 to 3 in steps of 0.004.</summary>
    public const int UpstreamRows = 1001;

    /// <summary>Allowed |interpolated/upstream − 1| for ν_e, ν_μ, ν̄_e, ν̄_μ (the brief of issue 15, item 3).</summary>
    public const double LightTolerance = 0.005;

    /// <summary>Allowed |interpolated/upstream − 1| for ν_τ, ν̄_τ.</summary>
    public const double TauTolerance = 0.02;

    /// <summary>The energy range [GeV] the brief states the tolerances for (ν_τ from <see cref="TauRangeLow"/>);
    /// the selection applies them from 0.1 GeV to 1 TeV.</summary>
    public const double BriefLow = 0.3, BriefHigh = 100, TauRangeLow = 4;

    /// <summary>Short ASCII names of the σ/E columns 0–5 (GLoBES order), as in the file header.</summary>
    public static readonly string[] Names = ["nu_e", "nu_mu", "nu_tau", "nubar_e", "nubar_mu", "nubar_tau"];

    /// <summary>Whether σ/E column <paramref name="c"/> (GLoBES order) is ν_τ or ν̄_τ.</summary>
    public static bool IsTau(int c) => c is 2 or 5;

    /// <summary>The tolerance of σ/E column <paramref name="c"/>.</summary>
    public static double Tolerance(int c) => IsTau(c) ? TauTolerance : LightTolerance;

    /// <summary>The upstream file, or null when <see cref="EnvironmentVariable"/> is unset.</summary>
    public static string? Path => Environment.GetEnvironmentVariable(EnvironmentVariable) is { Length: > 0 } p ? p : null;

    /// <summary>The upstream table as read: every row's fields verbatim, log10 E and σ/E [10⁻³⁸ cm²/GeV] per column
    /// with the spline noise (|σ/E| ≤ <see cref="ArgonCrossSection.NoiseFloor"/>) read as 0.</summary>
    public sealed record Upstream(string[][] Fields, double[] LogE, double[][] Values)
    {
        /// <summary>Number of rows.</summary>
        public int Count => LogE.Length;
    }

    /// <summary>Reads and checks (size, SHA-256, 1001 rows of 7 numbers) the file at <see cref="Path"/>.</summary>
    public static Upstream Load()
    {
        string path = Path ?? throw new InvalidOperationException($"{EnvironmentVariable} is not set");
        var source = ArgonCrossSectionSource.Table;
        string digest = SecretNu.Data.DataIntegrity.Sha256Of(path);
        if (new FileInfo(path).Length != source.Size || digest != source.Sha256)
            throw new InvalidOperationException($"{path} is not the quoted file ({source.UpstreamLocation}): SHA-256 {digest}");
        var fields = File.ReadLines(path).Where(l => l.Trim().Length > 0)
            .Select(l => l.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries)).ToArray();
        if (fields.Length != UpstreamRows || fields.Any(f => f.Length != Names.Length + 1))
            throw new InvalidOperationException($"{path}: expected {UpstreamRows} rows of {Names.Length + 1} numbers");
        double Number(string f) => double.Parse(f, NumberStyles.Float, CultureInfo.InvariantCulture);
        var logE = fields.Select(f => Number(f[0])).ToArray();
        var values = Enumerable.Range(0, Names.Length).Select(c => fields.Select(f =>
        {
            double v = Number(f[c + 1]);
            return Math.Abs(v) <= ArgonCrossSection.NoiseFloor ? 0 : v;
        }).ToArray()).ToArray();
        return new Upstream(fields, logE, values);
    }

    /// <summary>σ/E of column <paramref name="c"/> at upstream row <paramref name="k"/> interpolated from rows
    /// <paramref name="i"/> ≤ k ≤ <paramref name="j"/>: linear in log10 E (the scheme of <see cref="ArgonCrossSection"/>),
    /// or with <paramref name="logLog"/> log σ/E linear in log10 E (linear where an end is 0), for comparison.</summary>
    public static double Interpolate(Upstream u, int c, int i, int j, int k, bool logLog = false)
    {
        if (k == i) return u.Values[c][i];
        if (k == j) return u.Values[c][j];
        double t = (u.LogE[k] - u.LogE[i]) / (u.LogE[j] - u.LogE[i]);
        double a = u.Values[c][i], b = u.Values[c][j];
        return logLog && a > 0 && b > 0 ? Math.Exp(Math.Log(a) + t * (Math.Log(b) - Math.Log(a))) : a + t * (b - a);
    }

    /// <summary>Whether interpolating between rows <paramref name="i"/> and <paramref name="j"/> reproduces every row
    /// between them: zeros exactly, the rest to <see cref="Tolerance"/>.</summary>
    /// <param name="u">The upstream table.</param>
    /// <param name="i">First row.</param>
    /// <param name="j">Last row.</param>
    /// <param name="logLog">Interpolate log σ/E instead (see <see cref="Interpolate"/>).</param>
    public static bool Covers(Upstream u, int i, int j, bool logLog = false)
    {
        for (int k = i + 1; k < j; k++)
            for (int c = 0; c < Names.Length; c++)
            {
                double up = u.Values[c][k], d = Math.Abs(Interpolate(u, c, i, j, k, logLog) - up);
                if (up == 0 ? d != 0 : d > Tolerance(c) * up) return false;
            }
        return true;
    }

    /// <summary>The fewest rows, first and last included, with <see cref="Covers"/> between neighbours (dynamic
    /// programming over all rows; among equally short selections the one whose each row has the latest predecessor).</summary>
    /// <param name="u">The upstream table.</param>
    /// <param name="logLog">Interpolate log σ/E instead (see <see cref="Interpolate"/>).</param>
    public static int[] Select(Upstream u, bool logLog = false)
    {
        int n = u.Count;
        var count = new int[n];
        var previous = new int[n];
        count[0] = 1;
        for (int j = 1; j < n; j++)
        {
            count[j] = int.MaxValue;
            for (int i = j - 1; i >= 0; i--)
                if (count[i] + 1 < count[j] && Covers(u, i, j, logLog)) (count[j], previous[j]) = (count[i] + 1, i);
        }
        var rows = new List<int>();
        for (int j = n - 1; j > 0; j = previous[j]) rows.Add(j);
        rows.Add(0);
        rows.Reverse();
        return rows.ToArray();
    }

    /// <summary>Maximum |interpolated/upstream − 1| of column <paramref name="c"/> over the non-zero upstream rows with
    /// <paramref name="low"/> ≤ E ≤ <paramref name="high"/> [GeV], interpolating between <paramref name="rows"/>.</summary>
    public static double MaxDeviation(Upstream u, int[] rows, int c, double low, double high)
    {
        double max = 0;
        for (int r = 0; r + 1 < rows.Length; r++)
            for (int k = rows[r]; k <= rows[r + 1]; k++)
            {
                double e = Math.Pow(10, u.LogE[k]), up = u.Values[c][k];
                if (e < low * (1 - 1e-9) || e > high * (1 + 1e-9) || up == 0) continue;
                max = Math.Max(max, Math.Abs(Interpolate(u, c, rows[r], rows[r + 1], k) / up - 1));
            }
        return max;
    }

    /// <summary>The text of argon-cc-cross-sections.tsv for the selection <paramref name="rows"/>.</summary>
    public static string Tsv(Upstream u, int[] rows)
    {
        var s = ArgonCrossSectionSource.Table;
        string Pct(double x) => (100 * x).ToString("F3", CultureInfo.InvariantCulture) + " %";
        string Deviations(double low, double high, double tauLow, string tauWhere) =>
            string.Join("  ", Enumerable.Range(0, Names.Length).Where(c => !IsTau(c)).Select(c => $"{Names[c]} {Pct(MaxDeviation(u, rows, c, low, high))}"))
            + $"  ({tauWhere}) " + string.Join("  ", Enumerable.Range(0, Names.Length).Where(IsTau).Select(c => $"{Names[c]} {Pct(MaxDeviation(u, rows, c, tauLow, high))}"));
        double eMin = Math.Pow(10, u.LogE[0]), eMax = Math.Pow(10, u.LogE[^1]);
        var b = new StringBuilder();
        void Line(string text) => b.Append(text).Append('\n');
        Line($"# Argon CC cross sections per nucleon (sigma/E): {rows.Length} rows QUOTED verbatim from a table of {u.Count} rows.");
        Line($"# Source: https://github.com/{s.Repository}, commit {s.Commit}, file {s.UpstreamPath}");
        Line($"#   ({s.Size} bytes, SHA-256 {s.Sha256}):");
        Line("#   the CC cross sections of the DUNE GLoBES configuration, loaded as cross(#CC) by xsec/GENIE_2_8_4.inc of that");
        Line("#   commit: GENIE 2.8.4, inclusive CC (QE + resonance + DIS). The repository states no licence; cite it, the DUNE");
        Line("#   configuration (arXiv:1606.09550) and GENIE (Andreopoulos et al., NIM A 614 (2010) 87).");
        Line("# Units: log10_E = log10(E/GeV), E the neutrino energy; the other columns are sigma/E per nucleon in 1e-38 cm^2/GeV,");
        Line("#   in the upstream (GLoBES) column order. Target argon (unconfirmed: the file does not name it); the status of each");
        Line("#   claim is in src/SecretNu/Detection/argon-cross-section-source.json.");
        Line("# Each row is one upstream row, every number as printed there. Upstream spline noise (|sigma/E| <= 1e-9, e.g. nu_tau");
        Line("#   at log10_E = 0.532) is read as 0 by src/SecretNu/Detection/ArgonCrossSection.cs.");
        Line("# Selection (tests/SecretNu.Tests/Detection/ArgonTableResampling.cs, dynamic programming over all upstream rows; this");
        Line("#   file is its output): the fewest rows, first and last included, such that sigma/E interpolated linearly in log10_E");
        Line($"#   between them reproduces every upstream row from {eMin:G3} GeV to {eMax / 1000:G3} TeV to <= {Pct(LightTolerance)} (nu_e nu_mu nubar_e nubar_mu)");
        Line($"#   and <= {Pct(TauTolerance)} (nu_tau nubar_tau), every upstream zero staying zero: the muon and tau thresholds are exact");
        Line("#   (the last zero row and the first non-zero row of each are among the rows). Log-log interpolation (log sigma/E");
        Line($"#   linear in log10_E) would need {Select(u, logLog: true).Length} rows for the same tolerances.");
        Line("# Measured maximum |interpolated/upstream - 1| over the upstream rows:");
        Line($"#   {BriefLow:G3}-{BriefHigh:G3} GeV:   " + Deviations(BriefLow, BriefHigh, TauRangeLow, $"{TauRangeLow:G3}-{BriefHigh:G3} GeV"));
        Line($"#   {eMin:G3} GeV-{eMax / 1000:G3} TeV: " + Deviations(eMin, eMax, eMin, "from threshold"));
        Line(string.Join('\t', ArgonCrossSection.Columns));
        foreach (int r in rows) Line(string.Join('\t', u.Fields[r]));
        return b.ToString();
    }
}
