using System.Collections.Immutable;
using System.Globalization;
using System.Text;
using SecretNu.Fluxes;
using SecretNu.Physics;

namespace SecretNu.Detection;

/// <summary>
/// The one declaration of every experiment-card field (<see cref="CardField"/>), in the order of the card's JSON echo.
/// <see cref="ExperimentCardReader"/> reads a card by applying <see cref="Fields"/> and then <see cref="Rules"/>;
/// <c>CardJson</c> echoes a card from <see cref="Fields"/>; <see cref="PhysicsKey"/> joins every
/// <see cref="CardFieldRole.Physics"/> field; <see cref="MarkdownTable"/> documents them (docs/experiment-cards.md).
/// Adding a field: a property on <see cref="ExperimentCard"/> (its physics), one entry here.
/// </summary>
public static class ExperimentCardSchema
{
    /// <summary>Collision energies (TeV) with hadron tables.</summary>
    public static readonly ImmutableArray<double> SupportedSqrtSTeV = [14.0, 13.6];

    /// <summary>Tables whose fields are all required when the table is present and absent (null) otherwise, with the empty
    /// value the reader fills in.</summary>
    internal static IReadOnlyDictionary<string, Func<ExperimentCard, ExperimentCard>> OptionalTables { get; } =
        new Dictionary<string, Func<ExperimentCard, ExperimentCard>>(StringComparer.Ordinal)
        {
            ["realistic"] = c => c with { Realistic = new RealisticDetector(0, 0, 0, 0, "") },
            ["accelerator"] = c => c with { Accelerator = new BeamDumpSource(0, 0, 0, 0, 0, 0) },
        };

    /// <summary>The kinds of card a table belongs to: [accelerator] only in beam-dump cards; [beam], [generators],
    /// [realistic], [published] and [data] only in collider cards; the rest in both.</summary>
    public static CardKinds KindsOf(string table) => table switch
    {
        "accelerator" => CardKinds.BeamDump,
        "beam" or "generators" or "realistic" or "published" or "data" => CardKinds.Collider,
        _ => CardKinds.Both,
    };

    /// <summary>The card's tables in documentation order ("" = top level), each with its allowed keys.</summary>
    public static IReadOnlyDictionary<string, string[]> Tables { get; }

