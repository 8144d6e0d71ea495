using SecretNu.Detection;
using SecretNu.Production;

namespace SecretNu.Tests.Detection;

public class ExperimentCardReaderTests
{
    static string Experiments => ExperimentCatalog.FindUpward(AppContext.BaseDirectory)!;

    static ExperimentCard Card(string name) => ExperimentCardReader.Read(Path.Combine(Experiments, name + ".toml"));

    [Fact]
    public void FaserNu()
    {
        ExperimentCard c = Card("faser-nu");
        Assert.Equal("faser-nu", c.Name);
        Assert.Equal(14.0, c.SqrtSTeV);
        Assert.Equal("14", c.EnergyLabel);
        Assert.Equal(150.0, c.LuminosityFb);
        Assert.Equal(1.5e5, c.LuminosityInversePb);
        Assert.Equal(BeamlineRun.Run2, c.Beamline);
        Assert.Equal((480.0, 0.25, 0.25, 0.0, 0.0), (c.DistanceM, c.WidthM, c.HeightM, c.OffsetXM, c.OffsetYM));
        Assert.Equal(0.0625, c.FaceAreaM2, 12);
        Assert.Equal((TargetMaterial.Tungsten, 1.2), (c.Target, c.TargetMassT));
        Assert.Equal((0.8, 0.30, false), (c.Efficiency, c.EnergyResolution, c.ChargeIdentification));
        Assert.Equal(1.0, c.ExposureScale);
        Assert.Equal(["EPOSLHC", "SIBYLL", "QGSJET"], c.LightGenerators.ToArray());
        Assert.Equal(["SIBYLL+Pythia8", "SIBYLL", "Pythia8", "NLO-P8"], c.CharmGenerators.ToArray());
        Assert.Equal("FASERv", c.PublishedFolder);
        Assert.Equal("arXiv:2001.03073; seed paper", c.Reference);
        Assert.EndsWith("faser-nu.toml", c.SourcePath);
    }

    [Theory]
    [InlineData("faser2-nu-x100", 100.0)]
    [InlineData("faser2-nu-x1000", 1000.0)]
    public void Faser2ScaledCardsDifferOnlyInScale(string name, double scale)
    {
        ExperimentCard seed = Card("faser-nu"), c = Card(name);
        Assert.Equal(name, c.Name);
        Assert.Equal(scale, c.ExposureScale);
        Assert.Null(c.PublishedFolder);
        Assert.Equal(seed with { ExposureScale = scale, Name = name, Description = c.Description, PublishedFolder = null,
            SourcePath = c.SourcePath, LightGenerators = c.LightGenerators, CharmGenerators = c.CharmGenerators }, c);
        Assert.Equal(seed.LightGenerators.ToArray(), c.LightGenerators.ToArray());
        Assert.Equal(seed.CharmGenerators.ToArray(), c.CharmGenerators.ToArray());
    }

    [Fact]
    public void FaserNu2AtFpf()
    {
        ExperimentCard c = Card("fasernu2-fpf");
        Assert.Equal((620.0, 0.40, 0.40, 20.0, 3000.0), (c.DistanceM, c.WidthM, c.HeightM, c.TargetMassT, c.LuminosityFb));
        Assert.Equal(BeamlineRun.Run4, c.Beamline);
        Assert.Equal("FASERv2", c.PublishedFolder);
    }

    [Fact]
    public void SndLhcOffAxisFace()
    {
        ExperimentCard c = Card("snd-lhc");
        // Face 0.080 < x < 0.470 m, 0.155 < y < 0.545 m.
        Assert.Equal(0.080, c.OffsetXM - c.WidthM / 2, 12);
        Assert.Equal(0.470, c.OffsetXM + c.WidthM / 2, 12);
        Assert.Equal(0.155, c.OffsetYM - c.HeightM / 2, 12);
        Assert.Equal(0.545, c.OffsetYM + c.HeightM / 2, 12);
        Assert.Equal((480.0, 0.83, 150.0), (c.DistanceM, c.TargetMassT, c.LuminosityFb));
        Assert.Equal("SND@LHC", c.PublishedFolder);
    }

    [Fact]
    public void EveryCardIsValidAndItsGeneratorsExist()
    {
        string[] files = Directory.GetFiles(Experiments, "*.toml");
        Assert.True(files.Length >= 5);
        foreach (string file in files)
        {
            ExperimentCard c = ExperimentCardReader.Read(file);
            Assert.Equal(Path.GetFileNameWithoutExtension(file), c.Name);
            if (c.Kind == CardKinds.BeamDump) { Assert.NotNull(c.Accelerator); Assert.Empty(c.LightGenerators); continue; }
            IReadOnlyList<string> generators = HadronTableCatalog.Generators(TestData.Directory, c.EnergyLabel);
            // a name joined with '+' averages generators: each part must exist
            foreach (string g in c.LightGenerators.SelectMany(SecretNu.Fluxes.GeneratorChoice.Parts))
                Assert.Equal(HadronTableCatalog.LightHadrons.ToArray(), HadronTableCatalog.Species(TestData.Directory, c.EnergyLabel, g)
                    .Where(HadronTableCatalog.LightHadrons.Contains).ToArray());
            foreach (string g in c.CharmGenerators.SelectMany(SecretNu.Fluxes.GeneratorChoice.Parts))
                Assert.Equal(HadronTableCatalog.CharmHadrons.ToArray(), HadronTableCatalog.Species(TestData.Directory, c.EnergyLabel, g)
                    .Where(HadronTableCatalog.CharmHadrons.Contains).ToArray());
            Assert.All(c.LightGenerators.Concat(c.CharmGenerators).SelectMany(SecretNu.Fluxes.GeneratorChoice.Parts), g => Assert.Contains(g, generators));
        }
    }

    const string Minimal = """
        name = "mini"
        description = "minimal card"
        [beam]
        sqrt_s_tev = 13.6
        luminosity_fb = 250
        beamline = "run3"
        [detector]
        distance_m = 620
        width_m = 1
        height_m = 1
        target = "argon"
        target_mass_t = 10
        efficiency = 1
        energy_resolution = 0
        charge_identification = true
        [generators]
        light = ["EPOSLHC"]
        charm = ["Pythia8"]
        """;

    [Fact]
    public void OptionalKeysDefaultAndIntegersAreNumbers()
    {
        ExperimentCard c = ExperimentCardReader.Parse(Minimal, "mini.toml");
        Assert.Equal("13.6", c.EnergyLabel);
        Assert.Equal(250.0, c.LuminosityFb);
        Assert.Equal(BeamlineRun.Run3, c.Beamline);
        Assert.Equal(TargetMaterial.Argon, c.Target);
        Assert.Equal((0.0, 0.0, 1.0), (c.OffsetXM, c.OffsetYM, c.ExposureScale));
        Assert.Null(c.Reference);
        Assert.Null(c.PublishedFolder);
        Assert.Null(c.SourcePath);
        Assert.True(c.ChargeIdentification);
    }

    [Fact]
    public void ErrorsInInlineTextNameTheSource()
    {
        var e = Assert.Throws<InputException>(() =>
            ExperimentCardReader.Parse(Minimal.Replace("luminosity_fb = 250", "luminosity_fb = -1"), "inline.toml"));
        Assert.StartsWith("inline.toml:5:", e.Message);
        Assert.Contains("luminosity_fb", e.Message);
    }
}
