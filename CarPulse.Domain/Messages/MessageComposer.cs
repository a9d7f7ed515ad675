using System.Globalization;
using CarPulse.Domain.Archive;
using CarPulse.Domain.Documents;
using CarPulse.Domain.Orders;
using CarPulse.Domain.Payments;
using CarPulse.Domain.Persistence;
using CarPulse.Domain.Pricing;
using CarPulse.Domain.Reports;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using MimeKit;

namespace CarPulse.Domain.Messages;

/// <summary>
/// Writes an outbox message from the order as it is when it is sent, in the customer's language: HTML and plain text,
/// the receipt or the vehicles' PDFs attached. Only masked VINs, never a car's name. Null when there is nothing to send
/// any more: the order's data was deleted, or the reconnect it asks for already happened.
/// </summary>
public sealed class MessageComposer(
    CarPulseDb db, CustomerMail mail, ReceiptService receipts, IOrderArchive archive, IOptionsMonitor<CompanyOptions> company, IOptions<EmailOptions> options)
{
    private sealed record Content(string Subject, MessageBody Body, IReadOnlyList<(string FileName, byte[] Bytes)> Attachments);

    public async Task<MimeMessage?> ComposeAsync(OutboxMessage message, CancellationToken cancellationToken)
    {
        if (message.Recipient is not { } recipient)
        {
            return null;
        }

        var culture = CultureOf(message.Language);
        var content = message.Kind == MessageKind.OrderLinks
            ? await OrderLinksAsync(message, recipient, culture, cancellationToken)
            : await db.OrderSessions.AsNoTracking().SingleOrDefaultAsync(s => s.Id == message.OrderSessionId, cancellationToken) is { DeletedByOwnerAt: null } session
                ? message.Kind switch
                {
                    MessageKind.OrderConfirmation => await ConfirmationAsync(message, session, culture, cancellationToken),
                    MessageKind.ReportsReady => await ReportsReadyAsync(message, session, culture, cancellationToken),
                    _ => session.TeslaReconnectNeeded ? ActionNeeded(message, session, culture) : null,
                }
                : null;
        return content is null ? null : Build(message, recipient, culture, content);
    }

    private async Task<Content> ConfirmationAsync(OutboxMessage message, OrderSession session, CultureInfo culture, CancellationToken cancellationToken)
    {
        var receipt = await receipts.GetAsync(session.Id, cancellationToken);
        var subject = T("Your CarPulse order {0}", culture, session.Reference);
        var body = new MessageBody(culture.TwoLetterISOLanguageName, subject)
            .Paragraph(T("Thank you for your order {0}.", culture, session.Reference))
            .Paragraph(T("{0} report, {1}: {2}", culture, PackageCatalog.Get(receipt.Line.Package).Title, VehicleCountText.Vehicles(receipt.Line.VehicleCount, culture), MoneyText.Format(receipt.TotalCents, receipt.Currency, culture)))
            .Paragraph(T("Your receipt {0} is attached.", culture, receipt.Number))
            .Paragraph(T("We are building your reports now and write again when they are ready.", culture))
            .Link(T("Open your order", culture), OrderUrl(message, session))
            .Important(T("This link is the key to your reports: keep it private and do not forward this message.", culture));
        return new Content(subject, body, [($"CarPulse-receipt-{receipt.Number}.pdf", ReceiptDocument.Compose(receipt, culture).ToBytes())]);
    }

    private async Task<Content> ReportsReadyAsync(OutboxMessage message, OrderSession session, CultureInfo culture, CancellationToken cancellationToken)
    {
        var reports = await db.VehicleReports.AsNoTracking().Where(r => r.OrderSessionId == session.Id).ToDictionaryAsync(r => r.VehicleId, cancellationToken);
        var vehicles = session.SelectedVehicles.OrderBy(v => v.Id).ToList();
        var pdfs = new List<(string, byte[])>();
        foreach (var vehicle in vehicles)
        {
            if (await archive.ReadAsync(ArchivePath.VehicleReport(session.Reference, vehicle.Id), cancellationToken) is { } pdf)
            {
                pdfs.Add(($"carpulse-{session.Reference}-{vehicle.MaskedVin.Replace('*', 'x')}.pdf", pdf));
            }
        }

        var attach = pdfs.Sum(pdf => (long)pdf.Item2.Length) <= options.Value.MaxAttachmentBytes;
        var subject = T("Your CarPulse reports are ready ({0})", culture, session.Reference);
        var body = new MessageBody(culture.TwoLetterISOLanguageName, subject)
            .Paragraph(T("The reports of your order {0} are ready.", culture, session.Reference))
            .Items(vehicles.Select(v => $"{v.Model} · VIN {v.MaskedVin}"))
            .Paragraph(attach
                ? T("The PDF report of each vehicle is attached.", culture)
                : T("The PDF reports are too large to attach: download them from your reports page.", culture));
        if (reports.Values.Any(r => r.Status != VehicleReportStatus.Complete))
        {
            body.Paragraph(T("Tesla did not give us every part of a report: your reports page says what is missing and what you can do. Our support helps at {0}.", culture, company.CurrentValue.Email));
        }

        body.Link(T("Open your reports", culture), OrderUrl(message, session))
            .Important(T("This link is the key to your reports: keep it private and do not forward this message.", culture));
        return new Content(subject, body, attach ? pdfs : []);
    }

    private Content ActionNeeded(OutboxMessage message, OrderSession session, CultureInfo culture)
    {
        var subject = T("Action needed: reconnect Tesla for order {0}", culture, session.Reference);
        var body = new MessageBody(culture.TwoLetterISOLanguageName, subject)
            .Paragraph(T("Tesla asks you to sign in again before we can finish the reports of your order {0}. Your payment stands: you do not pay again.", culture, session.Reference))
            .Link(T("Open your order and choose Reconnect Tesla", culture), OrderUrl(message, session))
            .Important(T("This link is the key to your reports: keep it private and do not forward this message.", culture));
        return new Content(subject, body, []);
    }

    private async Task<Content?> OrderLinksAsync(OutboxMessage message, string recipient, CultureInfo culture, CancellationToken cancellationToken)
    {
        var orders = await mail.OrdersOf(recipient).OrderByDescending(s => s.CreatedAt).Take(50).ToListAsync(cancellationToken);
        if (orders.Count == 0)
        {
            return null;
        }

        var zone = company.CurrentValue.Zone;
        var subject = T("Your CarPulse orders", culture);
        var body = new MessageBody(culture.TwoLetterISOLanguageName, subject)
            .Paragraph(T("You asked for the links to your CarPulse orders. Here they are:", culture))
            .LinkedItems(orders.Select(order => (
                T("Order {0} of {1}: {2} report, {3}", culture, order.Reference, TimeZoneInfo.ConvertTime(order.CreatedAt, zone).ToString("d", culture),
                    PackageCatalog.Get(order.Package ?? PackageName.Basic).Title, VehicleCountText.Vehicles(order.SelectedVehicleIds.Count, culture)),
                OrderUrl(message, order))))
            .Important(T("These links are the keys to your reports: keep them private and do not forward this message.", culture))
            .Paragraph(T("If you did not ask for this, you can ignore this message: the links were sent only to this address.", culture));
        return new Content(subject, body, []);
    }

    private MimeMessage Build(OutboxMessage message, string recipient, CultureInfo culture, Content content)
    {
        var seller = company.CurrentValue;
        var footer = T("{0} · {1} · Business ID {2} · Questions: {3}", culture, seller.Name, seller.Address, seller.BusinessId, seller.Email);
        var (text, html) = content.Body.Render(footer);
        var builder = new BodyBuilder { TextBody = text, HtmlBody = html };
        foreach (var (fileName, bytes) in content.Attachments)
        {
            builder.Attachments.Add(fileName, bytes, new ContentType("application", "pdf"));
        }

        var mime = new MimeMessage
        {
            Subject = content.Subject,
            Body = builder.ToMessageBody(),
            // One id per outbox message: a message sent again after a crash mid-send is recognisably the same one.
            MessageId = $"{message.Id:N}@carpulse",
        };
        mime.From.Add(options.Value.From is { Length: > 0 } from ? MailboxAddress.Parse(from) : new MailboxAddress(seller.Name, seller.Email));
        mime.To.Add(MailboxAddress.Parse(recipient));
        mime.Headers.Add("Auto-Submitted", "auto-generated");
        mime.Headers.Add(HeaderId.ContentLanguage, culture.TwoLetterISOLanguageName);
        return mime;
    }

    private static string OrderUrl(OutboxMessage message, OrderSession session) => $"{message.SiteUrl}/order/{session.Id}";

    private static string T(string english, CultureInfo culture, params object[] arguments) =>
        arguments.Length == 0 ? MessageText.Get(english, culture) : MessageText.Format(english, culture, arguments);

    private static CultureInfo CultureOf(string language) =>
        language is "fi" or "sv" ? CultureInfo.GetCultureInfo(language) : CultureInfo.GetCultureInfo("en");
}
