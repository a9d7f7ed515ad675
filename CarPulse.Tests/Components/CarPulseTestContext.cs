using Bunit;
using CarPulse.Domain.LiveUpdates;
using CarPulse.Domain.Orders;
using CarPulse.Domain.Payments;
using CarPulse.Domain.Persistence;
using CarPulse.Domain.Pricing;
using CarPulse.Domain.Reports;
using CarPulse.Tests.Support;
using CarPulse.Web.Components;
using CarPulse.Web.Features.Checkout;
using CarPulse.Web.Hosting;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Server.ProtectedBrowserStorage;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using MudBlazor;
using MudBlazor.Services;

namespace CarPulse.Tests.Components;

/// <summary>
/// The base for component tests: MudBlazor's services, JS interop that answers every call with a default
/// (MudBlazor calls JS for focus, popovers and resize observers; none of it matters to what a test asserts),
/// and <see cref="BunitContext.Services"/> for the test's own fakes or real services, registered before the first render.
/// </summary>
public abstract class CarPulseTestContext : BunitContext, IAsyncLifetime
{
    private TestDatabase? _database;

    protected CarPulseTestContext()
    {
        JSInterop.Mode = JSRuntimeMode.Loose;
        Services.AddMudServices();
        Services.AddLocalization();
        Services.AddSingleton(new ShopTime(TimeZoneInfo.FindSystemTimeZoneById("Europe/Helsinki")));
    }

    /// <summary>
    /// Renders the popover host. Call it before rendering a component that opens a menu, select or tooltip:
    /// MudBlazor draws popover content inside this provider, so find it there, not in the component.
    /// </summary>
    protected IRenderedComponent<MudPopoverProvider> RenderPopoverProvider() => Render<MudPopoverProvider>();

    /// <summary>
    /// The real order services over a real, migrated SQLite file on <paramref name="clock"/>. The database
    /// is the test's to seed and inspect, and is deleted after the rendered components are disposed.
    /// </summary>
    protected TestDatabase UseDatabase(TimeProvider clock)
    {
        var database = _database ??= new TestDatabase();
        Services.AddSingleton(clock);
        Services.AddScoped<CarPulseDb>(_ => database.Open());
        Services.AddScoped<OrderSessionStore>();
        Services.AddScoped<OrderService>();
        Services.AddScoped<IPaymentGateway, DemoGateway>();
        Services.AddScoped<ICheckoutCloser, CheckoutCloser>();
        Services.AddSingleton(TestFunnel.Recorder(database, clock));
        return database;
    }

    /// <summary>
    /// What the order page needs besides the database: the checkout store, prices, the browser's storage, the voucher
    /// budget on <paramref name="clock"/>, the live-update bus and the report progress board; rendered as interactive.
    /// </summary>
    protected void UseOrderPage(TimeProvider clock, RateLimitOptions limits)
    {
        Services.AddSingleton<IConfiguration>(new ConfigurationBuilder().Build());
        Services.AddPricing();
        Services.AddDataProtection().UseEphemeralDataProtectionProvider();
        Services.AddScoped<ProtectedLocalStorage>();
        Services.AddCheckout();
        Services.AddSingleton(Options.Create(limits));
        Services.AddSingleton<IRateLimitStore>(new InMemoryRateLimitStore(clock));
        Services.AddSingleton<VoucherCheckLimit>();
        Services.AddSingleton<IEventBus, InProcessEventBus>();
        Services.AddSingleton<ReportProgressBoard>();
        SetRendererInfo(new RendererInfo("Server", isInteractive: true));
    }

    Task IAsyncLifetime.InitializeAsync() => Task.CompletedTask;

    // xunit 2 would otherwise call Dispose(), and MudBlazor's popover service can only be disposed asynchronously.
    async Task IAsyncLifetime.DisposeAsync() => await DisposeAsync();

    protected override async ValueTask DisposeAsyncCore()
    {
        await base.DisposeAsyncCore();
        _database?.Dispose();
    }
}
