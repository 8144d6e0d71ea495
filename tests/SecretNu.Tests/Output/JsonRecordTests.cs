using System.Text;
using System.Text.Json;
using SecretNu.Detection;
using SecretNu.Output;
using SecretNu.Scans;
using SecretNu.Statistics;

namespace SecretNu.Tests.Output;

/// <summary>
/// Issue 12: the JSON outputs are immutable records serialised by System.Text.Json (<see cref="JsonOutput.Options"/>).
/// Each record round-trips (serialise → deserialise → equal, and the same bytes again), and the keys the records
/// write are the ones docs/outputs.md documents.
/// </summary>
public class JsonRecordTests
{
    static T RoundTrip<T>(T value) => JsonOutput.Deserialize<T>(Encoding.UTF8.GetBytes(JsonOutput.Serialize(value)));

    /// <summary>Serialises, reads back, and checks the text written again is the same; returns the record read.</summary>
    static T SameBytes<T>(T value)
    {
        string text = JsonOutput.Serialize(value);
        var back = JsonOutput.Deserialize<T>(Encoding.UTF8.GetBytes(text));
        Assert.Equal(text, JsonOutput.Serialize(back));
        return back;
    }

    static JsonElement Card() => JsonOutput.CardElement(ExperimentCardReader.Read(TestData.Card("faser-nu")));

    /// <summary>The JSON keys a record writes (in order), from the shared options' contract.</summary>
    static string[] Keys<T>() => JsonOutput.Options.GetTypeInfo(typeof(T)).Properties.OrderBy(p => p.Order).Select(p => p.Name).ToArray();

    [Fact]
    public void Records_of_numbers_and_text_round_trip_equal()
    {
        Assert.Equal(new InputFile("foresee/a.txt", 123, new string('a', 64)), RoundTrip(new InputFile("foresee/a.txt", 123, new string('a', 64))));
        Assert.Equal(new InputDigest("/abs/b.toml", new string('b', 64)), RoundTrip(new InputDigest("/abs/b.toml", new string('b', 64))));
        Assert.Equal(new HelicityFractionsJson(0.9, 0.06, 0.04), RoundTrip(new HelicityFractionsJson(0.9, 0.06, 0.04)));
        Assert.Equal(new MeanEnergiesJson(0.1, 1e-7, 0.2), RoundTrip(new MeanEnergiesJson(0.1, 1e-7, 0.2)));
        Assert.Equal(new ZPrimeUnitWidthsJson(1.3e-4, 2.6e-4), RoundTrip(new ZPrimeUnitWidthsJson(1.3e-4, 2.6e-4)));
        Assert.Equal(new SpectrumLineJson(0.2355, 0.99), RoundTrip(new SpectrumLineJson(0.2355, 0.99)));
        foreach (var contour in new[] { new PlaneContourJson(0.01, 41, true, false, null, "SM truth"), new PlaneContourJson(0.1, 12, false, false, true, "Z′ truth") })
            Assert.Equal(contour, RoundTrip(contour));
        var sm = new FluxTotalJson("nu_e", 2.6e11);
        var z = sm with { ZprimePrimary = 3008.5, ZprimeDecayed = 7.1e6, ZprimeUndecayed = 0, ZprimeNew = 7.1e6 + 3008.5 };
        Assert.Equal(sm, RoundTrip(sm));
        Assert.Equal(z, RoundTrip(z));
        Assert.DoesNotContain("zprime", JsonOutput.Serialize(sm)); // SM alone: the Z′ keys are absent, not null
    }

    [Fact]
    public void The_widths_document_round_trips()
    {
        var doc = WidthsReport.Compute(0.01).ToDocument();
        var back = SameBytes(doc);
        Assert.Equal(doc.MassGeV, back.MassGeV);
        Assert.Equal(doc.Normalisation, back.Normalisation);
        Assert.Equal(doc.Channels, back.Channels); // element by element: records of numbers
        Assert.Equal(doc.Zprime, back.Zprime);
        Assert.Equal(doc.Inputs, back.Inputs);
        Assert.Equal((doc.Program, doc.Version), (back.Program, back.Version));
        Assert.Equal(WidthsReport.Compute(0.01).ToJson(), JsonOutput.Serialize(back));
    }

