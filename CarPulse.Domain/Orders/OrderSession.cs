using System.Collections.Frozen;
using CarPulse.Domain.Pricing;
using CarPulse.Domain.Tesla;

namespace CarPulse.Domain.Orders;

/// <summary>
/// One customer's purchase from Tesla connect to finished reports. The aggregate owns the state
/// machine of SPEC §2: every change goes through an intent method that checks expiry and the
/// transition table, and refuses an illegal move with <see cref="OrderConflict"/>.
/// </summary>
public sealed class OrderSession
{
    public static readonly TimeSpan UnpaidTimeToLive = TimeSpan.FromMinutes(30);

    /// <summary>Status → statuses it may move to. Read by the code and by the state-machine tests.</summary>
    public static readonly FrozenDictionary<OrderStatus, OrderStatus[]> Transitions =
        new Dictionary<OrderStatus, OrderStatus[]>
        {
            [OrderStatus.Connected] = [OrderStatus.Connected, OrderStatus.VehiclesSelected],
            [OrderStatus.VehiclesSelected] = [OrderStatus.Connected, OrderStatus.VehiclesSelected, OrderStatus.Paid],
            [OrderStatus.Paid] = [OrderStatus.Generating],
            [OrderStatus.Generating] = [OrderStatus.Complete],
            // A complete order is built again only for a follow-up the customer asked for after reconnecting Tesla
            // (retry the missing parts, fetch the charging invoices).
            [OrderStatus.Complete] = [OrderStatus.Generating],
        }.ToFrozenDictionary();

    private readonly List<SessionVehicle> _vehicles = [];
    private List<long> _selectedVehicleIds = [];

    private OrderSession()
    {
        Id = string.Empty;
        Reference = string.Empty;
    }

    private OrderSession(string id, DateTimeOffset createdAt, FleetRegion region, TeslaTokens tokens)
    {
        Id = id;
        Reference = OrderReference.New();
        CreatedAt = createdAt;
        ExpiresAt = createdAt + UnpaidTimeToLive;
        Region = region;
        Tokens = tokens;
        Status = OrderStatus.Connected;
    }

    public string Id { get; private set; }

    /// <summary>A short public name for the order (receipts, payment providers, support). Unlike the id it grants nothing.</summary>
    public string Reference { get; private set; }
    public DateTimeOffset CreatedAt { get; private set; }
    public DateTimeOffset ExpiresAt { get; private set; }
    public OrderStatus Status { get; private set; }
    public FleetRegion Region { get; private set; }

    /// <summary>Null once the session completes: tokens live no longer than the work that needs them.</summary>
    public TeslaTokens? Tokens { get; private set; }

    public IReadOnlyList<SessionVehicle> Vehicles => _vehicles;
    public IReadOnlyList<long> SelectedVehicleIds => _selectedVehicleIds;
    public PackageName? Package { get; private set; }
    public OrderQuote? Quote { get; private set; }

    /// <summary>A delayed payment method (a bank debit) was submitted and its result is awaited: the quote is frozen until then.</summary>
    public bool PaymentProcessing { get; private set; }

    /// <summary>Tesla refused our refresh token on a paid order: the customer must sign in again (the payment stands).</summary>
    public bool TeslaReconnectNeeded { get; private set; }

    /// <summary>When the retention period ended and the reports, PDFs and invoices were deleted.</summary>
    public DateTimeOffset? ReportsDeletedAt { get; private set; }

    /// <summary>The language the customer used at payment (the PDFs are written in it); null before payment.</summary>
    public string? Language { get; private set; }

    /// <summary>The app's public address as the customer saw it at payment: the PDFs' verification links point there.</summary>
    public string? SiteUrl { get; private set; }

    public IEnumerable<SessionVehicle> SelectedVehicles =>
        _vehicles.Where(vehicle => _selectedVehicleIds.Contains(vehicle.Id));

