using QRCoder;

namespace CarPulse.Web.Features.Checkout.Handoff;

/// <summary>A QR code as inline SVG that scales to its box (a viewBox, no fixed size).</summary>
public static class QrCodeSvg
{
    public static string For(Uri url)
    {
        using var generator = new QRCodeGenerator();
        using var data = generator.CreateQrCode(url.AbsoluteUri, QRCodeGenerator.ECCLevel.M);
        using var svg = new SvgQRCode(data);
        return svg.GetGraphic(8, "#000000", "#ffffff", drawQuietZones: true, sizingMode: SvgQRCode.SizingMode.ViewBoxAttribute);
    }
}
