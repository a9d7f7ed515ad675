namespace CarPulse.Domain.Reports;

/// <summary>The report or the part of it asked for does not exist (HTTP 404).</summary>
public sealed class ReportNotFound(string message) : DomainException(message);
