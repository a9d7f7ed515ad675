using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using CarPulse.Domain.Messages;
using MimeKit;

namespace CarPulse.Web.Simulators.Mail;

/// <summary>
/// The inbox of the embedded default, in Development only: the <c>.eml</c> files the app wrote instead of sending mail,
/// newest first, each opened as the customer's mail program would show it. Everywhere else these addresses are 404.
/// </summary>
public static partial class DevMailEndpoints
{
    private const string Title = "CarPulse mail";
    private const string Badge = "DEVELOPMENT · written to files, nothing was sent";
    private const string Style = """
        main{max-width:60rem}
        table{border-collapse:collapse;width:100%;background:#fff}
        th,td{text-align:left;padding:.5rem;border-bottom:1px solid #ddd;vertical-align:top}
        a{color:#1c3d5a;font-weight:600}
        """;

    public static IEndpointRouteBuilder MapDevMail(this IEndpointRouteBuilder app, IHostEnvironment environment)
    {
        if (!environment.IsDevelopment() || app.ServiceProvider.GetRequiredService<IMailTransport>() is not DirectoryMailTransport)
        {
            return app;
        }

        var mail = app.MapGroup("/dev/mail").ExcludeFromDescription();
        mail.MapGet("/", ListAsync);
        mail.MapGet("/{name}", OpenAsync);
        mail.MapGet("/{name}/attachments/{index:int}", AttachmentAsync);
        return app;
    }

    private static async Task<IResult> ListAsync(IMailTransport transport, CancellationToken cancellationToken)
    {
        var directory = ((DirectoryMailTransport)transport).Directory;
        var files = Directory.Exists(directory) ? Directory.GetFiles(directory, "*.eml").OrderDescending().Take(200).ToList() : [];
        var html = new StringBuilder();
        html.Append("<p>Messages are written under <code>").Append(E(directory)).Append("</code> while <code>Email:Delivery</code> is <code>Directory</code>.</p>");
        if (files.Count == 0)
        {
            return SimulatorPage.Render(Title, Badge, html.Append("<p data-testid=\"mail-empty\">No messages yet.</p>").ToString(), Style, StatusCodes.Status200OK);
        }

        html.Append("<table><thead><tr><th>When (UTC)</th><th>To</th><th>Subject</th><th>Attachments</th></tr></thead><tbody>");
        foreach (var file in files)
        {
            var message = await MimeMessage.LoadAsync(file, cancellationToken);
            var name = Path.GetFileName(file);
            html.Append("<tr data-testid=\"mail-row\"><td>").Append(E(message.Date.UtcDateTime.ToString("yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture)))
                .Append("</td><td>").Append(E(message.To.ToString()))
                .Append("</td><td><a href=\"/dev/mail/").Append(E(name)).Append("\">").Append(E(message.Subject ?? "(no subject)")).Append("</a>")
                .Append("</td><td>").Append(message.Attachments.Count()).Append("</td></tr>");
        }

        return SimulatorPage.Render(Title, Badge, html.Append("</tbody></table>").ToString(), Style, StatusCodes.Status200OK);
    }

    /// <summary>The message's HTML part as the page (it carries no script), its attachments listed above it.</summary>
    private static async Task<IResult> OpenAsync(string name, IMailTransport transport, CancellationToken cancellationToken)
    {
        if (await LoadAsync(transport, name, cancellationToken) is not { } message)
        {
            return TypedResults.NotFound();
        }

        var html = new StringBuilder();
        html.Append("<p><a href=\"/dev/mail\">All messages</a></p><p>From ").Append(E(message.From.ToString())).Append(" to ").Append(E(message.To.ToString()))
            .Append("<br>Subject: ").Append(E(message.Subject ?? string.Empty)).Append("</p>");
        var index = 0;
        foreach (var attachment in message.Attachments.OfType<MimePart>())
        {
            html.Append("<p>Attachment: <a href=\"/dev/mail/").Append(E(name)).Append("/attachments/").Append(index++).Append("\">")
                .Append(E(attachment.FileName ?? "attachment")).Append("</a></p>");
        }

        html.Append("<hr>").Append(message.HtmlBody ?? "<pre>" + E(message.TextBody ?? string.Empty) + "</pre>");
        return SimulatorPage.Render(Title, Badge, html.ToString(), Style, StatusCodes.Status200OK);
    }

    private static async Task<IResult> AttachmentAsync(string name, int index, IMailTransport transport, CancellationToken cancellationToken)
    {
        if (await LoadAsync(transport, name, cancellationToken) is not { } message
            || message.Attachments.OfType<MimePart>().ElementAtOrDefault(index) is not { Content: not null } part)
        {
            return TypedResults.NotFound();
        }

        var content = new MemoryStream();
        await part.Content.DecodeToAsync(content, cancellationToken);
        return TypedResults.File(content.ToArray(), part.ContentType.MimeType, part.FileName);
    }

    /// <summary>Only names the app writes, inside its mail folder: no path reaches anything else.</summary>
    private static async Task<MimeMessage?> LoadAsync(IMailTransport transport, string name, CancellationToken cancellationToken)
    {
        var path = Path.Combine(((DirectoryMailTransport)transport).Directory, name);
        return MessageFileName().IsMatch(name) && File.Exists(path) ? await MimeMessage.LoadAsync(path, cancellationToken) : null;
    }

    private static string E(string value) => SimulatorPage.Encode(value);

    [GeneratedRegex("^[0-9]{8}T[0-9]{9}-[0-9a-f]{32}\\.eml$")]
    private static partial Regex MessageFileName();
}
