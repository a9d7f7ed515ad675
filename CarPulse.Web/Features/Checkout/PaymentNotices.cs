using CarPulse.Domain.Payments;

namespace CarPulse.Web.Features.Checkout;

/// <summary>What the order page tells a customer back from a payment page (<c>/order/{id}?payment=…</c>).</summary>
public static class PaymentNotices
{
    public const string Cancelled = "cancelled";
    public const string Declined = "declined";
    public const string Failed = "failed";
    public const string Processing = "processing";
    public const string Review = "review";
    public const string Pending = "pending";
    public const string Unavailable = "unavailable";
    public const string Refunded = "refunded";

    /// <summary>Null when the page says it all by itself (a paid order shows as paid).</summary>
    public static string? For(AttemptStatus status) => status switch
    {
        AttemptStatus.Succeeded => null,
        AttemptStatus.Processing => Processing,
        AttemptStatus.Declined => Declined,
        AttemptStatus.Failed => Failed,
        AttemptStatus.FlaggedForReview => Review,
        AttemptStatus.Refunded => Refunded,
        AttemptStatus.Cancelled or AttemptStatus.Expired => Cancelled,
        _ => Pending,
    };

    public const string RefundedOnPaidOrder = "This order was already paid. The second payment is being refunded in full; nothing more will be charged.";

    public const string ProcessingMessage = "Your payment is being processed by your bank. Reports start as soon as it is confirmed; you can close this page.";

    /// <summary>The message for a notice; an unknown value (a hand-edited address) shows nothing.</summary>
    public static string? Message(string? notice) => notice switch
    {
        Cancelled => "Payment cancelled. Nothing was charged; your selection is saved.",
        Declined => "The payment was declined. Nothing was charged. Try again or choose another method.",
        Failed => "Your bank did not complete the payment. Nothing was charged. Please pay again.",
        Processing => ProcessingMessage,
        Review => "We received a payment that does not match this order. Our support will contact you; nothing more will be charged.",
        Pending => "We are confirming your payment. This page updates by itself.",
        Unavailable => "The payment service is not answering right now. Nothing was charged; please try again in a moment.",
        Refunded => "That payment arrived after the order had changed (or was already paid), so it is being refunded in full. Please check the order and pay for it as it is now.",
        _ => null,
    };
}
