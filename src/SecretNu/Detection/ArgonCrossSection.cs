using SecretNu.Beamline;
using SecretNu.Physics;

namespace SecretNu.Detection;

/// <summary>
/// Inclusive charged-current cross sections per nucleon on argon from 0.1 GeV to 1 TeV for the six species (QE,
/// resonance and DIS together), from the GENIE 2.8.4 table of the DUNE GLoBES configuration, <c>xsec/xsec_cc.dat</c> of
/// etworcester/2017GLoBES (provenance and the status of each claim in <see cref="ArgonCrossSectionSource"/>).
/// <para>Embedded, no data directory needed: src/SecretNu/Detection/argon-cc-cross-sections.tsv holds 39 of the 1001
/// upstream rows, each copied verbatim (log10(E/GeV), then σ/E in 10⁻³⁸ cm²/GeV per nucleon in the GLoBES column
/// order ν_e, ν_μ, ν_τ, ν̄_e, ν̄_μ, ν̄_τ). They are the fewest rows from which this interpolation reproduces every
/// upstream row from 0.1 GeV to 1 TeV to 0.5 % (ν_e, ν_μ, ν̄_e, ν̄_μ) and 2 % (ν_τ, ν̄_τ) with every upstream zero kept
/// zero; the measured maximum deviations are in the file's header and docs/dune.md.</para>
/// <para>The table carries the thresholds itself: ν_μ and ν̄_μ are zero up to 0.1096 GeV (the muon mass); ν_τ and ν̄_τ
/// are zero up to 3.404 GeV and rise from the next upstream row, 3.436 GeV, near the free-nucleon threshold
/// E_th = m_τ + m_τ²/(2m_N) ≈ 3.46 GeV (bound nucleons lower it a little), with the table's kinematic suppression
/// (σ(ν_τ)/σ(ν_μ) = 0.26 at 10 GeV, 0.78 at 100 GeV, 0.92 at 1 TeV at the upstream rows; 0.77 at 100 GeV from the
/// embedded rows). Upstream, the ν_τ columns hold spline noise of ±1e-10 (in 10⁻³⁸ cm²/GeV) between 2.7 and 3.4 GeV,
/// seven orders below the first physical value (7e-4 at 3.436 GeV): entries of magnitude at most
/// <see cref="NoiseFloor"/> are read as 0; a more negative entry is an error.</para>
/// <para>Interpolation: σ/E linear in log10 E between rows (log-log needs 58 rows for the same tolerances). Outside the table:
/// σ = 0 below <see cref="MinimumEnergy"/> (not covered); σ/E held at its 1 TeV value above <see cref="MaximumEnergy"/>
/// (the true σ/E falls slowly there: the W propagator).</para>
/// </summary>
public sealed class ArgonCrossSection
{
    /// <summary>Lowest tabulated energy [GeV]; σ = 0 below.</summary>
    public const double MinimumEnergy = 0.1;

    /// <summary>Highest tabulated energy [GeV]; σ/E is constant above.</summary>
    public const double MaximumEnergy = 1000.0;

    /// <summary>Entries of |σ/E| ≤ this [10⁻³⁸ cm²/GeV] are read as 0 (the upstream spline noise, see the class summary).</summary>
    public const double NoiseFloor = 1e-9;

    /// <summary>The unit of the table's σ/E columns [cm²/GeV].</summary>
    public const double TableUnit = 1e-38;

    /// <summary>Name of the embedded table (the manifest resource of src/SecretNu/Detection/argon-cc-cross-sections.tsv).</summary>
    public const string ResourceName = "SecretNu.Detection.argon-cc-cross-sections.tsv";

