using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.RegularExpressions;

namespace CarPulse.Domain.Tesla;

public sealed partial class TeslaFleetClient
{
    private static readonly JsonSerializerOptions SnakeCase = new(JsonSerializerDefaults.Web)
    {
        PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower,
    };

    // The dx endpoints (charging, warranty, options) speak camelCase and skip the "response" envelope.
    private static readonly JsonSerializerOptions CamelCase = new(JsonSerializerDefaults.Web);

    private enum Envelope
    {
        Response,
        TopLevel,
        Either,
    }

    private Task<T> GetAsync<T>(ITeslaAccount account, FleetRegion region, string path, Envelope envelope, CancellationToken cancellationToken) =>
        SendAsync<T>(account, region, HttpMethod.Get, path, envelope, cancellationToken);

    private async Task<T> SendAsync<T>(ITeslaAccount account, FleetRegion region, HttpMethod method, string path, Envelope envelope, CancellationToken cancellationToken)
    {
        using var response = await SendRawAsync(account, region, method, path, cancellationToken);
        JsonElement root;
        try
        {
            root = await response.Content.ReadFromJsonAsync<JsonElement>(cancellationToken);
            var payload = envelope switch
            {
                Envelope.Response => root.GetProperty("response"),
                Envelope.Either when root.ValueKind == JsonValueKind.Object && root.TryGetProperty("response", out var inner) && inner.ValueKind == JsonValueKind.Object => inner,
                _ => root,
            };
            return payload.Deserialize<T>(path.StartsWith("api/1/dx/", StringComparison.Ordinal) ? CamelCase : SnakeCase)
                ?? throw new TeslaUnavailable($"Tesla sent an empty answer for {EndpointName(path)}.");
        }
        catch (Exception exception) when (exception is JsonException or KeyNotFoundException or InvalidOperationException)
        {
            throw new TeslaUnavailable($"Tesla's answer for {EndpointName(path)} could not be read.", exception);
        }
    }

    /// <summary>One request, plus one retry with a refreshed token when Tesla answers 401.</summary>
    private async Task<HttpResponseMessage> SendRawAsync(ITeslaAccount account, FleetRegion region, HttpMethod method, string path, CancellationToken cancellationToken)
    {
        var uri = new Uri(BaseUrl(region), path);
        var accessToken = await account.GetAccessTokenAsync(cancellationToken);
        var response = await SendOnceAsync(method, uri, accessToken, path, cancellationToken);
        if (response.StatusCode == HttpStatusCode.Unauthorized)
        {
            response.Dispose();
            response = await SendOnceAsync(method, uri, await account.RefreshAsync(accessToken, cancellationToken), path, cancellationToken);
            if (response.StatusCode == HttpStatusCode.Unauthorized)
            {
                response.Dispose();
                throw new TeslaReconnectRequired();
            }
        }

        try
        {
            await ThrowOnErrorAsync(response, path, cancellationToken);
            return response;
        }
        catch
        {
            response.Dispose();
            throw;
        }
    }

    private async Task<HttpResponseMessage> SendOnceAsync(HttpMethod method, Uri uri, string accessToken, string path, CancellationToken cancellationToken)
    {
        using var request = new HttpRequestMessage(method, uri);
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", accessToken);
        request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("application/json"));
        if (method == HttpMethod.Post)
        {
            request.Content = new StringContent("{}", System.Text.Encoding.UTF8, "application/json");
        }

        try
        {
            return await http.SendAsync(request, cancellationToken);
        }
        catch (Exception exception) when (!cancellationToken.IsCancellationRequested)
        {
            throw new TeslaUnavailable($"Tesla did not answer {EndpointName(path)}.", exception);
        }
    }

    private async Task ThrowOnErrorAsync(HttpResponseMessage response, string path, CancellationToken cancellationToken)
    {
        if (response.IsSuccessStatusCode)
        {
            return;
        }

        var endpoint = EndpointName(path);
        throw (int)response.StatusCode switch
        {
            403 => new TeslaMissingScope(endpoint),
            404 => new TeslaVehicleNotFound(endpoint),
            408 => new VehicleAsleep(endpoint),
            412 => new TeslaRegionNotRegistered(),
            421 => new TeslaWrongRegion(await CorrectBaseUrlAsync(response, cancellationToken)),
            429 => new TeslaRateLimited(TeslaRateLimited.RetryAfterOf(response, clock.GetUtcNow())),
            var status => new TeslaUnavailable($"Tesla answered {status} for {endpoint}."),
        };
    }

    private static async Task<string?> CorrectBaseUrlAsync(HttpResponseMessage response, CancellationToken cancellationToken)
    {
        var body = await response.Content.ReadAsStringAsync(cancellationToken);
        var match = BaseUrlInError().Match(body);
        return match.Success ? match.Groups["url"].Value : null;
    }

    private Uri BaseUrl(FleetRegion region)
    {
        var baseUrl = endpoints.FleetBaseUrl(region).ToString();
        return new Uri(baseUrl.EndsWith('/') ? baseUrl : baseUrl + "/");
    }

    /// <summary>A name for messages and logs that carries no VIN, id or query.</summary>
    private static string EndpointName(string path) => path.Split('?')[0].Split('/')[^1] switch
    {
        var last when last.Length > 0 && (char.IsDigit(last[0]) || last.Length == 17) => path.Split('?')[0].Split('/')[^2],
        var last => last,
    };

    [GeneratedRegex(@"use base URL: (?<url>https?://[^\s,""]+)")]
    private static partial Regex BaseUrlInError();
}
