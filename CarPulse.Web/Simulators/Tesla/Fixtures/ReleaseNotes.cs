namespace CarPulse.Web.Simulators.Tesla.Fixtures;

internal sealed record ReleaseNote(
    string Title, string Subtitle, string Description, string CustomerVersion, string Icon, bool ShowInHistory, string ImageUrl, string LightImageUrl);

internal sealed record ReleaseNotesResponse(IReadOnlyList<ReleaseNote> ReleaseNotes, int DeployedVersion, int? StagedVersion, int ReleaseNotesVersion);

/// <summary>The notes of the firmware a car runs; the feature texts are invented but in Tesla's tone.</summary>
internal static class ReleaseNotes
{
    private static readonly (string Title, string Subtitle, string Description, string Icon)[] Catalogue =
    [
        ("Dashcam Viewer", "Safety", "Review Dashcam and Sentry Mode clips on the touchscreen, with a timeline and thumbnails.", "release_notes_icon_dashcam"),
        ("Supercharger Site Info", "Charging", "See live stall availability and amenities for Superchargers on your route.", "release_notes_icon_supercharger"),
        ("Battery Preconditioning", "Charging", "Precondition the battery manually before a Supercharger visit to charge faster in the cold.", "release_notes_icon_battery"),
        ("Cabin Overheat Protection", "Climate", "Choose the temperature at which cabin overheat protection starts.", "release_notes_icon_climate"),
        ("Tire Pressure Details", "Vehicle", "Controls > Service now shows recommended cold tire pressures for your wheels.", "release_notes_icon_tpms"),
        ("Minor Fixes", "Improvements", "This release contains minor fixes and improvements.", "release_notes_icon_general"),
    ];

    public static ReleaseNotesResponse For(SimulatedVehicle vehicle)
    {
        var version = vehicle.Condition.CarVersion.Split(' ')[0];
        var random = new FixtureRandom("notes:" + version);
        var notes = Enumerable.Range(0, 3)
            .Select(_ => random.Pick(Catalogue))
            .DistinctBy(note => note.Title)
            .Append(Catalogue[^1])
            .DistinctBy(note => note.Title)
            .Select(note => new ReleaseNote(note.Title, note.Subtitle, note.Description, version, note.Icon, true, string.Empty, string.Empty))
            .ToArray();
        int? staged = vehicle.Condition.PendingUpdate is { } pending ? Number(pending) : null;
        return new ReleaseNotesResponse(notes, Number(version), staged, Number(version) + 1);
    }

    private static int Number(string version) => (int)(FixtureRandom.Hash(version) % 900_000) + 100_000;
}