    /// <summary>The column header of the table: log10 of E in GeV, then σ/E in <see cref="TableUnit"/> per nucleon in
    /// the GLoBES order of the upstream file.</summary>
    internal static readonly string[] Columns =
    [
        "log10_E[GeV]", "nu_e[1e-38cm2/GeV]", "nu_mu[1e-38cm2/GeV]", "nu_tau[1e-38cm2/GeV]",
        "nubar_e[1e-38cm2/GeV]", "nubar_mu[1e-38cm2/GeV]", "nubar_tau[1e-38cm2/GeV]",
    ];

    /// <summary>The species of σ/E columns 1 to 6 of <see cref="Columns"/> (GLoBES order).</summary>
    internal static readonly NeutrinoSpecies[] GlobesOrder =
    [
        NeutrinoSpecies.NuE, NeutrinoSpecies.NuMu, NeutrinoSpecies.NuTau,
        NeutrinoSpecies.NuEBar, NeutrinoSpecies.NuMuBar, NeutrinoSpecies.NuTauBar,
    ];

    static readonly Lazy<ArgonCrossSection> EmbeddedTable = new(() =>
    {
        using Stream stream = typeof(ArgonCrossSection).Assembly.GetManifestResourceStream(ResourceName)
            ?? throw new InvalidOperationException($"embedded resource {ResourceName} is missing");
        using var reader = new StreamReader(stream);
        return Parse(reader.ReadToEnd(), ResourceName);
    });

    readonly double[] _logE;
    readonly double[][] _sigmaOverE; // [species][row], cm²/GeV

    /// <summary>The embedded table (src/SecretNu/Detection/argon-cc-cross-sections.tsv).</summary>
    public static ArgonCrossSection Embedded => EmbeddedTable.Value;

    /// <summary>Where the rows were read from (the resource name for <see cref="Embedded"/>).</summary>
    public string Source { get; }

    /// <summary>log10 of the tabulated energies [E in GeV], increasing.</summary>
    internal IReadOnlyList<double> Log10Energies => _logE;

    ArgonCrossSection(string source, double[] logE, double[][] sigmaOverE) => (Source, _logE, _sigmaOverE) = (source, logE, sigmaOverE);

    /// <summary>Parses a table in the format of the embedded one: '#' comments, the column header
    /// <see cref="Columns"/>, then rows of 7 numbers with log10 E strictly increasing (at least two rows).</summary>
    /// <param name="text">The table.</param>
    /// <param name="source">Name used in error messages.</param>
    /// <exception cref="InputException">Malformed; the message names <paramref name="source"/> and the line.</exception>
    internal static ArgonCrossSection Parse(string text, string source)
    {
        var table = TableResource.Build(text, source, Columns, values => Build(values, source));
        if (table._logE.Length < 2) throw new InputException("fewer than two rows: σ/E is interpolated between rows", source);
        return table;
    }

    /// <summary>The table from rows flattened row-major; an <see cref="ArgumentException"/> names a refused value
    /// (<see cref="TableResource.Build"/> turns it into an <see cref="InputException"/> at its line).</summary>
    static ArgonCrossSection Build(double[] values, string source)
    {
        int n = Columns.Length, rows = values.Length / n;
        var logE = new double[rows];
        var bySpecies = new double[FlavorExtensions.AllSpecies.Length][];
        foreach (var s in GlobesOrder) bySpecies[(int)s] = new double[rows];
        for (int r = 0; r < rows; r++)
        {
            logE[r] = values[r * n];
            for (int c = 1; c < n; c++)
            {
                double v = values[r * n + c];
                if (Math.Abs(v) <= NoiseFloor) v = 0;
                else if (v < 0) throw new ArgumentException($"negative σ/E {PlainTextLines.Format(v)} in column {Columns[c]}");
                bySpecies[(int)GlobesOrder[c - 1]][r] = v * TableUnit;
            }
        }
        return new ArgonCrossSection(source, logE, bySpecies);
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
        double l = Math.Log10(e);
        return l < _logE[0] ? 0 : Numerics.PiecewiseLinear.Clamped(_logE, _sigmaOverE[(int)s], l);
    }
}
