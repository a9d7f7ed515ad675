using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using CarPulse.Domain.Orders;
using CarPulse.Domain.Persistence;
using CarPulse.Tests.Support;
using Microsoft.AspNetCore.Mvc.Testing;
using Xunit.Abstractions;

namespace CarPulse.Tests.Http;

/// <summary>
/// SPEC §9 "invalid input is 400 with the field named": a broad set of bad requests at every endpoint that
/// reads input (malformed JSON, wrong types, missing fields, unknown enum values, oversize fields, route and
/// query values that do not bind, a NUL character in every value, which PostgreSQL refuses in text); every 400 among
/// the answers must carry <c>errors</c> naming a field, and no answer is a 500, on either database.
/// </summary>
public abstract class BadRequestProbeTests(DatabaseProvider provider, ITestOutputHelper output) : IDisposable
{
    private static readonly string Oversize = new('A', 10_000);

    /// <summary>Bodies that are not the request object at all.</summary>
    private static readonly string[] BrokenBodies =
    [
        "", " ", "{", "{\"", "}", "not json", "[]", "\"text\"", "null", "123", "true", "{\"a\":1,}", "{\"a\" 1}", "{'a':1}",
        "{\"a\":[1,2", "\u00ff\u00fe", new string('[', 100) + new string(']', 100),
    ];

    /// <summary>Values of the wrong type or shape, tried in every field.</summary>
    private static readonly string[] WrongValues = ["5", "-1.5", "true", "{}", "[]", "[\"a\"]", "null", "\"\"", "\" \"", $"\"{Oversize}\"", "\"LAUNCH\\u000010\""];

    private readonly CarPulseApp _app = new(provider, AdminSignIn.Setting);

