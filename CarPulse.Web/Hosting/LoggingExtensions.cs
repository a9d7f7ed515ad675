using Serilog;
using Serilog.Events;

namespace CarPulse.Web.Hosting;

public static class LoggingExtensions
{
    /// <summary>Serilog to the console and a daily rolling file under the data directory, with secrets redacted.</summary>
    public static WebApplicationBuilder AddCarPulseLogging(this WebApplicationBuilder builder)
    {
        var logsDirectory = StorageServiceCollectionExtensions.ReadStorage(builder.Configuration, builder.Environment).LogsDirectory;
        builder.Services.AddSerilog((services, logger) => LogRedaction.Apply(logger)
            .ReadFrom.Configuration(builder.Configuration)
            .ReadFrom.Services(services)
            .Enrich.FromLogContext()
            .WriteTo.Console(formatProvider: System.Globalization.CultureInfo.InvariantCulture)
            .WriteTo.File(
                Path.Combine(logsDirectory, "carpulse-.log"),
                rollingInterval: RollingInterval.Day,
                retainedFileCountLimit: 14,
                formatProvider: System.Globalization.CultureInfo.InvariantCulture),
            // Each host owns its logger; the static Log.Logger would be shared by every host in a process.
            preserveStaticLogger: true);
        return builder;
    }

    /// <summary>One line per request; the path only (never the query string, which carries OAuth codes).</summary>
    public static WebApplication UseCarPulseRequestLogging(this WebApplication app)
    {
        app.UseSerilogRequestLogging(options =>
        {
            // The host's own logger: the static Log.Logger is left silent (see AddCarPulseLogging).
            options.Logger = app.Services.GetRequiredService<Serilog.ILogger>();
            options.GetLevel = (context, _, exception) =>
                exception is not null || context.Response.StatusCode >= 500 ? LogEventLevel.Error
                : context.Request.Path.StartsWithSegments("/health") ? LogEventLevel.Verbose
                : LogEventLevel.Information;
        });
        return app;
    }
}