    /// <summary>start → connected: a valid OAuth result with at least one vehicle.</summary>
    public static OrderSession Start(TeslaTokens tokens, FleetRegion region, IReadOnlyCollection<SessionVehicle> vehicles, DateTimeOffset now)
    {
        if (vehicles.Count == 0)
        {
            throw new InputInvalid("vehicles", "No vehicles found on your Tesla account.");
        }

        if (vehicles.Select(vehicle => vehicle.Id).Distinct().Count() != vehicles.Count)
        {
            throw new InputInvalid("vehicles", "The vehicle list holds the same vehicle twice.");
        }

        var session = new OrderSession(SessionId.New(), now, region, tokens);
        session._vehicles.AddRange(vehicles);
        return session;
    }

    public bool IsExpired(DateTimeOffset now) => Status.IsUnpaid() && now >= ExpiresAt;

    /// <summary>connected / vehicles_selected → vehicles_selected. Re-selection replaces the earlier choice and its quote.</summary>
    public void Select(IReadOnlyCollection<long> vehicleIds, PackageName package, DateTimeOffset now)
    {
        EnsureCanMoveTo(OrderStatus.VehiclesSelected, "select vehicles", now);
        EnsureNoPaymentProcessing();
        if (vehicleIds.Count == 0)
        {
            throw new InputInvalid("vehicle_ids", "Select at least one vehicle.");
        }

        var unknown = vehicleIds.Where(id => _vehicles.All(vehicle => vehicle.Id != id)).ToList();
        if (unknown.Count > 0)
        {
            // The ids come from the caller: name a few, never echo an unbounded list back.
            const int MaxUnknownIdsNamed = 5;
            var named = string.Join(", ", unknown.Take(MaxUnknownIdsNamed));
            throw new InputInvalid("vehicle_ids", unknown.Count > MaxUnknownIdsNamed
                ? $"Unknown vehicle ids: {named} and {unknown.Count - MaxUnknownIdsNamed} more."
                : $"Unknown vehicle id: {named}.");
        }

        _selectedVehicleIds = vehicleIds.Distinct().ToList();
        Package = package;
        Quote = null;
        Status = OrderStatus.VehiclesSelected;
    }

    /// <summary>Going back from the package step: the selection goes, the connection stays.</summary>
    public void ClearSelection(DateTimeOffset now)
    {
        EnsureCanMoveTo(OrderStatus.Connected, "clear the selection", now);
        EnsureNoPaymentProcessing();
        _selectedVehicleIds = [];
        Package = null;
        Quote = null;
        Status = OrderStatus.Connected;
    }

    /// <summary>Stores the quote the customer sees; it must price exactly the current selection.</summary>
    public void ApplyQuote(Quote quote, DateTimeOffset now)
    {
        EnsureLive(now);
        if (Status != OrderStatus.VehiclesSelected)
        {
            throw new OrderConflict(Status, "quote");
        }

        EnsureNoPaymentProcessing();

        if (quote.Package != Package || quote.VehicleCount != _selectedVehicleIds.Count)
        {
            throw new InputInvalid("quote", "The quote does not match the selected vehicles and package.");
        }

        Quote = OrderQuote.From(quote);
    }

    /// <summary>vehicles_selected → paid: the verified amount and currency must equal the stored quote.</summary>
    public void MarkPaid(long amountCents, string currency, DateTimeOffset now)
    {
        EnsureCanMoveTo(OrderStatus.Paid, "mark the order paid", now);
        if (Quote is null)
        {
            throw new OrderConflict(Status, "mark the order paid without a quote");
        }

        if (amountCents != Quote.TotalCents || !string.Equals(currency, Quote.Currency, StringComparison.OrdinalIgnoreCase))
        {
            throw new PaymentMismatch(Quote.TotalCents, Quote.Currency, amountCents, currency);
        }

        Status = OrderStatus.Paid;
        PaymentProcessing = false;
    }

    /// <summary>
    /// The customer is on the provider's payment page until <paramref name="checkoutExpiresAt"/>: the
    /// session lives at least that long, so a payment made in the last minute still finds its order.
    /// </summary>
    public void HoldForCheckout(DateTimeOffset checkoutExpiresAt, DateTimeOffset now)
    {
        EnsureLive(now);
        if (Status != OrderStatus.VehiclesSelected || Quote is null)
        {
            throw new OrderConflict(Status, "start a payment");
        }

        ExpiresAt = Max(ExpiresAt, checkoutExpiresAt + CheckoutGrace);
    }

