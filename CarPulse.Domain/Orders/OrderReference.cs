namespace CarPulse.Domain.Orders;

/// <summary>
/// The order's public name, e.g. <c>CP-7F3K9Q2M</c>: short enough to read over the phone, random
/// enough (40 bits) not to collide, and safe to give to payment providers and print on receipts.
/// </summary>
public static class OrderReference
{
    private const string Prefix = "CP-";
    private const string ReceiptPrefix = "R-";
    private const int Characters = 8;
    public const int Length = 3 + Characters;

    public static string New() => Prefix + Crockford.NewCode(Characters);

    /// <summary>A paid order's receipt number: the reference under the receipt prefix (<c>R-7F3K9Q2M</c>).</summary>
    public static string ReceiptNumber(string reference) => ReceiptPrefix + reference[Prefix.Length..];

    /// <summary>The reference behind a receipt number; anything else is returned as it is.</summary>
    public static string FromReceiptNumber(string text) =>
        text.StartsWith(ReceiptPrefix, StringComparison.OrdinalIgnoreCase) ? Prefix + text[ReceiptPrefix.Length..] : text;
}
