using System.Text.Json;
using CarPulse.Domain.Tesla;

namespace CarPulse.Domain.Reports.Sheet;

/// <summary>The sections of the pro and expert modules besides charging: alerts, service, warranty, release notes, options, specs.</summary>
internal static class ModuleSections
{
    private const int MaximumAlerts = 20;
    private const int MaximumReleaseNotes = 10;
    private const int MaximumSpecs = 30;

    public static IEnumerable<SheetSection> For(VehicleReportContent content, SheetFormat format)
    {
        if (content.Alerts is { } alerts)
        {
            SheetBlock block = alerts.Count == 0
                ? new SheetNote(format.Text("No recent alerts."))
                : new SheetList(null, [.. alerts.Take(MaximumAlerts).Select(alert => new SheetListItem(alert.UserText ?? alert.Name, alert.Time is { } time ? format.DateAndTime(time) : null))]);
            yield return new SheetSection(SheetSectionKind.Alerts, format.Text("Recent alerts"), [block]);
        }

        if (content.Service is { } service)
        {
            yield return new SheetSection(SheetSectionKind.Service, format.Text("Service status"), [new SheetNote(format.Text(service.InService ? "In service" : "Not in service"))]);
        }

        if (content.Warranty is { } warranty)
        {
            yield return new SheetSection(SheetSectionKind.Warranty, format.Text("Warranty"), [new SheetList(null, [.. warranty.ActiveWarranty.Select(item => Warranty(item, format))])]);
        }

        if (content.ReleaseNotes is { } notes)
        {
            yield return new SheetSection(SheetSectionKind.ReleaseNotes, format.Text("Release notes"),
                [new SheetList(null, [.. notes.Notes.Take(MaximumReleaseNotes).Select(note => new SheetListItem(note.Title ?? string.Empty, note.CustomerVersion) { Strong = true })])]);
        }

        if (content.Options is { } options)
        {
            yield return new SheetSection(SheetSectionKind.Options, format.Text("Factory options"),
                [new SheetList(null, [.. options.Select(option => new SheetListItem(option.DisplayName ?? option.Code, option.Code))])]);
        }

        if (content.Specs is { } specs)
        {
            yield return new SheetSection(SheetSectionKind.Specs, format.Text("Full specifications"), [Specs(specs)]);
        }
    }

    private static SheetListItem Warranty(WarrantyItem item, SheetFormat format)
    {
        var until = format.Text("until {0}", item.ExpirationDate is { } date ? format.Date(date) : "–");
        var distance = item.ExpirationOdometer is { } odometer ? $" / {odometer.ToString("N0", format.Culture)} {item.OdometerUnit}" : string.Empty;
        return new SheetListItem($"{item.WarrantyDisplayName ?? item.WarrantyType}: {until}{distance}", null);
    }

    /// <summary>Tesla does not document the specs shape: its top-level text and number fields are shown as they come.</summary>
    private static SheetFacts Specs(VehicleSpecs specs) => specs.Content.ValueKind != JsonValueKind.Object
        ? SheetFacts.Of()
        : SheetFacts.Of([.. specs.Content.EnumerateObject()
            .Where(field => field.Value.ValueKind is JsonValueKind.String or JsonValueKind.Number)
            .Take(MaximumSpecs)
            .Select(field => (field.Name.Replace('_', ' '), (string?)field.Value.ToString()))]);
}
