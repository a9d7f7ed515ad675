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

    private OrderSession(string id, DateTimeOffset createdAt, TimeSpan lifetime, FleetRegion region, TeslaTokens tokens)
    {
        Id = id;
        Reference = OrderReference.New();
        CreatedAt = createdAt;
        ExpiresAt = createdAt + lifetime;
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

    /// <summary>When the customer deleted the order's data (GDPR art. 17); only what accounting law requires is left.</summary>
    public DateTimeOffset? DeletedByOwnerAt { get; private set; }

    /// <summary>The language the customer used at payment (the PDFs are written in it); null before payment.</summary>
    public string? Language { get; private set; }

    /// <summary>The app's public address as the customer saw it at payment: the PDFs' verification links point there.</summary>
    public string? SiteUrl { get; private set; }

    /// <summary>
    /// The one checkout (our payment id, <c>pay_…</c>) open for the current selection and quote, frozen while it is
    /// open: the selection and the quote change only after it was closed, and only it can pay the order.
    /// </summary>
    public string? OpenCheckoutId { get; private set; }

    /// <summary>Goes up with every change: the concurrency token that makes a read-then-write of the session fail when another request changed it in between.</summary>
    public long Version { get; private set; }

    /// <summary>The selection and its quote, as a checkout freezes them; null until the order is quoted.</summary>
    public CheckoutTerms? Terms =>
        Status == OrderStatus.VehiclesSelected && Quote is { } quote ? new CheckoutTerms([.. _selectedVehicleIds], quote) : null;

    public IEnumerable<SessionVehicle> SelectedVehicles =>
        _vehicles.Where(vehicle => _selectedVehicleIds.Contains(vehicle.Id));

    /// <summary>start → connected: a valid OAuth result with at least one vehicle; unpaid, it lives <paramref name="lifetime"/>.</summary>
    public static OrderSession Start(TeslaTokens tokens, FleetRegion region, IReadOnlyCollection<SessionVehicle> vehicles, DateTimeOffset now, TimeSpan lifetime)
    {
        if (vehicles.Count == 0)
        {
            throw new InputInvalid("vehicles", "No vehicles found on your Tesla account.");
        }

        if (vehicles.Select(vehicle => vehicle.Id).Distinct().Count() != vehicles.Count)
        {
            throw new InputInvalid("vehicles", "The vehicle list holds the same vehicle twice.");
        }

        var session = new OrderSession(SessionId.New(), now, lifetime, region, tokens);
        session._vehicles.AddRange(vehicles);
        return session;
    }

    public bool IsExpired(DateTimeOffset now) => Status.IsUnpaid() && now >= ExpiresAt;

    /// <summary>
    /// connected / vehicles_selected → vehicles_selected. Re-selection replaces the earlier choice and its quote; the
    /// same choice again changes nothing (and keeps its quote and checkout).
    /// </summary>
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

        var selection = vehicleIds.Distinct().ToList();
        if (Status == OrderStatus.VehiclesSelected && Package == package && SameVehicles(selection, _selectedVehicleIds))
        {
            return;
        }

        EnsureNoOpenCheckout("change the selection");
        _selectedVehicleIds = selection;
        Package = package;
        Quote = null;
        Status = OrderStatus.VehiclesSelected;
        Changed();
    }

    /// <summary>Going back from the package step: the selection goes, the connection stays.</summary>
    public void ClearSelection(DateTimeOffset now)
    {
        EnsureCanMoveTo(OrderStatus.Connected, "clear the selection", now);
        EnsureNoPaymentProcessing();
        EnsureNoOpenCheckout("clear the selection");
        _selectedVehicleIds = [];
        Package = null;
        Quote = null;
        Status = OrderStatus.Connected;
        Changed();
    }

    /// <summary>Stores the quote the customer sees; it must price exactly the current selection. The same quote again changes nothing.</summary>
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

        var stored = OrderQuote.From(quote);
        if (stored == Quote)
        {
            return;
        }

        EnsureNoOpenCheckout("change the quote");
        Quote = stored;
        Changed();
    }

    /// <summary>
    /// vehicles_selected → paid, by the checkout <paramref name="checkoutId"/> (null for a zero total, which needs
    /// none) opened for <paramref name="terms"/>: that checkout must still be the order's open one, its terms still
    /// the order's, and the verified amount and currency those of its frozen quote.
    /// </summary>
    /// <exception cref="CheckoutSuperseded">The checkout was closed, or the order changed after it opened.</exception>
    /// <exception cref="PaymentMismatch">The amount or currency is not the frozen quote's.</exception>
    public void MarkPaid(CheckoutTerms terms, string? checkoutId, long amountCents, string currency, DateTimeOffset now)
    {
        EnsureCanMoveTo(OrderStatus.Paid, "mark the order paid", now);
        if (OpenCheckoutId != checkoutId || Terms is not { } current || !current.SameAs(terms))
        {
            throw new CheckoutSuperseded(Status);
        }

        if (amountCents != terms.Quote.TotalCents || !string.Equals(currency, terms.Quote.Currency, StringComparison.OrdinalIgnoreCase))
        {
            throw new PaymentMismatch(terms.Quote.TotalCents, terms.Quote.Currency, amountCents, currency);
        }

        Status = OrderStatus.Paid;
        PaymentProcessing = false;
        OpenCheckoutId = null;
        Changed();
    }

    /// <summary>
    /// A checkout opens for the current terms; the customer is on the provider's page until
    /// <paramref name="checkoutExpiresAt"/>, so the session lives at least that long and a payment made in the last
    /// minute still finds its order. Only one is open at a time: the caller closes the previous one first.
    /// </summary>
    public void OpenCheckout(string checkoutId, DateTimeOffset checkoutExpiresAt, DateTimeOffset now)
    {
        EnsureLive(now);
        if (Terms is null)
        {
            throw new OrderConflict(Status, "start a payment");
        }

        EnsureNoPaymentProcessing();
        EnsureNoOpenCheckout("open a second checkout");
        OpenCheckoutId = checkoutId;
        ExpiresAt = Max(ExpiresAt, checkoutExpiresAt + CheckoutGrace);
        Changed();
    }

    /// <summary>The checkout ended unpaid (closed, expired, declined) or was closed for a change: the order may change again.</summary>
    public void CheckoutClosed(string checkoutId)
    {
        if (OpenCheckoutId == checkoutId && !PaymentProcessing)
        {
            OpenCheckoutId = null;
            Changed();
        }
    }

    /// <summary>A delayed method was submitted on the open checkout: keep the order and its frozen terms until the provider settles it.</summary>
    public void AwaitDelayedPayment(string checkoutId, DateTimeOffset settleBy, DateTimeOffset now)
    {
        if (Status != OrderStatus.VehiclesSelected || OpenCheckoutId != checkoutId)
        {
            throw new OrderConflict(Status, "wait for a payment");
        }

        PaymentProcessing = true;
        ExpiresAt = Max(ExpiresAt, settleBy);
        Changed();
    }

    /// <summary>The delayed payment failed: its checkout is over, and the customer may change the order and pay again.</summary>
    public void DelayedPaymentFailed(string checkoutId, DateTimeOffset now, TimeSpan lifetime)
    {
        if (OpenCheckoutId != checkoutId || !PaymentProcessing)
        {
            return;
        }

        PaymentProcessing = false;
        OpenCheckoutId = null;
        ExpiresAt = Max(ExpiresAt, now + lifetime);
        Changed();
    }

    /// <summary>Where the customer pays from: the reports are written in this language, their links point to this address.</summary>
    public void RecordCustomer(string language, Uri siteUrl)
    {
        var site = siteUrl.GetLeftPart(UriPartial.Authority);
        if (Language == language && SiteUrl == site)
        {
            return;
        }

        Language = language;
        SiteUrl = site;
        Changed();
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
        Changed();
    }

    /// <summary>generating → complete; the Tesla tokens are deleted with it.</summary>
    public void Complete(DateTimeOffset now)
    {
        EnsureCanMoveTo(OrderStatus.Complete, "complete the order", now);
        Tokens = null;
        Status = OrderStatus.Complete;
        Changed();
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
        Changed();
    }

    public void ReportsDeleted(DateTimeOffset now)
    {
        if (ReportsDeletedAt is null)
        {
            ReportsDeletedAt = now;
            Changed();
        }
    }

    /// <summary>
    /// The customer's own data goes: the Tesla tokens, the car names and the full VINs (the masked VIN stays, as on the
    /// receipt and the verification page). <paramref name="byOwner"/>: the customer asked; otherwise the retention
    /// period ended. Refused while reports are being built, which would bring the data back.
    /// </summary>
    public void EraseCustomerData(DateTimeOffset now, bool byOwner)
    {
        if (Status.IsUnpaid() || (byOwner && Status != OrderStatus.Complete && !TeslaReconnectNeeded))
        {
            throw new OrderConflict(Status, "delete the order's data");
        }

        for (var index = 0; index < _vehicles.Count; index++)
        {
            _vehicles[index] = _vehicles[index].Erased();
        }

        Tokens = null;
        ReportsDeletedAt ??= now;
        if (byOwner)
        {
            DeletedByOwnerAt ??= now;
        }

        Changed();
    }

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
        Changed();
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
        Changed();
    }

    private static readonly TimeSpan CheckoutGrace = TimeSpan.FromMinutes(5);

    private static DateTimeOffset Max(DateTimeOffset a, DateTimeOffset b) => a > b ? a : b;

    private static bool SameVehicles(IEnumerable<long> a, IEnumerable<long> b) => a.Order().SequenceEqual(b.Order());

    private void Changed() => Version++;

    private void EnsureNoOpenCheckout(string action)
    {
        if (OpenCheckoutId is not null)
        {
            throw new CheckoutOpen(Status, action);
        }
    }

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
