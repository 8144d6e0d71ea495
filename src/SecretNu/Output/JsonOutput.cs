using System.Buffers;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;

namespace SecretNu.Output;

/// <summary>
/// JSON conventions of every output: each document is an immutable record serialised by System.Text.Json with
/// <see cref="Options"/> — indented, readable Unicode and '+' (no \u escapes), shortest round-trip numbers, "\n" line
/// ends, snake_case keys (<see cref="JsonPropertyNameAttribute"/> where the name keeps capitals, e.g. "mass_GeV"),
/// absent optional values left out, and non-finite numbers refused by name (<see cref="OutputNumber.Finite"/>).
/// </summary>
public static class JsonOutput
{
    /// <summary>Writer settings of the documents (the same as <see cref="Options"/>), for the parts still written by
    /// hand (the experiment card, <see cref="CardElement"/>).</summary>
    public static readonly JsonWriterOptions WriterOptions = new()
    {
        Indented = true,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        NewLine = "\n",
    };

    /// <summary>The one set of serialiser options for output documents (and for reading them back): see the class summary.
    /// Reading respects nullable annotations and <see cref="JsonRequiredAttribute"/> (on what readers rely on), so a
    /// damaged file is a <see cref="JsonException"/>.</summary>
    public static readonly JsonSerializerOptions Options = Create(refuseNonFinite: true);

    /// <summary>Options with the conventions of <see cref="Options"/>; <paramref name="refuseNonFinite"/> adds the guard
    /// against NaN and ±∞ (left out where numbers are stored in another form, e.g. the IEEE bits of checkpoints), and
    /// <paramref name="converters"/> are added in front of the built-in ones.</summary>
    public static JsonSerializerOptions Create(bool refuseNonFinite, params JsonConverter[] converters)
    {
        var resolver = new DefaultJsonTypeInfoResolver();
        if (refuseNonFinite) resolver.Modifiers.Add(RefuseNonFinite);
        var options = new JsonSerializerOptions
        {
            WriteIndented = true,
            NewLine = "\n",
            Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
            PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower,
            DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
            RespectNullableAnnotations = true,
            TypeInfoResolver = resolver,
        };
        foreach (var c in converters) options.Converters.Add(c);
        options.MakeReadOnly();
        return options;
    }

    /// <summary>A document as text ending in a newline.</summary>
    /// <exception cref="InvalidOperationException">A number of the document is not finite (the message names it).</exception>
    public static string Serialize<T>(T document) => JsonSerializer.Serialize(document, Options) + "\n";

    /// <summary>Reads a document written by <see cref="Serialize{T}"/>.</summary>
    /// <exception cref="JsonException">The text is not such a document (malformed, a property missing or null).</exception>
    public static T Deserialize<T>(ReadOnlySpan<byte> utf8) =>
        JsonSerializer.Deserialize<T>(utf8, Options) ?? throw new JsonException($"null instead of a {typeof(T).Name}");

    /// <summary>An experiment card as a JSON object, written by <see cref="CardJson"/> (its one writer) and embedded in
    /// documents as it is.</summary>
    public static JsonElement CardElement(Detection.ExperimentCard card)
    {
        var buffer = new ArrayBufferWriter<byte>();
        using (var w = new Utf8JsonWriter(buffer, WriterOptions))
        {
            w.WriteStartObject();
            CardJson.Write(w, "card", card);
            w.WriteEndObject();
        }
        using var doc = JsonDocument.Parse(buffer.WrittenMemory);
        return doc.RootElement.GetProperty("card").Clone();
    }

    /// <summary>Described settings (name → text) as JSON values, in their order: a number when the text is one (invariant
    /// culture, finite), true/false when it is "true"/"false", else a string — so that settings such as
    /// normalisation_sigma are numbers, not strings.</summary>
    public static IReadOnlyDictionary<string, JsonElement> Typed(IEnumerable<KeyValuePair<string, string>> settings)
    {
        var typed = new OrderedDictionary<string, JsonElement>();
        foreach (var (name, value) in settings)
            typed.Add(name, double.TryParse(value, System.Globalization.NumberStyles.Float, System.Globalization.CultureInfo.InvariantCulture, out double x) && double.IsFinite(x)
                ? JsonSerializer.SerializeToElement(x, Options)
                : value is "true" or "false" ? JsonSerializer.SerializeToElement(value == "true", Options)
                : JsonSerializer.SerializeToElement(value, Options));
        return typed;
    }

    /// <summary>Named values (couplings, ratios by generator pair) as a JSON object in their order.</summary>
    public static IReadOnlyDictionary<string, double> Named(IEnumerable<(string Name, double Value)> values)
    {
        var named = new OrderedDictionary<string, double>();
        foreach (var (name, value) in values) named.Add(name, value);
        return named;
    }

    /// <summary>The guard of every number of a document: a property holding a double (or a list, nested list or named
    /// set of them) refuses a non-finite one with the property's JSON name (or the key, for a named set).</summary>
    static void RefuseNonFinite(JsonTypeInfo info)
    {
        if (info.Kind != JsonTypeInfoKind.Object) return;
        foreach (var p in info.Properties)
        {
            if (p.Get is not { } get || Check(p.PropertyType) is not { } check) continue;
            string name = p.Name;
            p.Get = o =>
            {
                object? value = get(o);
                check(value, name);
                return value;
            };
        }
    }

    static Action<object?, string>? Check(Type t)
    {
        if (t == typeof(double) || t == typeof(double?))
            return (v, name) => { if (v is double x) OutputNumber.Finite(x, name); };
        if (typeof(IEnumerable<KeyValuePair<string, double>>).IsAssignableFrom(t))
            return (v, _) => { foreach (var (key, x) in (IEnumerable<KeyValuePair<string, double>>?)v ?? []) OutputNumber.Finite(x, key); };
        if (typeof(IEnumerable<double>).IsAssignableFrom(t))
            return (v, name) => { foreach (double x in (IEnumerable<double>?)v ?? []) OutputNumber.Finite(x, name); };
        if (typeof(IEnumerable<IEnumerable<double>>).IsAssignableFrom(t))
            return (v, name) =>
            {
                foreach (var list in (IEnumerable<IEnumerable<double>>?)v ?? [])
                    foreach (double x in list) OutputNumber.Finite(x, name);
            };
        return null;
    }
}