    [Fact]
    public async Task Every_400_names_the_field_at_fault()
    {
        var client = _app.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        var connected = await _app.SeedAsync(new OrderSessionBuilder().Build());
        var quoted = await _app.SeedAsync(new OrderSessionBuilder().InStatus(OrderStatus.VehiclesSelected).Build());
        var paid = await _app.SeedAsync(new OrderSessionBuilder().InStatus(OrderStatus.Paid).Build());
        var vehicle = connected.Vehicles[0].Id.ToString(System.Globalization.CultureInfo.InvariantCulture);

        var probes = new List<(string Method, string Path, HttpContent? Body)>();
        foreach (var (path, fields) in new (string Path, Dictionary<string, string> Fields)[]
        {
            ("/api/v1/pricing/validate-voucher", new() { ["code"] = "\"LAUNCH10\"" }),
            ("/api/v1/pricing/quote", new() { ["session_id"] = Json(quoted.Id), ["voucher_code"] = "\"LAUNCH10\"" }),
            ($"/api/v1/tesla/session/{connected.Id}/select", new() { ["vehicle_ids"] = $"[{vehicle}]", ["package"] = "\"pro\"" }),
            ("/api/v1/payment/create-intent", new() { ["session_id"] = Json(quoted.Id), ["method"] = "\"card\"" }),
            ("/api/v1/reports/generate", new() { ["session_id"] = Json(paid.Id) }),
        })
        {
            probes.AddRange(BrokenBodies.Select(body => ("POST", path, (HttpContent?)JsonBody(body))));
            probes.Add(("POST", path, null));
            probes.Add(("POST", path, JsonBody("{}")));
            foreach (var field in fields.Keys)
            {
                probes.AddRange(WrongValues.Select(value => ("POST", path, (HttpContent?)JsonBody(With(fields, field, value)))));
                probes.Add(("POST", path, JsonBody(Object(fields.Where(entry => entry.Key != field)))));
            }
        }

        foreach (var (field, value) in new[]
        {
            ("vehicle_ids", "\"1\""), ("vehicle_ids", "[true]"), ("vehicle_ids", "[1.5]"), ("vehicle_ids", "[\"abc\"]"), ("vehicle_ids", "[null]"),
            ("vehicle_ids", "[-1]"), ("vehicle_ids", "[99999999999999999999]"), ("vehicle_ids", $"[{string.Join(',', Enumerable.Range(1, 2000))}]"),
            ("package", "\"premium\""), ("package", "\"PRO \""), ("method", "\"bitcoin\""), ("method", "\"CARD\""),
        })
        {
            var path = field == "method" ? "/api/v1/payment/create-intent" : $"/api/v1/tesla/session/{connected.Id}/select";
            var valid = field == "method"
                ? new Dictionary<string, string> { ["session_id"] = Json(quoted.Id), ["method"] = "\"card\"" }
                : new Dictionary<string, string> { ["vehicle_ids"] = $"[{vehicle}]", ["package"] = "\"pro\"" };
            probes.Add(("POST", path, JsonBody(With(valid, field, value))));
        }

        foreach (var id in new[] { "x", "%20", new string('a', 1000), ".." })
        {
            probes.Add(("GET", $"/api/v1/tesla/session/{id}/state", null));
            probes.Add(("GET", $"/api/v1/tesla/report/{id}", null));
            probes.Add(("GET", $"/api/v1/payment/receipt/{id}/pdf", null));
            probes.Add(("GET", $"/api/v1/tesla/session/{paid.Id}/vehicles/{id}/report.pdf", null));
            probes.Add(("GET", $"/api/v1/tesla/session/{paid.Id}/vehicles/{vehicle}/charging-invoices/{id}", null));
        }

        foreach (var vehicleId in new[] { "abc", "1.5", "-1", "99999999999999999999" })
        {
            probes.Add(("GET", $"/api/v1/tesla/session/{paid.Id}/vehicles/{vehicleId}/charging-history.csv", null));
            probes.Add(("GET", $"/admin/orders/{paid.Reference}/vehicles/{vehicleId}/report.pdf", null));
        }

        probes.Add(("GET", $"/api/v1/tesla/session/{connected.Id}/vehicles?culture=zz", null));
        // A NUL in a path is refused by ASP.NET Core itself; in a query it reaches the endpoint.
        foreach (var path in new[]
        {
            "/oauth/tesla/callback?state=ab%00cd&code=x", "/payments/demo/return?session_id=demo_cs_%00", "/payments/cancelled?payment_id=a%00b",
            "/connect/tesla?order=a%00b", $"/api/v1/tesla/session/{connected.Id}/vehicles?culture=f%00i",
        })
        {
            probes.Add(("GET", path, null));
        }

        probes.Add(("POST", "/payments/stripe/webhook", JsonBody("{}")));
        probes.Add(("POST", "/payments/stripe/webhook", WithHeader(JsonBody("{}"), "Stripe-Signature", "t=1,v1=00")));
        probes.Add(("POST", "/payments/stripe/webhook", WithHeader(JsonBody("not json"), "Stripe-Signature", "nonsense")));

        Assert.Equal(HttpStatusCode.Redirect, (await client.LogInAsync(AdminSignIn.Username, AdminSignIn.Password)).StatusCode);
        var badRequests = 0;
        var unnamed = new List<string>();
        var failed = new List<string>();
        foreach (var (method, path, body) in probes)
        {
            using var response = await client.SendAsync(new HttpRequestMessage(new HttpMethod(method), path) { Content = body });
            if (response.StatusCode == HttpStatusCode.InternalServerError)
            {
                failed.Add($"{method} {Shorten(path)} {Shorten(body is null ? "(no body)" : await body.ReadAsStringAsync())}");
            }

            if (response.StatusCode != HttpStatusCode.BadRequest)
            {
                continue;
            }

            badRequests++;
            if (!await NamesAFieldAsync(response))
            {
                unnamed.Add($"{method} {Shorten(path)} {Shorten(body is null ? "(no body)" : await body.ReadAsStringAsync())}");
            }
        }

        output.WriteLine($"{probes.Count} probes, {badRequests} answered 400, {badRequests - unnamed.Count} of them name the field.");
        Assert.True(failed.Count == 0, $"{failed.Count} probes answered 500:\n{string.Join('\n', failed)}");
        Assert.True(unnamed.Count == 0, $"{unnamed.Count} of {badRequests} 400s name no field:\n{string.Join('\n', unnamed)}");
    }

