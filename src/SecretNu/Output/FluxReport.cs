using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text;
using SecretNu.Fluxes;
using SecretNu.Physics;

namespace SecretNu.Output;

/// <summary>The outputs of <c>secretnu flux</c>: flux.csv, flux.json and the paper's Fig. 1 layout (fig1.png/svg).</summary>
public static class FluxReport
{
    /// <summary>Writes flux.csv, flux.json and fig1.png/svg into <paramref name="directory"/>; every text is built (and checked) before any file is written.</summary>
    /// <returns>The paths written: flux.csv, flux.json, fig1.png, fig1.svg.</returns>
    public static IReadOnlyList<string> Write(ModelFlux flux, string directory)
    {
        var (calc, model, z) = flux;
        return new OutputFiles()
            .Text("flux.csv", Provenance.CommentLine("neutrinos through the detector face per energy bin", "flux.json") + Csv(calc, z))
            .Text("flux.json", Json(calc, model, z))
            .Figure("fig1", Figure1(calc, model, z))
            .WriteTo(directory);
    }

    /// <summary>flux.csv without its comment line: per species, parent and true-energy bin [GeV] the SM neutrinos and the Z′ parts (0 without a Z′).</summary>
    public static string Csv(FluxCalculation calc, ZPrimeFlux? z)
    {
        var sb = new StringBuilder();
        sb.Append("e_low_GeV,e_high_GeV,e_centre_GeV,species,parent,sm,zprime_primary,zprime_decayed,zprime_undecayed\n");
        var sm = calc.StandardModel;
        var zIndex = z?.Parents.Select((p, i) => (p, i)).ToDictionary(x => x.p, x => x.i) ?? [];
        foreach (var s in FlavorExtensions.AllSpecies)
            for (int p = 0; p < sm.Parents.Count; p++)
            {
                int pdg = sm.Parents[p];
                bool hasZ = zIndex.TryGetValue(pdg, out int zi);
                var smC = hasZ ? z!.Counts(ZPrimeFlux.Part.StandardModel, zi, s) : sm.Counts(p, s);
                for (int k = 0; k < sm.Bins; k++)
                {
                    double lo = calc.Edges[k], hi = calc.Edges[k + 1];
                    sb.Append(OutputNumber.Text(lo, "e_low_GeV")).Append(',').Append(OutputNumber.Text(hi, "e_high_GeV")).Append(',').Append(OutputNumber.Text(0.5 * (lo + hi), "e_centre_GeV")).Append(',')
                      .Append(s.Name()).Append(',').Append(Hadron.Get(pdg).Name).Append(',').Append(OutputNumber.Text(smC[k], "sm")).Append(',');
                    if (hasZ)
                        sb.Append(OutputNumber.Text(z!.Counts(ZPrimeFlux.Part.Primary, zi, s)[k], "zprime_primary")).Append(',')
                          .Append(OutputNumber.Text(z.Counts(ZPrimeFlux.Part.Decayed, zi, s)[k], "zprime_decayed")).Append(',')
                          .Append(OutputNumber.Text(z.Counts(ZPrimeFlux.Part.Undecayed, zi, s)[k], "zprime_undecayed")).Append('\n');
                    else sb.Append("0,0,0\n");
                }
            }
        return sb.ToString();
    }

    /// <summary>flux.json (and fig1.json of <c>reproduce</c>): provenance, card, options and totals (<see cref="FluxJson"/>).</summary>
    public static string Json(FluxCalculation calc, ZPrimeModel? model, ZPrimeFlux? z) => JsonOutput.Serialize(Document(calc, model, z));

