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

    public static string Read(string name) => ReadResource($"{Prefix}{name}{Suffix}");

    /// <summary>A one-off data move from <c>Data/Sql/Moves</c>, run once by the migration that needs it (not a definition).</summary>
    public static string ReadMove(string name) => ReadResource($"SqlMove.{name}{Suffix}");

    /// <summary>
    /// A definition as it stood before a later migration changed the tables it reads (<c>Data/Sql/Pinned</c>): the
    /// excused counts of AppealsAndRankingVersions (ADR 0031), the rollup shards of RollupShards (ADR 0041) and others.
    /// The migrations before that one apply these, since the current files read columns it adds.
    /// </summary>
    public static string ReadPinned(string name) => ReadResource($"SqlPinned.{name}{Suffix}");

    /// <summary>
    /// The expression of a stored generated column (<c>Data/Sql/Columns</c>, ADR 0033), which the model maps with
    /// HasComputedColumnSql: an expression, not a statement, so not among <see cref="Names"/>.
    /// </summary>
    public static string ReadColumn(string name) => ReadResource($"SqlColumn.{name}{Suffix}");

    private static string ReadResource(string resource)
    {
        using var stream = typeof(SqlFile).Assembly.GetManifestResourceStream(resource)
            ?? throw new InvalidOperationException($"No embedded SQL file {resource}");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }
}
