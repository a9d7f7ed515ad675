namespace CarPulse.Tests.Support;

public static class SetCookieHeader
{
    /// <summary>The attributes after the name and value of a <c>Set-Cookie</c> header, trimmed and in lower case (<c>httponly</c>, <c>path=/</c>…).</summary>
    public static string[] Attributes(string setCookie) =>
        setCookie.Split(';').Skip(1).Select(part => part.Trim().ToLowerInvariant()).ToArray();
}
