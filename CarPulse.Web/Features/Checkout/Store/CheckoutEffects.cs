using System.Globalization;
using CarPulse.Domain;
using CarPulse.Domain.Messages;
using CarPulse.Domain.Orders;
using CarPulse.Domain.Payments;
using CarPulse.Domain.Pricing;
using CarPulse.Web.Features.Device;
using CarPulse.Web.Hosting;
using CarPulse.Web.Store;
using Microsoft.AspNetCore.Components;

namespace CarPulse.Web.Features.Checkout.Store;

/// <summary>
/// Talks to the domain for the checkout. Each operation runs in its own DI scope (its own DbContext):
/// a circuit lives for minutes, a DbContext should not. Domain refusals become result actions.
/// Operations run one at a time in the order they were dispatched, so the last choice the user made
/// is both the quote stored on the session and the quote on screen.
/// </summary>
public sealed class CheckoutEffects(IServiceScopeFactory scopes, OrderChangeFeed changes, ChangeOrigin origin, NavigationManager navigation, CircuitClientAddress client)
    : IEffect<CheckoutState>
{
    private readonly SemaphoreSlim _oneAtATime = new(1, 1);

    public Task HandleAsync(object action, CheckoutState state, IDispatcher dispatcher, CancellationToken cancellationToken) => action switch
    {
        LoadCheckout load => Guard(load.SessionId, dispatcher, resync: false, () => LoadAsync(load.SessionId, dispatcher, cancellationToken)),
        ConfirmVehicles when state.Ticked.Count > 0 => Change(state, dispatcher, () => SelectAndQuoteAsync(state, dispatcher, cancellationToken)),
        ChoosePackage when state.Status == OrderStatus.VehiclesSelected => Change(state, dispatcher, () => SelectAndQuoteAsync(state, dispatcher, cancellationToken)),
        ApplyVoucher or RemoveVoucher when state.Status == OrderStatus.VehiclesSelected => Change(state, dispatcher, () => QuoteAsync(state, dispatcher, cancellationToken)),
        BackToVehicles => Change(state, dispatcher, () => ClearSelectionAsync(state, cancellationToken)),
        RequestPayment pay when state.PaymentStarting => Change(state, dispatcher, () => StartPaymentAsync(state, pay.InCar, dispatcher, cancellationToken)),
        _ => Task.CompletedTask,
    };

    private async Task LoadAsync(string sessionId, IDispatcher dispatcher, CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var session = await scope.ServiceProvider.GetRequiredService<OrderService>().GetAsync(sessionId, cancellationToken);
        var vehicles = session.Vehicles.Select(v => new VehicleCard(v.Id, v.DisplayName, v.Model, v.Year, v.MaskedVin, v.State.ToString().ToLowerInvariant())).ToList();
        var loaded = new CheckoutLoaded(session.Status, vehicles, session.SelectedVehicleIds, session.Package, session.Quote?.VoucherCode, session.PaymentProcessing, session.Quote, session.DeletedByOwnerAt);
        dispatcher.Dispatch(loaded);

        if (session is { Status: OrderStatus.VehiclesSelected, PaymentProcessing: false })
        {
            await QuoteAsync(session.Id, session.SelectedVehicleIds.Count, loaded.VoucherCode, loaded.VoucherCode, dispatcher, cancellationToken);
        }
        else if (session.Status == OrderStatus.Connected && vehicles.Count == 1)
        {
            await SelectAndQuoteAsync(sessionId, [vehicles[0].Id], session.Package ?? CheckoutState.Initial.Package, null, null, dispatcher, cancellationToken);
        }
    }

    private Task SelectAndQuoteAsync(CheckoutState state, IDispatcher dispatcher, CancellationToken cancellationToken) =>
        SelectAndQuoteAsync(SessionOf(state), [.. state.Ticked], state.Package, state.VoucherInput, state.Quote?.Voucher?.Code, dispatcher, cancellationToken);

    private async Task SelectAndQuoteAsync(
        string sessionId, IReadOnlyCollection<long> vehicleIds, PackageName package, string? voucher, string? applied, IDispatcher dispatcher, CancellationToken cancellationToken)
    {
        await using (var scope = scopes.CreateAsyncScope())
        {
            await scope.ServiceProvider.GetRequiredService<OrderService>().SelectAsync(sessionId, vehicleIds, package, cancellationToken);
        }

        await QuoteAsync(sessionId, vehicleIds.Count, voucher, applied, dispatcher, cancellationToken);
    }

    private Task QuoteAsync(CheckoutState state, IDispatcher dispatcher, CancellationToken cancellationToken) =>
        QuoteAsync(SessionOf(state), state.Ticked.Count, state.VoucherInput, state.Quote?.Voucher?.Code, dispatcher, cancellationToken);

    /// <summary>
    /// Prices every package for the offer cards, then stores and shows the quote; a refused voucher leaves the last quote.
    /// A code other than the one already <paramref name="applied"/> is a guess and spends the voucher budget the API
    /// shares; past it the quote keeps the applied code (vehicles and package still change) and the page says to wait.
    /// </summary>
    private async Task QuoteAsync(string sessionId, int vehicleCount, string? voucher, string? applied, IDispatcher dispatcher, CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var pricing = scope.ServiceProvider.GetRequiredService<PricingService>();
        var prices = await pricing.PricesForAsync(Math.Max(1, vehicleCount), cancellationToken);
        dispatcher.Dispatch(new OffersPriced(prices.Select(p => new PackageOffer(p.Package.Name, p.Package.Title, p.Package.Features, p.PriceCents, p.TierLabel)).ToList()));
        var guess = !string.IsNullOrWhiteSpace(voucher) && !string.Equals(voucher.Trim(), applied, StringComparison.OrdinalIgnoreCase);
        var refusal = guess ? await VoucherBudgetRefusalAsync(scope.ServiceProvider.GetRequiredService<VoucherCheckLimit>(), sessionId, cancellationToken) : null;
        try
        {
            dispatcher.Dispatch(new QuoteReceived(await pricing.QuoteAsync(sessionId, refusal is null ? voucher : applied, cancellationToken)));
        }
        catch (VoucherNotUsable refused)
        {
            // The session keeps its last quote, and so does the screen.
            dispatcher.Dispatch(new VoucherRefused(refused.Message));
        }

        if (refusal is not null)
        {
            dispatcher.Dispatch(new VoucherRefused(refusal));
        }
    }

    /// <summary>Why a new code may not be tried now, if it may not: the budget is spent, or its store does not answer.</summary>
    private async Task<string?> VoucherBudgetRefusalAsync(VoucherCheckLimit limit, string sessionId, CancellationToken cancellationToken)
    {
        try
        {
            return (await limit.TryTakeAsync(client.Address, sessionId, cancellationToken)).Allowed ? null : VoucherCheckLimit.WaitNotice;
        }
        catch (EngineUnavailable)
        {
            return VoucherCheckLimit.UnavailableNotice;
        }
    }

    /// <summary>
    /// Starts the one payment for the stored quote. A free order (voucher to zero) is paid at once and
    /// the page shows the paid order; otherwise the page leaves for the provider's checkout.
    /// </summary>
    private async Task StartPaymentAsync(CheckoutState state, bool inCar, IDispatcher dispatcher, CancellationToken cancellationToken)
    {
        PaymentStart started;
        try
        {
            await using var scope = scopes.CreateAsyncScope();
            var context = new PaymentContext(
                scope.ServiceProvider.GetRequiredService<PublicAddress>().BaseFor(navigation), CultureInfo.CurrentUICulture.TwoLetterISOLanguageName, inCar)
            {
                CustomerEmail = state.Quote is { TotalCents: 0 } ? EmailAddress.Normalise(state.EmailInput) : null,
            };
            started = await scope.ServiceProvider.GetRequiredService<CheckoutStarter>().StartAsync(SessionOf(state), method: null, context, cancellationToken);
        }
        catch (PaymentProviderUnavailable)
        {
            dispatcher.Dispatch(new PaymentNotStarted(PaymentNotices.Unavailable));
            return;
        }

        dispatcher.Dispatch(started switch
        {
            RedirectToCheckout redirect => new PaymentRedirect(redirect.CheckoutUrl),
            _ => new LoadCheckout(SessionOf(state)),
        });
    }

    private async Task ClearSelectionAsync(CheckoutState state, CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<OrderService>().ClearSelectionAsync(SessionOf(state), cancellationToken);
    }

    /// <summary>A change the user made here: other screens on the same order (the car, the phone) reload after it.</summary>
    private async Task Change(CheckoutState state, IDispatcher dispatcher, Func<Task> work)
    {
        var sessionId = SessionOf(state);
        await Guard(sessionId, dispatcher, resync: true, work);
        changes.Publish(sessionId, origin);
    }

    /// <summary>
    /// An expired or unknown session ends the checkout. A conflict (another tab moved on) or input the
    /// session refuses (a forged value over the circuit) re-reads the session as it really is.
    /// </summary>
    private async Task Guard(string sessionId, IDispatcher dispatcher, bool resync, Func<Task> work)
    {
        await _oneAtATime.WaitAsync();
        try
        {
            await work();
        }
        catch (OrderGone)
        {
            dispatcher.Dispatch(new CheckoutFailed(CheckoutProblem.Expired));
        }
        catch (OrderNotFound)
        {
            dispatcher.Dispatch(new CheckoutFailed(CheckoutProblem.NotFound));
        }
        catch (DomainException exception) when (resync && exception is OrderConflict or InputInvalid or CheckoutSuperseded or OrderChangedConcurrently)
        {
            dispatcher.Dispatch(new LoadCheckout(sessionId));
        }
        finally
        {
            _oneAtATime.Release();
        }
    }

    private static string SessionOf(CheckoutState state) => state.SessionId ?? throw new InvalidOperationException("No checkout is loaded.");
}
