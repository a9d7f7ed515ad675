namespace CarPulse.Web.Features.Admin.Login;

/// <summary>
/// <c>dotnet run --project CarPulse.Web -- hash-password</c>: reads a password from standard input (typed without
/// echo, or piped) and prints its <c>Admin:PasswordHash</c>. The password never appears on a command line.
/// </summary>
public static class PasswordHashCommand
{
    public const string Name = "hash-password";

    private const int MinLength = 12;

    public static bool IsRequested(string[] args) => args is [Name];

    public static int Run()
    {
        var typed = !Console.IsInputRedirected;
        var password = typed ? ReadHidden("Admin password: ") : Console.In.ReadLine();
        if (password is null || password.Length < MinLength)
        {
            Console.Error.WriteLine($"The password must be at least {MinLength} characters.");
            return 1;
        }

        if (typed && ReadHidden("Repeat it: ") != password)
        {
            Console.Error.WriteLine("The two passwords differ.");
            return 1;
        }

        Console.Out.WriteLine(AdminPasswordHash.Hash(password));
        return 0;
    }

    private static string ReadHidden(string prompt)
    {
        Console.Error.Write(prompt);
        var password = new System.Text.StringBuilder();
        while (Console.ReadKey(intercept: true) is var key && key.Key != ConsoleKey.Enter)
        {
            if (key.Key == ConsoleKey.Backspace)
            {
                password.Length = Math.Max(0, password.Length - 1);
            }
            else if (!char.IsControl(key.KeyChar))
            {
                password.Append(key.KeyChar);
            }
        }

        Console.Error.WriteLine();
        return password.ToString();
    }
}
