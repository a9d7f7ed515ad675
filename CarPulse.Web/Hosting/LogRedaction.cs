using System.Text.RegularExpressions;
using CarPulse.Domain.Tesla;
using CarPulse.Domain.Vehicles;
using Serilog;
using Serilog.Core;
using Serilog.Events;

namespace CarPulse.Web.Hosting;

/// <summary>
/// Keeps secrets out of every log sink: properties named like a token, secret or code are replaced,
/// and any text value is scrubbed of secret query parameters, JWT-shaped tokens, session ids (bearer
/// secrets) and full VINs.
/// </summary>
public sealed partial class LogRedaction : ILogEventEnricher
{
    public const string Redacted = "[redacted]";

    public static LoggerConfiguration Apply(LoggerConfiguration logger) => logger
        .Destructure.ByTransforming<TeslaTokens>(_ => Redacted)
        .Enrich.With<LogRedaction>();

    public void Enrich(LogEvent logEvent, ILogEventPropertyFactory propertyFactory)
    {
        foreach (var (name, value) in logEvent.Properties.ToList())
        {
            var scrubbed = Scrub(name, value);
            if (!ReferenceEquals(scrubbed, value))
            {
                logEvent.AddOrUpdateProperty(new LogEventProperty(name, scrubbed));
            }
        }
    }

    public static string ScrubText(string text)
    {
        var withoutParameters = SecretQueryParameter().Replace(text, Redacted);
        var withoutTokens = JwtPattern().Replace(withoutParameters, Redacted);
        var withoutSessions = SessionIdPattern().Replace(withoutTokens, "[session]");
        return VinPattern().Replace(withoutSessions, match => Vin.TryParse(match.Value, out var vin) ? vin.Masked : match.Value);
    }

    private static LogEventPropertyValue Scrub(string name, LogEventPropertyValue value)
    {
        if (SecretName().IsMatch(name))
        {
            return new ScalarValue(Redacted);
        }

        return value switch
        {
            ScalarValue { Value: string text } when ScrubText(text) is var clean && clean != text => new ScalarValue(clean),
            StructureValue structure => new StructureValue(
                structure.Properties.Select(p => new LogEventProperty(p.Name, Scrub(p.Name, p.Value))), structure.TypeTag),
            SequenceValue sequence => new SequenceValue(sequence.Elements.Select(element => Scrub(string.Empty, element))),
            DictionaryValue dictionary => new DictionaryValue(dictionary.Elements.Select(entry =>
                new KeyValuePair<ScalarValue, LogEventPropertyValue>(entry.Key, Scrub(entry.Key.Value?.ToString() ?? string.Empty, entry.Value)))),
            _ => value,
        };
    }

    // StatusCode and the like stay; Code, AuthCode, VoucherCode, AccessToken, ClientSecret, Password... go.
    [GeneratedRegex(@"(token|secret|password|passwd|authorization|cookie|verifier|^code$|(auth|oauth|authorization|voucher)_?code)", RegexOptions.IgnoreCase)]
    private static partial Regex SecretName();

    // ?code=…&state=… on the OAuth callback, ?refresh_token=… anywhere: the value goes, the name stays.
    [GeneratedRegex(@"(?<=[?&](code|state|token|access_token|refresh_token|id_token|code_verifier|client_secret)=)[^&\s""]+", RegexOptions.IgnoreCase)]
    private static partial Regex SecretQueryParameter();

    [GeneratedRegex(@"eyJ[A-Za-z0-9_-]{5,}\.[A-Za-z0-9_-]{5,}\.[A-Za-z0-9_-]*")]
    private static partial Regex JwtPattern();

    [GeneratedRegex(@"(?<![A-Za-z0-9_-])[A-Za-z0-9_-]{43}(?![A-Za-z0-9_-])")]
    private static partial Regex SessionIdPattern();

    [GeneratedRegex(@"(?<![A-Za-z0-9])[A-HJ-NPR-Za-hj-npr-z0-9]{17}(?![A-Za-z0-9])")]
    private static partial Regex VinPattern();
}
