namespace CarPulse.Tests.Support;

/// <summary>Settings for tests that count Tesla calls exactly.</summary>
public static class CountedCalls
{
    /// <summary>
    /// The test default of a one-second attempt timeout lets a busy CI machine time out a slow answer and retry it,
    /// which is right for the product but adds a call to the count; these tests wait as long as production does.
    /// </summary>
    public static (string Key, string Value) PatientAttempts => ("Tesla:AttemptTimeout", "00:00:15");
}
