using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace CarPulse.Web.Simulators.Tesla;

/// <summary>
/// Tesla's wire casing, independent of the app's own JSON settings: snake_case for OAuth and the classic Fleet
/// endpoints, camelCase for the <c>/dx/</c> ones. Nulls are written, as Tesla writes them.
/// </summary>
internal static class SimulatorJson
{
    public static readonly JsonSerializerOptions Snake = new(JsonSerializerDefaults.Web)
    {
        PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    public static readonly JsonSerializerOptions SnakeWithoutNulls = new(Snake) { DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull };

    public static readonly JsonSerializerOptions Camel = new(JsonSerializerDefaults.Web) { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public static IResult Json<T>(T value, JsonSerializerOptions options, int status = StatusCodes.Status200OK) =>
        TypedResults.Json(value, options, statusCode: status);
}
