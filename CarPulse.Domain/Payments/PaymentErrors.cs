namespace CarPulse.Domain.Payments;

/// <summary>No payment of ours has this id (HTTP 404).</summary>
public sealed class PaymentNotFound() : DomainException("No payment with this id.");

/// <summary>The payment provider did not answer or refused the request; nothing was charged (HTTP 503).</summary>
public sealed class PaymentProviderUnavailable(string detail, Exception? inner = null)
    : DomainException($"The payment service is not available right now: {detail}", inner);
