namespace CarPulse.Web.Simulators.Tesla.Auth;

/// <summary><c>POST /simulator/tesla/oauth2/v3/token</c>, form-urlencoded, like Tesla's fleet-auth host.</summary>
internal static class TokenEndpoint
{
    public static async Task HandleAsync(HttpContext http)
    {
        var simulator = http.RequestServices.GetRequiredService<TeslaSimulator>();
        var form = http.Request.HasFormContentType ? await http.Request.ReadFormAsync(http.RequestAborted) : FormCollection.Empty;
        var grantType = form["grant_type"].ToString();
        var endpoint = $"token:{(grantType.Length > 0 ? grantType : "missing")}";
        await simulator.Log.RecordAsync(http, endpoint, null, async call =>
        {
            call.AccountId = grantType switch
            {
                "authorization_code" => simulator.Tokens.AccountOfCode(form["code"]),
                "refresh_token" => simulator.Tokens.PeekRefresh(form["refresh_token"])?.AccountId,
                _ => null,
            };
            return await FaultInjection.ApplyAsync(simulator.FaultsFor(call.AccountId, null), endpoint, OAuthErrors.ForStatus, http.RequestAborted)
                ?? grantType switch
                {
                    _ when !http.Request.HasFormContentType => OAuthErrors.InvalidRequest("Send the body as application/x-www-form-urlencoded."),
                    "authorization_code" => TokenGrants.AuthorizationCode(simulator, http.Request, form),
                    "refresh_token" => TokenGrants.RefreshToken(simulator, http.Request, form),
                    "client_credentials" => TokenGrants.ClientCredentials(simulator, http.Request, form),
                    _ => OAuthErrors.Error(StatusCodes.Status400BadRequest, "unsupported_grant_type",
                        "grant_type must be authorization_code, refresh_token or client_credentials."),
                };
        });
    }
}
