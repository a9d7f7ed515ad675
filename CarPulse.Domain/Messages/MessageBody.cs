using System.Net;
using System.Text;

namespace CarPulse.Domain.Messages;

/// <summary>
/// A message's body, written once and rendered twice: plain text and simple HTML with the same words. No images, no
/// tracking pixels, no remote styles; every piece of text is HTML-encoded.
/// </summary>
internal sealed class MessageBody(string language, string title)
{
    private readonly StringBuilder _text = new();
    private readonly StringBuilder _html = new();

    public MessageBody Paragraph(string text)
    {
        _text.Append(text).Append("\n\n");
        _html.Append("<p>").Append(Encode(text)).Append("</p>\n");
        return this;
    }

    /// <summary>A paragraph that stands out: what the customer must not miss (the link is a secret).</summary>
    public MessageBody Important(string text)
    {
        _text.Append(text).Append("\n\n");
        _html.Append("<p style=\"background:#fff7e6;border-left:4px solid #b45309;padding:8px 12px\"><strong>").Append(Encode(text)).Append("</strong></p>\n");
        return this;
    }

    public MessageBody Link(string label, string url)
    {
        _text.Append(label).Append(":\n").Append(url).Append("\n\n");
        _html.Append("<p><a href=\"").Append(Encode(url)).Append("\" style=\"display:inline-block;background:#c8102e;color:#ffffff;padding:12px 20px;border-radius:4px;text-decoration:none;font-weight:bold\">")
            .Append(Encode(label)).Append("</a></p>\n<p style=\"font-size:13px;color:#555555;word-break:break-all\">").Append(Encode(url)).Append("</p>\n");
        return this;
    }

    public MessageBody Items(IEnumerable<string> items)
    {
        _html.Append("<ul>\n");
        foreach (var item in items)
        {
            _text.Append("- ").Append(item).Append('\n');
            _html.Append("<li>").Append(Encode(item)).Append("</li>\n");
        }

        _text.Append('\n');
        _html.Append("</ul>\n");
        return this;
    }

    /// <summary>Items that each carry their own link: "label — url" in text, a linked label in HTML.</summary>
    public MessageBody LinkedItems(IEnumerable<(string Label, string Url)> items)
    {
        _html.Append("<ul>\n");
        foreach (var (label, url) in items)
        {
            _text.Append("- ").Append(label).Append("\n  ").Append(url).Append('\n');
            _html.Append("<li><a href=\"").Append(Encode(url)).Append("\">").Append(Encode(label)).Append("</a></li>\n");
        }

        _text.Append('\n');
        _html.Append("</ul>\n");
        return this;
    }

    public (string Text, string Html) Render(string footer)
    {
        var text = _text.ToString() + "--\n" + footer + "\n";
        var html = $"""
            <!DOCTYPE html>
            <html lang="{Encode(language)}">
            <head><meta charset="utf-8"><meta name="viewport" content="width=device-width"><title>{Encode(title)}</title></head>
            <body style="margin:0;padding:24px;font-family:Arial,Helvetica,sans-serif;font-size:16px;line-height:1.5;color:#1f2933;background:#ffffff">
            <div style="max-width:600px;margin:0 auto">
            <p style="font-size:20px;font-weight:bold;color:#1c3d5a">CarPulse</p>
            {_html}<hr style="border:0;border-top:1px solid #dddddd;margin-top:24px">
            <p style="font-size:13px;color:#555555">{Encode(footer)}</p>
            </div>
            </body>
            </html>
            """;
        return (text, html);
    }

    private static string Encode(string value) => WebUtility.HtmlEncode(value);
}
