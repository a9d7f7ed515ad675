using CarPulse.Domain.Funnel;
using CarPulse.Domain.Orders;
using CarPulse.Domain.Payments;
using CarPulse.Domain.Pricing;
using CarPulse.Domain.Reports;
using CarPulse.Web.Endpoints;
using CarPulse.Web.Endpoints.Api.V1;
using CarPulse.Web.Features.Admin;
using CarPulse.Web.Features.Admin.Login;
using CarPulse.Web.Features.Language;
using CarPulse.Web.Features.Checkout.Handoff;
using CarPulse.Web.Hosting;
using CarPulse.Web.Simulators.Mail;
using CarPulse.Web.Simulators.Payments;

if (PasswordHashCommand.IsRequested(args))
{
    return PasswordHashCommand.Run();
}

var builder = WebApplication.CreateBuilder(args);

builder.AddCarPulseLogging();
builder.Services
    .AddStorage(builder.Configuration, builder.Environment)
    .AddRedis(builder.Configuration)
    .AddKeyRing(builder.Configuration, builder.Environment)
    .AddLiveUpdates(builder.Configuration)
    .AddTrustedProxies()
    .AddPublicAddress(builder.Configuration, builder.Environment)
    .AddPersistence(builder.Configuration)
    .AddErrorHandling()
    .AddRequestLimits()
    .AddApiRateLimits(builder.Configuration)
    .AddApiJson()
    .AddPricing()
    .AddOrders()
    .AddFunnel()
    .AddCarPulsePayments()
    .AddReports()
    .AddMail(builder.Configuration, builder.Environment)
    .AddHandoff()
    .AddTesla(builder.Configuration, builder.Environment)
    .AddLanguages()
    .AddUserInterface()
    .AddAdmin(builder.Configuration, builder.Environment);

var app = builder.Build();

await app.InitializeDatabaseAsync();

app.UseTrustedProxies();
app.UseSecurityHeaders();
app.UseCarPulseRequestLogging();
app.UseCarPulseErrorHandling();
app.UseRequestLocalization();
app.UseAdminAuthentication();
app.UseRateLimiter();
app.UseAntiforgery();

app.MapHealth();
app.MapInfo();
app.MapLanguages();
app.MapTesla();
app.MapPricingApi();
app.MapTeslaSessionApi();
app.MapPaymentApi();
app.MapReportApi();
app.MapVehicleDownloads();
app.MapPayments();
app.MapDemoCheckout();
app.MapDevMail(app.Environment);
app.MapHandoff();
app.MapAdmin();
app.MapUserInterface();

app.Run();
return 0;
