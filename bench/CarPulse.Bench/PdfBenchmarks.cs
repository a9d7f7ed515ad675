using System.Globalization;
using BenchmarkDotNet.Attributes;
using CarPulse.Domain.Documents;
using CarPulse.Domain.Documents.Layout;
using CarPulse.Domain.Payments;
using CarPulse.Domain.Pricing;
using SkiaSharp;

namespace CarPulse.Bench;

/// <summary>What one PDF costs: a receipt (one page) and a report-sized table (200 rows, several pages).</summary>
[MemoryDiagnoser]
public class PdfBenchmarks // BenchmarkDotNet derives from benchmark classes, so this one cannot be sealed.
{
    private static readonly CultureInfo Finnish = CultureInfo.GetCultureInfo("fi");
    private static readonly DateTimeOffset IssuedAt = new(2026, 11, 23, 18, 5, 0, TimeSpan.Zero);

    private readonly Receipt _receipt = new(
        "CP-20261123-7F3K9Q",
        IssuedAt,
        new CompanyDetails("CarPulse Oy", "Esimerkkikatu 1\n00100 Helsinki", "1234567-8", "FI12345678", "support@carpulse.fi", "carpulse.fi"),
        "owner@example.com",
        new ReceiptLine(PackageName.Pro, 3, "3–5 vehicles", 4999),
        new ReceiptDiscount("LAUNCH10", "Launch discount", 500),
        4499,
        914,
        25.5m,
        "EUR",
        "card",
        "R-7F3K9Q");

    private readonly PagedDocument _sessions = new(
        new DocumentInfo("Charging sessions", IssuedAt),
        new PageFrame("CarPulse", "Charging sessions", Finnish),
        [
            new Heading("Charging sessions"),
            new Table(
                [new TableColumn("Date", 2), new TableColumn("Place", 4), new TableColumn("Energy", 1.5f, SKTextAlign.Right), new TableColumn("Cost", 1.5f, SKTextAlign.Right)],
                Enumerable.Range(1, 200)
                    .Select(i => new TableRow([$"{i % 28 + 1}.{i % 12 + 1}.2026", $"Supercharger Helsinki Ruoholahti {i}", $"{i % 60 + 5},{i % 10} kWh", $"{i % 30 + 4},{i % 100:D2} €"]))
                    .ToList()),
        ]);

    [Benchmark]
    public byte[] Receipt() => ReceiptDocument.Compose(_receipt, Finnish).ToBytes();

    [Benchmark]
    public byte[] TableOf200Rows() => _sessions.ToBytes();
}
