using System.Collections.Immutable;
using System.Text.Json;
using SecretNu.Detection;
using SecretNu.Fluxes;
using SecretNu.Output;
using SecretNu.Physics;
using SecretNu.Production;
using SecretNu.Scans;

namespace SecretNu.Tests.Detection;

/// <summary>
/// Issue 12 point 1: every card field is declared once (<see cref="ExperimentCardSchema"/>), and the reader, the JSON
/// echo, the physics key and the documentation derive from it. The key is complete when a field that changes a number is
/// in it: every field outside the key is changed here and the events of the whole chain (fluxes → σ n_T ε → smearing,
/// with the paper's and the realistic detector) must stay bit-identical — or scale exactly, for the exposure.
/// </summary>
public class ExperimentCardSchemaTests
{
    static readonly ExperimentCard FaserNu = ExperimentCatalog.Load("faser-nu");
    static readonly ExperimentCard DuneNd = ExperimentCatalog.Load("dune-nd");

    /// <summary>The card a field is changed on: DUNE ND for the beam-dump fields, FASERν otherwise.</summary>
    static ExperimentCard Base(CardField f) => ExperimentCardSchema.KindsOf(f.Table ?? "") == CardKinds.BeamDump ? DuneNd : FaserNu;

    /// <summary>A different value of the same type (validity does not matter for the key; the event test uses
    /// <see cref="Harmless"/>).</summary>
    static object Perturb(object? value) => value switch
    {
        double x => x * 1.5 + 0.125,
        bool b => !b,
        string s => s + "-changed",
        BeamlineRun r => r == BeamlineRun.Run2 ? BeamlineRun.Run3 : BeamlineRun.Run2,
        TargetMaterial t => t == TargetMaterial.Tungsten ? TargetMaterial.Argon : TargetMaterial.Tungsten,
        ImmutableArray<string> list => list.Add("OTHER"),
        null => "/some/folder",
        _ => throw new InvalidOperationException($"no perturbation for {value.GetType().Name}: extend the test with the new field type"),
    };

    public static TheoryData<string> PhysicsFields => [.. ExperimentCardSchema.Fields.Where(f => f.Role == CardFieldRole.Physics).Select(f => f.Path)];

    public static TheoryData<string> OtherFields => [.. ExperimentCardSchema.Fields.Where(f => f.Role != CardFieldRole.Physics).Select(f => f.Path)];

    static CardField Field(string path) => ExperimentCardSchema.Fields.Single(f => f.Path == path);

    [Theory]
    [MemberData(nameof(PhysicsFields))]
    public void EveryPhysicsFieldIsInTheKey(string path)
    {
        CardField f = Field(path);
        var changed = f.Set(Base(f), Changed(f));
        Assert.NotEqual(ExperimentCardSchema.PhysicsKey(Base(f)), ExperimentCardSchema.PhysicsKey(changed));
    }

    [Theory]
    [MemberData(nameof(OtherFields))]
    public void FieldsOutsideTheKeyLeaveItAlone(string path)
    {
        CardField f = Field(path);
        var changed = f.Set(Base(f), Harmless(f));
        Assert.Equal(ExperimentCardSchema.PhysicsKey(Base(f)), ExperimentCardSchema.PhysicsKey(changed));
    }

    /// <summary>Another value of a physics field (the [analysis] fields are absent from the FASERν card).</summary>
    static object? Changed(CardField f) => f.Path switch
    {
        "analysis.reco_bins_per_decade" => 5.0,
        "analysis.samples" => ImmutableArray.Create("e"),
        "detector.efficiency_e" or "detector.efficiency_mu" or "detector.efficiency_tau" => 0.5,
        _ => Perturb(f.Get(Base(f))),
    };

    /// <summary>A valid other value for a field outside the key.</summary>
    static object? Harmless(CardField f) => f.Path switch
    {
        "statistics.exposure_scale" => 2.0,
        "published.folder" => "FASERv2",
        "published.directory" => "/tmp",
        _ => Perturb(f.Get(Base(f))),
    };

