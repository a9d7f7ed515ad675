using System.Buffers.Text;
using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using CarPulse.Tests.Support;
using CarPulse.Web.Simulators.Tesla;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace CarPulse.Tests.Simulators.Tesla;

public sealed record TokenSet(string AccessToken, string? RefreshToken, JsonElement Body);

/// <summary>The app with its Tesla simulator, a client that does not follow redirects (but keeps cookies), and the OAuth steps.</summary>
public sealed class SimulatorHarness : IDisposable
{
    public const string ClientId = "carpulse-test";
    public const string RedirectUri = "https://carpulse.test/oauth/tesla/callback";
    public const string AllScopes = "openid offline_access vehicle_device_data vehicle_location vehicle_charging_cmds";
    public const string Eu = "/simulator/tesla/fleet/eu";
    public const string Na = "/simulator/tesla/fleet/na";
    public const string Cn = "/simulator/tesla/fleet/cn";
    public const string TokenPath = "/simulator/tesla/oauth2/v3/token";

    public SimulatorHarness(params (string Key, string Value)[] settings)
    {
        App = new CarPulseApp(settings);
        Client = App.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
    }

    public CarPulseApp App { get; }

    public HttpClient Client { get; }

    public TeslaSimulator Simulator => App.Services.GetRequiredService<TeslaSimulator>();

    public FakeTimeProvider Clock => App.Clock;

    public static string AuthorizeUrl(string? account = null, string scope = AllScopes, string state = "state-1", string? challenge = null) =>
        QueryHelpers.AddQueryString("/simulator/tesla/oauth2/v3/authorize", new Dictionary<string, string?>
        {
            ["response_type"] = "code",
            ["client_id"] = ClientId,
            ["redirect_uri"] = RedirectUri,
            ["scope"] = scope,
            ["state"] = state,
            ["locale"] = "en-US",
            ["prompt"] = "login",
            ["code_challenge"] = challenge,
            ["code_challenge_method"] = challenge is null ? null : "S256",
            ["sim_account"] = account,
        }.Where(pair => pair.Value is not null));

    public static string Challenge(string verifier) => Base64Url.EncodeToString(SHA256.HashData(Encoding.ASCII.GetBytes(verifier)));

    public static Dictionary<string, string> CallbackQuery(Uri location) =>
        QueryHelpers.ParseQuery(location.Query).ToDictionary(pair => pair.Key, pair => pair.Value.ToString());

    public static JsonElement JwtPayload(string token)
    {
        var parts = token.Split('.');
        Assert.Equal(3, parts.Length);
        return JsonDocument.Parse(Base64Url.DecodeFromChars(parts[1])).RootElement;
    }

    public async Task<string> CodeAsync(string account, string scope = AllScopes, string? challenge = null)
    {
        var response = await Client.GetAsync(AuthorizeUrl(account, scope, challenge: challenge));
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        return CallbackQuery(response.Headers.Location ?? throw new InvalidOperationException("No Location header."))["code"];
    }

    public Task<HttpResponseMessage> ExchangeAsync(string code, string? verifier = null, string redirectUri = RedirectUri) =>
        PostFormAsync(TokenPath, ("grant_type", "authorization_code"), ("client_id", ClientId), ("client_secret", "secret"),
            ("code", code), ("redirect_uri", redirectUri), ("code_verifier", verifier));

    public Task<HttpResponseMessage> RefreshAsync(string refreshToken) =>
        PostFormAsync(TokenPath, ("grant_type", "refresh_token"), ("client_id", ClientId), ("refresh_token", refreshToken));

    public Task<HttpResponseMessage> PartnerTokenAsync(string scope = "openid vehicle_specs") =>
        PostFormAsync(TokenPath, ("grant_type", "client_credentials"), ("client_id", ClientId), ("client_secret", "secret"),
            ("scope", scope), ("audience", "http://localhost" + Eu));

    public async Task<TokenSet> SignInAsync(string account, string scope = AllScopes) => await TokensAsync(await ExchangeAsync(await CodeAsync(account, scope)));

    public static async Task<TokenSet> TokensAsync(HttpResponseMessage response)
    {
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var body = await response.Content.ReadFromJsonAsync<JsonElement>();
        var refresh = body.TryGetProperty("refresh_token", out var value) ? value.GetString() : null;
        return new TokenSet(body.GetProperty("access_token").GetString() ?? string.Empty, refresh, body);
    }

    public Task<HttpResponseMessage> GetAsync(string? accessToken, string path, string host = Eu, CancellationToken cancellationToken = default) =>
        SendAsync(HttpMethod.Get, accessToken, host + path, cancellationToken);

    public Task<HttpResponseMessage> PostAsync(string? accessToken, string path, string host = Eu) =>
        SendAsync(HttpMethod.Post, accessToken, host + path, CancellationToken.None);

    public async Task<JsonElement> GetJsonAsync(string? accessToken, string path, string host = Eu)
    {
        var response = await GetAsync(accessToken, path, host);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return await response.Content.ReadFromJsonAsync<JsonElement>();
    }

    public Task<HttpResponseMessage> PostFormAsync(string path, params (string Key, string? Value)[] fields) =>
        Client.PostAsync(path, new FormUrlEncodedContent(fields.Where(field => field.Value is not null)
            .Select(field => new KeyValuePair<string, string>(field.Key, field.Value ?? string.Empty))));

    public void Dispose()
    {
        Client.Dispose();
        App.Dispose();
    }

    private Task<HttpResponseMessage> SendAsync(HttpMethod method, string? accessToken, string url, CancellationToken cancellationToken)
    {
        var request = new HttpRequestMessage(method, url);
        if (accessToken is not null)
        {
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", accessToken);
        }

        return Client.SendAsync(request, cancellationToken);
    }
}

internal static class TeslaAssertions
{
    /// <summary>Tesla's Fleet error body: <c>{"response":null,"error":"…","error_description":""}</c>.</summary>
    public static async Task<string> AssertTeslaErrorAsync(this HttpResponseMessage response, HttpStatusCode status)
    {
        Assert.Equal(status, response.StatusCode);
        var body = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal(JsonValueKind.Null, body.GetProperty("response").ValueKind);
        Assert.True(body.TryGetProperty("error_description", out _));
        return body.GetProperty("error").GetString() ?? string.Empty;
    }

    public static async Task<string> AssertOAuthErrorAsync(this HttpResponseMessage response, HttpStatusCode status)
    {
        Assert.Equal(status, response.StatusCode);
        var body = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.False(string.IsNullOrEmpty(body.GetProperty("error_description").GetString()));
        return body.GetProperty("error").GetString() ?? string.Empty;
    }
}
