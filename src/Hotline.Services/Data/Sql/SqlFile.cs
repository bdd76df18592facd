namespace Hotline.Services.Data.Sql;

/// <summary>
/// The current definition of every SQL function, trigger and view, one .sql file each beside this class (embedded in
/// the assembly), so a reader finds a function by its name and the migrations apply the file
/// (docs/decisions/0019-sql-definitions-in-files.md).
/// </summary>
public static class SqlFile
{
    private const string Prefix = "Sql.";
    private const string Suffix = ".sql";

    /// <summary>The names of all the files, without the extension.</summary>
    public static IReadOnlyList<string> Names { get; } =
        [.. typeof(SqlFile).Assembly.GetManifestResourceNames()
            .Where(n => n.StartsWith(Prefix, StringComparison.Ordinal) && n.EndsWith(Suffix, StringComparison.Ordinal))
            .Select(n => n[Prefix.Length..^Suffix.Length])
            .Order(StringComparer.Ordinal)];

    public static string Read(string name)
    {
        using var stream = typeof(SqlFile).Assembly.GetManifestResourceStream($"{Prefix}{name}{Suffix}")
            ?? throw new InvalidOperationException($"No embedded SQL file {name}.sql");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }
}