    /// <summary>The JSON document of a flux calculation, with the Z′ model and its flux when there is one.</summary>
    public static FluxJson Document(FluxCalculation calc, ZPrimeModel? model, ZPrimeFlux? z) => new(
        JsonOutput.CardElement(calc.Setup.Card), calc.Setup.Data.Root, calc.Generators.Light, calc.Generators.Charm,
        calc.Mode == AcceptanceMode.Exact ? "exact" : "collinear", JsonOutput.Typed(calc.Options.Describe()), calc.Setup.Luminosity,
        model?.Mass, model is null ? null : JsonOutput.Named(model.Couplings.Entries()),
        "neutrinos through the detector face per energy bin for the card's luminosity", calc.Edges,
        FlavorExtensions.AllSpecies.Select(s => z is null
            ? new FluxTotalJson(s.Name(), calc.StandardModel.Total(s))
            : new FluxTotalJson(s.Name(), z.Sum(ZPrimeFlux.Part.StandardModel, s) + SmOutsideZ(calc, z, s))
            {
                ZprimePrimary = z.Sum(ZPrimeFlux.Part.Primary, s),
                ZprimeDecayed = z.Sum(ZPrimeFlux.Part.Decayed, s),
                ZprimeUndecayed = z.Sum(ZPrimeFlux.Part.Undecayed, s),
                ZprimeNew = z.Sum(ZPrimeFlux.Part.Primary, s) + z.Sum(ZPrimeFlux.Part.Decayed, s),
            }).ToArray())
    {
        Inputs = Provenance.Inputs(calc.Setup.Data, calc.InputFiles),
    };

    /// <summary>SM counts of parents that have no Z′ channel (K_L, K_S, D⁰, Λ_c, and D± when excluded).</summary>
    static double SmOutsideZ(FluxCalculation calc, ZPrimeFlux z, NeutrinoSpecies s)
    {
        double sum = 0;
        for (int p = 0; p < calc.StandardModel.Parents.Count; p++)
            if (!z.Parents.Contains(calc.StandardModel.Parents[p])) sum += calc.StandardModel.Counts(p, s).ToArray().Sum();
        return sum;
    }

    /// <summary>The seed paper's Fig. 1, 1600 × 900 px: neutrinos (left) and antineutrinos (right) per energy bin, SM solid and
    /// SM + Z′ dashed, with the ratio (SM + Z′)/SM below when there is a Z′ flux.</summary>
    public static FigureRow Figure1(FluxCalculation calc, ZPrimeModel? model, ZPrimeFlux? z)
    {
        var centres = Enumerable.Range(0, calc.Edges.Length - 1).Select(k => Math.Sqrt(calc.Edges[k] * calc.Edges[k + 1])).ToArray();
        var card = calc.Setup.Card;
        string exposure = $"{card.Name}, {card.LuminosityFb:G4} fb^{{−1}}, {card.EnergyLabel} TeV";
        var panels = new List<Figure>();
        var ratios = new List<Figure>();
        foreach (bool anti in new[] { false, true })
        {
            var fig = new Figure
            {
                Title = anti ? "antineutrinos" : "neutrinos",
                XLabel = "E_ν [GeV]",
                YLabel = "neutrinos per energy bin",
            };
            double max = 0;
            foreach (var (f, color) in Palette)
            {
                var s = f.Species(anti);
                var smCounts = calc.StandardModel.Counts(s);
                max = Math.Max(max, smCounts.Max());
                string label = anti ? $"ν̄_{Greek(f)}" : $"ν_{Greek(f)}";
                fig.Line(centres, smCounts, LineStyle.Solid(color), $"{label} SM");
                if (z is not null) fig.Line(centres, calc.Total(z, s), LineStyle.Dashed(color), $"{label} SM + Z′");
            }
            fig.SetXLimits(10, 7000).SetYLimits(max * 1e-5, max * 5);
            if (!anti)
                fig.Text(12, max * 2, model is null ? exposure : $"{exposure}; m_{{Z′}} = {Units.FormatEnergy(model.Mass)}, {CouplingLabel(model)}", FigureColor.Black, 0.8);
            panels.Add(fig);
            if (z is not null) ratios.Add(RatioPanel(calc, z, centres, anti));
        }
        return new FigureRow(panels.ToArray()) { Lower = z is null ? null : ratios.ToArray(), LowerFraction = RatioFraction, Width = 1600, Height = 900 };
    }

    /// <summary>The flavours of Fig. 1 in drawing order, with their colours (flux and ratio panels alike).</summary>
    static readonly (Flavor Flavor, FigureColor Colour)[] Palette = [(Flavor.Mu, FigureColor.Blue), (Flavor.E, FigureColor.Black), (Flavor.Tau, FigureColor.Red)];

    /// <summary>Share of Fig. 1's height taken by the ratio row.</summary>
    const float RatioFraction = 0.3f;

