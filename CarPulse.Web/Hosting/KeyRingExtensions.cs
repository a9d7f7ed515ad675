using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.DataProtection.KeyManagement;
using Microsoft.AspNetCore.DataProtection.StackExchangeRedis;
using StackExchange.Redis;

namespace CarPulse.Web.Hosting;

/// <summary>
/// The Data Protection key ring, which encrypts the Tesla tokens at rest and signs antiforgery tokens, circuits and
/// admin cookies. One node keeps it under <c>&lt;data&gt;/keys</c>; with Redis every node reads and writes one ring, so
/// a token written by one node is read by another and a form served by one is accepted by the next. A certificate
/// (<c>DataProtection:Certificate:Path</c> and <c>:Password</c>, a PKCS#12 file with its private key) encrypts the
/// keys at rest; it is required outside Development once the ring lives in Redis.
/// </summary>
public static class KeyRingExtensions
{
    public const string CertificatePathKey = "DataProtection:Certificate:Path";
    public const string CertificatePasswordKey = "DataProtection:Certificate:Password";
    public const string RedisKey = "carpulse:data-protection:keys";

    public static IServiceCollection AddKeyRing(this IServiceCollection services, IConfiguration configuration, IHostEnvironment environment)
    {
        var keyRing = services.AddDataProtection().SetApplicationName("CarPulse");
        var shared = RedisExtensions.IsConfigured(configuration);
        if (shared)
        {
            services.AddOptions<KeyManagementOptions>().Configure<IConnectionMultiplexer>((options, redis) =>
                options.XmlRepository = new RedisXmlRepository(() => redis.GetDatabase(), RedisKey));
        }
        else
        {
            keyRing.PersistKeysToFileSystem(new DirectoryInfo(StorageServiceCollectionExtensions.ReadStorage(configuration, environment).KeysDirectory));
        }

        if (LoadCertificate(configuration) is { } certificate)
        {
            keyRing.ProtectKeysWithCertificate(certificate);
        }
        else if (shared && !environment.IsDevelopment())
        {
            throw new InvalidOperationException(
                $"{CertificatePathKey} is required outside Development when the key ring is shared in Redis ({RedisExtensions.ConfigurationKey}): " +
                "the keys that decrypt every Tesla token must not lie in Redis in the clear. Name a PKCS#12 (.pfx) file with its private key, and its password in " +
                $"{CertificatePasswordKey}.");
        }

        return services;
    }

    private static X509Certificate2? LoadCertificate(IConfiguration configuration)
    {
        var path = configuration[CertificatePathKey];
        if (string.IsNullOrWhiteSpace(path))
        {
            return null;
        }

        X509Certificate2 certificate;
        try
        {
            certificate = X509CertificateLoader.LoadPkcs12FromFile(path, configuration[CertificatePasswordKey], X509KeyStorageFlags.EphemeralKeySet);
        }
        catch (Exception exception) when (exception is CryptographicException or IOException or UnauthorizedAccessException)
        {
            throw new InvalidOperationException(
                $"{CertificatePathKey}: '{path}' could not be read as a PKCS#12 certificate with {CertificatePasswordKey} ({exception.Message}).", exception);
        }

        if (!certificate.HasPrivateKey || certificate.GetRSAPrivateKey() is null)
        {
            throw new InvalidOperationException($"{CertificatePathKey}: '{path}' holds no RSA private key; the key ring needs one to decrypt its keys.");
        }

        return certificate;
    }
}
