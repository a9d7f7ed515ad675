using System.Globalization;
using CarPulse.Domain.Tesla;
using CarPulse.Tests.Support;
using CarPulse.Web.Hosting;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Serilog;
using Serilog.Core;
using Serilog.Events;
using Serilog.Formatting.Compact;

namespace CarPulse.Tests.Hosting;

public sealed class LogRedactionTests
{
    private const string Jwt = OrderSessionBuilder.AccessToken;
    private const string Refresh = OrderSessionBuilder.RefreshToken;
    private const string FullVin = "LRW3E7EK1RC981234";

    [Fact]
    public void A_token_passed_through_a_log_call_does_not_appear_in_the_output()
    {
        var output = Capture(log =>
        {
            log.Information("Exchanged code for {AccessToken} and {RefreshToken}", Jwt, Refresh);
            log.Information("Calling Tesla with {Header}", $"Bearer {Jwt}");
            log.Information("Tokens {@Tokens}", new TeslaTokens(Jwt, Refresh, OrderSessionBuilder.Now));
            log.Information("Request {@Request}", new { Url = "/oauth/tesla/callback", Token = Refresh, Code = "NA_authcode-31337" });
            log.Information("Callback {Code} voucher {VoucherCode}", "NA_authcode-31337", "PILOT2026");
        });

        Assert.DoesNotContain(Jwt, output);
        Assert.DoesNotContain("access-signature", output);
        Assert.DoesNotContain(Refresh, output);
        Assert.DoesNotContain("authcode-31337", output);
        Assert.DoesNotContain("PILOT2026", output);
        Assert.Contains(LogRedaction.Redacted, output);
    }

    [Fact]
    public void A_full_vin_is_masked_and_a_session_id_removed_from_any_logged_text()
    {
        var sessionId = CarPulse.Domain.Orders.SessionId.New();

        var output = Capture(log =>
        {
            log.Information("Fetched {What}", $"vehicle {FullVin}");
            log.Information("HTTP GET {RequestPath}", $"/order/{sessionId}");
        });

        Assert.DoesNotContain(FullVin, output);
        Assert.Contains("LRW3E7EK1RC98****", output);
        Assert.DoesNotContain(sessionId, output);
        Assert.Contains("/order/[session]", output);
    }

    [Fact]
    public void Secret_query_parameters_are_removed_from_logged_urls()
    {
        var output = Capture(log => log.Information("Request starting {QueryString}", "?code=NA_a1b2c3d4&state=xyz&issuer=https%3A%2F%2Fauth.tesla.com&locale=en-US"));

        Assert.DoesNotContain("NA_a1b2c3d4", output);
        Assert.DoesNotContain("state=xyz", output);
        Assert.Contains("locale=en-US", output);
    }

    [Fact]
    public void Ordinary_properties_such_as_status_codes_are_kept()
    {
        var output = Capture(log => log.Information("Responded {StatusCode} for {Package}", 409, "expert"));

        Assert.Contains("409", output);
        Assert.Contains("expert", output);
    }

    [Fact]
    public async Task The_running_app_keeps_tokens_out_of_its_log_file()
    {
        using var app = new CarPulseApp();
        _ = app.Services;
        var logger = app.Services.GetRequiredService<ILoggerFactory>().CreateLogger("CarPulse.Tests");

        logger.LogWarning("Tesla refresh failed for {AccessToken} with body {Body}", Jwt, $"{{\"refresh_token\":\"x\",\"access_token\":\"{Jwt}\"}}");

        var logFile = Directory.GetFiles(Path.Combine(app.DataDirectory, "logs"), "carpulse-*.log").Single();
        string text;
        await using (var stream = new FileStream(logFile, FileMode.Open, FileAccess.Read, FileShare.ReadWrite))
        using (var reader = new StreamReader(stream))
        {
            text = await reader.ReadToEndAsync();
        }

        Assert.Contains("Tesla refresh failed", text);
        Assert.DoesNotContain("access-signature", text);
    }

    private static string Capture(Action<Serilog.ILogger> write)
    {
        var sink = new CapturingSink();
        using (var logger = LogRedaction.Apply(new LoggerConfiguration()).WriteTo.Sink(sink).CreateLogger())
        {
            write(logger);
        }

        return sink.Output;
    }

    private sealed class CapturingSink : ILogEventSink
    {
        private readonly StringWriter _writer = new(CultureInfo.InvariantCulture);
        private readonly CompactJsonFormatter _json = new();

        public string Output => _writer.ToString();

        public void Emit(LogEvent logEvent)
        {
            _writer.WriteLine(logEvent.RenderMessage(CultureInfo.InvariantCulture));
            _json.Format(logEvent, _writer);
        }
    }
}
