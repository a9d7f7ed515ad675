using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace CarPulse.Web.Endpoints.Api.V1;

/// <summary>
/// Tesla ids are 64-bit; JavaScript loses precision above 2^53. Such values are written as strings
/// (SPEC §9); smaller ones stay numbers. Both forms are read.
/// </summary>
public sealed class TeslaIdConverter : JsonConverter<long>
{
    private const long MaxSafeInteger = 9_007_199_254_740_992;

    public override long Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) => reader.TokenType switch
    {
        JsonTokenType.Number => reader.GetInt64(),
        JsonTokenType.String when long.TryParse(reader.GetString(), NumberStyles.None, CultureInfo.InvariantCulture, out var value) => value,
        _ => throw new JsonException("Expected a whole number or a string of digits."),
    };

    public override void Write(Utf8JsonWriter writer, long value, JsonSerializerOptions options)
    {
        if (Math.Abs(value) > MaxSafeInteger)
        {
            writer.WriteStringValue(value.ToString(CultureInfo.InvariantCulture));
        }
        else
        {
            writer.WriteNumberValue(value);
        }
    }
}
