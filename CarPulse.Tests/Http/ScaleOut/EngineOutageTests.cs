using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using CarPulse.Domain.Archive;
using CarPulse.Domain.Orders;
using CarPulse.Domain.Persistence;
using CarPulse.Tests.Support;
using CarPulse.Tests.Support.Engines;
using CarPulse.Web.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace CarPulse.Tests.Http.ScaleOut;

/// <summary>
/// Redis or blob storage going away and coming back: <c>/health</c> names the engine that is down, customers get a
/// clear 503 (a page in a browser, problem details elsewhere), never a 500, and the app recovers by itself.
/// </summary>
public sealed class EngineOutageTests
{
    [Fact]
    public async Task Health_names_each_configured_engine()
    {
        using var embedded = new CarPulseApp();
        await using var redis = await StartedAsync(new RedisServer());
        var azurite = await AzuriteServer.Shared;
        using var scaledOut = new CarPulseApp([RedisSetting(redis), .. BlobSettings(azurite)]);

        var one = await (await embedded.CreateClient().GetAsync("/health")).AssertOkJsonAsync();
        var many = await (await scaledOut.CreateClient().GetAsync("/health")).AssertOkJsonAsync();

        Assert.Equal(["archive", "database"], one.GetProperty("checks").PropertyNames().Order());
        Assert.Equal(["archive", "database", "redis"], many.GetProperty("checks").PropertyNames().Order());
        Assert.All(many.GetProperty("checks").EnumerateObject(), check => Assert.Equal("Healthy", check.Value.GetString()));
    }

    [Fact]
    public async Task While_redis_is_down_health_says_so_customers_get_a_clear_503_and_afterwards_it_works_again()
    {
        await using var redis = await StartedAsync(new RedisServer());
        using var app = new CarPulseApp(RedisSetting(redis));
        var client = app.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        await (await client.PostAsJsonAsync("/api/v1/pricing/validate-voucher", new { code = "LAUNCH10" })).AssertOkJsonAsync();

        await redis.StopAsync();
        var health = await client.GetAsync("/health");
        var voucher = await client.PostAsJsonAsync("/api/v1/pricing/validate-voucher", new { code = "LAUNCH10" });
        var signIn = await client.SendAsync(new HttpRequestMessage(HttpMethod.Get, "/connect/tesla") { Headers = { { "Accept", "text/html" } } });

        Assert.Equal(HttpStatusCode.ServiceUnavailable, health.StatusCode);
        var checks = (await health.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("checks");
        Assert.Equal(("Unhealthy", "Healthy"), (checks.GetProperty("redis").GetString(), checks.GetProperty("database").GetString()));
        var problem = await voucher.AssertProblemAsync(HttpStatusCode.ServiceUnavailable);
        Assert.Equal(EngineOutages.Title, problem.GetProperty("title").GetString());
        Assert.NotNull(voucher.Headers.RetryAfter);
        Assert.Equal(HttpStatusCode.ServiceUnavailable, signIn.StatusCode);
        Assert.Equal("text/html", signIn.Content.Headers.ContentType?.MediaType);
        Assert.Contains(EngineOutages.Detail, await signIn.Content.ReadAsStringAsync());

        await redis.StartAsync();
        await EventuallyOkAsync(() => client.GetAsync("/health"));
        await EventuallyOkAsync(() => client.PostAsJsonAsync("/api/v1/pricing/validate-voucher", new { code = "LAUNCH10" }));
    }

    [Fact]
    public async Task While_blob_storage_is_down_health_says_so_a_pdf_download_is_a_clear_503_and_afterwards_it_is_the_same_file()
    {
        using var azurite = new AzuriteServer();
        await azurite.StartAsync();
        using var app = new CarPulseApp(BlobSettings(azurite));
        var session = await app.SeedAsync(new OrderSessionBuilder().WithVehicles(1).InStatus(OrderStatus.Complete).Build());
        var vehicle = session.Vehicles[0].Id;
        var pdf = "%PDF-1.7 a report"u8.ToArray();
        await using (var scope = app.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<CarPulseDb>();
            db.VehicleReports.Add(CarPulse.Domain.Reports.VehicleReport.From(session.Id, vehicle, new Dictionary<string, JsonElement>(), new Dictionary<string, string>(), OrderSessionBuilder.Now));
            await db.SaveChangesAsync();
            await scope.ServiceProvider.GetRequiredService<IOrderArchive>().WriteAsync(ArchivePath.VehicleReport(session.Reference, vehicle), pdf, CancellationToken.None);
        }

        var client = app.CreateClient();
        var download = $"/api/v1/tesla/session/{session.Id}/vehicles/{vehicle}/report.pdf";

        azurite.Stop();
        var health = await client.GetAsync("/health");
        var refused = await client.GetAsync(download);

        Assert.Equal(HttpStatusCode.ServiceUnavailable, health.StatusCode);
        Assert.Equal("Unhealthy", (await health.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("checks").GetProperty("archive").GetString());
        Assert.Equal(EngineOutages.Title, (await refused.AssertProblemAsync(HttpStatusCode.ServiceUnavailable)).GetProperty("title").GetString());

        await azurite.StartAsync();
        await EventuallyOkAsync(() => client.GetAsync("/health"));
        Assert.Equal(pdf, await (await EventuallyOkAsync(() => client.GetAsync(download))).Content.ReadAsByteArrayAsync());
    }

    private static (string Key, string Value) RedisSetting(RedisServer redis) => ("Redis:Configuration", redis.Configuration);

    private static (string Key, string Value)[] BlobSettings(AzuriteServer azurite) =>
        [("Archive:Provider", "AzureBlob"), ("Archive:ConnectionString", azurite.ConnectionString), ("Archive:Container", AzuriteServer.NewContainer())];

    private static async Task<RedisServer> StartedAsync(RedisServer redis)
    {
        await redis.StartAsync();
        return redis;
    }

    /// <summary>The engine is back; the app's connection finds it again within seconds, by itself.</summary>
    private static async Task<HttpResponseMessage> EventuallyOkAsync(Func<Task<HttpResponseMessage>> request)
    {
        var deadline = DateTime.UtcNow + TimeSpan.FromSeconds(30);
        while (true)
        {
            var response = await request();
            if (response.StatusCode == HttpStatusCode.OK)
            {
                return response;
            }

            Assert.True(DateTime.UtcNow < deadline, $"Still {(int)response.StatusCode} 30 seconds after the engine came back.");
            Assert.Equal(HttpStatusCode.ServiceUnavailable, response.StatusCode);
            await Task.Delay(200);
        }
    }
}
