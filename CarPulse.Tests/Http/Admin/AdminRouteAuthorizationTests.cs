using System.Net;
using CarPulse.Tests.Support;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace CarPulse.Tests.Http.Admin;

/// <summary>
/// Every route under /admin, read from the app's own endpoint table so a new page or endpoint cannot be forgotten:
/// only the login is open; the rest send a person to the login page and refuse anything else with 401.
/// </summary>
public sealed class AdminRouteAuthorizationTests : IDisposable
{
    private readonly CarPulseApp _app = new();
    private readonly HttpClient _client;

    public AdminRouteAuthorizationTests() => _client = _app.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });

    [Fact]
    public void Only_the_login_page_and_its_post_are_open_to_anonymous_callers()
    {
        var open = AdminRoutes().Where(route => route.Anonymous).Select(route => $"{route.Method} {route.Path}").Order().ToArray();

        Assert.Equal(["GET /admin/login", "POST /admin/login", "POST /admin/login"], open);
    }

    [Fact]
    public async Task Every_other_admin_page_sends_an_anonymous_visitor_to_the_login_page()
    {
        var pages = AdminRoutes().Where(route => !route.Anonymous && route.Method == HttpMethods.Get).ToList();
        Assert.Superset(new HashSet<string> { "/admin/vouchers", "/admin/prices", "/admin/audit" }, pages.Select(route => route.Path).ToHashSet());

        foreach (var page in pages)
        {
            var response = await _client.GetAsync(page.Path);

            Assert.True(response.StatusCode == HttpStatusCode.Redirect, $"GET {page.Path} answered {(int)response.StatusCode}");
            Assert.StartsWith("/admin/login?returnUrl=", response.RedirectTarget());
        }
    }

    [Fact]
    public async Task Every_other_admin_post_is_401_for_an_anonymous_caller()
    {
        var posts = AdminRoutes().Where(route => !route.Anonymous && route.Method != HttpMethods.Get).ToList();
        Assert.Contains(posts, route => route.Path == "/admin/logout");

        foreach (var post in posts)
        {
            var response = await _client.SendAsync(new HttpRequestMessage(new HttpMethod(post.Method), post.Path) { Content = new FormUrlEncodedContent([]) });

            Assert.True(response.StatusCode == HttpStatusCode.Unauthorized, $"{post.Method} {post.Path} answered {(int)response.StatusCode}");
        }
    }

    private IEnumerable<(string Method, string Path, bool Anonymous)> AdminRoutes() =>
        _app.Services.GetRequiredService<EndpointDataSource>().Endpoints
            .OfType<RouteEndpoint>()
            .Where(endpoint => endpoint.RoutePattern.RawText is { } raw && raw.TrimStart('/').StartsWith("admin", StringComparison.OrdinalIgnoreCase))
            .SelectMany(endpoint => (endpoint.Metadata.GetMetadata<IHttpMethodMetadata>()?.HttpMethods ?? [HttpMethods.Get]).Select(method => (
                method,
                // A route parameter is filled with a value no admin page would know.
                "/" + string.Join('/', endpoint.RoutePattern.PathSegments.Select(segment => segment.IsSimple && segment.Parts[0] is Microsoft.AspNetCore.Routing.Patterns.RoutePatternLiteralPart literal ? literal.Content : "unknown")),
                endpoint.Metadata.GetMetadata<IAllowAnonymous>() is not null)));

    public void Dispose()
    {
        _client.Dispose();
        _app.Dispose();
    }
}
