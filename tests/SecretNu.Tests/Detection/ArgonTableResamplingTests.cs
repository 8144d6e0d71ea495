using SecretNu.Detection;
using SecretNu.Physics;

namespace SecretNu.Tests.Detection;

/// <summary>
/// The embedded argon table against the full upstream file (run only when <see cref="ArgonTableResampling.EnvironmentVariable"/>
/// names a copy of it): it is the resampling's output, every upstream row is reproduced through
/// <see cref="ArgonCrossSection"/> to the stated tolerances, no row can be dropped, and the DUNE ND ν_μ CC rate moves
/// by less than 0.1 %.
/// </summary>
public class ArgonTableResamplingTests
{
    static readonly Lazy<ArgonTableResampling.Upstream> Table = new(ArgonTableResampling.Load);
    static ArgonTableResampling.Upstream Upstream => Table.Value;

    static string EmbeddedText()
    {
        using var stream = typeof(ArgonCrossSection).Assembly.GetManifestResourceStream(ArgonCrossSection.ResourceName)!;
        return new StreamReader(stream).ReadToEnd();
    }

    [UpstreamArgonTableFact]
    public void EmbeddedTableIsTheResampledUpstreamTable()
    {
        string expected = ArgonTableResampling.Tsv(Upstream, ArgonTableResampling.Select(Upstream));
        if (expected == EmbeddedText()) return;
        string written = Path.Combine(Path.GetTempPath(), "argon-cc-cross-sections.tsv");
        File.WriteAllText(written, expected);
        Assert.Fail($"src/SecretNu/Detection/argon-cc-cross-sections.tsv is not the resampling of the upstream file; the resampled text is in {written}");
    }

    [UpstreamArgonTableFact]
    public void EveryUpstreamRowIsReproducedThroughTheClass()
    {
        var ar = ArgonCrossSection.Embedded;
        for (int k = 0; k < Upstream.Count; k++)
        {
            double e = Math.Pow(10, Upstream.LogE[k]);
            for (int c = 0; c < ArgonTableResampling.Names.Length; c++)
            {
                double up = Upstream.Values[c][k], ours = ar.SigmaOverE(ArgonCrossSection.GlobesOrder[c], e) / ArgonCrossSection.TableUnit;
                // zeros stay zero (up to the rounding of log10(10^x) at the last zero row before a threshold)
                double allowed = up == 0 ? 1e-12 : ArgonTableResampling.Tolerance(c) * up;
                Assert.True(Math.Abs(ours - up) <= allowed,
                    $"{ArgonTableResampling.Names[c]} at {e:G6} GeV: {ours:G6} against upstream {up:G6}");
            }
        }
    }

    [UpstreamArgonTableFact]
    public void EveryEmbeddedRowIsAnUpstreamRowAndNoneCanBeDropped()
    {
        string[] lines = EmbeddedText().Split('\n', StringSplitOptions.RemoveEmptyEntries).Where(l => !l.StartsWith('#')).Skip(1).ToArray();
        var upstreamLines = Upstream.Fields.Select(f => string.Join('\t', f)).ToList();
        int[] rows = lines.Select(l => upstreamLines.IndexOf(l)).ToArray();
        Assert.DoesNotContain(-1, rows);
        Assert.Equal(0, rows[0]);
        Assert.Equal(Upstream.Count - 1, rows[^1]);
        for (int r = 0; r + 1 < rows.Length; r++) Assert.True(ArgonTableResampling.Covers(Upstream, rows[r], rows[r + 1]));
        for (int r = 1; r + 1 < rows.Length; r++)
            Assert.False(ArgonTableResampling.Covers(Upstream, rows[r - 1], rows[r + 1]), $"row {Upstream.Fields[rows[r]][0]} could be dropped");
        // the brief's own criterion: 0.3-100 GeV, nu_tau and nubar_tau above 4 GeV
        for (int c = 0; c < ArgonTableResampling.Names.Length; c++)
        {
            bool tau = ArgonTableResampling.IsTau(c);
            double low = tau ? ArgonTableResampling.TauRangeLow : ArgonTableResampling.BriefLow;
            Assert.InRange(ArgonTableResampling.MaxDeviation(Upstream, rows, c, low, ArgonTableResampling.BriefHigh), 0, ArgonTableResampling.Tolerance(c));
        }
    }

    [UpstreamArgonTableFact]
    public void DuneNuMuRateMovesByLessThanAPermille()
    {
        // the rate of ArgonCrossSectionTests.DuneNearDetectorNuMuChargedCurrentRate with every upstream row (1.00048e8,
        // the branch's value) and with the embedded rows
        var rows = DuneFlux.Rows();
        double Rate(Func<double, double> sigma) => rows.Sum(r => r[DuneFlux.NuMuColumn] * DuneFlux.BinWidth * sigma(r[0])) * DuneFlux.PotPerYear * DuneFlux.Nucleons;
        int mu = Array.IndexOf(ArgonCrossSection.GlobesOrder, NeutrinoSpecies.NuMu);
        double full = Rate(e =>
        {
            double l = Math.Log10(e);
            int j = Array.FindIndex(Upstream.LogE, x => x > l);
            double t = (l - Upstream.LogE[j - 1]) / (Upstream.LogE[j] - Upstream.LogE[j - 1]);
            double a = Upstream.Values[mu][j - 1], b = Upstream.Values[mu][j];
            return (a + t * (b - a)) * ArgonCrossSection.TableUnit * e;
        });
        double embedded = Rate(e => ArgonCrossSection.Embedded.Sigma(NeutrinoSpecies.NuMu, e));
        Assert.Equal(1.00048e8, full, 0.00001e8);
        Assert.Equal(1, embedded / full, 1e-3);
    }
}