    /// <summary>Every field, in the order of the JSON echo.</summary>
    public static ImmutableArray<CardField> Fields { get; } =
    [
        Text("", "name", "name", CardFieldRole.Identity, "card name, e.g. \"faser-nu\"", c => c.Name, (c, v) => c with { Name = v }),
        Text("", "description", "description", CardFieldRole.Identity, "one-line description", c => c.Description, (c, v) => c with { Description = v }),
        OptionalText("", "reference", "reference", CardFieldRole.Identity, "literature reference for the numbers", c => c.Reference, (c, v) => c with { Reference = v }),
        new CardField
        {
            Table = null, Key = "source", JsonName = "source", Role = CardFieldRole.Identity, Rule = "(set by the reader)", Presence = "—",
            Doc = "the card file, or built-in:NAME.toml for a card built into the program",
            Get = c => c.SourcePath ?? $"built-in:{c.Name}.toml", Set = (c, v) => c with { SourcePath = (string?)v },
        },
        Number("beam", "sqrt_s_tev", "sqrt_s_TeV", CardFieldRole.Physics, "collision energy √s [TeV]", c => c.SqrtSTeV, (c, v) => c with { SqrtSTeV = v },
            new Check(x => SupportedSqrtSTeV.Any(e => Math.Abs(e - x) < 1e-9), string.Join(" or ", SupportedSqrtSTeV),
                $"must be one of {string.Join(", ", SupportedSqrtSTeV)} (TeV; the energies of the hadron tables)")),
        Number("beam", "luminosity_fb", "luminosity_fb", CardFieldRole.Physics, "integrated luminosity [fb⁻¹]", c => c.LuminosityFb, (c, v) => c with { LuminosityFb = v }, Check.Positive()),
        Choice("beam", "beamline", "beamline", CardFieldRole.Physics, "beam-line layout (magnets and apertures) between the IP and the detector",
            c => c.Beamline, (c, v) => c with { Beamline = v }, ("run2", BeamlineRun.Run2), ("run3", BeamlineRun.Run3), ("run4", BeamlineRun.Run4)),
        Number("accelerator", "proton_energy_gev", "accelerator.proton_energy_GeV", CardFieldRole.Physics, "proton beam energy [GeV]",
            c => c.Accelerator?.ProtonEnergyGeV, (c, v) => c with { Accelerator = c.Accelerator! with { ProtonEnergyGeV = v } },
            new Check(x => x == Physics.Constants.LbnfProtonEnergy, $"{Physics.Constants.LbnfProtonEnergy}",
                $"must be {Physics.Constants.LbnfProtonEnergy} (GeV): the DUNE flux files of the data directory (data README §8) are for the 120 GeV LBNF beam")),
        Number("accelerator", "pot_per_year", "accelerator.pot_per_year", CardFieldRole.Physics, "protons on target per year",
            c => c.Accelerator?.PotPerYear, (c, v) => c with { Accelerator = c.Accelerator! with { PotPerYear = v } }, Check.Positive()),
        Number("accelerator", "years_fhc", "accelerator.years_fhc", CardFieldRole.Physics, "years in forward-horn-current (ν) mode",
            c => c.Accelerator?.YearsFhc, (c, v) => c with { Accelerator = c.Accelerator! with { YearsFhc = v } }, Check.NonNegative),
        Number("accelerator", "years_rhc", "accelerator.years_rhc", CardFieldRole.Physics, "years in reverse-horn-current (ν̄) mode",
            c => c.Accelerator?.YearsRhc, (c, v) => c with { Accelerator = c.Accelerator! with { YearsRhc = v } }, Check.NonNegative),
        Number("accelerator", "decay_pipe_length_m", "accelerator.decay_pipe_length_m", CardFieldRole.Physics,
            "decay-pipe length from the target [m] (the Z′ flies at least distance_m − this before the detector)",
            c => c.Accelerator?.DecayPipeLengthM, (c, v) => c with { Accelerator = c.Accelerator! with { DecayPipeLengthM = v } }, Check.Positive()),
        Number("accelerator", "decay_pipe_radius_m", "accelerator.decay_pipe_radius_m", CardFieldRole.Identity,
            "decay-pipe radius [m] (recorded; the on-axis model of docs/dune.md does not use it)",
            c => c.Accelerator?.DecayPipeRadiusM, (c, v) => c with { Accelerator = c.Accelerator! with { DecayPipeRadiusM = v } }, Check.Positive()),
        Number("detector", "distance_m", "distance_m", CardFieldRole.Physics, "distance of the face from the IP along the beam axis [m]", c => c.DistanceM, (c, v) => c with { DistanceM = v }, Check.Positive()),
        Number("detector", "width_m", "width_m", CardFieldRole.Physics, "horizontal (x) width of the face [m]", c => c.WidthM, (c, v) => c with { WidthM = v },
            Check.Positive(" (a face of zero area sees nothing)")),
        Number("detector", "height_m", "height_m", CardFieldRole.Physics, "vertical (y) height of the face [m]", c => c.HeightM, (c, v) => c with { HeightM = v },
            Check.Positive(" (a face of zero area sees nothing)")),
        Number("detector", "offset_x_m", "offset_x_m", CardFieldRole.Physics, "horizontal position of the face centre from the beam axis [m]", c => c.OffsetXM, (c, v) => c with { OffsetXM = v },
            Check.Any, fallback: 0.0),
        Number("detector", "offset_y_m", "offset_y_m", CardFieldRole.Physics, "vertical position of the face centre from the beam axis [m]", c => c.OffsetYM, (c, v) => c with { OffsetYM = v },
            Check.Any, fallback: 0.0),
        Choice("detector", "target", "target", CardFieldRole.Physics, "target material (chooses the cross sections)", c => c.Target, (c, v) => c with { Target = v },
            ("tungsten", TargetMaterial.Tungsten), ("argon", TargetMaterial.Argon)),
        Number("detector", "target_mass_t", "target_mass_t", CardFieldRole.Physics, "target mass [t]", c => c.TargetMassT, (c, v) => c with { TargetMassT = v }, Check.Positive()),
        Number("detector", "efficiency", "efficiency", CardFieldRole.Physics, "CC detection efficiency (every flavour)", c => c.Efficiency, (c, v) => c with { Efficiency = v }, Check.Efficiency),
        Number("detector", "efficiency_e", "efficiency_e", CardFieldRole.Physics, "ν_e CC efficiency when it differs from efficiency; default: efficiency",
            c => c.EfficiencyE, (c, v) => c with { EfficiencyE = v }, Check.Efficiency, optional: true),
        Number("detector", "efficiency_mu", "efficiency_mu", CardFieldRole.Physics, "ν_μ CC efficiency when it differs from efficiency; default: efficiency",
            c => c.EfficiencyMu, (c, v) => c with { EfficiencyMu = v }, Check.Efficiency, optional: true),
        Number("detector", "efficiency_tau", "efficiency_tau", CardFieldRole.Physics, "ν_τ CC efficiency when it differs from efficiency (e.g. DUNE ND's 2 % τ appearance); default: efficiency",
            c => c.EfficiencyTau, (c, v) => c with { EfficiencyTau = v }, Check.Efficiency, optional: true),
        Number("detector", "energy_resolution", "energy_resolution", CardFieldRole.Physics, "relative Gaussian energy resolution σ_E/E (0 = perfect)",
            c => c.EnergyResolution, (c, v) => c with { EnergyResolution = v }, new Check(x => x >= 0, "≥ 0", "must be >= 0 (relative sigma_E/E)")),
        Flag("detector", "charge_identification", "charge_identification", CardFieldRole.Physics, "ν and ν̄ separable (lepton charge measured)",
            c => c.ChargeIdentification, (c, v) => c with { ChargeIdentification = v }),
        Number("statistics", "exposure_scale", "exposure_scale", CardFieldRole.Exposure, "factor on every expected count (e.g. 100 for FASER2ν ×100)",
            c => c.ExposureScale, (c, v) => c with { ExposureScale = v }, new Check(x => x > 0, "> 0", "must be > 0"), fallback: 1.0),
        new CardField
        {
            Table = "analysis", Key = "reco_bins_per_decade", JsonName = "reco_bins_per_decade", Role = CardFieldRole.Physics,
            Rule = $"integer 1 to {AnalysisGrid.MaxRecoBinsPerDecade}", Presence = "optional, default 10",
            Doc = "reconstructed-energy bins per decade of the χ², log-uniform from 10 GeV to 10^3.8 GeV (the last bin narrower when 2.8 decades are not whole bins)",
            Get = c => (double?)c.RecoBinsPerDecade, Set = (c, v) => c with { RecoBinsPerDecade = v is double d ? (int)d : null },
            Read = (t, c) =>
            {
                double x = t.OptionalNumber("analysis", "reco_bins_per_decade", double.NaN, out int line);
                if (double.IsNaN(x)) return c;
                return x == Math.Floor(x) && x >= 1 && x <= AnalysisGrid.MaxRecoBinsPerDecade ? c with { RecoBinsPerDecade = (int)x }
                    : throw t.Error("analysis", "reco_bins_per_decade", line, $"must be a whole number from 1 to {AnalysisGrid.MaxRecoBinsPerDecade} (the true grid has 25 bins per decade)");
            },
        },
        new CardField
        {
            Table = "analysis", Key = "samples", JsonName = "samples", Role = CardFieldRole.Physics, Rule = "list of e | mu | tau, non-empty", Presence = "optional",
            Doc = "flavours whose CC event samples enter the χ² (μ split by charge with charge_identification); default: the seed paper's per coupling (ν_e for e, ν_τ for τ); --samples overrides",
            Get = c => c.Samples is { } s ? s.Select(f => f.ToString().ToLowerInvariant()).ToImmutableArray() : null,
            Set = (c, v) => c with { Samples = v is ImmutableArray<string> list ? list.Select(x => FlavorExtensions.TryParse(x, out var f) ? f : throw new ArgumentException($"unknown flavour {x}")).ToImmutableArray() : null },
            Read = (t, c) =>
            {
                if (t.OptionalStringList("analysis", "samples", "flavours e, mu, tau", out int line) is not { } list) return c;
                var flavours = ImmutableArray.CreateBuilder<Flavor>();
                foreach (string x in list)
                {
                    if (!FlavorExtensions.TryParse(x, out var f)) throw t.Error("analysis", "samples", line, $"has '{x}', not a flavour (use e, mu, tau)");
                    if (flavours.Contains(f)) throw t.Error("analysis", "samples", line, $"names {x} twice");
                    flavours.Add(f);
                }
                return c with { Samples = flavours.ToImmutable() };
            },
        },
        Generators("light", "light_generators", "light-hadron generators (hadron-table folders); the first is the default, the rest form the band",
            c => c.LightGenerators, (c, v) => c with { LightGenerators = v }),
        Generators("charm", "charm_generators", "charm generators; the first is the default, the rest form the band; 'A+B' averages",
            c => c.CharmGenerators, (c, v) => c with { CharmGenerators = v }),
        new CardField
        {
            Table = "generators", Key = "directory", JsonName = "hadron_directory", Role = CardFieldRole.Physics, Rule = "folder", Presence = "optional",
            Doc = "your own hadron tables in the FORESEE layout (docs/data.md), relative to the card; default: the data directory's",
            Get = c => c.HadronDirectory, Set = (c, v) => c with { HadronDirectory = (string?)v }, Read = (t, c) => c with { HadronDirectory = t.OptionalFolder("generators", "directory") },
        },
        Number("realistic", "efficiency_e", "realistic.efficiency_e", CardFieldRole.Physics, "ν_e CC efficiency under --systematics realistic",
            c => c.Realistic?.EfficiencyE, (c, v) => c with { Realistic = c.Realistic! with { EfficiencyE = v } }, Check.Efficiency),
        Number("realistic", "efficiency_mu", "realistic.efficiency_mu", CardFieldRole.Physics, "ν_μ CC efficiency under --systematics realistic",
            c => c.Realistic?.EfficiencyMu, (c, v) => c with { Realistic = c.Realistic! with { EfficiencyMu = v } }, Check.Efficiency),
        Number("realistic", "efficiency_tau", "realistic.efficiency_tau", CardFieldRole.Physics, "ν_τ CC efficiency under --systematics realistic",
            c => c.Realistic?.EfficiencyTau, (c, v) => c with { Realistic = c.Realistic! with { EfficiencyTau = v } }, Check.Efficiency),
        Number("realistic", "tau_background_fraction", "realistic.tau_background_fraction", CardFieldRole.Physics,
            "ν_τ-sample background as a fraction of the SM ν_e + ν_μ CC events in the same reconstructed bin",
            c => c.Realistic?.TauBackgroundFraction, (c, v) => c with { Realistic = c.Realistic! with { TauBackgroundFraction = v } },
            new Check(x => x is >= 0 and <= 1, "in [0, 1]", "must be in [0, 1]")),
        Text("realistic", "source", "realistic.source", CardFieldRole.Identity, "where the [realistic] numbers come from (\"assumed: …\" or a citation); listed in every output",
            c => c.Realistic?.Source, (c, v) => c with { Realistic = c.Realistic! with { Source = v } }),
        new CardField
        {
            Table = "published", Key = "folder", JsonName = "published_folder", Role = CardFieldRole.Validation,
            Rule = string.Join(" | ", PublishedFluxCatalog.Folders), Presence = "optional", Doc = "bundled published-flux folder to validate against",
            Get = c => c.PublishedFolder, Set = (c, v) => c with { PublishedFolder = (string?)v },
            Read = (t, c) =>
            {
                string? folder = t.OptionalString("published", "folder", out int line);
                if (folder is not null && !PublishedFluxCatalog.Folders.Contains(folder))
                    throw t.Error("published", "folder", line, $"is not a published-flux folder; available: {string.Join(", ", PublishedFluxCatalog.Folders)}");
                return c with { PublishedFolder = folder };
            },
        },
        new CardField
        {
            Table = "published", Key = "directory", JsonName = "published_directory", Role = CardFieldRole.Validation, Rule = "folder", Presence = "optional",
            Doc = "your own published-flux files instead of a folder (with prefix), relative to the card",
            Get = c => c.PublishedDirectory, Set = (c, v) => c with { PublishedDirectory = (string?)v }, Read = (t, c) => c with { PublishedDirectory = t.OptionalFolder("published", "directory") },
        },
        OptionalText("published", "prefix", "published_prefix", CardFieldRole.Validation, "file-name prefix of your own files: `<directory>/<prefix><pid>.txt`",
            c => c.PublishedPrefix, (c, v) => c with { PublishedPrefix = v }),
        new CardField
        {
            Table = "data", Key = "measurement", JsonName = "measurement", Role = CardFieldRole.Physics,
            Rule = string.Join(" | ", Measurements.MeasurementCatalog.Names), Presence = "optional",
            Doc = "published measurement whose observed counts `limit --observed` and `compare-data` use (measurements/ in the data directory)",
            Get = c => c.Measurement, Set = (c, v) => c with { Measurement = (string?)v },
            Read = (t, c) =>
            {
                string? name = t.OptionalString("data", "measurement", out int line);
                if (name is not null && !Measurements.MeasurementCatalog.Names.Contains(name))
                    throw t.Error("data", "measurement", line, $"is not a known measurement; known: {string.Join(", ", Measurements.MeasurementCatalog.Names)}");
                return c with { Measurement = name };
            },
        },
    ];

