using System.Net;

namespace CarPulse.Web.Features.Device;

/// <summary>
/// The network address of the browser behind this circuit, for per-address limits inside it (the voucher box). A
/// circuit has no <see cref="HttpContext"/>, so <c>App.razor</c> reads the address off the request that served the
/// page and <c>Routes.razor</c> hands it here once, as the circuit starts. It travels in the page's component
/// marker, which Data Protection seals, so the browser can neither read nor change it. Scoped: one per circuit.
/// </summary>
public sealed class CircuitClientAddress
{
    private bool _captured;

    public IPAddress? Address { get; private set; }

    /// <summary>The first call wins: nothing later in the circuit's life can move it to another address.</summary>
    public void Capture(string? address)
    {
        if (_captured)
        {
            return;
        }

        _captured = true;
        Address = IPAddress.TryParse(address, out var parsed) ? parsed : null;
    }
}
