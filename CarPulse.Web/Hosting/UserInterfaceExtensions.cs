using CarPulse.Domain.Payments;
using CarPulse.Web.Components;
using CarPulse.Web.Features.Checkout;
using Microsoft.Extensions.Options;
using MudBlazor.Services;

namespace CarPulse.Web.Hosting;

public static class UserInterfaceExtensions
{
    public static IServiceCollection AddUserInterface(this IServiceCollection services)
    {
        services.AddRazorComponents().AddInteractiveServerComponents()
            .AddHubOptions(options => options.MaximumReceiveMessageSize = RequestLimits.CircuitMessage);
        services.AddMudServices();
        services.AddSingleton(provider => ShopTime.From(provider.GetRequiredService<IOptions<CompanyOptions>>()));
        services.AddCheckout();
        return services;
    }

    public static WebApplication MapUserInterface(this WebApplication app)
    {
        // Pages under /order/{sessionId} carry a bearer secret in the URL: never cached, never sent as a referrer.
        app.Use((context, next) =>
        {
            if (context.Request.Path.StartsWithSegments("/order"))
            {
                BearerUrlHeaders.Apply(context.Response);
            }

            return next(context);
        });
        app.MapStaticAssets();
        // The page's frame-ancestors come from SecurityHeaders with the rest of its policy, not as a second header.
        app.MapRazorComponents<App>().AddInteractiveServerRenderMode(options => options.ContentSecurityFrameAncestorsPolicy = null);
        return app;
    }
}