    /// <summary>Checks across fields, applied after <see cref="Fields"/>.</summary>
    internal static ImmutableArray<Func<CardTree, ExperimentCard, ExperimentCard>> Rules { get; } =
    [
        (t, c) => c.Accelerator is { } a && a.YearsFhc + a.YearsRhc <= 0
            ? throw t.Error("accelerator", "years_fhc", t.LineOf("accelerator", "years_fhc"), "years_fhc + years_rhc must be > 0 (no beam time)") : c,
        (t, c) => c.Accelerator is { } a && a.DecayPipeLengthM >= c.DistanceM
            ? throw t.Error("accelerator", "decay_pipe_length_m", t.LineOf("accelerator", "decay_pipe_length_m"),
                $"must be shorter than the detector's distance from the target ([detector] distance_m = {c.DistanceM:G6} m)") : c,
        (t, c) => c.PublishedDirectory is not null && c.PublishedFolder is not null
            ? throw t.Error("published", "directory", t.LineOf("published", "folder"), "give either folder (a bundled one) or directory (your own files), not both") : c,
        (t, c) => (c.PublishedDirectory is null) != (c.PublishedPrefix is null)
            ? throw t.Error("published", c.PublishedDirectory is null ? "prefix" : "directory", t.LineOf("published", "prefix"),
                "directory and prefix go together (files <directory>/<prefix><pid>.txt)") : c,
        (t, c) => c.PublishedPrefix is { } p && (p.Length == 0 || p.IndexOfAny(Path.GetInvalidFileNameChars()) >= 0)
            ? throw t.Error("published", "prefix", t.LineOf("published", "prefix"), "must be a non-empty file-name prefix, e.g. \"FASER_\"") : c,
    ];

