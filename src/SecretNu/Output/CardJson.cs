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
        if (c.SourcePath is not null) w.WriteString("source", c.SourcePath);
        w.WriteNumber("sqrt_s_TeV", c.SqrtSTeV);
        w.WriteNumber("luminosity_fb", c.LuminosityFb);
        w.WriteString("beamline", c.Beamline.ToString().ToLowerInvariant());
        w.WriteNumber("distance_m", c.DistanceM);
        w.WriteNumber("width_m", c.WidthM);
        w.WriteNumber("height_m", c.HeightM);
        w.WriteNumber("offset_x_m", c.OffsetXM);
        w.WriteNumber("offset_y_m", c.OffsetYM);
        w.WriteString("target", c.Target.ToString().ToLowerInvariant());
        w.WriteNumber("target_mass_t", c.TargetMassT);
        w.WriteNumber("efficiency", c.Efficiency);
        w.WriteNumber("energy_resolution", c.EnergyResolution);
        w.WriteBoolean("charge_identification", c.ChargeIdentification);
        w.WriteNumber("exposure_scale", c.ExposureScale);
        w.WriteStartArray("light_generators");
        foreach (var g in c.LightGenerators) w.WriteStringValue(g);
        w.WriteEndArray();
        w.WriteStartArray("charm_generators");
        foreach (var g in c.CharmGenerators) w.WriteStringValue(g);
        w.WriteEndArray();
        if (c.PublishedFolder is not null) w.WriteString("published_folder", c.PublishedFolder);
        w.WriteEndObject();
    }
}
