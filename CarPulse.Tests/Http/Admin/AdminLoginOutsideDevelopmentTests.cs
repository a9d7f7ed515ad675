using CarPulse.Tests.Support;
using CarPulse.Web.Features.Admin.Login;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace CarPulse.Tests.Http.Admin;

/// <summary>A public-demo production host: what changes for the admin sign-in outside Development.</summary>
public sealed class AdminLoginOutsideDevelopmentTests
{
    private static readonly (string Key, string Value)[] PublicDemo =
    [
        ("Environment", "Production"),
        ("Tesla:Mode", "Simulator"),
        ("Tesla:AllowSimulatorInProduction", "true"),
        ("Payments:AllowDemoInProduction", "true"),
        ("Reports:PublicBaseUrl", "https://localhost"),
    ];

    [Fact]
    public async Task The_cookie_is_host_prefixed_and_secure()
    {
        using var app = new CarPulseApp([.. PublicDemo, AdminSignIn.Setting]);
        using var client = app.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, BaseAddress = new Uri("https://localhost") });

        var response = await client.LogInAsync(AdminSignIn.Username, AdminSignIn.Password);

        Assert.Equal("/admin/vouchers", response.RedirectTarget());
        var cookie = Assert.Single(response.Headers.GetValues("Set-Cookie"), header => header.StartsWith("__Host-CarPulse.Admin=", StringComparison.Ordinal));
        var attributes = SetCookieHeader.Attributes(cookie);
        Assert.Contains("secure", attributes);
        Assert.Contains("path=/", attributes);
        Assert.Contains("samesite=strict", attributes);
        Assert.Contains("httponly", attributes);
        Assert.DoesNotContain(attributes, attribute => attribute.StartsWith("domain=", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Without_a_password_hash_nobody_can_log_in_and_no_password_is_generated()
    {
        using var app = new CarPulseApp(PublicDemo);
        using var client = app.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, BaseAddress = new Uri("https://localhost") });

        var credentials = app.Services.GetRequiredService<AdminCredentials>();
        var response = await client.LogInAsync(AdminSignIn.Username, AdminSignIn.Password);

        Assert.False(credentials.IsEnabled);
        Assert.Null(credentials.GeneratedPassword);
        Assert.Equal("/admin/login?status=invalid", response.RedirectTarget());
    }

    [Fact]
    public void Development_without_a_hash_generates_a_password_that_logs_in()
    {
        using var app = new CarPulseApp();

        var credentials = app.Services.GetRequiredService<AdminCredentials>();

        Assert.True(credentials.IsEnabled);
        Assert.True(credentials.Verify("admin", Assert.IsType<string>(credentials.GeneratedPassword)));
        Assert.False(credentials.Verify("admin", "admin"));
    }

    [Fact]
    public void A_hash_that_is_not_a_password_hasher_v3_hash_stops_the_app_at_start()
    {
        using var app = new CarPulseApp(("Admin:PasswordHash", "plain-text-password"));

        var error = Assert.ThrowsAny<Microsoft.Extensions.Options.OptionsValidationException>(() => app.CreateClient());

        Assert.Contains("Admin:PasswordHash", error.Message);
    }
}