    /// <summary>A delayed method was submitted: keep the order and freeze its quote until the provider settles it.</summary>
    public void AwaitDelayedPayment(DateTimeOffset settleBy, DateTimeOffset now)
    {
        if (Status != OrderStatus.VehiclesSelected)
        {
            throw new OrderConflict(Status, "wait for a payment");
        }

        PaymentProcessing = true;
        ExpiresAt = Max(ExpiresAt, settleBy);
    }

    /// <summary>The delayed payment failed: the customer may change the order and pay again.</summary>
    public void DelayedPaymentFailed(DateTimeOffset now)
    {
        PaymentProcessing = false;
        ExpiresAt = Max(ExpiresAt, now + UnpaidTimeToLive);
    }

    /// <summary>Where the customer pays from: the reports are written in this language, their links point to this address.</summary>
    public void RecordCustomer(string language, Uri siteUrl)
    {
        Language = language;
        SiteUrl = siteUrl.GetLeftPart(UriPartial.Authority);
    }

    /// <summary>paid → generating (or complete → generating for a follow-up): needs a usable Tesla token and the selected vehicles.</summary>
    public void StartGenerating(DateTimeOffset now)
    {
        EnsureCanMoveTo(OrderStatus.Generating, "start generating reports", now);
        if (Tokens is null)
        {
            throw new OrderConflict(Status, "start generating reports without a Tesla connection");
        }

        Status = OrderStatus.Generating;
    }

    /// <summary>generating → complete; the Tesla tokens are deleted with it.</summary>
    public void Complete(DateTimeOffset now)
    {
        EnsureCanMoveTo(OrderStatus.Complete, "complete the order", now);
        Tokens = null;
        Status = OrderStatus.Complete;
    }

    /// <summary>Tesla refused the refresh token: the tokens are worthless, the order waits for the customer to sign in again.</summary>
    public void NeedTeslaReconnect()
    {
        if (Status.IsUnpaid())
        {
            throw new OrderConflict(Status, "wait for a Tesla reconnect");
        }

        Tokens = null;
        TeslaReconnectNeeded = true;
    }

    public void ReportsDeleted(DateTimeOffset now) => ReportsDeletedAt ??= now;

    /// <summary>A paid order gets a fresh Tesla connection from a new sign-in; nothing is paid again.</summary>
    public void Reconnect(TeslaTokens tokens, FleetRegion region)
    {
        if (Status.IsUnpaid())
        {
            throw new OrderConflict(Status, "reconnect Tesla to an unpaid order");
        }

        Tokens = tokens;
        Region = region;
        TeslaReconnectNeeded = false;
    }

    /// <summary>A refresh rotates both tokens; the pair is replaced as one value so neither can be saved alone.</summary>
    public void ReplaceTokens(TeslaTokens tokens, DateTimeOffset now)
    {
        EnsureLive(now);
        if (Status == OrderStatus.Complete)
        {
            throw new OrderConflict(Status, "replace the Tesla tokens");
        }

        Tokens = tokens;
    }

    private static readonly TimeSpan CheckoutGrace = TimeSpan.FromMinutes(5);

    private static DateTimeOffset Max(DateTimeOffset a, DateTimeOffset b) => a > b ? a : b;

    private void EnsureNoPaymentProcessing()
    {
        if (PaymentProcessing)
        {
            throw new OrderConflict(Status, "change an order whose payment is processing");
        }
    }

    private void EnsureCanMoveTo(OrderStatus target, string action, DateTimeOffset now)
    {
        EnsureLive(now);
        if (!Transitions[Status].Contains(target))
        {
            throw new OrderConflict(Status, action);
        }
    }

    private void EnsureLive(DateTimeOffset now)
    {
        if (IsExpired(now))
        {
            throw new OrderGone();
        }
    }
}
