using SecretNu.Tests.Cli;

namespace SecretNu.Tests.Hardening;

/// <summary>Issue 11 point 1: a missing or altered input file is an error naming it, never a silently different result
/// (on the earlier main, limit dropped the parent of a missing table and exited 0 with g_eτ(10 MeV) 1.676e-2 instead of 1.646e-2).</summary>
public class DataIntegrityTests
{
    const string KaonTable = "foresee/hadrons/14TeV/EPOSLHC/EPOSLHC_14TeV_321.txt";
    const string DsTable = "foresee/hadrons/14TeV/SIBYLL/SIBYLL_14TeV_431.txt";
    const string CcFile = "fast-neutrino-flux/Fluxes/FASERv/FASER_CCint_16.txt";

    static (int Code, string Out, string Err) Limit(MirroredData data) =>
        CliRunner.Run("limit", "--coupling", "etau", "--masses", "10MeV", "--no-band", "--data", data.Root, "--out", data.Out);

    [Theory]
    [InlineData(KaonTable)]
    [InlineData(DsTable)]
    [InlineData(CcFile)]
    public void AMissingFileIsAnErrorNamingIt(string relative)
    {
        using var data = new MirroredData((relative, null));
        var r = Limit(data);
        Assert.Equal(2, r.Code);
        Assert.Contains(Path.GetFileName(relative), r.Err);
        Assert.Contains("missing", r.Err);
        Assert.False(Directory.Exists(data.Out)); // nothing written, not even an empty --out
    }

    [Fact]
    public void AnAlteredButReadableTableIsRefused()
    {
        // one more comment line: the table still parses, but it is not the file the results were validated with
        using var data = new MirroredData((KaonTable, "# an edited copy\n" + MirroredData.RealText(KaonTable)));
        var r = Limit(data);
        Assert.Equal(2, r.Code);
        Assert.Contains("EPOSLHC_14TeV_321.txt", r.Err);
        Assert.Contains("altered", r.Err);
    }

    [Fact]
    public void VerifyListsEveryProblem()
    {
        using var data = new MirroredData((KaonTable, null), (CcFile, "# edited\n" + MirroredData.RealText(CcFile)));
        var r = CliRunner.Run("data", "verify", "--data", data.Root);
        Assert.Equal(2, r.Code);
        Assert.Contains($"{KaonTable}: missing", r.Err);
        Assert.Contains($"{CcFile}: altered", r.Err);
        Assert.Contains("2 of 275 files", r.Err);
        var ok = CliRunner.Run("data", "verify", "--data", TestData.Directory);
        Assert.True(ok.Code == 0, ok.Err);
        Assert.Contains("all 275 files", ok.Out);
    }
}
