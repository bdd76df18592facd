namespace Hotline.Services.Data.Sql;

/// <summary>The SQL of functions, triggers and indexes kept as one .sql file each beside this class (embedded in the
/// assembly), so a migration applies a file and a reader finds the function by its name.</summary>
public static class SqlFile
{
    public static string Read(string name)
    {
        using var stream = typeof(SqlFile).Assembly.GetManifestResourceStream($"Sql.{name}.sql")
            ?? throw new InvalidOperationException($"No embedded SQL file {name}.sql");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }
}
