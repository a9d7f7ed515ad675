using System.Globalization;
using CarPulse.Domain.Orders;

namespace CarPulse.Domain.Reports.Sheet;

/// <summary>What a section of a vehicle report is about, so a renderer can add what only it has (the dashboard's CSV link).</summary>
public enum SheetSectionKind
{
    Vehicle,
    Battery,
    Tyres,
    Security,
    Climate,
    Location,
    Charging,
    Alerts,
    Service,
    Warranty,
    ReleaseNotes,
    Options,
    Specs,
}

/// <summary>
/// One vehicle's report as its reader sees it, on the dashboard and in the PDF alike: where the data came from,
/// the modules that are missing and why, and the sections the package fetched, in order. Every text is already in
/// the report's language and every value in its culture and the car's units, so the two renderers only lay it out
/// and cannot drift apart. Values from users and from Tesla are plain text; renderers must never treat them as markup.
/// </summary>
public sealed record ReportSheet(string Source, IReadOnlyList<string> Missing, IReadOnlyList<SheetSection> Sections)
{
    /// <param name="timeZone">The zone the report's times are shown in (the dashboard's server, the seller's for a PDF).</param>
    public static ReportSheet For(SessionVehicle vehicle, VehicleReport report, VehicleReportContent content, CultureInfo culture, TimeZoneInfo timeZone)
    {
        ArgumentNullException.ThrowIfNull(report);
        ArgumentNullException.ThrowIfNull(content);
        var format = new SheetFormat(culture, DisplayUnits.From(content.Data?.GuiSettings), timeZone);
        var missing = report.Missing
            .OrderBy(entry => entry.Key, StringComparer.Ordinal)
            .Select(entry => format.Text(
                "{0} could not be fetched: {1}.",
                format.Text(ReportModuleText.Title(entry.Key)),
                format.Text(ReportModuleText.MissingReason(entry.Value))))
            .ToList();
        IEnumerable<SheetSection> sections =
        [
            .. VehicleSections.For(vehicle, content.Data, format),
            .. ChargingSheetSection.For(content.Charging, format),
            .. ModuleSections.For(content, format),
        ];
        return new ReportSheet(format.Text("Data from the Tesla Fleet API, fetched {0}.", format.DateAndTime(report.GeneratedAt)), missing, sections.ToList());
    }
}

/// <summary>A titled part of the report.</summary>
public sealed record SheetSection(SheetSectionKind Kind, string Title, IReadOnlyList<SheetBlock> Blocks);

/// <summary>A piece of a section: facts, a note, a list or a chart.</summary>
public abstract record SheetBlock;

/// <summary>Label/value pairs; a fact without a value is never included.</summary>
public sealed record SheetFacts(IReadOnlyList<SheetFact> Facts) : SheetBlock
{
    public static SheetFacts Of(params (string Label, string? Value)[] facts) =>
        new([.. facts.Where(fact => !string.IsNullOrEmpty(fact.Value)).Select(fact => new SheetFact(fact.Label, fact.Value ?? string.Empty))]);
}

public sealed record SheetFact(string Label, string Value);

/// <summary>A sentence of its own, such as "No recent alerts." or a price range.</summary>
public sealed record SheetNote(string Text) : SheetBlock;

/// <summary>The battery health estimate: its figure as a headline and how it was reached, with its confidence.</summary>
public sealed record BatteryHealthNote(string Headline, string Explanation) : SheetBlock;

/// <summary>A list, optionally under its own title; each item may have a quieter detail (a time, a code).</summary>
public sealed record SheetList(string? Title, IReadOnlyList<SheetListItem> Items) : SheetBlock;

/// <summary>A list item; a strong one leads with its text in bold (a release note's title).</summary>
public sealed record SheetListItem(string Text, string? Detail)
{
    public bool Strong { get; init; }
}

/// <summary>A bar chart over months: one bar per month, oldest first, with its value as text for a tooltip or label.</summary>
public sealed record SheetChart(string Title, string Unit, IReadOnlyList<SheetBar> Bars) : SheetBlock;

public sealed record SheetBar(string Label, double Value, string ValueText);
