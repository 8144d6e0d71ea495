using System.Globalization;
using SecretNu.Physics;

namespace SecretNu.Detection;

/// <summary>
/// Inclusive charged-current cross sections per nucleon on argon from 0.1 GeV to 1 TeV for the six species (QE,
/// resonance and DIS together): the GENIE 2.8.4 table of the DUNE GLoBES configuration, <c>xsec/xsec_cc.dat</c>
/// (provenance, size, SHA-256 and the status of each claim in <see cref="ArgonCrossSectionSource"/>). The file is
/// third-party data read from the data directory, never part of this repository.
/// <para>Table: 1001 rows, log10(E/GeV) from −1 to 3 in steps of 0.004, σ/E in 10⁻³⁸ cm²/GeV per nucleon in the GLoBES
/// column order ν_e, ν_μ, ν_τ, ν̄_e, ν̄_μ, ν̄_τ. It carries the thresholds itself: ν_μ and ν̄_μ are zero below
/// 0.11 GeV (muon mass); ν_τ and ν̄_τ are zero up to 3.40 GeV and rise from there, near the free-nucleon threshold
/// E_th = m_τ + m_τ²/(2m_N) ≈ 3.46 GeV (bound nucleons lower it a little), with the table's kinematic suppression
/// (σ(ν_τ)/σ(ν_μ) ≈ 0.26 at 10 GeV, 0.78 at 100 GeV, 0.92 at 1 TeV). Between 2.7 and 3.4 GeV the upstream ν_τ columns
/// hold spline noise of ±1e-10 (in 1e-38 cm²/GeV; 7 orders below the first physical value, 7e-4 at 3.44 GeV): entries
/// of magnitude at most <see cref="NoiseFloor"/> are read as 0; a more negative entry is an error.</para>
/// <para>Interpolation: σ/E linear in log10 E between rows. Outside the table: σ = 0 below 0.1 GeV (not covered);
/// σ/E held at its 1 TeV value above 1 TeV (the true σ/E falls slowly there, physics.md §7.2: the W propagator).</para>
/// </summary>
public sealed class ArgonCrossSection
{
    /// <summary>Lowest tabulated energy [GeV]; σ = 0 below.</summary>
    public const double MinimumEnergy = 0.1;

    /// <summary>Highest tabulated energy [GeV]; σ/E is constant above.</summary>
    public const double MaximumEnergy = 1000.0;

    /// <summary>Entries of |σ/E| ≤ this [10⁻³⁸ cm²/GeV] are read as 0 (the upstream spline noise, see the class summary).</summary>
    public const double NoiseFloor = 1e-9;

    const int Columns = 7;
    static readonly int[] ColumnOfSpecies = BuildColumns();

    readonly double[] _logE;
    readonly double[][] _sigmaOverE = new double[6][]; // [species][row], cm²/GeV

    /// <summary>The file read (absolute path).</summary>
    public string InputFile { get; }

    /// <summary>Reads the table from <paramref name="data"/>; throws <see cref="InputException"/> when it is missing,
    /// altered (size or SHA-256 differ from <see cref="ArgonCrossSectionSource"/>) or malformed.</summary>
    /// <param name="data">The data directory that holds the copy at <see cref="ArgonCrossSectionSource.LocalPath"/>.</param>
    public ArgonCrossSection(DataDirectory data)
    {
        var source = ArgonCrossSectionSource.Table;
        InputFile = source.PathUnder(data.Root);
        if (!File.Exists(InputFile))
            throw new InputException($"missing: the argon cross-section table is not in the data directory; {source.HowToObtain}", InputFile);
        long size = new FileInfo(InputFile).Length;
        string digest = SecretNu.Data.DataIntegrity.Sha256Of(InputFile);
        if (size != source.Size || digest != source.Sha256)
            throw new InputException($"altered: {size} bytes, SHA-256 {digest[..12]}…; expected {source.Size} bytes, {source.Sha256[..12]}… ({source.HowToObtain})", InputFile);
        using var reader = new StreamReader(InputFile);
        (_logE, _sigmaOverE) = Parse(reader, InputFile);
    }

    ArgonCrossSection(string name, double[] logE, double[][] sigmaOverE) => (InputFile, _logE, _sigmaOverE) = (name, logE, sigmaOverE);

