using System.Text.Json;
using SecretNu.Fluxes;
using SecretNu.Output;
using SecretNu.Physics;
using SecretNu.Scans;
using SecretNu.Statistics;

namespace SecretNu.Tests.Hardening;

/// <summary>
/// No NaN or ±∞ in any output: the shared guard (<see cref="OutputNumber"/>) behind every CSV, text and JSON writer
/// refuses a non-finite number with an <see cref="InvalidOperationException"/> naming the quantity (an internal error,
/// exit code 1), and since every text is built before any file is written, nothing is left behind.
/// </summary>
public class NonFiniteOutputTests
{
    public static IEnumerable<object[]> NonFinite => [[double.NaN], [double.PositiveInfinity], [double.NegativeInfinity]];

    [Theory]
    [MemberData(nameof(NonFinite))]
    public void The_shared_formatter_refuses_non_finite_numbers(double x)
    {
        var e = Assert.Throws<InvalidOperationException>(() => OutputNumber.Text(x, "sm_per_decay"));
        Assert.Contains("sm_per_decay", e.Message);
        Assert.Contains("non-finite", e.Message);
        Assert.Equal("0.1", OutputNumber.Text(0.1, "x"));
        Assert.Equal("1.00000", OutputNumber.Text(1, "x", "F5"));
    }

    [Theory]
    [MemberData(nameof(NonFinite))]
    public void Json_numbers_are_refused_by_name(double x)
    {
        var e = Assert.Throws<InvalidOperationException>(() => JsonOutput.Serialize(new ZPrimeUnitWidthsJson(1, x)));
        Assert.Contains("off_diagonal", e.Message);
        e = Assert.Throws<InvalidOperationException>(() => JsonOutput.Serialize(new SpectrumLineJson(0.1, x)));
        Assert.Contains("per_decay", e.Message);
        e = Assert.Throws<InvalidOperationException>(() => JsonOutput.Serialize(new DecidingJson([0.1, x], "none")));
        Assert.Contains("range_GeV", e.Message);
        e = Assert.Throws<InvalidOperationException>(() => JsonOutput.Serialize(new VerdictJson("faser-nu", "ee", "all", [[0.1, 0.2], [0.3, x]], [])));
        Assert.Contains("ranges_GeV", e.Message);
        e = Assert.Throws<InvalidOperationException>(() => JsonOutput.Serialize(new SpectrumJson("K+", 0.01, JsonOutput.Named([("ee", 1e-3), ("etau", x)]),
            1, 1, "", [], "")));
        Assert.Contains("etau", e.Message);
        // the hand-written card keeps its own guard
        e = Assert.Throws<InvalidOperationException>(() =>
        {
            using var w = new Utf8JsonWriter(Stream.Null);
            w.WriteStartObject();
            w.WriteFinite("default_ratio", x);
        });
        Assert.Contains("default_ratio", e.Message);
    }

    [Fact]
    public void Widths_with_a_NaN_are_refused_and_no_file_is_written()
    {
        WidthsReport good = WidthsReport.Compute(0.01);
        WidthsReport bad = good with { Channels = [good.Channels[0] with { MeanNeutrino = double.NaN }, .. good.Channels.Skip(1)] };
        using var temp = new TempDirectory();
        string path = Path.Combine(temp.Path, "widths.json");
        var e = Assert.Throws<InvalidOperationException>(() => AtomicFiles.WriteText(path, bad.ToJson()));
        Assert.Contains("neutrino", e.Message);
        Assert.Empty(Directory.EnumerateFileSystemEntries(temp.Path));
        using (JsonDocument.Parse(good.ToJson())) { } // the same writer with finite numbers is fine
    }

    [Fact]
    public void A_bound_curve_with_a_NaN_is_refused_and_no_file_is_written()
    {
        LimitCurve Curve(string coupling, double g) => new("faser-nu", coupling, new GeneratorChoice("EPOSLHC", "SIBYLL"), ["e"],
            [new LimitPoint(0.01, new LimitResult(LimitStatus.Found, g, 2.70554, g, 12, "found"), [3.0], [100.0])]);
        LimitCurve[] curves = [Curve("etau", 1e-3), Curve("ee", double.NaN)];
        var request = new CampaignRequest([], [("etau", CouplingMatrix.Parse("etau=1")), ("ee", CouplingMatrix.Parse("ee=1"))], [0.01],
            AcceptanceMode.Exact, ZPrimeOptions.Default, StatisticsOptions.Paper, new LimitFinderOptions(), Band: false);
        // the reference flux calculation is only needed for limit.json, which is never reached
        var result = new CampaignResult(curves, [], [], null!, new Dictionary<string, TimeSpan>(), [], DataDirectory.Resolve(TestData.Directory));
        using var temp = new TempDirectory();
        var e = Assert.Throws<InvalidOperationException>(() => LimitReport.Write(result, request, temp.Path, "limit"));
        Assert.Contains("g90", e.Message);
        Assert.Empty(Directory.EnumerateFileSystemEntries(temp.Path)); // not limit.csv, not faser-nu_etau.txt, no .tmp
        Assert.Contains("g_ee", Assert.Throws<InvalidOperationException>(() => LimitReport.TwoColumn(curves[1], "limit.json")).Message);
    }
}
