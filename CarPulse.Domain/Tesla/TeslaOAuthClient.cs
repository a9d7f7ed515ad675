using System.Net;
using System.Net.Http.Json;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization;
using Microsoft.Extensions.Options;

namespace CarPulse.Domain.Tesla;

/// <summary>Tesla's OAuth: the authorize URL (state + PKCE S256), the code exchange, refresh, and the partner token.</summary>
public sealed class TeslaOAuthClient(
    HttpClient http,
    ITeslaEndpoints endpoints,
    PartnerTokenCache partnerTokens,
    IOptions<TeslaOptions> options,
    TimeProvider clock)
{
    public string BuildAuthorizeUrl(string state, string codeChallenge, string redirectUri)
    {
        var query = new Dictionary<string, string>
        {
            ["response_type"] = "code",
            ["client_id"] = ClientId,
            ["redirect_uri"] = redirectUri,
            ["scope"] = options.Value.Scopes,
            ["state"] = state,
            ["code_challenge"] = codeChallenge,
            ["code_challenge_method"] = "S256",
            ["prompt_missing_scopes"] = "true",
        };
        var separator = endpoints.AuthorizeUrl.Contains('?', StringComparison.Ordinal) ? '&' : '?';
        return endpoints.AuthorizeUrl + separator + string.Join('&', query.Select(p => $"{p.Key}={Uri.EscapeDataString(p.Value)}"));
    }

    public static string CodeChallenge(string codeVerifier) =>
        System.Buffers.Text.Base64Url.EncodeToString(SHA256.HashData(Encoding.ASCII.GetBytes(codeVerifier)));

    public Task<TeslaTokens> ExchangeCodeAsync(string code, string codeVerifier, string redirectUri, FleetRegion region, CancellationToken cancellationToken) =>
        RequestTokensAsync(
            new Dictionary<string, string>
            {
                ["grant_type"] = "authorization_code",
                ["client_id"] = ClientId,
                ["client_secret"] = options.Value.ClientSecret ?? string.Empty,
                ["code"] = code,
                ["code_verifier"] = codeVerifier,
                ["redirect_uri"] = redirectUri,
                ["audience"] = endpoints.FleetBaseUrl(region).ToString().TrimEnd('/'),
            },
            cancellationToken);

    /// <summary>Tesla's refresh tokens are single-use: the caller must save the returned pair before using it.</summary>
    public async Task<TeslaTokens> RefreshAsync(string refreshToken, CancellationToken cancellationToken)
    {
        try
        {
            return await RequestTokensAsync(
                new Dictionary<string, string>
                {
                    ["grant_type"] = "refresh_token",
                    ["client_id"] = ClientId,
                    ["refresh_token"] = refreshToken,
                },
                cancellationToken);
        }
        catch (TeslaAuthorizationFailed)
        {
            throw new TeslaReconnectRequired();
        }
    }

    /// <summary>A client-credentials token for partner endpoints (vehicle specs), cached until shortly before it expires.</summary>
    public async Task<string> GetPartnerTokenAsync(FleetRegion region, CancellationToken cancellationToken)
    {
        await partnerTokens.Lock.WaitAsync(cancellationToken);
        try
        {
            if (partnerTokens.Get(region, clock.GetUtcNow()) is { } cached)
            {
                return cached;
            }

            var tokens = await RequestTokensAsync(
                new Dictionary<string, string>
                {
                    ["grant_type"] = "client_credentials",
                    ["client_id"] = ClientId,
                    ["client_secret"] = options.Value.ClientSecret ?? string.Empty,
                    ["scope"] = "openid vehicle_specs",
                    ["audience"] = endpoints.FleetBaseUrl(region).ToString().TrimEnd('/'),
                },
                cancellationToken);
            partnerTokens.Set(region, tokens);
            return tokens.AccessToken;
        }
        finally
        {
            partnerTokens.Lock.Release();
        }
    }

    private string ClientId => options.Value.ClientId ?? "carpulse";

    private async Task<TeslaTokens> RequestTokensAsync(Dictionary<string, string> form, CancellationToken cancellationToken)
    {
        HttpResponseMessage response;
        try
        {
            response = await http.PostAsync(endpoints.TokenUrl, new FormUrlEncodedContent(form), cancellationToken);
        }
        catch (Exception exception) when (exception is HttpRequestException or TimeoutException or OperationCanceledException && !cancellationToken.IsCancellationRequested)
        {
            throw new TeslaUnavailable("Tesla's sign-in service did not answer.", exception);
        }

        using (response)
        {
            if (response.StatusCode is HttpStatusCode.BadRequest or HttpStatusCode.Unauthorized or HttpStatusCode.Forbidden)
            {
                var error = await ReadErrorAsync(response, cancellationToken);
                throw new TeslaAuthorizationFailed(error);
            }

            if (!response.IsSuccessStatusCode)
            {
                throw new TeslaUnavailable($"Tesla's sign-in service answered {(int)response.StatusCode}.");
            }

            var body = await response.Content.ReadFromJsonAsync<TokenResponse>(cancellationToken)
                ?? throw new TeslaUnavailable("Tesla's sign-in service sent an empty answer.");
            if (string.IsNullOrEmpty(body.AccessToken))
            {
                throw new TeslaUnavailable("Tesla's sign-in service sent no access token.");
            }

            return new TeslaTokens(body.AccessToken, body.RefreshToken ?? string.Empty, clock.GetUtcNow().AddSeconds(body.ExpiresIn));
        }
    }

    /// <summary>Only Tesla's short error code is kept: descriptions may echo what we sent.</summary>
    private static async Task<string> ReadErrorAsync(HttpResponseMessage response, CancellationToken cancellationToken)
    {
        try
        {
            var error = await response.Content.ReadFromJsonAsync<JsonElement>(cancellationToken);
            return error.TryGetProperty("error", out var code) && code.ValueKind == JsonValueKind.String ? code.GetString() ?? "refused" : "refused";
        }
        catch (JsonException)
        {
            return "refused";
        }
    }

    private sealed record TokenResponse(
        [property: JsonPropertyName("access_token")] string? AccessToken,
        [property: JsonPropertyName("refresh_token")] string? RefreshToken,
        [property: JsonPropertyName("expires_in")] long ExpiresIn);
}

/// <summary>The partner token outlives any one request: one per region, shared by the whole app.</summary>
public sealed class PartnerTokenCache
{
    private readonly Dictionary<FleetRegion, TeslaTokens> _tokens = [];

    internal SemaphoreSlim Lock { get; } = new(1, 1);

    internal string? Get(FleetRegion region, DateTimeOffset now) =>
        _tokens.TryGetValue(region, out var tokens) && tokens.ExpiresAt > now.AddMinutes(5) ? tokens.AccessToken : null;

    internal void Set(FleetRegion region, TeslaTokens tokens) => _tokens[region] = tokens;
}
