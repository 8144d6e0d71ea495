using System.Text.Json;
using SecretNu.Detection;

namespace SecretNu.Output;

/// <summary>Echoes an experiment card into JSON metadata.</summary>
public static class CardJson
{
    public static void Write(Utf8JsonWriter w, string name, ExperimentCard c)
    {
        w.WriteStartObject(name);
        w.WriteString("name", c.Name);
        w.WriteString("description", c.Description);
        if (c.Reference is not null) w.WriteString("reference", c.Reference);
        w.WriteString("source", c.SourcePath ?? $"built-in:{c.Name}.toml"); // a card built into the program (its contents follow)
        w.WriteFinite("sqrt_s_TeV", c.SqrtSTeV);
        w.WriteFinite("luminosity_fb", c.LuminosityFb);
        w.WriteString("beamline", c.Beamline.ToString().ToLowerInvariant());
        w.WriteFinite("distance_m", c.DistanceM);
        w.WriteFinite("width_m", c.WidthM);
        w.WriteFinite("height_m", c.HeightM);
        w.WriteFinite("offset_x_m", c.OffsetXM);
        w.WriteFinite("offset_y_m", c.OffsetYM);
        w.WriteString("target", c.Target.ToString().ToLowerInvariant());
        w.WriteFinite("target_mass_t", c.TargetMassT);
        w.WriteFinite("efficiency", c.Efficiency);
        w.WriteFinite("energy_resolution", c.EnergyResolution);
        w.WriteBoolean("charge_identification", c.ChargeIdentification);
        w.WriteFinite("exposure_scale", c.ExposureScale);
        w.WriteStartArray("light_generators");
        foreach (var g in c.LightGenerators) w.WriteStringValue(g);
        w.WriteEndArray();
        w.WriteStartArray("charm_generators");
        foreach (var g in c.CharmGenerators) w.WriteStringValue(g);
        w.WriteEndArray();
        if (c.HadronDirectory is not null) w.WriteString("hadron_directory", c.HadronDirectory);
        if (c.Realistic is { } r)
        {
            w.WriteStartObject("realistic");
            w.WriteNumber("efficiency_e", r.EfficiencyE);
            w.WriteNumber("efficiency_mu", r.EfficiencyMu);
            w.WriteNumber("efficiency_tau", r.EfficiencyTau);
            w.WriteNumber("tau_background_fraction", r.TauBackgroundFraction);
            w.WriteString("source", r.Source);
            w.WriteEndObject();
        }
        if (c.PublishedFolder is not null) w.WriteString("published_folder", c.PublishedFolder);
        if (c.PublishedFiles is var (dir, prefix)) { w.WriteString("published_directory", dir); w.WriteString("published_prefix", prefix); }
        w.WriteEndObject();
    }
}
