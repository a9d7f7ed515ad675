using CarPulse.Domain.Payments;
using CarPulse.Tests.Support;
using Microsoft.Extensions.Options;

namespace CarPulse.Tests.Http;

public sealed class StartupGuardTests
{
    /// <summary>Where a production host says it is reached; the test server answers as localhost.</summary>
    private static readonly (string Key, string Value) PublicBaseUrl = ("Reports:PublicBaseUrl", "https://localhost");

    [Fact]
    public void Production_refuses_to_start_without_its_public_address()
    {
        using var app = new CarPulseApp(
            ("Environment", "Production"), ("Tesla:Mode", "Simulator"), ("Tesla:AllowSimulatorInProduction", "true"), ("Payments:AllowDemoInProduction", "true"));

        var error = Assert.ThrowsAny<OptionsValidationException>(() => app.CreateClient());

        Assert.Contains("Reports:PublicBaseUrl", error.Message);
    }

    [Fact]
    public async Task Production_answers_only_requests_for_its_public_host()
    {
        using var app = new CarPulseApp(
            ("Environment", "Production"), ("Tesla:Mode", "Simulator"), ("Tesla:AllowSimulatorInProduction", "true"), ("Payments:AllowDemoInProduction", "true"),
            ("Reports:PublicBaseUrl", "https://carpulse.example"));
        var client = app.CreateClient();

        var forged = await client.SendAsync(new HttpRequestMessage(HttpMethod.Get, "/health") { Headers = { Host = "evil.example" } });
        var own = await client.SendAsync(new HttpRequestMessage(HttpMethod.Get, "/health") { Headers = { Host = "carpulse.example" } });

        Assert.Equal(System.Net.HttpStatusCode.BadRequest, forged.StatusCode);
        Assert.Equal(System.Net.HttpStatusCode.OK, own.StatusCode);
    }

    [Theory]
    [InlineData("Oracle")]
    [InlineData("1")]
    public void An_unknown_database_provider_stops_the_app_at_start_naming_the_setting(string provider)
    {
        using var app = new CarPulseApp(("Database:Provider", provider));

        var error = Assert.ThrowsAny<InvalidOperationException>(() => app.CreateClient());

        Assert.Contains("Database:Provider", error.Message);
        Assert.Contains("Sqlite or PostgreSql", error.Message);
    }

    [Fact]
    public void PostgreSql_without_a_connection_string_stops_the_app_at_start_naming_the_setting()
    {
        using var app = new CarPulseApp(("Database:Provider", "postgresql"));

        var error = Assert.ThrowsAny<InvalidOperationException>(() => app.CreateClient());

        Assert.Contains("ConnectionStrings:CarPulse", error.Message);
    }

    [Fact]
    public void Production_refuses_to_start_with_the_tesla_simulator()
    {
        using var app = new CarPulseApp(("Environment", "Production"), ("Tesla:Mode", "Simulator"), PublicBaseUrl);

        var error = Assert.ThrowsAny<OptionsValidationException>(() => app.CreateClient());

        Assert.Contains("Tesla:AllowSimulatorInProduction", error.Message);
    }

    [Fact]
    public async Task Production_runs_the_simulator_when_a_public_demo_allows_it()
    {
        using var app = new CarPulseApp(
            ("Environment", "Production"), ("Tesla:Mode", "Simulator"), ("Tesla:AllowSimulatorInProduction", "true"), ("Payments:AllowDemoInProduction", "true"), PublicBaseUrl);

        var health = await app.CreateClient().GetAsync("/health");

        Assert.Equal(System.Net.HttpStatusCode.OK, health.StatusCode);
    }

    [Fact]
    public void Production_refuses_to_take_demo_payments()
    {
        using var app = new CarPulseApp(("Environment", "Production"), ("Tesla:Mode", "Simulator"), ("Tesla:AllowSimulatorInProduction", "true"), PublicBaseUrl);

        var error = Assert.ThrowsAny<OptionsValidationException>(() => app.CreateClient());

        Assert.Contains("Payments:AllowDemoInProduction", error.Message);
    }

    [Fact]
    public void Production_refuses_to_share_the_key_ring_in_redis_without_a_certificate_naming_the_setting()
    {
        using var app = new CarPulseApp(
            ("Environment", "Production"), ("Tesla:Mode", "Simulator"), ("Tesla:AllowSimulatorInProduction", "true"), ("Payments:AllowDemoInProduction", "true"), PublicBaseUrl,
            ("Redis:Configuration", "127.0.0.1:1"));

        var error = Assert.ThrowsAny<InvalidOperationException>(() => app.CreateClient());

        Assert.Contains("DataProtection:Certificate:Path", error.Message);
    }

