using System.Text.RegularExpressions;
using Hotline.Services.Data.Sql;
using Hotline.Services.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;

namespace Hotline.Services.Tests.Schema;

/// <summary>
/// Every SQL function, trigger and view the migrations leave in the database has its current definition in one file under
/// Data/Sql (docs/decisions/0019-sql-definitions-in-files.md): a reader finds it by name, and the file is what runs.
/// </summary>
public sealed class SqlFileTests(DatabaseFixture app) : DatabaseTest<DatabaseFixture>(app), IClassFixture<DatabaseFixture>
{
    [Fact]
    public async Task Every_function_trigger_and_view_in_the_database_is_created_by_the_file_named_after_it_or_its_function()
    {
        var objects = await CatalogAsync();
        var files = SqlFile.Names.ToDictionary(n => n, SqlFile.Read);

        var homeless = objects.Keys.Where(key =>
        {
            var (kind, name) = Split(key);
            return !files.Values.Any(text => Creates(text, kind, name));
        }).ToList();

        homeless.ShouldBeEmpty("each needs a file in src/Hotline.Services/Data/Sql that a migration applies");
        objects.Keys.ShouldContain("function hotline_bigrams");
        objects.Keys.ShouldContain("trigger tickets_rolled_update");
        foreach (var name in files.Keys.Where(n => n.StartsWith("hotline_", StringComparison.Ordinal)))
        {
            // The file named after a function creates that function.
            Creates(files[name], "function", name).ShouldBeTrue($"{name}.sql should create the function {name}");
        }
    }

    [Fact]
    public async Task Applying_every_file_again_changes_no_definition_so_the_database_runs_what_the_files_say()
    {
        var before = await CatalogAsync();

        var after = await App.ReadAsync(async db =>
        {
            await db.Database.OpenConnectionAsync();
            await using var tx = await db.Database.BeginTransactionAsync();
            foreach (var name in SqlFile.Names)
            {
                await using var command = db.Database.GetDbConnection().CreateCommand();
                command.Transaction = tx.GetDbTransaction();
                command.CommandText = SqlFile.Read(name);
                await command.ExecuteNonQueryAsync();
            }

            var read = await ReadCatalogAsync(db);
            await tx.RollbackAsync();
            return read;
        });

        after.Count.ShouldBe(before.Count);
        foreach (var (key, definition) in before)
        {
            after[key].ShouldBe(definition, key);
        }
    }

    private Task<Dictionary<string, string>> CatalogAsync() => App.ReadAsync(ReadCatalogAsync);

    /// <summary>Functions, triggers, views and expression indexes of the public schema that no extension owns, by kind and name.</summary>
    private static async Task<Dictionary<string, string>> ReadCatalogAsync(Hotline.Services.Data.HotlineDbContext db)
    {
        var rows = await db.Database.SqlQueryRaw<CatalogRow>("""
            SELECT 'function ' || p.proname AS key, pg_get_functiondef(p.oid) AS definition
            FROM pg_proc AS p
            WHERE p.pronamespace = 'public'::regnamespace
              AND NOT EXISTS (SELECT 1 FROM pg_depend AS d WHERE d.objid = p.oid AND d.deptype = 'e')
            UNION ALL
            SELECT 'trigger ' || t.tgname, pg_get_triggerdef(t.oid)
            FROM pg_trigger AS t
            WHERE NOT t.tgisinternal
            UNION ALL
            SELECT 'view ' || c.relname, pg_get_viewdef(c.oid)
            FROM pg_class AS c
            WHERE c.relkind IN ('v', 'm') AND c.relnamespace = 'public'::regnamespace
            UNION ALL
            SELECT 'index ' || i.indexname, i.indexdef
            FROM pg_indexes AS i
            WHERE i.schemaname = 'public' AND i.indexdef LIKE '%hotline_%'
            """).ToListAsync();
        return rows.ToDictionary(r => r.Key, r => r.Definition);
    }

    private static (string Kind, string Name) Split(string key)
    {
        var space = key.IndexOf(' ', StringComparison.Ordinal);
        return (key[..space], key[(space + 1)..]);
    }

    private static bool Creates(string text, string kind, string name) => kind switch
    {
        "function" => Regex.IsMatch(text, $@"CREATE OR REPLACE FUNCTION {name}\("),
        "trigger" => Regex.IsMatch(text, $@"CREATE OR REPLACE TRIGGER {name}\b"),
        "view" => Regex.IsMatch(text, $@"CREATE OR REPLACE VIEW {name}\b"),
        _ => Regex.IsMatch(text, $@"CREATE INDEX IF NOT EXISTS {name}\b"),
    };

    private sealed class CatalogRow
    {
        public string Key { get; init; } = string.Empty;
        public string Definition { get; init; } = string.Empty;
    }
}
