using System.Globalization;
using CarPulse.Domain.Documents.Layout;
using QRCoder;
using SkiaSharp;

namespace CarPulse.Domain.Documents;

/// <summary>Where a reader checks that a report is genuine (SPEC §4): a short code and the absolute URL of its public page.</summary>
public sealed record VerificationLink(string Code, string Url);

/// <summary>
/// The verification QR code as vector squares (one path, no bitmap: sharp at any zoom and in print), with what to do
/// and the link as text beside it, for readers who cannot scan.
/// </summary>
internal sealed class VerificationBlock(VerificationLink verification, CultureInfo culture) : IBlock
{
    private const float CodeSize = 86;
    private const float Gap = 14;

    public IEnumerable<Slice> Layout(LayoutContext context)
    {
        var modules = Modules(verification.Url);
        var textWidth = context.Width - CodeSize - Gap;
        (string Text, TextStyle Style)[] parts =
        [
            (DocumentText.Get("Verify this report", culture), DocumentStyles.Strong),
            (DocumentText.Get("Scan the code or open the link to confirm that this report is genuine and unchanged.", culture), DocumentStyles.Body),
            (verification.Url, DocumentStyles.Body),
            (DocumentText.Format("Verification code {0}", culture, verification.Code), DocumentStyles.Label),
        ];
        var lines = parts.Select(part => (Lines: context.Text.Wrap(part.Text, part.Style, textWidth), part.Style)).ToList();
        var height = Math.Max(CodeSize, lines.Sum(part => part.Lines.Count * part.Style.LineHeight));
        return [new Slice(height, (canvas, area) =>
        {
            DrawCode(canvas, new SKRect(area.Left, area.Top, area.Left + CodeSize, area.Top + CodeSize), modules);
            var top = area.Top;
            foreach (var (text, style) in lines)
            {
                var box = new SKRect(area.Left + CodeSize + Gap, top, area.Right, top + (text.Count * style.LineHeight));
                context.Text.DrawLines(canvas, text, style, box);
                top = box.Bottom;
            }
        }) { SpaceBefore = 14 }];
    }

    private static bool[,] Modules(string url)
    {
        using var generator = new QRCodeGenerator();
        using var code = generator.CreateQrCode(url, QRCodeGenerator.ECCLevel.M);
        var matrix = code.ModuleMatrix;
        var modules = new bool[matrix.Count, matrix.Count];
        for (var row = 0; row < matrix.Count; row++)
        {
            for (var column = 0; column < matrix.Count; column++)
            {
                modules[row, column] = matrix[row][column];
            }
        }

        return modules;
    }

    /// <summary>Each row's runs of dark modules become one rectangle each, all in one path filled once.</summary>
    private static void DrawCode(SKCanvas canvas, SKRect area, bool[,] modules)
    {
        var count = modules.GetLength(0);
        var size = area.Width / count;
        using var path = new SKPath();
        for (var row = 0; row < count; row++)
        {
            var column = 0;
            while (column < count)
            {
                if (!modules[row, column])
                {
                    column++;
                    continue;
                }

                var start = column;
                while (column < count && modules[row, column])
                {
                    column++;
                }

                path.AddRect(new SKRect(area.Left + (start * size), area.Top + (row * size), area.Left + (column * size), area.Top + ((row + 1) * size)));
            }
        }

        using var paint = new SKPaint { Color = SKColors.Black, Style = SKPaintStyle.Fill, IsAntialias = false };
        canvas.DrawPath(path, paint);
    }
}
