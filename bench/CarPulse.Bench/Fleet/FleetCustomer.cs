using System.Net;
using System.Net.Http.Json;
using System.Text.Json;

namespace CarPulse.Bench.Fleet;

/// <summary>
/// A customer's browser against the app over real HTTP: Tesla sign-in through the simulator's OAuth pages
/// (one redirect at a time), the vehicle selection and a payment with the free pilot voucher.
/// </summary>
public sealed class FleetCustomer(Uri baseAddress) : IDisposable
{
    private readonly HttpClient _browser = new(new SocketsHttpHandler { AllowAutoRedirect = false }) { BaseAddress = baseAddress };

    /// <summary>Signs in as <paramref name="account"/>, orders <paramref name="package"/> for the given cars and pays; returns the paid session id.</summary>
    public async Task<string> PayFreeAsync(string account, IReadOnlyList<long> vehicleIds, string package, CancellationToken cancellationToken)
    {
        var authorize = await RedirectAsync("/connect/tesla", cancellationToken);
        var callback = await RedirectAsync($"{authorize.PathAndQuery}&sim_account={account}", cancellationToken);
        var order = await RedirectAsync(callback.PathAndQuery, cancellationToken);
        var sessionId = order.AbsolutePath.StartsWith("/order/", StringComparison.Ordinal)
            ? order.AbsolutePath["/order/".Length..]
            : throw new InvalidOperationException($"Sign-in ended at {order} instead of an order page.");

        await PostAsync($"/api/v1/tesla/session/{sessionId}/select", new { vehicle_ids = vehicleIds, package }, cancellationToken);
        await PostAsync("/api/v1/pricing/quote", new { session_id = sessionId, voucher_code = "PILOT2026" }, cancellationToken);
        await PostAsync("/api/v1/payment/create-intent", new { session_id = sessionId }, cancellationToken);
        return sessionId;
    }

    /// <summary>The order's status as the session API shows it (<c>generating</c>, <c>complete</c>, …).</summary>
    public async Task<string> StatusAsync(string sessionId, CancellationToken cancellationToken)
    {
        using var response = await _browser.GetAsync($"/api/v1/tesla/session/{sessionId}/state", cancellationToken);
        response.EnsureSuccessStatusCode();
        return (await response.Content.ReadFromJsonAsync<JsonElement>(cancellationToken)).GetProperty("status").GetString() ?? string.Empty;
    }

    /// <summary>The order's reports as the reports API shows them.</summary>
    public async Task<JsonElement> ReportsAsync(string sessionId, CancellationToken cancellationToken)
    {
        using var response = await _browser.GetAsync($"/api/v1/tesla/report/{sessionId}", cancellationToken);
        response.EnsureSuccessStatusCode();
        return await response.Content.ReadFromJsonAsync<JsonElement>(cancellationToken);
    }

    public void Dispose() => _browser.Dispose();

    private async Task<Uri> RedirectAsync(string pathAndQuery, CancellationToken cancellationToken)
    {
        using var response = await _browser.GetAsync(pathAndQuery, cancellationToken);
        if (response.StatusCode != HttpStatusCode.Redirect || response.Headers.Location is not { } location)
        {
            throw new InvalidOperationException($"GET {pathAndQuery.Split('?')[0]} answered {(int)response.StatusCode} instead of a redirect.");
        }

        return location.IsAbsoluteUri ? location : new Uri(baseAddress, location);
    }

    private async Task PostAsync(string path, object body, CancellationToken cancellationToken)
    {
        using var response = await _browser.PostAsJsonAsync(path, body, cancellationToken);
        if (!response.IsSuccessStatusCode)
        {
            throw new InvalidOperationException($"POST {path} answered {(int)response.StatusCode}: {await response.Content.ReadAsStringAsync(cancellationToken)}");
        }
    }
}
