using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using CarPulse.Domain.Reports;
using CarPulse.Web.Features.Checkout;
using Microsoft.Extensions.DependencyInjection;

namespace CarPulse.Tests.Support.Engines;

/// <summary>
/// Two app instances sharing what nodes share in production: one SQLite file (standing in for the database), one
/// Redis, one blob container on Azurite, one key-ring certificate. Each node has its own data directory, clock and
/// memory, so whatever crosses between them went through the engines.
/// </summary>
public sealed class TwoNodes : IAsyncDisposable
{
    private readonly TemporaryDirectory _shared = new();

    private TwoNodes(RedisServer redis) => Redis = redis;

    public RedisServer Redis { get; }

    public CarPulseApp A { get; private set; } = null!;

    public CarPulseApp B { get; private set; } = null!;

    public string CertificatePath => Path.Combine(_shared.Path, "key-ring.pfx");

    public const string CertificatePassword = "key-ring-certificate-password";

    public static async Task<TwoNodes> StartAsync(params (string Key, string Value)[] settings)
    {
        var redis = new RedisServer();
        await redis.StartAsync();
        var azurite = await AzuriteServer.Shared;
        var nodes = new TwoNodes(redis);
        nodes.WriteCertificate();
        (string Key, string Value)[] shared =
        [
            ("ConnectionStrings:CarPulse", $"Data Source={Path.Combine(nodes._shared.Path, "carpulse.db")}"),
            ("Redis:Configuration", redis.Configuration),
            ("Archive:Provider", "AzureBlob"),
            ("Archive:ConnectionString", azurite.ConnectionString),
            ("Archive:Container", AzuriteServer.NewContainer()),
            ("DataProtection:Certificate:Path", nodes.CertificatePath),
            ("DataProtection:Certificate:Password", CertificatePassword),
            .. settings,
        ];
        // One after the other: the first applies the migrations, the second finds them applied.
        nodes.A = new CarPulseApp(shared);
        _ = nodes.A.Services;
        nodes.B = new CarPulseApp(shared);
        _ = nodes.B.Services;
        await nodes.WaitUntilLinkedAsync();
        return nodes;
    }

    public async ValueTask DisposeAsync()
    {
        A.Dispose();
        B.Dispose();
        Redis.Dispose();
        _shared.Dispose();
        await Task.CompletedTask;
    }

    /// <summary>Waits for <paramref name="condition"/>: a message between nodes takes a moment, never a reload.</summary>
    public static async Task EventuallyAsync(Func<bool> condition, string what)
    {
        var deadline = DateTime.UtcNow + TimeSpan.FromSeconds(20);
        while (!condition())
        {
            Assert.True(DateTime.UtcNow < deadline, $"{what} did not happen within 20 seconds.");
            await Task.Delay(25);
        }
    }

    /// <summary>Each node subscribes at Redis a moment after it starts: probes on both topics prove the way from A to B is open.</summary>
    private async Task WaitUntilLinkedAsync()
    {
        const string probe = "probe-order-that-is-not-an-order-0000000000";
        var (changeArrived, progressArrived) = (false, false);
        using var watch = B.Services.GetRequiredService<OrderChangeFeed>().Watch(probe, new ChangeOrigin(), () =>
        {
            changeArrived = true;
            return Task.CompletedTask;
        });
        var board = B.Services.GetRequiredService<ReportProgressBoard>();
        void OnProgress(string key) => progressArrived |= key == ReportProgressBoard.KeyOf(probe);
        board.Changed += OnProgress;
        try
        {
            var (feed, boardOnA) = (A.Services.GetRequiredService<OrderChangeFeed>(), A.Services.GetRequiredService<ReportProgressBoard>());
            await EventuallyAsync(() =>
            {
                feed.Publish(probe, new ChangeOrigin());
                boardOnA.Announce(probe);
                return changeArrived && progressArrived;
            }, "Linking the nodes through Redis");
        }
        finally
        {
            board.Changed -= OnProgress;
        }
    }

    private void WriteCertificate()
    {
        using var key = RSA.Create(2048);
        var request = new CertificateRequest("CN=CarPulse key ring (tests)", key, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
        using var certificate = request.CreateSelfSigned(DateTimeOffset.UtcNow.AddDays(-1), DateTimeOffset.UtcNow.AddYears(1));
        File.WriteAllBytes(CertificatePath, certificate.Export(X509ContentType.Pfx, CertificatePassword));
    }
}
