using System.Collections.Immutable;
using System.Text.Json;
using SecretNu.Detection;

namespace SecretNu.Output;

/// <summary>Echoes an experiment card into JSON metadata, field by field as <see cref="ExperimentCardSchema.Fields"/>
/// declares them (a "group.name" field goes into the object "group"; a field the card does not have is left out).</summary>
public static class CardJson
{
    /// <summary>Writes <paramref name="card"/> as the object <paramref name="name"/>.</summary>
    public static void Write(Utf8JsonWriter w, string name, ExperimentCard card)
    {
        w.WriteStartObject(name);
        string? group = null;
        foreach (CardField f in ExperimentCardSchema.Fields)
        {
            if (f.Get(card) is not { } value) continue;
            int dot = f.JsonName.IndexOf('.');
            string? fieldGroup = dot < 0 ? null : f.JsonName[..dot];
            if (fieldGroup != group)
            {
                if (group is not null) w.WriteEndObject();
                if (fieldGroup is not null) w.WriteStartObject(fieldGroup);
                group = fieldGroup;
            }
            string key = f.JsonName[(dot + 1)..];
            switch (value)
            {
                case double x: w.WriteFinite(key, x); break;
                case bool b: w.WriteBoolean(key, b); break;
                case string s: w.WriteString(key, s); break;
                case Enum e: w.WriteString(key, e.ToString().ToLowerInvariant()); break;
                case ImmutableArray<string> list:
                    w.WriteStartArray(key);
                    foreach (string item in list) w.WriteStringValue(item);
                    w.WriteEndArray();
                    break;
                default: throw new InvalidOperationException($"card field {f.Path} has a value of type {value.GetType().Name} that has no JSON form");
            }
        }
        if (group is not null) w.WriteEndObject();
        w.WriteEndObject();
    }
}
