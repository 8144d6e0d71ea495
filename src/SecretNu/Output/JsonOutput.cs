using System.Text.Encodings.Web;
using System.Text.Json;

namespace SecretNu.Output;

/// <summary>JSON conventions of every output: indented, readable Unicode and '+' (no \u escapes), shortest
/// round-trip numbers, "\n" line ends, non-finite numbers refused (write numbers with
/// <see cref="OutputNumber.WriteFinite"/> / <see cref="OutputNumber.WriteFiniteValue"/>, which name the quantity).</summary>
public static class JsonOutput
{
    public static readonly JsonWriterOptions WriterOptions = new()
    {
        Indented = true,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        NewLine = "\n",
    };

    /// <summary>Builds a JSON document with the writer and returns it as text ending in a newline.</summary>
    public static string Write(Action<Utf8JsonWriter> body)
    {
        using var stream = new MemoryStream();
        using (var w = new Utf8JsonWriter(stream, WriterOptions)) body(w);
        return System.Text.Encoding.UTF8.GetString(stream.ToArray()) + "\n";
    }
}
