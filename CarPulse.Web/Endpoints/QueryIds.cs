using System.Diagnostics.CodeAnalysis;

namespace CarPulse.Web.Endpoints;

/// <summary>Ids that arrive in a browser's address (a provider's return, Tesla's callback) before anything is looked up.</summary>
internal static class QueryIds
{
    /// <summary>An id anyone could have issued: never empty, never a control character (PostgreSQL refuses a NUL in text).</summary>
    public static bool IsId([NotNullWhen(true)] string? id) => !string.IsNullOrEmpty(id) && !id.Any(char.IsControl);
}
