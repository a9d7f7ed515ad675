using CarPulse.Domain.Payments;
using CarPulse.Tests.Support;
using Microsoft.Extensions.Options;

namespace CarPulse.Tests.Http;

public sealed class StartupGuardTests
{
    [Fact]
    public void Production_refuses_to_start_with_the_tesla_simulator()
    {
        using var app = new CarPulseApp(("Environment", "Production"), ("Tesla:Mode", "Simulator"));

        var error = Assert.ThrowsAny<OptionsValidationException>(() => app.CreateClient());

        Assert.Contains("Tesla:AllowSimulatorInProduction", error.Message);
    }

    [Fact]
    public async Task Production_runs_the_simulator_when_a_public_demo_allows_it()
    {
        using var app = new CarPulseApp(
            ("Environment", "Production"), ("Tesla:Mode", "Simulator"), ("Tesla:AllowSimulatorInProduction", "true"), ("Payments:AllowDemoInProduction", "true"));

        var health = await app.CreateClient().GetAsync("/health");

        Assert.Equal(System.Net.HttpStatusCode.OK, health.StatusCode);
    }

    [Fact]
    public void Production_refuses_to_take_demo_payments()
    {
        using var app = new CarPulseApp(("Environment", "Production"), ("Tesla:Mode", "Simulator"), ("Tesla:AllowSimulatorInProduction", "true"));

        var error = Assert.ThrowsAny<OptionsValidationException>(() => app.CreateClient());

        Assert.Contains("Payments:AllowDemoInProduction", error.Message);
    }

    [Fact]
    public void Stripe_keys_without_a_webhook_secret_stop_the_app_at_start()
    {
        using var app = new CarPulseApp(("Payments:Stripe:SecretKey", "sk_test_x"));

        var error = Assert.ThrowsAny<OptionsValidationException>(() => app.CreateClient());

        Assert.Contains("Payments:Stripe:WebhookSecret", error.Message);
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
