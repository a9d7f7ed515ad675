using System.Net;
using System.Net.Http.Json;
using System.Reflection;
using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;
using CarPulse.Domain.Orders;
using CarPulse.Tests.Support;
using Microsoft.AspNetCore.SignalR;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace CarPulse.Tests.Http;

/// <summary>
/// Request bodies are capped by kind of endpoint, on real Kestrel (the in-memory test server has no body limit):
/// over the cap is a 413 problem, never a 500, and no answer repeats unbounded input.
/// </summary>
public sealed partial class RequestSizeTests : IDisposable
{
    private const int TenMegabytes = 10 * 1024 * 1024;

    private readonly CarPulseApp _app = CarPulseApp.WithTeslaSimulator();
    private readonly HttpClient _client;

    // Kestrel refuses an over-long body when it sees the length, before the body is sent: the client waits for
    // that answer (however busy the machine) instead of writing into a connection that is being closed.
    public RequestSizeTests() => _client = new HttpClient(new SocketsHttpHandler
    {
        AllowAutoRedirect = false,
        CookieContainer = new CookieContainer(),
        Expect100ContinueTimeout = TimeSpan.FromMinutes(1),
    })
    {
        BaseAddress = _app.ClientOptions.BaseAddress,
        DefaultRequestHeaders = { ExpectContinue = true },
    };

    [Theory]
    [InlineData("/api/v1/pricing/validate-voucher", "code")]
    [InlineData("/api/v1/pricing/quote", "voucher_code")]
    public async Task A_ten_megabyte_voucher_code_is_a_413_problem(string path, string field)
    {
        var body = JsonSerializer.Serialize(new Dictionary<string, string> { [field] = new('A', TenMegabytes), ["session_id"] = SessionId.New() });

        var response = await _client.PostAsync(path, new StringContent(body, Encoding.UTF8, "application/json"));

        await response.AssertProblemAsync(HttpStatusCode.RequestEntityTooLarge);
        Assert.True((await response.Content.ReadAsByteArrayAsync()).Length < 1024);
    }

    [Fact]
    public async Task A_voucher_code_within_the_body_cap_is_refused_by_name_and_not_echoed()
    {
        var code = new string('A', 50 * 1024);

        var response = await _client.PostAsJsonAsync("/api/v1/pricing/validate-voucher", new { code });

        var problem = await response.AssertProblemAsync(HttpStatusCode.BadRequest);
        Assert.Equal(["code"], problem.GetProperty("errors").PropertyNames());
        Assert.True((await response.Content.ReadAsByteArrayAsync()).Length < 1024);
    }

    [Fact]
    public async Task A_select_with_a_million_vehicle_ids_is_a_413_problem()
    {
        var session = await _app.SeedAsync(new OrderSessionBuilder().Build(DateTimeOffset.UtcNow));
        var body = "{\"vehicle_ids\":[" + string.Join(',', Enumerable.Range(0, 1_300_000).Select(i => 1_000_000_000_000_000L + i)) + "],\"package\":\"pro\"}";

        var response = await _client.PostAsync($"/api/v1/tesla/session/{session.Id}/select", new StringContent(body, Encoding.UTF8, "application/json"));

        await response.AssertProblemAsync(HttpStatusCode.RequestEntityTooLarge);
        Assert.True((await response.Content.ReadAsByteArrayAsync()).Length < 1024);
    }

    [Fact]
    public async Task A_select_with_thousands_of_unknown_ids_names_a_few_of_them()
    {
        var session = await _app.SeedAsync(new OrderSessionBuilder().Build(DateTimeOffset.UtcNow));
        var ids = Enumerable.Range(0, 3000).Select(i => 1_000_000_000_000_000L + i).ToArray();

        var response = await _client.PostAsJsonAsync($"/api/v1/tesla/session/{session.Id}/select", new { vehicle_ids = ids, package = "pro" });

        var problem = await response.AssertProblemAsync(HttpStatusCode.BadRequest);
        Assert.Equal(
            "Unknown vehicle ids: 1000000000000000, 1000000000000001, 1000000000000002, 1000000000000003, 1000000000000004 and 2995 more.",
            problem.GetProperty("errors").GetProperty("vehicle_ids")[0].GetString());
    }

