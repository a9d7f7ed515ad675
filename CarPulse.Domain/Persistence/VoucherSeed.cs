using System.Text.Json;
using System.Text.Json.Serialization;
using CarPulse.Domain.Pricing;

namespace CarPulse.Domain.Persistence;

/// <summary>One entry of <c>config/vouchers.json</c>, the vouchers a fresh database starts with.</summary>
internal sealed record VoucherSeed(
    string Code,
    string Type,
    long Value,
    string Label,
    bool Active = true,
    DateTimeOffset? ValidFrom = null,
    DateTimeOffset? ValidUntil = null,
    int? MaxRedemptions = null)
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web)
    {
        PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower,
        UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow,
    };

    public static async Task<IReadOnlyList<Voucher>> ReadAsync(string path, CancellationToken cancellationToken)
    {
        await using var file = File.OpenRead(path);
        var seeds = await JsonSerializer.DeserializeAsync<List<VoucherSeed>>(file, Json, cancellationToken)
            ?? throw new InvalidDataException($"{path} holds no voucher list.");
        return seeds.Select(seed => seed.ToVoucher(path)).ToList();
    }

    private Voucher ToVoucher(string path)
    {
        if (!VoucherTypes.TryParse(Type, out var type))
        {
            throw new InvalidDataException($"{path}: voucher {Code} has unknown type '{Type}'.");
        }

        return Voucher.Create(Code, type, Value, Label, Active, ValidFrom, ValidUntil, MaxRedemptions);
    }
}
