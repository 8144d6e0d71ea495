namespace SecretNu.Tests.Output;

/// <summary>Issue 11: every column of the CSV outputs is described in docs/outputs.md (it was documented nowhere).</summary>
public class OutputsDocTests
{
    static string Doc() => File.ReadAllText(Path.GetFullPath(Path.Combine(Path.GetDirectoryName(TestData.Card("faser-nu"))!, "..", "docs", "outputs.md")));

    [Fact]
    public void EveryCsvColumnIsDocumented()
    {
        string doc = Doc();
        string[] limit = ["experiment", "coupling", "light_generator", "charm_generator", "mass_GeV", "g90", "status", "delta_chi2_at_g90", "evaluations",
            "sampleK", "new_events{K}", "sm_events{K}", "g90_band_min", "g90_band_max"];
        string[] flux = ["e_low_GeV", "e_high_GeV", "e_centre_GeV", "species", "parent", "sm", "zprime_primary", "zprime_decayed", "zprime_undecayed"];
        string[] bounds = ["constraint", "source", "method", "computed", "cl", "default", "mass_GeV", "g", "status", "coupling"];
        foreach (string column in limit.Concat(flux).Concat(bounds)) Assert.Contains($"`{column}`", doc);
        // and the headers the code writes are these
        Assert.StartsWith("experiment,coupling,light_generator,charm_generator,mass_GeV,g90,status,delta_chi2_at_g90,evaluations,sample1,new_events1,sm_events1",
            SecretNu.Output.LimitReport.Csv([new SecretNu.Scans.LimitCurve("x", "etau", new SecretNu.Fluxes.GeneratorChoice("A", "B"), ["s"], [])]));
        Assert.Equal("constraint,source,method,computed,cl,default,mass_GeV,g,status,coupling\n",
            SecretNu.Output.ConstraintReport.Csv(new Dictionary<string, IReadOnlyList<SecretNu.Bounds.ExistingBound>>()));
        foreach (string file in new[] { "limit.csv", "limit.json", "flux.csv", "bounds.csv", "plane.csv", "summary.md", "limits.json", ".yaml" })
            Assert.Contains(file, doc);
    }
}
