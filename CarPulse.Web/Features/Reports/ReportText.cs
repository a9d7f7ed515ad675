using CarPulse.Domain.Reports;

namespace CarPulse.Web.Features.Reports;

/// <summary>The English text (the localization key) for report progress; module titles and missing reasons come from <see cref="ReportModuleText"/>.</summary>
public static class ReportText
{
    public static string ProgressText(ModuleProgress progress) => progress switch
    {
        ModuleProgress.Waiting => "Waiting",
        ModuleProgress.Fetching => "Fetching from Tesla…",
        ModuleProgress.Done => "Done",
        _ => "Missing",
    };
}