    /// <summary>The lower panel of Fig. 1: (SM + Z′)/SM per species, so that an effect of 1e-5 is visible.</summary>
    static Figure RatioPanel(FluxCalculation calc, ZPrimeFlux z, double[] centres, bool anti)
    {
        // the lower row is (1 − f)/f times shorter than the upper one: text and lines are scaled up to look the same
        float k = (1 - RatioFraction) / RatioFraction;
        var fig = new Figure { XLabel = "E_ν [GeV]", YLabel = "(SM + Z′)/SM", YScale = AxisScale.Linear, Legend = LegendPosition.Hidden, FontSize = 16 * k };
        foreach (var (f, color) in Palette)
        {
            var s = f.Species(anti);
            var sm = calc.StandardModel.Counts(s);
            var total = calc.Total(z, s);
            var keep = Enumerable.Range(0, sm.Length).Where(i => sm[i] > 0).ToArray(); // no ratio where the SM has no neutrino
            fig.Line(keep.Select(i => centres[i]).ToArray(), keep.Select(i => total[i] / sm[i]).ToArray(), LineStyle.Solid(color, 2 * k));
        }
        fig.HorizontalLine(1, LineStyle.Dotted(FigureColor.Grey, k));
        return fig.SetXLimits(10, 7000);
    }

    static string Greek(Flavor f) => f switch { Flavor.E => "e", Flavor.Mu => "μ", _ => "τ" };

    static string CouplingLabel(ZPrimeModel m) => string.Join(", ", m.Couplings.Entries().Where(e => e.Value != 0)
        .Select(e => $"{BoundFigure.CouplingMarkup(e.Name)} = {e.Value.ToString("G3", CultureInfo.InvariantCulture)}"));
}

/// <summary>flux.json of <c>secretnu flux</c> (fig1.json of <c>reproduce</c>): how the flux was computed and its totals.</summary>
/// <param name="Experiment">"experiment": the card (as <see cref="CardJson"/> writes it)</param>
/// <param name="DataDirectory">"data_directory"</param>
/// <param name="LightGenerator">"light_generator": the light-hadron table</param>
/// <param name="CharmGenerator">"charm_generator": the charm table</param>
/// <param name="Acceptance">"acceptance": "exact" or "collinear"</param>
/// <param name="ZprimeOptions">"zprime_options": the Z′ model options (numbers and switches typed)</param>
/// <param name="LuminosityPb">"luminosity_pb-1"</param>
/// <param name="MassGeV">"mass_GeV": m_Z′ (absent for the SM alone)</param>
/// <param name="Couplings">"couplings": g_αβ by name (absent for the SM alone)</param>
/// <param name="Units">"units": what the numbers count</param>
/// <param name="EdgesGeV">"edges_GeV": the true-energy bin edges</param>
/// <param name="Totals">"totals": one per species</param>
public sealed record FluxJson(
    JsonElement Experiment,
    string DataDirectory,
    string LightGenerator,
    string CharmGenerator,
    string Acceptance,
    IReadOnlyDictionary<string, JsonElement> ZprimeOptions,
    [property: JsonPropertyName("luminosity_pb-1")] double LuminosityPb,
    [property: JsonPropertyName("mass_GeV")] double? MassGeV,
    IReadOnlyDictionary<string, double>? Couplings,
    string Units,
    [property: JsonPropertyName("edges_GeV")] IReadOnlyList<double> EdgesGeV,
    IReadOnlyList<FluxTotalJson> Totals) : OutputDocument;

/// <summary>The neutrinos of one species through the detector face, summed over bins and parents (the Z′ parts only
/// with a Z′).</summary>
/// <param name="Species">"species": e.g. "nu_e"</param>
/// <param name="Sm">"sm": SM neutrinos (of the Z′ parents, depleted by their new width)</param>
public sealed record FluxTotalJson(string Species, double Sm)
{
    /// <summary>"zprime_primary": the primary ν of M → ℓνZ′.</summary>
    public double? ZprimePrimary { get; init; }
    /// <summary>"zprime_decayed": ν and ν̄ of Z′ → νν̄ before the detector.</summary>
    public double? ZprimeDecayed { get; init; }
    /// <summary>"zprime_undecayed": what the Z′ that do not decay take away.</summary>
    public double? ZprimeUndecayed { get; init; }
    /// <summary>"zprime_new": primary + decayed.</summary>
    public double? ZprimeNew { get; init; }
}
