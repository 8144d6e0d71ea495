using System.Globalization;
using System.Text.Json;

namespace SecretNu.Output;

/// <summary>
/// Numbers as they go into output files (CSV, text, JSON): invariant culture, shortest round-trip text by default.
/// The one guard against NaN and ±∞ in outputs: a non-finite number is a bug upstream, so it is refused with an
/// <see cref="InvalidOperationException"/> naming the quantity (an internal error; as outputs are built whole before
/// they are written, nothing is written).
/// </summary>
public static class OutputNumber
{
    /// <summary>Returns <paramref name="value"/>, or throws if it is NaN or infinite.</summary>
    /// <param name="value">the number to be written</param>
    /// <param name="quantity">what it is (column or key, with context), for the message</param>
    /// <exception cref="InvalidOperationException">The number is not finite.</exception>
    public static double Finite(double value, string quantity) => double.IsFinite(value)
        ? value
        : throw new InvalidOperationException(
            $"refusing to write a non-finite number: {quantity} = {value.ToString(CultureInfo.InvariantCulture)}");

    /// <summary>Text of a finite number: shortest round-trip form ("R"), or <paramref name="format"/>, invariant culture.</summary>
    /// <exception cref="InvalidOperationException">The number is not finite.</exception>
    public static string Text(double value, string quantity, string format = "R") =>
        Finite(value, quantity).ToString(format, CultureInfo.InvariantCulture);

    /// <summary>Writes a named JSON number, refusing a non-finite one (the key names the quantity); for JSON still written
    /// by hand (<see cref="CardJson"/>). Documents serialised with <see cref="JsonOutput.Options"/> have the same guard.</summary>
    /// <exception cref="InvalidOperationException">The number is not finite.</exception>
    public static void WriteFinite(this Utf8JsonWriter writer, string name, double value) =>
        writer.WriteNumber(name, Finite(value, name));
}
