using SecretNu.Detection;
using SecretNu.Dune;
using SecretNu.Fluxes;
using SecretNu.Physics;

namespace SecretNu.Tests.Detection;

/// <summary>Issue 15 item 1: the beam-dump card kind ([accelerator]) and the DUNE ND card.</summary>
public class BeamDumpCardTests
{
    static readonly string DuneText = File.ReadAllText(TestData.Card("dune-nd"));

    [Fact]
    public void TheDuneCardHasTheNumbersOfTheIssue()
    {
        var c = ExperimentCatalog.Load("dune-nd");
        Assert.Equal(CardKinds.BeamDump, c.Kind);
        var a = c.Accelerator!;
        Assert.Equal((120.0, 1.1e21, 5.0, 5.0, 194.0), (a.ProtonEnergyGeV, a.PotPerYear, a.YearsFhc, a.YearsRhc, a.DecayPipeLengthM));
        Assert.Equal((574.0, TargetMaterial.Argon, 67.2, 0.02), (c.DistanceM, c.Target, c.TargetMassT, c.EfficiencyTau));
        Assert.Equal(5.5e21, a.ProtonsOnTarget(HornMode.Fhc));
        Assert.Equal(0.02, c.EfficiencyOf(Flavor.Tau));
        Assert.Equal(c.Efficiency, c.EfficiencyOf(Flavor.E));
        var own = c with { EfficiencyE = 0.5, EfficiencyMu = 0.6 };
        Assert.Equal((0.5, 0.6, 0.02), (own.EfficiencyOf(Flavor.E), own.EfficiencyOf(Flavor.Mu), own.EfficiencyOf(Flavor.Tau)));
        Assert.Equal(CardKinds.Collider, ExperimentCatalog.Load("faser-nu").Kind);
    }

    [Theory]
    [InlineData("proton_energy_gev = 120.0", "proton_energy_gev = 400.0", "must be 120")]
    [InlineData("years_fhc = 5.0", "years_fhc = -1.0", "must be >= 0")]
    [InlineData("pot_per_year = 1.1e21", "pot_per_year = 0.0", "must be > 0")]
    [InlineData("decay_pipe_length_m = 194.0", "decay_pipe_length_m = 600.0", "shorter than the detector's distance")]
    [InlineData("efficiency_tau = 0.02", "efficiency_tau = 1.5", "in (0, 1]")]
    [InlineData("years_rhc = 5.0", "", "missing required key 'years_rhc'")]
    [InlineData("[detector]", "[beam]\nsqrt_s_tev = 14.0\n[detector]", "[beam]: belongs to collider cards")]
    [InlineData("[detector]", "[generators]\nlight = [\"EPOSLHC\"]\n[detector]", "[generators]: belongs to collider cards")]
    public void BadBeamDumpCardsAreRefusedWithTheKeyAndLine(string from, string to, string message)
    {
        string text = DuneText.Replace(from, to);
        Assert.NotEqual(DuneText, text);
        var e = Assert.Throws<InputException>(() => ExperimentCardReader.Parse(text, "d.toml"));
        Assert.Contains(message, e.Message);
        Assert.Contains("d.toml:", e.Message);
    }

    [Fact]
    public void BothYearsZeroIsRefused()
    {
        var e = Assert.Throws<InputException>(() => ExperimentCardReader.Parse(DuneText.Replace("years_fhc = 5.0", "years_fhc = 0.0").Replace("years_rhc = 5.0", "years_rhc = 0"), "d.toml"));
        Assert.Contains("no beam time", e.Message);
    }

    [Fact]
    public void AColliderCardCannotTakeAnAcceleratorTableAndABeamDumpCardNoHadronFluxes()
    {
        string faser = File.ReadAllText(TestData.Card("faser-nu"));
        var e = Assert.Throws<InputException>(() => ExperimentCardReader.Parse(faser + "\n[accelerator]\npot_per_year = 1e20\n", "f.toml"));
        Assert.Contains("belongs to collider cards", e.Message);
        var data = DataDirectory.Resolve(TestData.Directory);
        var refused = Assert.Throws<InputException>(() => new FluxSetup(data, ExperimentCatalog.Load("dune-nd"), FluxSettings.Default));
        Assert.Contains("beam-dump card", refused.Message);
    }
}
