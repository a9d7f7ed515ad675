using System.Net;
using CarPulse.Domain.Persistence;
using CarPulse.Tests.Support;
using CarPulse.Web.Features.Admin.Login;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CarPulse.Tests.Http.Admin;

/// <summary>An admin session lives on the server: logging out ends it for every copy of its cookie.</summary>
public sealed class AdminSessionRevocationTests : IDisposable
{
    private readonly CarPulseApp _app = new(AdminSignIn.Setting);
    private readonly HttpClient _browser;

    public AdminSessionRevocationTests() => _browser = _app.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });

    [Fact]
    public async Task A_copy_of_the_cookie_taken_before_logout_is_refused_after_it()
    {
        var copy = CookieOf(await _browser.LogInAsync(AdminSignIn.Username, AdminSignIn.Password));
        Assert.Equal(HttpStatusCode.OK, (await WithCookieAsync(HttpMethod.Get, "/admin/vouchers", copy)).StatusCode);

        await LogOutAsync();

        Assert.StartsWith("/admin/login?returnUrl=", (await WithCookieAsync(HttpMethod.Get, "/admin/vouchers", copy)).RedirectTarget());
        Assert.StartsWith("/admin/login?returnUrl=", (await WithCookieAsync(HttpMethod.Get, "/admin/orders/CP-ANY/order.json", copy)).RedirectTarget());
        Assert.Equal(HttpStatusCode.Unauthorized, (await WithCookieAsync(HttpMethod.Post, "/admin/logout", copy)).StatusCode);
    }

    [Fact]
    public async Task Logging_out_ends_only_that_sign_in()
    {
        using var otherDevice = _app.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        var other = CookieOf(await otherDevice.LogInAsync(AdminSignIn.Username, AdminSignIn.Password));
        await _browser.LogInAsync(AdminSignIn.Username, AdminSignIn.Password);

        await LogOutAsync();

        Assert.Equal(HttpStatusCode.OK, (await WithCookieAsync(HttpMethod.Get, "/admin/vouchers", other)).StatusCode);
    }

    [Fact]
    public async Task Sessions_past_their_end_are_deleted_when_the_admin_next_signs_in()
    {
        await _browser.LogInAsync(AdminSignIn.Username, AdminSignIn.Password);
        _app.Clock.Advance(new AdminOptions().AbsoluteTimeout);

        await _browser.LogInAsync(AdminSignIn.Username, AdminSignIn.Password);

        await using var scope = _app.Services.CreateAsyncScope();
        var stored = await scope.ServiceProvider.GetRequiredService<CarPulseDb>().AdminSessions.ToListAsync();
        Assert.Equal(_app.Clock.GetUtcNow() + new AdminOptions().AbsoluteTimeout, Assert.Single(stored).ExpiresAt);
    }

    private async Task LogOutAsync()
    {
        var token = await AdminSignIn.AntiforgeryTokenAsync(_browser, "/admin/vouchers");
        var logout = await _browser.PostAsync("/admin/logout", new FormUrlEncodedContent(new Dictionary<string, string> { ["__RequestVerificationToken"] = token }));
        Assert.Equal("/admin/login?status=signed-out", logout.RedirectTarget());
    }

    /// <summary>What someone who copied the cookie sends: only that cookie, from a client of their own.</summary>
    private async Task<HttpResponseMessage> WithCookieAsync(HttpMethod method, string path, string cookie)
    {
        using var thief = _app.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = false });
        var request = new HttpRequestMessage(method, path) { Content = method == HttpMethod.Post ? new FormUrlEncodedContent([]) : null };
        request.Headers.Add("Cookie", cookie);
        return await thief.SendAsync(request);
    }

    private static string CookieOf(HttpResponseMessage login) =>
        login.Headers.GetValues("Set-Cookie").Single(header => header.StartsWith("CarPulse.Admin=", StringComparison.Ordinal)).Split(';')[0];

    public void Dispose()
    {
        _browser.Dispose();
        _app.Dispose();
    }
}
