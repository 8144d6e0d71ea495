using System.Text.Json;
using System.Text.Json.Serialization;

namespace SecretNu;

/// <summary>The conventions of the JSON input documents read into records (the cross-section sources, the reproduce
/// recipe): snake_case names, no unknown member, every constructor parameter without a default required, nullable
/// annotations respected — so a misspelt or missing field is an error, not a silent default.</summary>
public static class InputJson
{
    /// <summary>Strict options with <paramref name="converters"/> added.</summary>
    public static JsonSerializerOptions Strict(params JsonConverter[] converters)
    {
        var options = new JsonSerializerOptions
        {
            PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower,
            UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow,
            RespectRequiredConstructorParameters = true,
            RespectNullableAnnotations = true,
        };
        foreach (var c in converters) options.Converters.Add(c);
        return options;
    }
}
