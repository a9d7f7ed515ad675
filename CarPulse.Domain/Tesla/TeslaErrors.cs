namespace CarPulse.Domain.Tesla;

/// <summary>Tesla answered, or failed to answer, in a way the caller must handle by kind.</summary>
public abstract class TeslaException(string message) : Exception(message);

/// <summary>408: the car is asleep or offline; wake it or report it as unavailable.</summary>
public sealed class VehicleAsleep(string vehicle) : TeslaException($"The vehicle {vehicle} is asleep or offline.");

/// <summary>401 that a refresh could not cure: the user has to connect the Tesla account again.</summary>
public sealed class TeslaReconnectRequired() : TeslaException("Your Tesla connection expired. Please reconnect.");

/// <summary>403: the user (or our partner token) did not grant a scope this call needs.</summary>
public sealed class TeslaMissingScope(string endpoint) : TeslaException($"Tesla refused {endpoint}: a permission was not granted.");

/// <summary>421: the account lives in another region; the body names the right host.</summary>
public sealed class TeslaWrongRegion(string? correctBaseUrl) : TeslaException("The Tesla account belongs to another region.")
{
    public string? CorrectBaseUrl { get; } = correctBaseUrl;
}

/// <summary>412: this app is not registered with Tesla in the account's region.</summary>
public sealed class TeslaRegionNotRegistered() : TeslaException("CarPulse is not registered with Tesla in this region.");

/// <summary>429 beyond what we are willing to wait for.</summary>
public sealed class TeslaRateLimited(TimeSpan? retryAfter) : TeslaException("Tesla is rate limiting requests. Please try again shortly.")
{
    public TimeSpan? RetryAfter { get; } = retryAfter;

    /// <summary>How long Tesla asks us to wait (<c>Retry-After</c> in seconds or as a date); null when it does not say.</summary>
    public static TimeSpan? RetryAfterOf(HttpResponseMessage response, DateTimeOffset now) => response.Headers.RetryAfter switch
    {
        { Delta: { } delta } => delta,
        { Date: { } date } => date > now ? date - now : TimeSpan.Zero,
        _ => null,
    };
}

/// <summary>404: Tesla does not know this vehicle (sold, or removed from the account).</summary>
public sealed class TeslaVehicleNotFound(string vehicle) : TeslaException($"Tesla does not know the vehicle {vehicle}.");

/// <summary>Tesla or the network failed (5xx, timeout, unreadable answer) after our retries.</summary>
public sealed class TeslaUnavailable(string message, Exception? inner = null) : TeslaException(message)
{
    public Exception? Cause { get; } = inner;
}

/// <summary>The authorization code or refresh token was refused by Tesla's token endpoint.</summary>
public sealed class TeslaAuthorizationFailed(string reason) : TeslaException($"Tesla refused the sign-in: {reason}.");
