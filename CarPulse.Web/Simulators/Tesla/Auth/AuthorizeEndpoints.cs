using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.WebUtilities;
using CarPulse.Web.Simulators.Tesla.Fixtures;

namespace CarPulse.Web.Simulators.Tesla.Auth;

/// <summary>
/// Tesla's browser-facing authorize page as a consent screen of demo accounts. The decision form carries an
/// antiforgery token and the id of the request held server-side, so a forged or replayed POST gets no code.
/// </summary>
internal static class AuthorizeEndpoints
{
    public static IEndpointRouteBuilder MapTeslaSimulatorAuth(this IEndpointRouteBuilder app)
    {
        app.MapGet(SimulatorPaths.Authorize, Show);
        app.MapPost(SimulatorPaths.AuthorizeDecision, DecideAsync);
        app.MapPost(SimulatorPaths.Token, TokenEndpoint.HandleAsync);
        return app;
    }

    private static Task Show(HttpContext http)
    {
        var simulator = http.RequestServices.GetRequiredService<TeslaSimulator>();
        if (!AuthorizationRequestParser.TryParse(http.Request.Query, out var request, out var problem))
        {
            return AuthorizePage.Error(problem).ExecuteAsync(http);
        }

        if (http.Request.Query.TryGetValue("sim_account", out var chosen))
        {
            return Approve(simulator, request, chosen.ToString()).ExecuteAsync(http);
        }

        var tokens = http.RequestServices.GetRequiredService<IAntiforgery>().GetAndStoreTokens(http);
        var decisionUrl = $"{http.Request.PathBase}{SimulatorPaths.AuthorizeDecision}";
        var accounts = simulator.AccountIds.Select(simulator.Account);
        return AuthorizePage.Consent(request, accounts, simulator.Tokens.Hold(request), tokens, decisionUrl).ExecuteAsync(http);
    }

    private static async Task DecideAsync(HttpContext http)
    {
        var simulator = http.RequestServices.GetRequiredService<TeslaSimulator>();
        if (!http.Request.HasFormContentType || !await http.RequestServices.GetRequiredService<IAntiforgery>().IsRequestValidAsync(http))
        {
            await AuthorizePage.Error("This form was not sent from the simulator's consent page, or it expired. Start signing in again from the app.")
                .ExecuteAsync(http);
            return;
        }

        var form = await http.Request.ReadFormAsync(http.RequestAborted);
        var result = simulator.Tokens.Release(form["request"]) switch
        {
            null => AuthorizePage.Error("This sign-in request expired or was already answered. Start signing in again from the app."),
            { } request when form["decision"] == "deny" => Deny(request),
            { } request => Approve(simulator, request, form["account"].ToString()),
        };
        await result.ExecuteAsync(http);
    }

    private static IResult Approve(TeslaSimulator simulator, AuthorizationRequest request, string accountId)
    {
        if (DemoAccounts.Find(accountId) is not { } account)
        {
            return AuthorizePage.Error($"There is no demo account \"{accountId}\". Choose one of: {string.Join(", ", simulator.AccountIds)}.");
        }

        var code = simulator.Tokens.IssueCode(account.Id, simulator.RegionOf(account), request);
        return Results.Redirect(QueryHelpers.AddQueryString(request.RedirectUri, new Dictionary<string, string?>
        {
            ["code"] = code,
            ["state"] = request.State,
            ["issuer"] = SimulatorPaths.Issuer,
        }));
    }

    private static IResult Deny(AuthorizationRequest request) =>
        Results.Redirect(QueryHelpers.AddQueryString(request.RedirectUri, new Dictionary<string, string?>
        {
            ["error"] = "access_denied",
            ["error_description"] = "The user denied the request.",
            ["state"] = request.State,
        }));
}