    [Fact]
    public void The_constraint_blocks_round_trip()
    {
        var existing = new ExistingConstraintJson("PIENU R_π", "pienu-rpi", "ee", "arXiv:1506.05845", "PIENU, PRL 115 (2015)", "R_π", "meson_ratio",
            true, 0.9, true, "confirmed", null, "a note", [1e-3, 0.01, 0.1], [1e-2, 3e-3, 4e-3]);
        Assert.Equivalent(existing, SameBytes(existing), strict: true);
        Assert.DoesNotContain("variant_of", JsonOutput.Serialize(existing));
        var verdict = new VerdictJson("faser-nu", "etau", "all", [[0.05, 0.1], [0.12, 0.15]], [new DecidingJson([0.05, 0.1], "NA62 R_K"), new DecidingJson([0.12, 0.15], "none")]);
        Assert.Equivalent(verdict, SameBytes(verdict), strict: true);
        var statement = new PaperStatementJson("FASERν beats the existing bounds for m_Z′ ≳ 50 MeV", "etau", "faser-nu", "holds", [[0.05, 0.3]], [0.97], null);
        Assert.Equivalent(statement, SameBytes(statement), strict: true);
        var seed = statement with { CoveredFractionSeedMode = [1.0] };
        Assert.Equivalent(seed, SameBytes(seed), strict: true);
    }

    [Fact]
    public void Documents_with_a_card_and_typed_settings_round_trip_to_the_same_bytes()
    {
        var settings = JsonOutput.Typed([new("normalisation", "derived"), new("include_d_plus", "true"), new("normalisation_sigma", "0.10"), new("cap", "1E-09")]);
        Assert.Equal(JsonValueKind.String, settings["normalisation"].ValueKind);
        Assert.Equal(JsonValueKind.True, settings["include_d_plus"].ValueKind);
        Assert.Equal(0.1, settings["normalisation_sigma"].GetDouble());
        Assert.Equal(new[] { "normalisation", "include_d_plus", "normalisation_sigma", "cap" }, settings.Keys);

        var plane = new PlaneJson(Card(), "ee", "etau", 0.9, 4.605170185988092, "standard model", "note",
            [new PlaneContourJson(0.01, 41, true, true, null, "SM truth: the region outside the contour is excluded.")])
        { Inputs = [new InputFile("a.txt", 1, new string('0', 64))] };
        var back = SameBytes(plane);
        Assert.Equal(plane.Contours, back.Contours);
        Assert.Equal("faser-nu", back.Experiment.GetProperty("name").GetString());

        var flux = new FluxJson(Card(), "/data", "EPOSLHC", "SIBYLL+Pythia8", "exact", settings, 150000, 0.01, JsonOutput.Named([("ee", 0), ("etau", 1e-3)]),
            "neutrinos", [10, 12.67], [new FluxTotalJson("nu_e", 2.6e11) { ZprimePrimary = 1, ZprimeDecayed = 2, ZprimeUndecayed = 0, ZprimeNew = 3 }]);
        var fluxBack = SameBytes(flux);
        Assert.Equal(flux.Totals, fluxBack.Totals);
        Assert.Equal(flux.Couplings, fluxBack.Couplings);
        var smOnly = flux with { MassGeV = null, Couplings = null };
        string text = JsonOutput.Serialize(smOnly);
        Assert.DoesNotContain("mass_GeV", text);
        Assert.DoesNotContain("couplings", text);
        SameBytes(smOnly);

        var limit = new LimitJson("/data", [new LimitExperimentJson(Card())], "EPOSLHC", "SIBYLL+Pythia8", ["EPOSLHC + SIBYLL"], "exact", settings, settings, 0.9,
            settings, "2 from 0.01 to 0.1 GeV", null, [10, 12.589254117941675], [new LimitCurveJson("faser-nu", "etau", "EPOSLHC + SIBYLL+Pythia8", ["nu_e CC"], 2, 1)],
            [], [], [], null);
        var limitBack = SameBytes(limit);
        Assert.Equal(limit.Curves[0] with { Samples = limitBack.Curves[0].Samples }, limitBack.Curves[0]);
        Assert.DoesNotContain("\"truth\"", JsonOutput.Serialize(limit));
        Assert.DoesNotContain("paper_statements", JsonOutput.Serialize(limit));
    }