    static ExperimentCardSchema()
    {
        var tables = new Dictionary<string, string[]>(StringComparer.Ordinal);
        foreach (string table in (string[])["", "beam", "accelerator", "detector", "statistics", "analysis", "generators", "published", "realistic", "data"])
            tables[table] = [.. Fields.Where(f => f.Table == table).Select(f => f.Key)];
        Tables = tables;
    }

    /// <summary>
    /// The identity of a card's physics: every <see cref="CardFieldRole.Physics"/> field as "table.key=value" (doubles in
    /// round-trip form). Cards with equal keys share flux calculations; checkpoints are keyed by it. Exposure, identity and
    /// validation fields are left out (the exposure is keyed per scan instead).
    /// </summary>
    public static string PhysicsKey(ExperimentCard card) =>
        string.Join("|", Fields.Where(f => f.Role == CardFieldRole.Physics).Select(f => $"{f.Path}={KeyText(f.Get(card))}"));

    static string KeyText(object? value) => value switch
    {
        null => "",
        double x => x.ToString("R", CultureInfo.InvariantCulture),
        ImmutableArray<string> list => string.Join(",", list),
        _ => Convert.ToString(value, CultureInfo.InvariantCulture) ?? "",
    };

    /// <summary>The schema as a markdown table (table, key, rule, presence, role, meaning), as docs/experiment-cards.md shows it.</summary>
    public static string MarkdownTable()
    {
        var sb = new StringBuilder("| table | key | type and range | presence | role | cards | meaning |\n|---|---|---|---|---|---|---|\n");
        foreach (CardField f in Fields.Where(f => f.Table is not null))
            sb.Append($"| {(f.Table!.Length == 0 ? "(top)" : $"[{f.Table}]")} | `{f.Key}` | {Cell(f.Rule)} | {f.Presence} | {f.Role.ToString().ToLowerInvariant()} | {KindText(KindsOf(f.Table))} | {Cell(f.Doc)} |\n");
        return sb.ToString();
        static string KindText(CardKinds k) => k switch { CardKinds.Collider => "collider", CardKinds.BeamDump => "beam dump", _ => "all" };
        static string Cell(string text) => text.Replace("|", "\\|", StringComparison.Ordinal);
    }

