using CarPulse.Web.Simulators.Tesla.Fixtures;
using Microsoft.Extensions.Primitives;

namespace CarPulse.Web.Simulators.Tesla.Auth;

/// <summary>The three grants Tesla's token host accepts (reference §1).</summary>
internal static class TokenGrants
{
    public static IResult AuthorizationCode(TeslaSimulator simulator, HttpRequest request, IFormCollection form)
    {
        if (Value(form["client_id"]) is not { } clientId)
        {
            return OAuthErrors.InvalidRequest("client_id is required.");
        }

        if (simulator.Tokens.RedeemCode(Value(form["code"])) is not { } grant || DemoAccounts.Find(grant.AccountId) is not { } account)
        {
            return OAuthErrors.InvalidGrant("The authorization code is invalid, expired or already used.");
        }

        if (grant.Request.ClientId != clientId)
        {
            return OAuthErrors.InvalidGrant("client_id does not match the authorization request.");
        }

        if (grant.Request.RedirectUri != Value(form["redirect_uri"]))
        {
            return OAuthErrors.InvalidGrant("redirect_uri does not match the authorization request.");
        }

        if (grant.Request.CodeChallenge is { } challenge && !Pkce.Verifies(Value(form["code_verifier"]), challenge))
        {
            return OAuthErrors.InvalidGrant("code_verifier does not match the code_challenge.");
        }

        return Ok(TokenIssuer.ForUser(
            simulator, request, account, clientId, grant.Request.Scopes, Value(form["audience"]), grant.Request.State, grant.Request.Nonce));
    }

    public static IResult RefreshToken(TeslaSimulator simulator, HttpRequest request, IFormCollection form)
    {
        if (Value(form["client_id"]) is not { } clientId)
        {
            return OAuthErrors.InvalidRequest("client_id is required.");
        }

        var token = Value(form["refresh_token"]);
        if (simulator.Tokens.PeekRefresh(token) is not { } known || DemoAccounts.Find(known.AccountId) is not { } account)
        {
            return OAuthErrors.LoginRequired("The refresh token is invalid, expired or was superseded.");
        }

        if (known.ClientId != clientId)
        {
            return OAuthErrors.InvalidGrant("client_id does not match the refresh token.");
        }

        if (simulator.KnobsFor(account.Id).Any(knobs => knobs.FailRefresh))
        {
            return OAuthErrors.LoginRequired("The user must sign in again (simulated password reset).");
        }

        return simulator.Tokens.RedeemRefresh(token) is { } grant
            ? Ok(TokenIssuer.ForUser(simulator, request, account, clientId, grant.Scopes, Value(form["audience"]), null, null))
            : OAuthErrors.LoginRequired("The refresh token is invalid, expired or was superseded.");
    }

    public static IResult ClientCredentials(TeslaSimulator simulator, HttpRequest request, IFormCollection form)
    {
        if (Value(form["client_id"]) is not { } clientId || Value(form["client_secret"]) is null)
        {
            return OAuthErrors.Error(StatusCodes.Status401Unauthorized, "invalid_client", "client_id and client_secret are required.");
        }

        var scopes = TeslaScopes.Split(form["scope"]);
        if (!scopes.Contains(TeslaScopes.VehicleSpecs))
        {
            return OAuthErrors.Error(StatusCodes.Status400BadRequest, "invalid_scope", "A partner token for this app needs scope vehicle_specs.");
        }

        return Ok(TokenIssuer.ForPartner(simulator, request, clientId, scopes, Value(form["audience"])));
    }

    private static IResult Ok(TokenResponse response) => SimulatorJson.Json(response, SimulatorJson.SnakeWithoutNulls);

    private static string? Value(StringValues values) => values.Count > 0 && !string.IsNullOrEmpty(values[0]) ? values[0] : null;
}
