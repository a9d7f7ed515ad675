using System.Text.Json;
using CarPulse.Domain.Tesla;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace CarPulse.Domain.Persistence;

/// <summary>
/// Stores the whole token pair as one encrypted column, so a rotated refresh token can never be
/// saved without its access token, and the raw database file holds no token text.
/// EF never hands a null to a converter: a session without tokens stays NULL in the column.
/// </summary>
internal sealed class TeslaTokensConverter(ITokenProtector protector) : ValueConverter<TeslaTokens?, string?>(
    tokens => Protect(protector, tokens),
    stored => Unprotect(protector, stored))
{
    private static string? Protect(ITokenProtector protector, TeslaTokens? tokens) =>
        tokens is null ? null : protector.Protect(JsonSerializer.Serialize(tokens));

    private static TeslaTokens? Unprotect(ITokenProtector protector, string? stored) =>
        stored is null ? null : JsonSerializer.Deserialize<TeslaTokens>(protector.Unprotect(stored));
}
