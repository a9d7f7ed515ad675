using CarPulse.Domain;
using CarPulse.Domain.Reports;
using CarPulse.Web.Hosting;

namespace CarPulse.Web.Endpoints;

/// <summary>
/// The address that signs a paid order in to Tesla again, and what it does then (<c>then=retry|invoices</c>). The pages,
/// the API and the Tesla endpoint all build and read it here.
/// </summary>
public static class TeslaReconnect
{
    public const string Retry = "retry";
    public const string Invoices = "invoices";

    public static string Path(string sessionId, string then) =>
        $"{ApiExtensions.TeslaSignInPath}?order={Uri.EscapeDataString(sessionId)}&then={then}";

    /// <summary>The follow-up a <c>then</c> value asks for; a missing one means a retry.</summary>
    public static ReportWork Work(string? then) => then switch
    {
        null or Retry => ReportWork.Build | ReportWork.RetryMissing,
        Invoices => ReportWork.Invoices,
        _ => throw new InputInvalid("then", $"then must be '{Retry}' or '{Invoices}'."),
    };
}