    [Fact]
    public void Limit_json_keeps_the_place_of_masses_and_truth_and_refuses_other_settings()
    {
        Assert.Equal(Array.IndexOf(Keys<LimitJson>(), "limit_finder") + 1, Array.IndexOf(Keys<LimitJson>(), "masses"));
        Assert.Equal(Array.IndexOf(Keys<LimitJson>(), "masses") + 1, Array.IndexOf(Keys<LimitJson>(), "truth"));
        Assert.Equal(Array.IndexOf(Keys<LimitJson>(), "truth") + 1, Array.IndexOf(Keys<LimitJson>(), "reco_bins_GeV"));
        var e = Assert.Throws<ArgumentException>(() => LimitReport.Document([], [], null, DataDirectory.Resolve(TestData.Directory), SecretNu.Fluxes.ZPrimeOptions.Default, StatisticsOptions.Paper, new LimitFinderOptions(),
            new Dictionary<string, IReadOnlyList<SecretNu.Bounds.ExistingBound>>(), [], [], [], [new("seed", "1")]));
        Assert.Contains("'seed'", e.Message);
    }

    [Fact]
    public void Every_document_starts_with_the_provenance()
    {
        foreach (var keys in new[] { Keys<WidthsJson>(), Keys<SpectrumJson>(), Keys<FluxJson>(), Keys<FluxValidationJson>(), Keys<PlaneJson>(),
                     Keys<LimitJson>(), Keys<BoundsJson>(), Keys<ShardJson>() })
            Assert.Equal(new[] { "program", "version", "inputs" }, keys.Take(3));
        Assert.Equal(new[] { "version", "arguments", "inputs" }, Keys<CheckpointRunJson>());
    }

    [Fact]
    public void Shard_and_run_files_round_trip()
    {
        var shard = new ShardJson(2, 3, ["limit", "--coupling", "emu"], 7, 1) { Inputs = [new InputFile("a.txt", 10, new string('c', 64))] };
        var back = SameBytes(shard);
        Assert.Equal((shard.Shard, shard.Of, shard.PointsComputed, shard.PointsReused, shard.Version), (back.Shard, back.Of, back.PointsComputed, back.PointsReused, back.Version));
        Assert.Equal(shard.Arguments, back.Arguments);
        Assert.Equal(shard.Inputs, back.Inputs);

        var run = new CheckpointRunJson("0.1.0", ["limit", "--masses", "1MeV:100MeV:4"]) { Inputs = [new InputDigest("a.txt", new string('d', 64))] };
        var runBack = SameBytes(run);
        Assert.Equal(run.Arguments, runBack.Arguments);
        Assert.Equal(run.Inputs, runBack.Inputs);
        // a run.json of an older secretnu has no inputs; one without a version is damaged
        Assert.Empty(JsonOutput.Deserialize<CheckpointRunJson>("""{"version": "0.0.9", "arguments": []}"""u8).Inputs);
        Assert.Throws<JsonException>(() => JsonOutput.Deserialize<CheckpointRunJson>("""{"arguments": []}"""u8));
        Assert.Throws<JsonException>(() => JsonOutput.Deserialize<ShardJson>("""{"shard": 1, "of": 2, "arguments": [], "points_computed": 0, "points_reused": 0}"""u8));
    }

