using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using CarPulse.Tests.Support;

namespace CarPulse.Tests.Http;

public sealed class PricingApiTests(PricingApiTests.App app) : IClassFixture<PricingApiTests.App>
{
    public sealed class App : IDisposable
    {
        public CarPulseApp Factory { get; } = new();

        public void Dispose() => Factory.Dispose();
    }

    private readonly HttpClient _client = app.Factory.CreateClient();

    [Fact]
    public async Task Catalog_lists_three_packages_with_modules_and_four_tiers_in_the_spec_shape()
    {
        var catalog = await (await _client.GetAsync("/api/v1/pricing/catalog")).AssertOkJsonAsync();

        Assert.Equal(["currency", "packages", "vat_rate"], catalog.PropertyNames());
        Assert.Equal("EUR", catalog.GetProperty("currency").GetString());
        Assert.Equal(25.5m, catalog.GetProperty("vat_rate").GetDecimal());
        var packages = catalog.GetProperty("packages").EnumerateArray().ToList();
        Assert.Equal(["basic", "pro", "expert"], packages.Select(p => p.GetProperty("name").GetString()));
        Assert.All(packages, p => Assert.Equal(["features", "modules", "name", "tiers", "title"], p.PropertyNames()));
        Assert.Equal([1, 7, 8], packages.Select(p => p.GetProperty("modules").GetArrayLength()));
        Assert.Contains("vehicle_specs", packages[2].GetProperty("modules").EnumerateArray().Select(m => m.GetString()));
        var expertTiers = packages[2].GetProperty("tiers").EnumerateArray()
            .Select(t => (t.GetProperty("max_vehicles").GetInt32(), t.GetProperty("price_cents").GetInt64()));
        Assert.Equal([(1, 2999L), (2, 4499L), (5, 7999L), (10, 12999L)], expertTiers);
    }

    [Fact]
    public async Task A_lower_case_seed_voucher_validates_with_its_effect()
    {
        var result = await (await _client.PostAsJsonAsync("/api/v1/pricing/validate-voucher", new { code = " launch10 " })).AssertOkJsonAsync();

        Assert.Equal(["code", "discount_description", "label", "reason", "type", "valid", "value"], result.PropertyNames());
        Assert.True(result.GetProperty("valid").GetBoolean());
        Assert.Equal("LAUNCH10", result.GetProperty("code").GetString());
        Assert.Equal("percentage", result.GetProperty("type").GetString());
        Assert.Equal(10, result.GetProperty("value").GetInt64());
        Assert.Equal("Launch discount", result.GetProperty("label").GetString());
        Assert.Equal("10% off", result.GetProperty("discount_description").GetString());
        Assert.Equal(JsonValueKind.Null, result.GetProperty("reason").ValueKind);
    }

    [Fact]
    public async Task An_unknown_voucher_is_not_valid_and_says_why()
    {
        var result = await (await _client.PostAsJsonAsync("/api/v1/pricing/validate-voucher", new { code = "NOPE2026" })).AssertOkJsonAsync();

        Assert.False(result.GetProperty("valid").GetBoolean());
        Assert.Equal("NOPE2026", result.GetProperty("code").GetString());
        Assert.Equal("This voucher code is not valid.", result.GetProperty("reason").GetString());
    }

    [Theory]
    [InlineData("/api/v1/pricing/validate-voucher", "{\"code\": ")]
    [InlineData("/api/v1/pricing/validate-voucher", "not json at all")]
    [InlineData("/api/v1/pricing/validate-voucher", "[1, 2]")]
    [InlineData("/api/v1/pricing/quote", "{\"session_id\": 42}")]
    [InlineData("/api/v1/pricing/quote", "")]
    public async Task Malformed_json_is_a_400_problem_never_a_500(string path, string body)
    {
        var response = await _client.PostAsync(path, new StringContent(body, Encoding.UTF8, "application/json"));

        var problem = await response.AssertProblemAsync(HttpStatusCode.BadRequest);
        Assert.False(string.IsNullOrWhiteSpace(problem.GetProperty("detail").GetString()));
    }

    [Fact]
    public async Task A_body_that_is_not_json_content_is_refused_with_415()
    {
        var response = await _client.PostAsync("/api/v1/pricing/validate-voucher", new StringContent("code=LAUNCH10", Encoding.UTF8, "application/x-www-form-urlencoded"));

        await response.AssertProblemAsync(HttpStatusCode.UnsupportedMediaType);
    }

    [Fact]
    public async Task A_missing_voucher_code_names_the_field()
    {
        var response = await _client.PostAsJsonAsync("/api/v1/pricing/validate-voucher", new { });

        var problem = await response.AssertProblemAsync(HttpStatusCode.BadRequest);
        Assert.True(problem.GetProperty("errors").TryGetProperty("code", out _));
    }

    [Fact]
    public async Task A_quote_without_a_session_id_names_the_field()
    {
        var response = await _client.PostAsJsonAsync("/api/v1/pricing/quote", new { voucher_code = "LAUNCH10" });

        var problem = await response.AssertProblemAsync(HttpStatusCode.BadRequest);
        Assert.True(problem.GetProperty("errors").TryGetProperty("session_id", out _));
    }
}