    [Fact]
    public async Task A_ten_megabyte_form_to_the_demo_checkout_is_a_413_problem_and_nothing_is_decided()
    {
        var (checkoutUrl, token) = await OpenDemoCheckoutAsync();

        var response = await _client.PostAsync(checkoutUrl, new FormUrlEncodedContent(new Dictionary<string, string>
        {
            [token.Name] = token.Value, ["decision"] = "pay", ["note"] = new('x', TenMegabytes),
        }));

        await response.AssertProblemAsync(HttpStatusCode.RequestEntityTooLarge);
        Assert.Equal(HttpStatusCode.OK, (await _client.GetAsync(checkoutUrl)).StatusCode);
    }

    [Fact]
    public async Task A_form_with_hundreds_of_fields_is_a_413_problem()
    {
        var (checkoutUrl, token) = await OpenDemoCheckoutAsync();
        var fields = Enumerable.Range(0, 500).Select(i => KeyValuePair.Create($"f{i}", "1")).Append(KeyValuePair.Create(token.Name, token.Value));

        var response = await _client.PostAsync(checkoutUrl, new FormUrlEncodedContent(fields));

        await response.AssertProblemAsync(HttpStatusCode.RequestEntityTooLarge);
    }

    [Fact]
    public async Task A_webhook_body_over_256_KB_is_refused_even_without_a_length()
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/payments/stripe/webhook")
        {
            Content = new StreamContent(new MemoryStream(new byte[300 * 1024])),
        };
        request.Headers.TransferEncodingChunked = true;
        request.Headers.TryAddWithoutValidation("Stripe-Signature", "t=1,v1=00");

        var response = await _client.SendAsync(request);

        await response.AssertProblemAsync(HttpStatusCode.RequestEntityTooLarge);
    }

    [Fact]
    public async Task Any_other_body_over_one_megabyte_is_a_413()
    {
        var response = await _client.PostAsync("/admin/login", new FormUrlEncodedContent(new Dictionary<string, string> { ["password"] = new('x', 2 * 1024 * 1024) }));

        await response.AssertProblemAsync(HttpStatusCode.RequestEntityTooLarge);
    }

    [Fact]
    public void A_message_from_the_browser_to_its_circuit_is_capped_at_32_KB()
    {
        var hub = typeof(Microsoft.AspNetCore.Components.Server.CircuitOptions).Assembly.GetType("Microsoft.AspNetCore.Components.Server.ComponentHub", throwOnError: true)!;
        var options = _app.Services.GetRequiredService(typeof(IOptions<>).MakeGenericType(typeof(HubOptions<>).MakeGenericType(hub)));
        var value = (HubOptions)options.GetType().GetProperty(nameof(IOptions<HubOptions>.Value), BindingFlags.Public | BindingFlags.Instance)!.GetValue(options)!;

        Assert.Equal(32 * 1024, value.MaximumReceiveMessageSize);
    }

    private async Task<(Uri CheckoutUrl, (string Name, string Value) Token)> OpenDemoCheckoutAsync()
    {
        var session = await _app.SeedAsync(new OrderSessionBuilder().InStatus(OrderStatus.VehiclesSelected).Build(DateTimeOffset.UtcNow));
        var intent = await (await _client.PostAsJsonAsync("/api/v1/payment/create-intent", new { session_id = session.Id, method = "card" })).AssertOkJsonAsync();
        var checkoutUrl = new Uri(intent.GetProperty("checkout_url").GetString()!);
        var field = AntiforgeryField().Match(await _client.GetStringAsync(checkoutUrl.PathAndQuery));
        return (new Uri(checkoutUrl.PathAndQuery, UriKind.Relative), (field.Groups["name"].Value, WebUtility.HtmlDecode(field.Groups["value"].Value)));
    }

    [GeneratedRegex("<input type=\"hidden\" name=\"(?<name>__RequestVerificationToken[^\"]*)\" value=\"(?<value>[^\"]*)\">")]
    private static partial Regex AntiforgeryField();

    public void Dispose()
    {
        _client.Dispose();
        _app.Dispose();
    }
}