    /// <summary>Parses any table in the GLoBES format (no digest check; for tests and a user's own table).</summary>
    /// <param name="reader">The text; '#' lines and blank lines are skipped.</param>
    /// <param name="name">Name used in error messages.</param>
    internal static ArgonCrossSection FromGlobesTable(TextReader reader, string name)
    {
        var (logE, se) = Parse(reader, name);
        return new ArgonCrossSection(name, logE, se);
    }

    static (double[] LogE, double[][] SigmaOverE) Parse(TextReader reader, string name)
    {
        var logE = new List<double>();
        var columns = Enumerable.Range(0, 6).Select(_ => new List<double>()).ToArray();
        int lineNumber = 0;
        for (string? line = reader.ReadLine(); line is not null; line = reader.ReadLine())
        {
            lineNumber++;
            string text = line.Trim();
            if (text.Length == 0 || text[0] == '#') continue;
            string[] fields = text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries);
            if (fields.Length != Columns)
                throw new InputException($"expected {Columns} numbers (log10 E, then σ/E of ν_e ν_μ ν_τ ν̄_e ν̄_μ ν̄_τ), found {fields.Length}", name, lineNumber);
            var v = new double[Columns];
            for (int k = 0; k < Columns; k++)
                if (!double.TryParse(fields[k], NumberStyles.Float, CultureInfo.InvariantCulture, out v[k]) || !double.IsFinite(v[k]))
                    throw new InputException($"not a finite number: '{fields[k]}'", name, lineNumber);
            if (logE.Count > 0 && !(v[0] > logE[^1]))
                throw new InputException($"log10 E = {fields[0]} does not increase", name, lineNumber);
            for (int k = 1; k < Columns; k++)
            {
                if (Math.Abs(v[k]) <= NoiseFloor) v[k] = 0;
                else if (v[k] < 0) throw new InputException($"negative σ/E '{fields[k]}'", name, lineNumber);
            }
            logE.Add(v[0]);
            for (int k = 1; k < Columns; k++) columns[k - 1].Add(v[k] * 1e-38);
        }
        if (logE.Count < 2) throw new InputException("fewer than two rows", name);
        var bySpecies = new double[6][];
        foreach (var s in FlavorExtensions.AllSpecies) bySpecies[(int)s] = columns[ColumnOfSpecies[(int)s] - 1].ToArray();
        return (logE.ToArray(), bySpecies);
    }

    static int[] BuildColumns()
    {
        var c = new int[6];
        c[(int)NeutrinoSpecies.NuE] = 1;
        c[(int)NeutrinoSpecies.NuMu] = 2;
        c[(int)NeutrinoSpecies.NuTau] = 3;
        c[(int)NeutrinoSpecies.NuEBar] = 4;
        c[(int)NeutrinoSpecies.NuMuBar] = 5;
        c[(int)NeutrinoSpecies.NuTauBar] = 6;
        return c;
    }

    /// <summary>σ_CC per nucleon [cm²] at neutrino energy <paramref name="e"/> [GeV]; 0 below <see cref="MinimumEnergy"/>.</summary>
    /// <param name="s">The neutrino species.</param>
    /// <param name="e">Neutrino energy [GeV], &gt; 0 (NaN gives NaN).</param>
    public double Sigma(NeutrinoSpecies s, double e) => SigmaOverE(s, e) * e;

    /// <summary>σ_CC/E per nucleon [cm²/GeV], linear in log10 E between rows; 0 below <see cref="MinimumEnergy"/>, the
    /// last row's value above <see cref="MaximumEnergy"/>.</summary>
    /// <param name="s">The neutrino species.</param>
    /// <param name="e">Neutrino energy [GeV], &gt; 0 (NaN gives NaN).</param>
    public double SigmaOverE(NeutrinoSpecies s, double e)
    {
        if (double.IsNaN(e)) return double.NaN;
        if (!(e > 0)) throw new ArgumentOutOfRangeException(nameof(e), e, "neutrino energy must be positive [GeV]");
        var y = _sigmaOverE[(int)s];
        double l = Math.Log10(e);
        if (l < _logE[0]) return 0;
        if (l >= _logE[^1]) return y[^1];
        int i = Array.BinarySearch(_logE, l);
        if (i >= 0) return y[i];
        i = ~i - 1;
        double t = (l - _logE[i]) / (_logE[i + 1] - _logE[i]);
        return y[i] + t * (y[i + 1] - y[i]);
    }
}
