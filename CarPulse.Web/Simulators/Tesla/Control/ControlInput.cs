using System.Reflection;
using System.Text.Json;
using CarPulse.Domain;

namespace CarPulse.Web.Simulators.Tesla.Control;

/// <summary>
/// Reads the control API's JSON bodies (snake_case) and checks each field, so every mistake is a 400 that names the
/// field and says what it takes: unreadable JSON, a field that does not exist here, a wrong type, a value out of range.
/// </summary>
internal static class ControlInput
{
    private const int LongestEchoedName = 64;

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web) { PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower };

    /// <summary>Whole-number fields: their range and how a message says it.</summary>
    private static readonly Dictionary<string, (int Min, int Max, string Expected)> Numbers = new(StringComparer.Ordinal)
    {
        ["latency_ms"] = (0, 600_000, "a whole number of milliseconds from 0 to 600000"),
        ["duration_ms"] = (0, 600_000, "a whole number of milliseconds from 0 to 600000"),
        ["wake_delay_ms"] = (0, 86_400_000, "a whole number of milliseconds from 0 to 86400000"),
        ["retry_after_seconds"] = (0, 86_400, "a whole number of seconds from 0 to 86400"),
        ["count"] = (1, 10_000, "a whole number of calls from 1 to 10000"),
        ["status"] = (400, 599, "an HTTP status from 400 to 599"),
    };

    public static async Task<T> ReadAsync<T>(HttpRequest request, CancellationToken cancellationToken)
    {
        if (!request.HasJsonContentType())
        {
            throw new InputInvalid("body", "Send a JSON object with Content-Type: application/json.");
        }

        JsonElement body;
        try
        {
            body = await JsonSerializer.DeserializeAsync<JsonElement>(request.Body, Json, cancellationToken);
        }
        catch (JsonException)
        {
            throw new InputInvalid("body", "The request body is not valid JSON.");
        }

        if (body.ValueKind != JsonValueKind.Object)
        {
            throw new InputInvalid("body", "The request body must be a JSON object.");
        }

        var fields = FieldsOf<T>();
        if (body.EnumerateObject().Select(property => property.Name).FirstOrDefault(name => !fields.Contains(name)) is { } unknown)
        {
            throw unknown.Length <= LongestEchoedName
                ? new InputInvalid(unknown, $"{unknown} is not a field here; use {string.Join(", ", fields)}.")
                : new InputInvalid("body", $"The body holds a field that is not one of {string.Join(", ", fields)}.");
        }

        try
        {
            return body.Deserialize<T>(Json) ?? throw new InputInvalid("body", "The request body must be a JSON object.");
        }
        catch (JsonException error)
        {
            var field = error.Path is { Length: > 2 } path && path.StartsWith("$.", StringComparison.Ordinal) ? path[2..] : "body";
            throw new InputInvalid(field, $"{field} must be {Expected(field)}.");
        }
    }

    /// <summary>A whole-number field within its range; <paramref name="fallback"/> when it is left out, required when there is none.</summary>
    public static int Number(int? value, string field, int? fallback = null)
    {
        var (min, max, expected) = Numbers[field];
        return value switch
        {
            null when fallback is { } given => given,
            null => throw new InputInvalid(field, $"{field} is required: {expected}."),
            var number when number < min || number > max => throw new InputInvalid(field, $"{field} must be {expected}."),
            var number => number.Value,
        };
    }

    public static bool Flag(bool? value, string field) => value ?? throw new InputInvalid(field, $"{field} is required: true or false.");

    /// <summary>An optional endpoint filter: a call name the call log uses, or <c>token</c> for every grant.</summary>
    public static string? Endpoint(string? value) =>
        value is null || SimulatedEndpoints.IsFilter(value)
            ? value
            : throw new InputInvalid("endpoint", $"endpoint must be {Expected("endpoint")}.");

    private static string Expected(string field) => field switch
    {
        "body" => "a JSON object",
        "endpoint" => $"one of {SimulatedEndpoints.AnyToken}, {string.Join(", ", SimulatedEndpoints.All.Order(StringComparer.Ordinal))}",
        _ when Numbers.TryGetValue(field, out var number) => number.Expected,
        _ => "true or false",
    };

    private static IReadOnlyList<string> FieldsOf<T>() =>
        [.. typeof(T).GetProperties(BindingFlags.Public | BindingFlags.Instance).Select(property => JsonNamingPolicy.SnakeCaseLower.ConvertName(property.Name))];
}