    [Fact]
    public void EveryFieldOutsideTheKeyLeavesTheEventsAloneOrScalesThemExactly()
    {
        var data = DataDirectory.Resolve(TestData.Directory);
        var direction = CouplingMatrix.Parse("etau=1");
        var samples = EventSample.SeedFlavours(direction).SelectMany(f => EventSample.Of(f, false)).ToArray();
        double[] Events(ExperimentCard card)
        {
            var setup = new FluxSetup(data, card, FluxSettings.Default);
            var calc = new FluxCalculation(setup, setup.DefaultGenerators, AcceptanceMode.Collinear, ZPrimeOptions.Default, AnalysisGrid.TrueEdges);
            var sigma = new CrossSection(data, card.Target);
            return [.. new[] { false, true }.SelectMany(realistic => // the paper's detector and the [realistic] one
            {
                var model = new ZPrimeEventModel(calc.ZPrimeModel(0.01, direction), calc.StandardModel,
                    new DetectorResponse(card, sigma, realistic: realistic), samples);
                var predicted = new double[samples.Length * model.RecoBins];
                model.Predict(3e-2, 1, new double[model.ScratchLength], predicted);
                return predicted;
            })];
        }
        double[] reference = Events(FaserNu);
        Assert.True(reference.Sum() > 0);
        // the beam-dump fields outside the key (the pipe radius) are read by no event code: FASERν cannot carry them
        var others = ExperimentCardSchema.Fields.Where(f => f.Role != CardFieldRole.Physics && Base(f) == FaserNu).ToArray();
        Assert.Contains(others, f => f.Role == CardFieldRole.Exposure);
        foreach (CardField f in others)
        {
            double[] events = Events(f.Set(FaserNu, Harmless(f)));
            double scale = f.Role == CardFieldRole.Exposure ? (double)Harmless(f)! / (double)f.Get(FaserNu)! : 1.0;
            for (int i = 0; i < events.Length; i++)
                Assert.True(events[i] == scale * reference[i] || Math.Abs(events[i] - scale * reference[i]) <= 1e-14 * scale * reference.Max(),
                    $"{f.Path} ({f.Role}) changes the events of bin {i}: {reference[i]:R} → {events[i]:R}; it belongs in the physics key");
        }
    }

    [Fact]
    public void TheReaderAcceptsExactlyTheDeclaredKeys()
    {
        foreach (CardField f in ExperimentCardSchema.Fields.Where(f => f.Table is not null))
            Assert.Contains(f.Key, ExperimentCardSchema.Tables[f.Table!]);
        Assert.Equal(ExperimentCardSchema.Fields.Count(f => f.Table is not null), ExperimentCardSchema.Tables.Values.Sum(k => k.Length));
        var e = Assert.Throws<InputException>(() => ExperimentCardReader.Parse(
            File.ReadAllText(TestData.Card("faser-nu")).Replace("[detector]", "[detector]\nmystery_m = 1"), "x.toml"));
        Assert.Contains("unknown key 'mystery_m' in [detector]", e.Message);
    }

    [Fact]
    public void TheJsonEchoHasEveryFieldTheCardHasAndNoOther()
    {
        using var stream = new MemoryStream();
        using (var w = new Utf8JsonWriter(stream)) { w.WriteStartObject(); CardJson.Write(w, "card", FaserNu); w.WriteEndObject(); }
        using var doc = JsonDocument.Parse(stream.ToArray());
        var written = new List<string>();
        foreach (var p in doc.RootElement.GetProperty("card").EnumerateObject())
            if (p.Value.ValueKind == JsonValueKind.Object) written.AddRange(p.Value.EnumerateObject().Select(q => $"{p.Name}.{q.Name}"));
            else written.Add(p.Name);
        var expected = ExperimentCardSchema.Fields.Where(f => f.Get(FaserNu) is not null).Select(f => f.JsonName).ToList();
        Assert.Equal(expected, written);
        Assert.Equal(480.0, doc.RootElement.GetProperty("card").GetProperty("distance_m").GetDouble());
        Assert.Equal("run2", doc.RootElement.GetProperty("card").GetProperty("beamline").GetString());
    }

    [Fact]
    public void TheDocumentationShowsTheDeclaredSchema()
    {
        string docs = File.ReadAllText(Path.Combine(Path.GetDirectoryName(TestData.Card("faser-nu"))!, "..", "docs", "experiment-cards.md"));
        Assert.Contains(ExperimentCardSchema.MarkdownTable(), docs.ReplaceLineEndings("\n"));
    }
}

public class CrossSectionSourceTests
{
    [Fact]
    public void TheTungstenFilesComeFromTheFaserNuDetector()
    {
        // two declarations of one detector (the card's and the cross-section files'): they must agree
        var card = ExperimentCatalog.Load("faser-nu");
        var source = CrossSectionSource.Of(TargetMaterial.Tungsten);
        Assert.Equal((card.TargetMassT, card.WidthM, card.HeightM, card.PublishedFolder), (source.TargetMassT, source.WidthM, source.HeightM, source.PublishedFolder));
        Assert.Equal("quoted", source.Status);
        // n_T = 1.2e6 g / (1.66054e-24 g × 625 cm²) = 1.156e27 nucleons per cm² (computed by hand)
        Assert.Equal(1.2e6 / (1.66053906660e-24 * 625), source.NucleonsPerCm2, 1e-9 * source.NucleonsPerCm2);
    }

    [Fact]
    public void ArgonIsMarkedAssumed() => Assert.Equal(("FLArE", "assumed"), (CrossSectionSource.Of(TargetMaterial.Argon).PublishedFolder, CrossSectionSource.Of(TargetMaterial.Argon).Status));
}