    /// <summary>A check of a number: the test, its rule for the documentation, and the message when it fails.</summary>
    sealed record Check(Func<double, bool> Ok, string Rule, string Message)
    {
        public static Check Any { get; } = new(_ => true, "any", "");
        public static Check Efficiency { get; } = new(x => x is > 0 and <= 1, "in (0, 1]", "must be in (0, 1]");
        public static Check NonNegative { get; } = new(x => x >= 0, "≥ 0", "must be >= 0");
        public static Check Positive(string why = "") => new(x => x > 0, "> 0", "must be > 0" + why);
    }

    static string PresenceOf(string table, bool required) =>
        OptionalTables.ContainsKey(table) ? "required in the table" : required ? "required" : "optional";

    static CardField Number(string table, string key, string json, CardFieldRole role, string doc, Func<ExperimentCard, double?> get,
        Func<ExperimentCard, double, ExperimentCard> set, Check check, double? fallback = null, bool optional = false) => new()
    {
        Table = table, Key = key, JsonName = json, Role = role, Doc = doc, Rule = $"number {check.Rule}",
        Presence = fallback is double d ? $"optional, default {d.ToString(CultureInfo.InvariantCulture)}" : optional ? "optional" : PresenceOf(table, true),
        Get = c => get(c), Set = (c, v) => set(c, (double)v!),
        Read = (t, c) =>
        {
            int line;
            if (optional && double.IsNaN(t.OptionalNumber(table, key, double.NaN, out _))) return c;
            double x = fallback is double f ? t.OptionalNumber(table, key, f, out line) : t.RequiredNumber(table, key, out line);
            return check.Ok(x) ? set(c, x) : throw t.Error(table, key, line, check.Message);
        },
    };