    [Theory]
    [InlineData("/api/v1/pricing/validate-voucher", "", "body")]
    [InlineData("/api/v1/pricing/validate-voucher", "null", "body")]
    [InlineData("/api/v1/pricing/validate-voucher", "{\"code\":", "code")]
    [InlineData("/api/v1/pricing/validate-voucher", "not json", "body")]
    [InlineData("/api/v1/pricing/validate-voucher", "{\"code\":5}", "code")]
    [InlineData("/api/v1/pricing/validate-voucher", "{\"code\":\"LAUNCH10LAUNCH10LAUNCH10LAUNCH10X\"}", "code")]
    [InlineData("/api/v1/pricing/quote", "{\"session_id\":[\"a\"]}", "session_id")]
    [InlineData("/api/v1/pricing/quote", "{\"session_id\":\"x\",\"voucher_code\":\"LAUNCH10LAUNCH10LAUNCH10LAUNCH10X\"}", "voucher_code")]
    [InlineData("/api/v1/tesla/session/{id}/select", "{\"vehicle_ids\":[1,\"abc\"],\"package\":\"pro\"}", "vehicle_ids[1]")]
    [InlineData("/api/v1/tesla/session/{id}/select", "{\"vehicle_ids\":\"1\",\"package\":\"pro\"}", "vehicle_ids")]
    [InlineData("/api/v1/tesla/session/{id}/select", "{\"vehicle_ids\":[1492931000000001],\"package\":5}", "package")]
    [InlineData("/api/v1/tesla/session/{id}/select", "{\"vehicle_ids\":[1492931000000001],\"package\":\"premium\"}", "package")]
    [InlineData("/api/v1/payment/create-intent", "{\"session_id\":\"x\",\"method\":\"bitcoin\"}", "method")]
    [InlineData("/api/v1/reports/generate", "{\"session_id\":true}", "session_id")]
    public async Task A_bad_body_is_a_400_naming_the_json_path_where_it_is_wrong(string path, string body, string field)
    {
        var session = await _app.SeedAsync(new OrderSessionBuilder().Build());

        var response = await _app.CreateClient().PostAsync(path.Replace("{id}", session.Id, StringComparison.Ordinal), JsonBody(body));

        var problem = await response.AssertProblemAsync(HttpStatusCode.BadRequest);
        var errors = problem.GetProperty("errors");
        Assert.Equal([field], errors.PropertyNames());
        Assert.NotEmpty(errors.GetProperty(field)[0].GetString() ?? string.Empty);
    }

    [Fact]
    public async Task A_route_value_that_does_not_bind_is_a_400_naming_it()
    {
        var paid = await _app.SeedAsync(new OrderSessionBuilder().InStatus(OrderStatus.Paid).Build());
        var client = _app.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        await client.LogInAsync(AdminSignIn.Username, AdminSignIn.Password);

        var response = await client.GetAsync($"/admin/orders/{paid.Reference}/vehicles/not-a-number/report.pdf");

        var problem = await response.AssertProblemAsync(HttpStatusCode.BadRequest);
        Assert.Equal(["vehicle_id"], problem.GetProperty("errors").PropertyNames());
        Assert.DoesNotContain("not-a-number", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task A_webhook_without_a_signature_is_a_400_naming_the_header()
    {
        var response = await _app.CreateClient().PostAsync("/payments/stripe/webhook", JsonBody("{}"));

        var problem = await response.AssertProblemAsync(HttpStatusCode.BadRequest);
        Assert.Equal(["Stripe-Signature"], problem.GetProperty("errors").PropertyNames());
    }

    private static async Task<bool> NamesAFieldAsync(HttpResponseMessage response)
    {
        if (response.Content.Headers.ContentType?.MediaType != "application/problem+json")
        {
            return false;
        }

        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
        return problem.TryGetProperty("errors", out var errors)
            && errors.ValueKind == JsonValueKind.Object
            && errors.EnumerateObject().Any()
            && errors.EnumerateObject().All(error => error.Name.Length > 0 && error.Value.GetArrayLength() > 0);
    }

    private static string Json(string value) => JsonSerializer.Serialize(value);

    private static string With(Dictionary<string, string> fields, string field, string value) =>
        Object(fields.Select(entry => entry.Key == field ? KeyValuePair.Create(field, value) : entry));

    private static string Object(IEnumerable<KeyValuePair<string, string>> fields) =>
        "{" + string.Join(",", fields.Select(entry => $"\"{entry.Key}\":{entry.Value}")) + "}";

    private static StringContent JsonBody(string body) => new(body, Encoding.UTF8, "application/json");

    private static HttpContent WithHeader(HttpContent content, string name, string value)
    {
        content.Headers.TryAddWithoutValidation(name, value);
        return content;
    }

    private static string Shorten(string text) => text.Length > 80 ? text[..80] + "…" : text;

    public void Dispose() => _app.Dispose();

    public sealed class OnSqlite(ITestOutputHelper output) : BadRequestProbeTests(DatabaseProvider.Sqlite, output);

    public sealed class OnPostgreSql(ITestOutputHelper output) : BadRequestProbeTests(DatabaseProvider.PostgreSql, output);
}