    [Fact]
    public void A_checkpoint_point_round_trips_bit_for_bit()
    {
        double[] odd = [double.NaN, double.PositiveInfinity, double.NegativeInfinity, -0.0, double.Epsilon, 0.1 + 0.2];
        var point = new CheckpointPointJson(new string('e', 64), "0.1.0", 0.0123,
        [
            new CheckpointExposureJson(LimitStatus.Found, 4.2e-3, 2.70371, 4.2e-3, 16, "found", odd, [1e5]),
            new CheckpointExposureJson(LimitStatus.NoBoundBelowCap, null, double.NaN, 1, 30, "no bound", [], []),
        ]);
        string text = JsonSerializer.Serialize(point, CheckpointStore.PointOptions);
        Assert.Contains("\"coupling\": null", text); // written, not left out
        Assert.Contains("\"status\": \"NoBoundBelowCap\"", text);
        Assert.Contains("\"mass\": \"3f8930be0ded288d\"", text); // 0.0123 as its IEEE-754 bits
        var back = JsonSerializer.Deserialize<CheckpointPointJson>(text, CheckpointStore.PointOptions)!;
        Assert.Equal(text, JsonSerializer.Serialize(back, CheckpointStore.PointOptions));
        Assert.Equal((point.Key, point.Version, point.Mass), (back.Key, back.Version, back.Mass));
        for (int i = 0; i < 2; i++)
        {
            var (a, b) = (point.Exposures[i], back.Exposures[i]);
            Assert.Equal(a with { NewEvents = b.NewEvents, SmEvents = b.SmEvents, DeltaChi2 = b.DeltaChi2 }, b);
            Assert.Equal(BitConverter.DoubleToInt64Bits(a.DeltaChi2), BitConverter.DoubleToInt64Bits(b.DeltaChi2));
            Assert.Equal(a.NewEvents.Select(BitConverter.DoubleToInt64Bits), b.NewEvents.Select(BitConverter.DoubleToInt64Bits));
            Assert.Equal(a.SmEvents.Select(BitConverter.DoubleToInt64Bits), b.SmEvents.Select(BitConverter.DoubleToInt64Bits));
        }
    }

    static string Doc() => File.ReadAllText(Path.GetFullPath(Path.Combine(Path.GetDirectoryName(TestData.Card("faser-nu"))!, "..", "docs", "outputs.md")));

    static void Documented(string doc, IEnumerable<string> keys) =>
        Assert.All(keys, k => Assert.True(doc.Contains($"`{k}`") || doc.Contains($"{{{k},") || doc.Contains($" {k}}}"), $"'{k}' is not in docs/outputs.md"));

    [Fact]
    public void The_keys_of_the_documented_blocks_are_those_of_docs_outputs_md()
    {
        string doc = Doc();
        // existing_constraints and verdicts are documented key by key: the records write exactly those keys
        string[] existing = ["name", "id", "coupling", "source", "citation", "observable", "method", "computed", "cl", "default", "status",
            "variant_of", "note", "masses_GeV", "g"];
        Documented(doc, existing);
        Assert.Equal(existing, Keys<ExistingConstraintJson>());
        string[] verdict = ["experiment", "coupling", "against", "ranges_GeV", "deciding"];
        Documented(doc, verdict);
        Assert.Equal(verdict, Keys<VerdictJson>());
        Documented(doc, Keys<DecidingJson>()); // {range_GeV, constraint}
        Assert.Equal(new[] { "range_GeV", "constraint" }, Keys<DecidingJson>());
        // the other blocks name some keys: each is a key of its record
        string[] statements = ["result", "claimed_ranges_GeV", "covered_fraction", "covered_fraction_seed_mode"];
        Documented(doc, statements);
        Assert.Subset(Keys<PaperStatementJson>().ToHashSet(), statements.ToHashSet());
        string[] limits = ["curves", "existing_constraints", "verdicts", "verdict_scenarios", "paper_statements"];
        Documented(doc, limits);
        Assert.Subset(Keys<LimitJson>().ToHashSet(), limits.ToHashSet());
        string[] plane = ["g1", "g2", "confidence_level", "delta_chi2_two_parameters", "truth"];
        Documented(doc, plane);
        Assert.Subset(Keys<PlaneJson>().ToHashSet(), plane.ToHashSet());
        string[] contour = ["g1_zero_allowed", "g2_zero_allowed", "couplings_determined_separately"];
        Documented(doc, contour);
        Assert.Subset(Keys<PlaneContourJson>().ToHashSet(), contour.ToHashSet());
        string[] bounds = ["existing_constraints", "catalog"];
        Documented(doc, bounds);
        Assert.Subset(Keys<BoundsJson>().ToHashSet(), bounds.ToHashSet());
    }
}
