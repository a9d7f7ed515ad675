using System.Net;
using System.Net.Http.Json;
using System.Security.Cryptography;
using System.Text.Json;
using CarPulse.Domain.Archive;
using CarPulse.Domain.Orders;
using CarPulse.Domain.Persistence;
using CarPulse.Domain.Reports;
using CarPulse.Tests.Support;
using CarPulse.Tests.Support.Engines;
using CarPulse.Web.Features.Checkout;
using CarPulse.Web.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using StackExchange.Redis;

namespace CarPulse.Tests.Http.ScaleOut;

/// <summary>
/// Two nodes on one database, one Redis and one blob container: what a customer does on one node is seen, counted and
/// readable on the other.
/// </summary>
public sealed class TwoNodeTests : IAsyncLifetime
{
    private const string Customer = "198.51.100.23";

    private TwoNodes? _nodes;

    private TwoNodes Nodes => _nodes ?? throw new InvalidOperationException("Not started.");

    public async Task InitializeAsync() => _nodes = await TwoNodes.StartAsync(
        AdminSignIn.Setting, ("RateLimits:VoucherChecksPerMinute", "3"), ("RateLimits:OAuthStartsPerMinute", "2"));

    [Fact]
    public async Task A_payment_on_one_node_reaches_the_order_screen_watching_on_the_other_without_a_reload()
    {
        var session = await Nodes.A.SeedAsync(new OrderSessionBuilder().WithVehicles(2).InStatus(OrderStatus.VehiclesSelected).Build());
        var carScreenTold = 0;
        using var carScreen = Nodes.B.Services.GetRequiredService<OrderChangeFeed>().Watch(session.Id, new ChangeOrigin(), () =>
        {
            Interlocked.Increment(ref carScreenTold);
            return Task.CompletedTask;
        });
        var phone = Nodes.A.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });

        var intent = await (await phone.PostAsJsonAsync("/api/v1/payment/create-intent", new { session_id = session.Id, method = "card" })).AssertOkJsonAsync();
        await DemoCheckoutButtons.PressAsync(phone, new Uri(intent.GetProperty("checkout_url").GetString()!), "pay");

        await TwoNodes.EventuallyAsync(() => Volatile.Read(ref carScreenTold) >= 2, "The car screen on B hearing of the checkout and the payment");
        await using var scope = Nodes.B.Services.CreateAsyncScope();
        Assert.Equal(OrderStatus.Paid, (await scope.ServiceProvider.GetRequiredService<OrderService>().GetAsync(session.Id, CancellationToken.None)).Status);
    }

    [Fact]
    public async Task Report_progress_on_the_node_building_the_report_shows_live_on_the_other()
    {
        var session = await Nodes.A.SeedAsync(new OrderSessionBuilder().WithVehicles(1).InStatus(OrderStatus.Generating).Build());
        var vehicle = session.Vehicles[0].Id;
        var boardOnB = Nodes.B.Services.GetRequiredService<ReportProgressBoard>();

        var worker = Nodes.A.Services.GetRequiredService<ReportProgressBoard>();
        worker.Set(session.Id, vehicle, ReportModule.VehicleData, ModuleProgress.Fetching);
        worker.Set(session.Id, vehicle, ReportModule.ChargingHistory, ModuleProgress.Done);

        await TwoNodes.EventuallyAsync(() => boardOnB.For(session.Id).Count == 2, "B's board showing A's progress");
        Assert.Equal(ModuleProgress.Fetching, boardOnB.For(session.Id)[(vehicle, ReportModule.VehicleData)]);
        Assert.Equal(ModuleProgress.Done, boardOnB.For(session.Id)[(vehicle, ReportModule.ChargingHistory)]);
    }

    [Fact]
    public async Task A_voucher_budget_spent_on_one_node_holds_on_the_other()
    {
        var (a, b) = (Nodes.A.CreateClient().From(Customer), Nodes.B.CreateClient().From(Customer));
        for (var guess = 1; guess <= 3; guess++)
        {
            await (await a.PostAsJsonAsync("/api/v1/pricing/validate-voucher", new { code = $"GUESS{guess}" })).AssertOkJsonAsync();
        }

        var fourth = await b.PostAsJsonAsync("/api/v1/pricing/validate-voucher", new { code = "GUESS4" });

        Assert.Equal(HttpStatusCode.TooManyRequests, fourth.StatusCode);
        Assert.NotNull(fourth.Headers.RetryAfter);
    }

    [Fact]
    public async Task Tesla_sign_ins_started_on_one_node_count_on_the_other()
    {
        var (a, b) = (Client(Nodes.A), Client(Nodes.B));

        var first = await a.GetAsync("/connect/tesla");
        var second = await a.GetAsync("/connect/tesla");
        var third = await b.GetAsync("/connect/tesla");

        Assert.All([first, second], started => Assert.Contains("/simulator/tesla/", started.Headers.Location?.ToString()));
        Assert.Equal("/start?error=busy", third.RedirectTarget());
    }

    [Fact]
    public async Task Wrong_admin_passwords_on_one_node_lock_that_address_on_the_other()
    {
        const string attacker = "198.51.100.66";
        var onA = Client(Nodes.A, attacker);
        for (var guess = 1; guess <= 5; guess++)
        {
            Assert.StartsWith("/admin/login?status=", (await onA.LogInAsync(AdminSignIn.Username, $"guess-{guess}")).RedirectTarget());
        }

        var onB = await Client(Nodes.B, attacker).LogInAsync(AdminSignIn.Username, AdminSignIn.Password);

        Assert.Equal("/admin/login?status=locked", onB.RedirectTarget());
    }

    [Fact]
    public async Task A_tesla_token_written_by_one_node_is_read_by_the_other()
    {
        var session = await Nodes.A.SeedAsync(new OrderSessionBuilder().Build());

        await using var scope = Nodes.B.Services.CreateAsyncScope();
        var read = await scope.ServiceProvider.GetRequiredService<CarPulseDb>().OrderSessions.AsNoTracking().SingleAsync(s => s.Id == session.Id);

        Assert.Equal(OrderSessionBuilder.AccessToken, read.Tokens?.AccessToken);
        Assert.Equal(OrderSessionBuilder.RefreshToken, read.Tokens?.RefreshToken);
    }

    [Fact]
    public async Task A_form_served_by_one_node_is_accepted_by_the_other()
    {
        var page = await Client(Nodes.A).GetAsync("/admin/login");
        var token = AdminSignIn.TokenIn(await page.Content.ReadAsStringAsync());
        var cookie = string.Join("; ", page.Headers.GetValues("Set-Cookie").Select(header => header.Split(';')[0]));
        var post = new HttpRequestMessage(HttpMethod.Post, "/admin/login")
        {
            Content = new FormUrlEncodedContent(new Dictionary<string, string> { ["__RequestVerificationToken"] = token, ["username"] = "admin", ["password"] = "wrong" }),
            Headers = { { "Cookie", cookie } },
        };

        var answer = await Client(Nodes.B).SendAsync(post);

        Assert.Equal("/admin/login?status=invalid", answer.RedirectTarget());
    }

    [Fact]
    public async Task The_shared_key_ring_lies_in_redis_encrypted_with_the_certificate()
    {
        await Nodes.A.SeedAsync(new OrderSessionBuilder().Build());
        using var redis = await RedisConnections.ConnectAsync(Nodes.Redis);

        var keys = await redis.GetDatabase().ListRangeAsync(KeyRingExtensions.RedisKey);

        Assert.NotEmpty(keys);
        Assert.All(keys, key =>
        {
            Assert.Contains("EncryptedData", key.ToString());
            Assert.DoesNotContain("<value>", key.ToString());
        });
    }

    [Fact]
    public async Task A_pdf_archived_by_one_node_downloads_byte_for_byte_from_the_other()
    {
        var session = await Nodes.A.SeedAsync(new OrderSessionBuilder().WithVehicles(1).InStatus(OrderStatus.Complete).Build());
        var vehicle = session.Vehicles[0].Id;
        var pdf = RandomNumberGenerator.GetBytes(200_000);
        await using (var scope = Nodes.A.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<CarPulseDb>();
            db.VehicleReports.Add(VehicleReport.From(session.Id, vehicle, new Dictionary<string, JsonElement>(), new Dictionary<string, string>(), OrderSessionBuilder.Now));
            await db.SaveChangesAsync();
            await scope.ServiceProvider.GetRequiredService<IOrderArchive>().WriteAsync(ArchivePath.VehicleReport(session.Reference, vehicle), pdf, CancellationToken.None);
        }

        var download = await Nodes.B.CreateClient().GetAsync($"/api/v1/tesla/session/{session.Id}/vehicles/{vehicle}/report.pdf");

        Assert.Equal(HttpStatusCode.OK, download.StatusCode);
        Assert.Equal(SHA256.HashData(pdf), SHA256.HashData(await download.Content.ReadAsByteArrayAsync()));
    }

    public async Task DisposeAsync()
    {
        if (_nodes is not null)
        {
            await _nodes.DisposeAsync();
        }
    }

    private static HttpClient Client(CarPulseApp node, string address = Customer) =>
        node.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false }).From(address);
}
