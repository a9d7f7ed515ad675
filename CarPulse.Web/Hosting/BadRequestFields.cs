using System.Text.Json;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Antiforgery;
using Microsoft.Extensions.Options;

namespace CarPulse.Web.Hosting;

/// <summary>
/// Names the field at fault when the framework could not bind a request (SPEC §9: invalid input is 400 with the
/// field named): the JSON path where the reader stopped, the route or query parameter, the antiforgery token, or
/// <c>body</c> for a body that is missing or unreadable as a whole. The caller's input is never repeated.
/// </summary>
internal static partial class BadRequestFields
{
    public const string Body = "body";

    private const string BodyMessage = "The request body is missing or is not valid JSON.";

    public static (string Field, string Message) Describe(HttpContext context, BadHttpRequestException exception)
    {
        if (context.Features.Get<IAntiforgeryValidationFeature>() is { IsValid: false })
        {
            var token = context.RequestServices.GetRequiredService<IOptions<AntiforgeryOptions>>().Value.FormFieldName;
            return (token, "The form has expired or was not sent from this site. Reload the page and try again.");
        }

        if (exception.InnerException is JsonException json)
        {
            var field = JsonField(json.Path);
            return field == Body ? (Body, BodyMessage) : (field, $"{field} is not valid: check its type and the JSON around it.");
        }

        var parameter = Parameter().Match(exception.Message);
        if (!parameter.Success || exception.Message.EndsWith("from body.", StringComparison.Ordinal))
        {
            return (Body, BodyMessage);
        }

        var name = JsonNamingPolicy.SnakeCaseLower.ConvertName(parameter.Groups["name"].Value);
        return (name, $"{name} is missing or not valid.");
    }

    /// <summary>
    /// The antiforgery check reads the form before anything else does, so a form over its limits (body size, field
    /// count or length) fails there, as a token it could not read: that is a 413, not a bad token.
    /// </summary>
    public static int? FormUnreadable(HttpContext context, Exception exception)
    {
        var antiforgery = exception as AntiforgeryValidationException ?? context.Features.Get<IAntiforgeryValidationFeature>()?.Error;
        return antiforgery?.InnerException switch
        {
            BadHttpRequestException refused => refused.StatusCode,
            InvalidDataException => StatusCodes.Status413PayloadTooLarge,
            _ => null,
        };
    }

    /// <summary><c>$.vehicle_ids[0]</c> → <c>vehicle_ids[0]</c>; the document itself (<c>$</c>) is the body.</summary>
    private static string JsonField(string? path) =>
        path is null or "$" ? Body
        : path.StartsWith("$.", StringComparison.Ordinal) ? path[2..]
        : path.TrimStart('$');

    /// <summary>How the framework names a parameter it could not bind: <c>Failed to bind parameter "long vehicleId" from "abc".</c></summary>
    [GeneratedRegex("""^(?:Failed to bind|Required) parameter "[^"]* (?<name>[A-Za-z_][A-Za-z0-9_]*)" """)]
    private static partial Regex Parameter();
}
