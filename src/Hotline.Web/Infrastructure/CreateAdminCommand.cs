using System.Globalization;
using System.Text;
using Hotline.Services.Users;
using Microsoft.Extensions.Localization;

namespace Hotline.Web.Infrastructure;

/// <summary>
/// <c>create-admin NAME [--display-name TEXT] [--generate]</c>: creates an administrator on any database (the first
/// one of a Production install). Asks for the password on a terminal (empty: generate one), reads one line when the
/// input is redirected, or generates one with <c>--generate</c>. A generated password is printed once and must be
/// changed at the first sign-in.
/// </summary>
public static class CreateAdminCommand
{
    public static async Task<int> RunAsync(IServiceProvider services, string[] args)
    {
        ArgumentNullException.ThrowIfNull(args);
        var name = args.FirstOrDefault(a => !a.StartsWith("--", StringComparison.Ordinal));
        var displayAt = Array.IndexOf(args, "--display-name");
        var displayName = displayAt >= 0 && displayAt + 1 < args.Length ? args[displayAt + 1] : null;
        if (name is null || name == displayName)
        {
            await Console.Error.WriteLineAsync("usage: create-admin NAME [--display-name TEXT] [--generate]");
            return 2;
        }

        var password = args.Contains("--generate") ? null : ReadPassword();
        await using var scope = services.CreateAsyncScope();
        var result = await scope.ServiceProvider.GetRequiredService<AdministratorSetup>().CreateAsync(name, displayName, password);
        if (!result.Succeeded)
        {
            CultureInfo.CurrentUICulture = new CultureInfo("en");
            var l = scope.ServiceProvider.GetRequiredService<IStringLocalizer<SharedResource>>();
            foreach (var error in result.Errors)
            {
                await Console.Error.WriteLineAsync($"{error.Field}: {l[error.Code]}");
            }

            return 1;
        }

        Console.WriteLine($"Administrator {result.Value!.UserName} created.");
        if (result.Value.OneTimePassword.Length > 0)
        {
            Console.WriteLine($"One-time password: {result.Value.OneTimePassword}  (to be changed at the first sign-in)");
        }

        return 0;
    }

    private static string? ReadPassword()
    {
        if (Console.IsInputRedirected)
        {
            return Console.In.ReadLine();
        }

        Console.Write("Password (at least 10 characters; empty to generate one): ");
        var first = ReadHidden();
        if (first.Length == 0)
        {
            return null;
        }

        Console.Write("Password again: ");
        if (ReadHidden() != first)
        {
            Console.Error.WriteLine("The passwords differ.");
            Environment.Exit(1);
        }

        return first;
    }

    private static string ReadHidden()
    {
        var text = new StringBuilder();
        while (Console.ReadKey(intercept: true) is var key && key.Key != ConsoleKey.Enter)
        {
            if (key.Key == ConsoleKey.Backspace && text.Length > 0)
            {
                text.Length--;
            }
            else if (!char.IsControl(key.KeyChar))
            {
                text.Append(key.KeyChar);
            }
        }

        Console.WriteLine();
        return text.ToString();
    }
}
