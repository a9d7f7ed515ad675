using System.Net;
using CarPulse.Tests.Support;
using Microsoft.AspNetCore.Mvc.Testing;

namespace CarPulse.Tests.Http.Admin;

public sealed class AdminLoginTests : IDisposable
{
    private readonly CarPulseApp _app = new(AdminSignIn.Setting, ("Admin:MaxFailedLoginsPerUserAndAddress", "3"));
    private readonly HttpClient _client;

    public AdminLoginTests() => _client = _app.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });

    [Fact]
    public async Task The_right_password_sets_a_strict_http_only_site_wide_cookie_and_opens_the_back_office()
    {
        var response = await _client.LogInAsync("Admin", AdminSignIn.Password, returnUrl: "/admin/prices");

        Assert.Equal("/admin/prices", response.RedirectTarget());
        var cookie = Assert.Single(response.Headers.GetValues("Set-Cookie"), header => header.StartsWith("CarPulse.Admin=", StringComparison.Ordinal));
        var attributes = SetCookieHeader.Attributes(cookie);
        Assert.Contains("httponly", attributes);
        Assert.Contains("samesite=strict", attributes);
        Assert.Contains("path=/", attributes);
        Assert.DoesNotContain(attributes, attribute => attribute.StartsWith("expires=", StringComparison.Ordinal));
        Assert.Equal(HttpStatusCode.OK, (await _client.GetAsync("/admin/prices")).StatusCode);
    }

    [Fact]
    public async Task A_wrong_password_is_refused_without_a_cookie()
    {
        var response = await _client.LogInAsync(AdminSignIn.Username, "not the password");

        Assert.Equal("/admin/login?status=invalid", response.RedirectTarget());
        Assert.False(response.Headers.TryGetValues("Set-Cookie", out var cookies) && cookies.Any(c => c.StartsWith("CarPulse.Admin=", StringComparison.Ordinal)));
        Assert.Equal(HttpStatusCode.Redirect, (await _client.GetAsync("/admin/vouchers")).StatusCode);
    }

    [Fact]
    public async Task Repeated_wrong_passwords_lock_the_username_at_that_address_and_even_the_right_one_is_refused_there_until_the_lock_expires()
    {
        Assert.Equal("/admin/login?status=invalid", (await _client.LogInAsync(AdminSignIn.Username, "guess-1")).RedirectTarget());
        Assert.Equal("/admin/login?status=invalid", (await _client.LogInAsync(AdminSignIn.Username, "guess-2")).RedirectTarget());
        Assert.Equal("/admin/login?status=locked", (await _client.LogInAsync(AdminSignIn.Username, "guess-3")).RedirectTarget());

        _app.Clock.Advance(TimeSpan.FromMinutes(14));
        Assert.Equal("/admin/login?status=locked", (await _client.LogInAsync(AdminSignIn.Username, AdminSignIn.Password)).RedirectTarget());

        _app.Clock.Advance(TimeSpan.FromMinutes(1));
        Assert.Equal("/admin/vouchers", (await _client.LogInAsync(AdminSignIn.Username, AdminSignIn.Password)).RedirectTarget());
    }

    [Fact]
    public async Task Logging_out_ends_the_session()
    {
        await _client.LogInAsync(AdminSignIn.Username, AdminSignIn.Password);
        var token = await AdminSignIn.AntiforgeryTokenAsync(_client, "/admin/vouchers");

        var response = await _client.PostAsync("/admin/logout", new FormUrlEncodedContent(new Dictionary<string, string> { ["__RequestVerificationToken"] = token }));

        Assert.Equal("/admin/login?status=signed-out", response.RedirectTarget());
        Assert.StartsWith("/admin/login?returnUrl=", (await _client.GetAsync("/admin/vouchers")).RedirectTarget());
    }

    [Fact]
    public async Task A_login_post_without_its_antiforgery_token_is_refused()
    {
        await _client.GetAsync("/admin/login");

        var response = await _client.PostAsync("/admin/login", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["username"] = AdminSignIn.Username,
            ["password"] = AdminSignIn.Password,
        }));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    [Fact]
    public async Task The_log_records_each_login_event_but_never_the_password()
    {
        await _client.LogInAsync(AdminSignIn.Username, "wrong-but-secret-1");
        await _client.LogInAsync(AdminSignIn.Username, AdminSignIn.Password);

        var log = await ReadLogAsync();
        Assert.Contains("Admin login failed for admin", log);
        Assert.Contains("Admin admin logged in", log);
        Assert.DoesNotContain("wrong-but-secret-1", log);
        Assert.DoesNotContain(AdminSignIn.Password, log);
    }

    private async Task<string> ReadLogAsync()
    {
        var directory = Path.Combine(_app.DataDirectory, "logs");
        var texts = new List<string>();
        foreach (var file in Directory.GetFiles(directory))
        {
            await using var stream = new FileStream(file, FileMode.Open, FileAccess.Read, FileShare.ReadWrite);
            using var reader = new StreamReader(stream);
            texts.Add(await reader.ReadToEndAsync());
        }

        return string.Concat(texts);
    }

    public void Dispose()
    {
        _client.Dispose();
        _app.Dispose();
    }
}
