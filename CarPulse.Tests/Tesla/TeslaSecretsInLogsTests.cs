using CarPulse.Domain.Pricing;
using CarPulse.Domain.Tesla;
using CarPulse.Tests.Support;

namespace CarPulse.Tests.Tesla;

public sealed class TeslaSecretsInLogsTests
{
    [Fact]
    public async Task No_token_or_code_text_reaches_the_log_during_sign_in_fetches_and_a_refresh()
    {
        using var app = CarPulseApp.WithTeslaSimulator(("Serilog:MinimumLevel:Default", "Verbose"), ("Serilog:MinimumLevel:Override:Microsoft.AspNetCore", "Verbose"), ("Serilog:MinimumLevel:Override:System.Net.Http", "Verbose"));
        var signIn = new TeslaSignIn(app);
        var callback = await signIn.ApproveAsync(await signIn.StartAsync(), "two-cars");
        var code = System.Web.HttpUtility.ParseQueryString(callback.Query)["code"] ?? string.Empty;
        await signIn.CallbackAsync(callback);
        await using var tesla = await ConnectedTeslaAccount.SignInAsync(app, "two-cars");
        var firstTokens = tesla.Session.Tokens;
        tesla.Simulator.For("two-cars").ExpireAccessTokens();
        foreach (var module in PackageCatalog.Expert.Modules)
        {
            await tesla.Modules.FetchAsync(tesla.Account, tesla.Vehicle("JT3"), module, CancellationToken.None);
        }

        var log = await ReadLogAsync(app.DataDirectory);

        Assert.Contains("HTTP GET /oauth/tesla/callback", log);
        Assert.DoesNotContain(code, log);
        foreach (var tokens in new[] { firstTokens, tesla.Session.Tokens })
        {
            Assert.NotNull(tokens);
            Assert.DoesNotContain(tokens.AccessToken, log);
            Assert.DoesNotContain(tokens.RefreshToken, log);
            Assert.DoesNotContain(tokens.AccessToken.Split('.')[2], log);
        }

        Assert.DoesNotContain(tesla.Vehicle("JT3").Vin, log);
        Assert.DoesNotContain(tesla.Session.Id, log);
    }

    private static async Task<string> ReadLogAsync(string dataDirectory)
    {
        var file = Directory.GetFiles(Path.Combine(dataDirectory, "logs"), "carpulse-*.log").Single();
        await using var stream = new FileStream(file, FileMode.Open, FileAccess.Read, FileShare.ReadWrite);
        using var reader = new StreamReader(stream);
        return await reader.ReadToEndAsync();
    }
}
