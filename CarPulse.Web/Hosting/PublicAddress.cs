using CarPulse.Domain.Reports;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.HostFiltering;
using Microsoft.Extensions.Options;

namespace CarPulse.Web.Hosting;

/// <summary>
/// Where every absolute link we hand out starts: the payment provider's return and cancel pages, the phone handoff
/// link, the PDFs' verification link, Tesla's redirect back. It is <c>Reports:PublicBaseUrl</c> — never the Host
/// header of a request, which anyone can forge. Only in Development may it be unset; then the address the request
/// reached is used, so a phone or the car on the LAN opens what the screen shows.
/// </summary>
public sealed class PublicAddress(IOptions<ReportOptions> reports)
{
    public Uri BaseFor(HttpRequest request) => Configured ?? new Uri($"{request.Scheme}://{request.Host}{request.PathBase}/");

    public Uri BaseFor(NavigationManager navigation) => Configured ?? new Uri(navigation.BaseUri);

    // With a trailing slash, so that relative paths land under it (a shop served below a path keeps its path).
    private Uri? Configured => reports.Value.PublicBaseUrl is { Length: > 0 } url ? new Uri(url.TrimEnd('/') + "/") : null;
}

public static class PublicAddressExtensions
{
    /// <summary>
    /// The public address, required outside Development and checked at start; and the hosts the app answers for:
    /// <c>AllowedHosts</c> when set, otherwise the public address's host (any host in Development).
    /// </summary>
    public static IServiceCollection AddPublicAddress(this IServiceCollection services, IConfiguration configuration, IHostEnvironment environment)
    {
        services.AddOptions<ReportOptions>().Validate(
            options => environment.IsDevelopment() || !string.IsNullOrWhiteSpace(options.PublicBaseUrl),
            "Reports:PublicBaseUrl is required outside Development: the address customers reach the shop at (e.g. https://carpulse.fi). "
            + "Payment return pages, phone handoff links and the PDFs' verification links are built from it, never from a request's Host header.");
        services.AddSingleton<PublicAddress>();
        services.AddOptions<HostFilteringOptions>().Configure<IOptions<ReportOptions>>((filtering, reports) =>
        {
            var configured = configuration["AllowedHosts"]?.Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries) ?? [];
            filtering.AllowedHosts = configured.Length > 0 ? configured
                : !environment.IsDevelopment() && Uri.TryCreate(reports.Value.PublicBaseUrl, UriKind.Absolute, out var site) ? [site.IdnHost]
                : ["*"];
        });
        return services;
    }
}