    static CardField Text(string table, string key, string json, CardFieldRole role, string doc, Func<ExperimentCard, string?> get,
        Func<ExperimentCard, string, ExperimentCard> set) => new()
    {
        Table = table, Key = key, JsonName = json, Role = role, Doc = doc, Rule = "string", Presence = PresenceOf(table, true),
        Get = get, Set = (c, v) => set(c, (string)v!), Read = (t, c) => set(c, t.RequiredString(table, key)),
    };

    static CardField OptionalText(string table, string key, string json, CardFieldRole role, string doc, Func<ExperimentCard, string?> get,
        Func<ExperimentCard, string?, ExperimentCard> set) => new()
    {
        Table = table, Key = key, JsonName = json, Role = role, Doc = doc, Rule = "string", Presence = "optional",
        Get = get, Set = (c, v) => set(c, (string?)v), Read = (t, c) => set(c, t.OptionalString(table, key)),
    };

    static CardField Flag(string table, string key, string json, CardFieldRole role, string doc, Func<ExperimentCard, bool> get,
        Func<ExperimentCard, bool, ExperimentCard> set) => new()
    {
        Table = table, Key = key, JsonName = json, Role = role, Doc = doc, Rule = "true | false", Presence = PresenceOf(table, true),
        Get = c => get(c), Set = (c, v) => set(c, (bool)v!), Read = (t, c) => set(c, t.RequiredBool(table, key)),
    };

    static CardField Choice<T>(string table, string key, string json, CardFieldRole role, string doc, Func<ExperimentCard, T> get,
        Func<ExperimentCard, T, ExperimentCard> set, params (string Text, T Value)[] choices) where T : struct, Enum => new()
    {
        Table = table, Key = key, JsonName = json, Role = role, Doc = doc, Rule = string.Join(" | ", choices.Select(x => x.Text)),
        Presence = PresenceOf(table, true), Get = c => get(c), Set = (c, v) => set(c, (T)v!), Read = (t, c) => set(c, t.RequiredChoice(table, key, choices)),
    };

    static CardField Generators(string key, string json, string doc, Func<ExperimentCard, ImmutableArray<string>> get,
        Func<ExperimentCard, ImmutableArray<string>, ExperimentCard> set) => new()
    {
        Table = "generators", Key = key, JsonName = json, Role = CardFieldRole.Physics, Doc = doc, Rule = "list of strings, non-empty",
        Presence = "required", Get = c => get(c), Set = (c, v) => set(c, (ImmutableArray<string>)v!), Read = (t, c) => set(c, t.RequiredStringList("generators", key)),
    };
}
