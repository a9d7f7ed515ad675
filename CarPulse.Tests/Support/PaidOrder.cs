using System.Globalization;
using System.Net.Http.Json;
using System.Text.Json;
using CarPulse.Tests.Http;

namespace CarPulse.Tests.Support;

public static class PaidOrder
{
    /// <summary>Signs in as <paramref name="account"/>, selects every car with the package and pays with the free pilot voucher (no provider).</summary>
    /// <param name="language">The language the customer pays in (the PDFs are written in it); the API's default when null.</param>
    /// <param name="email">The address given for the order's link ("Email me the link"), if any.</param>
    public static async Task<string> PayFreeAsync(this TeslaSignIn tesla, string account, string package, string? language = null, string? email = null)
    {
        var sessionId = await tesla.ConnectAsync(account);
        var api = tesla.Browser;
        var ids = (await VehiclesAsync(tesla, sessionId)).ToArray();
        await (await api.PostAsJsonAsync($"/api/v1/tesla/session/{sessionId}/select", new { vehicle_ids = ids, package })).AssertOkJsonAsync();
        await (await api.PostAsJsonAsync("/api/v1/pricing/quote", new { session_id = sessionId, voucher_code = "PILOT2026" })).AssertOkJsonAsync();
        await (await api.PostAsJsonAsync($"/api/v1/payment/create-intent{(language is null ? "" : $"?culture={language}")}", new { session_id = sessionId, email })).AssertOkJsonAsync();
        return sessionId;
    }

    public static async Task<IReadOnlyList<long>> VehiclesAsync(this TeslaSignIn tesla, string sessionId)
    {
        var vehicles = await (await tesla.Browser.GetAsync($"/api/v1/tesla/session/{sessionId}/vehicles")).AssertOkJsonAsync();
        // Ids past 2^53 (the fleet's) are written as strings so JavaScript keeps them exact.
        return vehicles.GetProperty("vehicles").EnumerateArray()
            .Select(v => v.GetProperty("id") is { ValueKind: JsonValueKind.String } id ? long.Parse(id.GetString() ?? "", CultureInfo.InvariantCulture) : v.GetProperty("id").GetInt64())
            .Order()
            .ToList();
    }
}