    [Fact]
    public void A_key_ring_certificate_that_cannot_be_read_stops_the_app_at_start_naming_the_setting()
    {
        using var app = new CarPulseApp(("DataProtection:Certificate:Path", "/nonexistent/key-ring.pfx"), ("DataProtection:Certificate:Password", "secret"));

        var error = Assert.ThrowsAny<InvalidOperationException>(() => app.CreateClient());

        Assert.Contains("DataProtection:Certificate:Path", error.Message);
        Assert.DoesNotContain("secret", error.Message);
    }

    [Theory]
    [InlineData("AzureBlob", null, "carpulse-archive", "Archive:ConnectionString")]
    [InlineData("AzureBlob", "UseDevelopmentStorage=true", "Not_A_Container", "Archive:Container")]
    [InlineData("S3", null, null, "Archive:Provider")]
    public void A_bad_archive_setting_stops_the_app_at_start_naming_it(string provider, string? connectionString, string? container, string named)
    {
        using var app = new CarPulseApp(
            [("Archive:Provider", provider), .. connectionString is null ? [] : new[] { ("Archive:ConnectionString", connectionString) }, .. container is null ? [] : new[] { ("Archive:Container", container) }]);

        var error = Assert.ThrowsAny<Exception>(() => app.CreateClient());

        Assert.Contains(named, error.Message);
    }

    [Fact]
    public void A_redis_configuration_that_cannot_be_read_stops_the_app_naming_the_setting_without_echoing_it()
    {
        using var app = new CarPulseApp(("Redis:Configuration", "127.0.0.1:6379,password=hunter2,notanoption=1"));

        var error = Assert.ThrowsAny<InvalidOperationException>(() => app.CreateClient());

        Assert.Contains("Redis:Configuration", error.Message);
        Assert.DoesNotContain("hunter2", error.Message);
    }

    [Fact]
    public void A_trusted_proxy_that_is_not_an_address_stops_the_app_at_start_naming_the_setting()
    {
        using var app = new CarPulseApp(("ForwardedHeaders:KnownProxies:0", "proxy.internal"));

        var error = Assert.ThrowsAny<OptionsValidationException>(() => app.CreateClient());

        Assert.Contains("ForwardedHeaders:KnownProxies", error.Message);
    }

    [Fact]
    public void Stripe_keys_without_a_webhook_secret_stop_the_app_at_start()
    {
        using var app = new CarPulseApp(("Payments:Provider", "Stripe"), ("Payments:Stripe:SecretKey", "sk_test_x"));

        var error = Assert.ThrowsAny<OptionsValidationException>(() => app.CreateClient());

        Assert.Contains("Payments:Stripe:WebhookSecret", error.Message);
    }

    [Fact]
    public void Stripe_as_the_provider_without_a_secret_key_stops_the_app_at_start()
    {
        using var app = new CarPulseApp(("Payments:Provider", "Stripe"), ("Payments:Stripe:WebhookSecret", "whsec_x"));

        var error = Assert.ThrowsAny<OptionsValidationException>(() => app.CreateClient());

        Assert.Contains("Payments:Stripe:SecretKey", error.Message);
    }

    [Fact]
    public void A_stripe_key_is_never_taken_as_a_choice_of_provider_the_setting_must_say_stripe()
    {
        using var app = new CarPulseApp(("Payments:Stripe:SecretKey", "sk_test_x"), ("Payments:Stripe:WebhookSecret", "whsec_x"));

        var error = Assert.ThrowsAny<OptionsValidationException>(() => app.CreateClient());

        Assert.Contains("Payments:Provider", error.Message);
    }

    [Fact]
    public void Excluding_every_method_stops_the_app_at_start()
    {
        using var app = new CarPulseApp([.. PaymentMethods.All.Select((method, i) => ($"Payments:ExcludedMethods:{i}", method))]);

        var error = Assert.ThrowsAny<OptionsValidationException>(() => app.CreateClient());

        Assert.Contains("no way to pay", error.Message);
    }

    [Fact]
    public void Live_mode_without_a_client_id_stops_at_start_naming_the_setting()
    {
        using var app = new CarPulseApp(("Tesla:Mode", "Live"));

        var error = Assert.ThrowsAny<OptionsValidationException>(() => app.CreateClient());

        Assert.Contains("Tesla:ClientId", error.Message);
    }

    [Fact]
    public void A_zero_tier_price_stops_the_app_at_start_naming_the_package()
    {
        using var app = new CarPulseApp(("Pricing:Tiers:pro:1", "1999"), ("Pricing:Tiers:pro:2", "0"));

        var error = Assert.ThrowsAny<OptionsValidationException>(() => app.CreateClient());

        Assert.Contains("Pro", error.Message);
    }
}
