using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization;
using SecretNu.Detection;
using SecretNu.Dune;
using SecretNu.Fluxes;
using SecretNu.Physics;

namespace SecretNu.Output;

/// <summary>
/// The outputs of <c>secretnu flux</c> for a beam-dump card and one horn mode: flux.csv in the usual columns (per
/// species, parent and true-energy bin, the neutrinos through the detector face for the card's exposure in that mode)
/// and flux.json with the protons on target and the face area. φ [ν cm⁻² POT⁻¹ GeV⁻¹] × ΔE × face area [cm²] × POT.
/// </summary>
public static class BeamDumpFluxReport
{
    /// <summary>Writes flux.csv and flux.json into <paramref name="directory"/> (both built before either is written).</summary>
    /// <param name="card">The beam-dump card.</param>
    /// <param name="flux">The Z′ flux model of one horn mode (a zero direction gives the SM alone).</param>
    /// <param name="model">The Z′ model (mass, couplings), or null for the SM alone.</param>
    /// <param name="data">The data directory (provenance).</param>
    /// <param name="directory">Output directory.</param>
    /// <returns>The paths written.</returns>
    public static IReadOnlyList<string> Write(ExperimentCard card, DuneZPrimeFlux flux, ZPrimeModel? model, DataDirectory data, string directory) =>
        new OutputFiles()
            .Text("flux.csv", Provenance.CommentLine($"neutrinos through the detector face per energy bin ({flux.Mode.Label()})", "flux.json") + Csv(card, flux, model))
            .Text("flux.json", JsonOutput.Serialize(Document(card, flux, model, data)))
            .WriteTo(directory);

    /// <summary>Neutrinos per (ν cm⁻² POT⁻¹ GeV⁻¹) in a bin of width ΔE [GeV]: ΔE × face area [cm²] × POT of the mode.</summary>
    static double Exposure(ExperimentCard card, HornMode mode, double width) =>
        width * card.FaceAreaM2 / Units.Cm2InM2 * card.Accelerator!.ProtonsOnTarget(mode) * card.ExposureScale;

    /// <summary>The scale² the flux is evaluated at: the flux model's direction carries the couplings (zero for the SM alone).</summary>
    const double Scale2 = 1;

    /// <summary>flux.csv without its comment line (the columns of the collider flux.csv).</summary>
    public static string Csv(ExperimentCard card, DuneZPrimeFlux flux, ZPrimeModel? model)
    {
        var sb = new StringBuilder("e_low_GeV,e_high_GeV,e_centre_GeV,species,parent,sm,zprime_primary,zprime_decayed,zprime_undecayed\n");
        var edges = flux.Edges;
        var parts = new[] { ZPrimeFlux.Part.StandardModel, ZPrimeFlux.Part.Primary, ZPrimeFlux.Part.Decayed, ZPrimeFlux.Part.Undecayed };
        var values = parts.Select(_ => new double[flux.Bins]).ToArray();
        foreach (var s in FlavorExtensions.AllSpecies)
            foreach (var parent in DuneParentExtensions.All)
            {
                for (int q = 0; q < parts.Length; q++) flux.Evaluate(Scale2, parent, s, parts[q], values[q]);
                for (int k = 0; k < flux.Bins; k++)
                {
                    double lo = edges[k], hi = edges[k + 1], n = Exposure(card, flux.Mode, hi - lo);
                    sb.Append(OutputNumber.Text(lo, "e_low_GeV")).Append(',').Append(OutputNumber.Text(hi, "e_high_GeV")).Append(',')
                      .Append(OutputNumber.Text(0.5 * (lo + hi), "e_centre_GeV")).Append(',').Append(s.Name()).Append(',').Append(parent.Name());
                    for (int q = 0; q < parts.Length; q++) sb.Append(',').Append(OutputNumber.Text(values[q][k] * n, "flux"));
                    sb.Append('\n');
                }
            }
        return sb.ToString();
    }

    /// <summary>flux.json: the card, the horn mode, POT, face area, the Z′ model and the totals per species.</summary>
    public static BeamDumpFluxJson Document(ExperimentCard card, DuneZPrimeFlux flux, ZPrimeModel? model, DataDirectory data)
    {
        var buffer = new double[flux.Bins];
        double Total(NeutrinoSpecies s, ZPrimeFlux.Part part)
        {
            flux.Evaluate(Scale2, s, part, buffer);
            double sum = 0;
            for (int k = 0; k < flux.Bins; k++) sum += buffer[k] * Exposure(card, flux.Mode, flux.Edges[k + 1] - flux.Edges[k]);
            return sum;
        }
        FluxTotalJson Totals(NeutrinoSpecies s)
        {
            var sm = new FluxTotalJson(s.Name(), Total(s, ZPrimeFlux.Part.StandardModel));
            if (model is null) return sm;
            double primary = Total(s, ZPrimeFlux.Part.Primary), decayed = Total(s, ZPrimeFlux.Part.Decayed);
            return sm with { ZprimePrimary = primary, ZprimeDecayed = decayed, ZprimeUndecayed = Total(s, ZPrimeFlux.Part.Undecayed), ZprimeNew = primary + decayed };
        }
        var totals = FlavorExtensions.AllSpecies.Select(Totals).ToArray();
        return new BeamDumpFluxJson(JsonOutput.CardElement(card), data.Root, flux.Mode.Label(), card.Accelerator!.ProtonsOnTarget(flux.Mode) * card.ExposureScale,
            card.FaceAreaM2 / Units.Cm2InM2, BeamDumpScan.Generators().Charm, model?.Mass, model is null ? null : JsonOutput.Named(model.Couplings.Entries()),
            "neutrinos through the detector face for the card's protons on target in this horn mode, per true-energy bin",
            [.. flux.Edges], totals)
        {
            Inputs = Provenance.Inputs(data, [BeamDumpScan.FluxFile(data, flux.Mode), .. card.SourcePath is null ? Array.Empty<string>() : [card.SourcePath]]),
        };
    }
}

/// <summary>flux.json of <c>secretnu flux</c> for a beam-dump card.</summary>
/// <param name="Experiment">"experiment": the card (as <see cref="CardJson"/> writes it)</param>
/// <param name="DataDirectory">"data_directory"</param>
/// <param name="Horn">"horn": FHC or RHC</param>
/// <param name="ProtonsOnTarget">"protons_on_target": POT per year × years in the mode (× the exposure scale)</param>
/// <param name="FaceAreaCm2">"face_area_cm2": the detector face the neutrinos are counted through</param>
/// <param name="Parents">"parents": how the parents were obtained</param>
/// <param name="MassGeV">"mass_GeV": m_Z′ (absent for the SM alone)</param>
/// <param name="Couplings">"couplings": g_αβ by name (absent for the SM alone)</param>
/// <param name="Units">"units": what the numbers count</param>
/// <param name="EdgesGeV">"edges_GeV": the true-energy bin edges</param>
/// <param name="Totals">"totals": one per species</param>
public sealed record BeamDumpFluxJson(
    JsonElement Experiment,
    string DataDirectory,
    string Horn,
    double ProtonsOnTarget,
    [property: JsonPropertyName("face_area_cm2")] double FaceAreaCm2,
    string Parents,
    [property: JsonPropertyName("mass_GeV")] double? MassGeV,
    IReadOnlyDictionary<string, double>? Couplings,
    string Units,
    [property: JsonPropertyName("edges_GeV")] IReadOnlyList<double> EdgesGeV,
    IReadOnlyList<FluxTotalJson> Totals) : OutputDocument;
