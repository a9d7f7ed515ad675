using System.Net;
using System.Net.Http.Json;
using CarPulse.Domain.Orders;
using CarPulse.Tests.Support;

namespace CarPulse.Tests.Http;

/// <summary>SPEC §9: an expired session is gone (410) on every endpoint that takes one, an unknown one is 404.</summary>
public sealed class ExpiredSessionTests : IDisposable
{
    private readonly CarPulseApp _app = new();
    private readonly HttpClient _client;

    public ExpiredSessionTests() => _client = _app.CreateClient();

    /// <summary>Every endpoint that takes a session id; <c>{id}</c> and <c>{vehicle}</c> are filled in.</summary>
    public static TheoryData<string, string> SessionEndpoints => new()
    {
        { "POST", "/api/v1/reports/generate" },
        { "GET", "/api/v1/tesla/report/{id}" },
        { "GET", "/api/v1/tesla/session/{id}/vehicles/{vehicle}/report.pdf" },
        { "GET", "/api/v1/tesla/session/{id}/vehicles/{vehicle}/charging-history.csv" },
        { "GET", "/api/v1/tesla/session/{id}/vehicles/{vehicle}/charging-history.json" },
        { "GET", "/api/v1/tesla/session/{id}/vehicles/{vehicle}/charging-invoices" },
        { "GET", "/api/v1/tesla/session/{id}/vehicles/{vehicle}/charging-invoices/INV-1" },
        { "GET", "/api/v1/tesla/session/{id}/vehicles/{vehicle}/charging-invoices.zip" },
        { "GET", "/api/v1/payment/receipt/{id}" },
        { "GET", "/api/v1/payment/receipt/{id}/pdf" },
        { "GET", "/api/v1/tesla/session/{id}/vehicles" },
        { "GET", "/api/v1/tesla/session/{id}/state" },
        { "POST", "/api/v1/tesla/session/{id}/select" },
        { "POST", "/api/v1/pricing/quote" },
        { "POST", "/api/v1/payment/create-intent" },
    };

    [Theory]
    [MemberData(nameof(SessionEndpoints))]
    public async Task An_expired_session_is_410_gone(string method, string path)
    {
        var session = await _app.SeedAsync(new OrderSessionBuilder().InStatus(OrderStatus.VehiclesSelected).Build());
        _app.Clock.Advance(OrderOptions.DefaultSessionLifetime);

        var response = await SendAsync(method, path, session.Id, session.Vehicles[0].Id);

        var problem = await response.AssertProblemAsync(HttpStatusCode.Gone);
        Assert.Equal("Session expired. Please start again.", problem.GetProperty("detail").GetString());
    }

    [Theory]
    [MemberData(nameof(SessionEndpoints))]
    public async Task An_unknown_session_is_404(string method, string path)
    {
        var response = await SendAsync(method, path, SessionId.New(), OrderSessionBuilder.Vehicle(1).Id);

        await response.AssertProblemAsync(HttpStatusCode.NotFound);
    }

    [Theory]
    [InlineData("POST", "/api/v1/reports/generate")]
    [InlineData("GET", "/api/v1/tesla/report/{id}")]
    [InlineData("GET", "/api/v1/tesla/session/{id}/vehicles/{vehicle}/report.pdf")]
    [InlineData("GET", "/api/v1/payment/receipt/{id}")]
    public async Task A_live_unpaid_session_is_a_409_naming_its_status(string method, string path)
    {
        var session = await _app.SeedAsync(new OrderSessionBuilder().InStatus(OrderStatus.VehiclesSelected).Build());
        _app.Clock.Advance(OrderOptions.DefaultSessionLifetime - TimeSpan.FromSeconds(1));

        var response = await SendAsync(method, path, session.Id, session.Vehicles[0].Id);

        var problem = await response.AssertProblemAsync(HttpStatusCode.Conflict);
        Assert.Equal("vehicles_selected", problem.GetProperty("current_status").GetString());
    }

    private Task<HttpResponseMessage> SendAsync(string method, string path, string sessionId, long vehicleId)
    {
        var url = path.Replace("{id}", sessionId, StringComparison.Ordinal).Replace("{vehicle}", vehicleId.ToString(System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal);
        if (method == "GET")
        {
            return _client.GetAsync(url);
        }

        object body = url.EndsWith("/select", StringComparison.Ordinal)
            ? new { vehicle_ids = new[] { vehicleId }, package = "basic" }
            : new { session_id = sessionId };
        return _client.PostAsJsonAsync(url, body);
    }

    public void Dispose() => _app.Dispose();
}
