using System.Globalization;
using System.Text;

namespace CarPulse.Web.Simulators.Tesla.Fleet;

/// <summary>
/// A small, valid PDF 1.4 invoice written by hand: one A4 page in the standard Helvetica fonts (nothing embedded),
/// WinAnsi text, and a cross-reference table with exact byte offsets.
/// </summary>
internal static class InvoicePdf
{
    public static byte[] Render(SimulatedChargingSession session, ChargingInvoice invoice)
    {
        var lines = Lines(session, invoice);
        var content = new StringBuilder("BT /F2 18 Tf 56 780 Td (Supercharger invoice) Tj ET\n")
            .Append("BT /F1 9 Tf 56 762 Td (Tesla simulator - not a real invoice) Tj ET\n")
            .Append("BT /F1 11 Tf 56 730 Td 17 TL\n");
        foreach (var line in lines)
        {
            content.Append('(').Append(Escape(line)).Append(") Tj T*\n");
        }

        content.Append("ET");
        var stream = Bytes(content.ToString());
        string[] objects =
        [
            "<< /Type /Catalog /Pages 2 0 R >>",
            "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
            "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 4 0 R /F2 5 0 R >> >> /Contents 6 0 R >>",
            "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>",
            "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica-Bold /Encoding /WinAnsiEncoding >>",
            $"<< /Length {stream.Length} >>\nstream\n",
            $"<< /Title ({Escape(invoice.FileName)}) /Producer (CarPulse Tesla simulator) >>",
        ];
        using var pdf = new MemoryStream();
        Write(pdf, "%PDF-1.4\n%\u00e2\u00e3\u00cf\u00d3\n");
        var offsets = new long[objects.Length];
        for (var index = 0; index < objects.Length; index++)
        {
            offsets[index] = pdf.Position;
            Write(pdf, $"{index + 1} 0 obj\n{objects[index]}");
            if (index == 5)
            {
                pdf.Write(stream);
                Write(pdf, "\nendstream");
            }

            Write(pdf, "\nendobj\n");
        }

        var xref = pdf.Position;
        Write(pdf, $"xref\n0 {objects.Length + 1}\n0000000000 65535 f\r\n");
        foreach (var offset in offsets)
        {
            Write(pdf, $"{offset:D10} 00000 n\r\n");
        }

        Write(pdf, $"trailer\n<< /Size {objects.Length + 1} /Root 1 0 R /Info 7 0 R >>\nstartxref\n{xref}\n%%EOF\n");
        return pdf.ToArray();
    }

    private static List<string> Lines(SimulatedChargingSession session, ChargingInvoice invoice)
    {
        var charging = session.Fees.Where(fee => fee.FeeType == "CHARGING").ToArray();
        var currency = charging.FirstOrDefault()?.CurrencyCode ?? session.Fees.FirstOrDefault()?.CurrencyCode ?? string.Empty;
        var kwh = charging.Sum(fee => fee.UsageBase + fee.UsageTier1 + fee.UsageTier2 + (fee.UsageTier3 ?? 0) + (fee.UsageTier4 ?? 0));
        var lines = new List<string>
        {
            $"Invoice: {invoice.FileName}",
            $"Session: {session.SessionId}",
            $"Site: {session.SiteLocationName} ({session.CountryCode})",
            $"Date: {session.ChargeStartDateTime.ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture)} to {session.ChargeStopDateTime.ToString("HH:mm 'UTC'zzz", CultureInfo.InvariantCulture)}",
            $"Vehicle: {session.Vin}",
            $"Energy: {kwh.ToString("0.0", CultureInfo.InvariantCulture)} kWh",
        };
        foreach (var fee in session.Fees.Where(fee => fee.TotalDue != 0))
        {
            var unit = fee.Uom.Equals("min", StringComparison.OrdinalIgnoreCase) ? "min" : "kWh";
            lines.Add($"{(fee.FeeType == "CHARGING" ? "Charging" : "Idle fee")}: {Amount(fee.UsageBase)} {unit} x {Amount(fee.RateBase)} = {Amount(fee.TotalDue)} {fee.CurrencyCode}");
        }

        lines.Add($"Total: {Amount(session.Fees.Sum(fee => fee.TotalDue))} {currency} (VAT included)");
        return lines;
    }

    private static string Amount(decimal value) => value.ToString("0.00", CultureInfo.InvariantCulture);

    private static string Escape(string text) => text.Replace(@"\", @"\\", StringComparison.Ordinal)
        .Replace("(", @"\(", StringComparison.Ordinal)
        .Replace(")", @"\)", StringComparison.Ordinal);

    // WinAnsi agrees with Latin-1 outside 0x80–0x9F; anything else becomes '?'.
    private static byte[] Bytes(string text) =>
        [.. text.Select(character => character is < '\u0080' or (>= '\u00a0' and <= '\u00ff') ? (byte)character : (byte)'?')];

    private static void Write(Stream stream, string text) => stream.Write(Bytes(text));
}
