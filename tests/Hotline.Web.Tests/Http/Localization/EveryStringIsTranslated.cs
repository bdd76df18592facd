using System.Text.RegularExpressions;
using System.Xml.Linq;
using Hotline.Domain.Access;
using Hotline.Domain.Calls;
using Hotline.Domain.Tickets;
using Hotline.Domain.Units;
using Hotline.Services.Audit;

namespace Hotline.Web.Tests.Http.Localization;

/// <summary>
/// The two resource files agree, and every key the code asks for exists in both. No server needed: the
/// files and the source are read from the repository. A failure lists the missing keys.
/// </summary>
public sealed partial class EveryStringIsTranslated
{
    private static readonly string Root = FindRepositoryRoot();
    private static readonly string[] Cultures = ["zh-CN", "en"];
    private static readonly Type[] LocalizedEnums =
        [typeof(RequestType), typeof(Urgency), typeof(Channel), typeof(TicketStatus), typeof(TicketAction), typeof(Role), typeof(CallOutcome), typeof(UnitKind)];

    [Fact]
    public void Both_languages_have_the_same_keys()
    {
        var zh = Resources("zh-CN");
        var en = Resources("en");

        var onlyZh = zh.Keys.Except(en.Keys).Order(StringComparer.Ordinal).ToList();
        var onlyEn = en.Keys.Except(zh.Keys).Order(StringComparer.Ordinal).ToList();

        onlyZh.ShouldBeEmpty($"missing in SharedResource.en.resx: {string.Join(", ", onlyZh)}");
        onlyEn.ShouldBeEmpty($"missing in SharedResource.zh-CN.resx: {string.Join(", ", onlyEn)}");
        zh.Count.ShouldBeGreaterThan(100);
    }

    [Theory]
    [InlineData("zh-CN")]
    [InlineData("en")]
    public void No_value_is_empty(string culture)
    {
        var empty = Resources(culture).Where(r => string.IsNullOrWhiteSpace(r.Value)).Select(r => r.Key).ToList();

        empty.ShouldBeEmpty($"empty in SharedResource.{culture}.resx: {string.Join(", ", empty)}");
    }

    [Fact]
    public void The_Chinese_file_is_Chinese_and_the_English_file_is_not()
    {
        var zh = Resources("zh-CN");
        var en = Resources("en");

        // Every Chinese string has a Chinese character (or CJK punctuation), unless it is the same in both languages (e.g. "App").
        var untranslated = zh.Where(r => !HanCharacter().IsMatch(r.Value) && r.Value != en[r.Key]).Select(r => r.Key).ToList();
        var chineseInEnglish = en.Where(r => Ideograph().IsMatch(r.Value) && !QuotesChineseInput.Contains(r.Key)).Select(r => r.Key).ToList();

        untranslated.ShouldBeEmpty($"not Chinese in SharedResource.zh-CN.resx: {string.Join(", ", untranslated)}");
        chineseInEnglish.ShouldBeEmpty($"Chinese in SharedResource.en.resx: {string.Join(", ", chineseInEnglish)}");
    }

    [Theory]
    [InlineData("zh-CN")]
    [InlineData("en")]
    public void Every_key_used_in_the_code_exists(string culture)
    {
        var keys = Resources(culture).Keys.ToHashSet(StringComparer.Ordinal);
        var used = UsedKeys();
        used.Count.ShouldBeGreaterThan(50, "the scan should find the keys the pages use");

        var missing = used.Where(u => !keys.Contains(u.Key)).Select(u => $"{u.Key} ({u.File})").Order(StringComparer.Ordinal).ToList();

        missing.ShouldBeEmpty($"missing in SharedResource.{culture}.resx:\n{string.Join("\n", missing)}");
    }

    [Theory]
    [InlineData("zh-CN")]
    [InlineData("en")]
    public void Every_enum_value_shown_on_a_page_has_a_label(string culture)
    {
        var keys = Resources(culture).Keys.ToHashSet(StringComparer.Ordinal);
        var expected = LocalizedEnums.SelectMany(t => Enum.GetNames(t).Select(n => $"Enum.{t.Name}.{n}"))
            .Concat(Enum.GetNames<CallOutcome>().Select(n => $"Intake.Done.{n}"));

        var missing = expected.Where(k => !keys.Contains(k)).ToList();

        missing.ShouldBeEmpty($"missing in SharedResource.{culture}.resx: {string.Join(", ", missing)}");
    }

    [Theory]
    [InlineData("zh-CN")]
    [InlineData("en")]
    public void Every_audit_area_action_field_and_field_value_has_a_name(string culture)
    {
        var keys = Resources(culture).Keys.ToHashSet(StringComparer.Ordinal);
        var expected = AuditAreas.All.Select(a => $"Audit.Area.{a}")
            .Concat(AuditActions.All.Select(a => $"Audit.Action.{a}"))
            .Concat(AuditSnapshots.Fields.Select(f => $"Audit.Field.{f}"))
            .Concat(AuditSnapshots.Enums.Values.SelectMany(e => e).Distinct().SelectMany(t => Enum.GetNames(t).Select(n => $"Enum.{t.Name}.{n}")));
        AuditSnapshots.Fields.Count.ShouldBeGreaterThan(30, "the snapshot records should be found");

        var missing = expected.Where(k => !keys.Contains(k)).ToList();

        missing.ShouldBeEmpty($"missing in SharedResource.{culture}.resx: {string.Join(", ", missing)}");
    }

    private static Dictionary<string, string> Resources(string culture)
    {
        Cultures.ShouldContain(culture);
        var path = Path.Combine(Root, "src", "Hotline.Web", "Resources", $"SharedResource.{culture}.resx");
        var data = XDocument.Load(path).Root!.Elements("data").ToList();
        var duplicates = data.GroupBy(d => (string)d.Attribute("name")!).Where(g => g.Count() > 1).Select(g => g.Key).ToList();
        duplicates.ShouldBeEmpty($"keys twice in {path}: {string.Join(", ", duplicates)}");
        return data.ToDictionary(d => (string)d.Attribute("name")!, d => (string?)d.Element("value") ?? string.Empty, StringComparer.Ordinal);
    }

    /// <summary>Literal keys: localizer lookups in pages and code, validator messages, domain and service refusals, import errors.</summary>
    private static List<(string Key, string File)> UsedKeys()
    {
        var src = Path.Combine(Root, "src");
        var files = Directory.EnumerateFiles(src, "*.cs", SearchOption.AllDirectories)
            .Concat(Directory.EnumerateFiles(src, "*.cshtml", SearchOption.AllDirectories))
            .Where(f => !f.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal)
                && !f.Contains($"{Path.DirectorySeparatorChar}bin{Path.DirectorySeparatorChar}", StringComparison.Ordinal)
                && !f.Contains($"{Path.DirectorySeparatorChar}Migrations{Path.DirectorySeparatorChar}", StringComparison.Ordinal));
        var found = new List<(string, string)>();
        foreach (var file in files)
        {
            var text = File.ReadAllText(file);
            var relative = Path.GetRelativePath(Root, file);
            foreach (var pattern in KeyPatterns())
            {
                found.AddRange(pattern.Matches(text).Select(m => (m.Groups["key"].Value, relative)));
            }
        }

        return found.Distinct().ToList();
    }

    private static Regex[] KeyPatterns() =>
    [
        LocalizerLookup(),
        WithMessage(),
        DomainRule(),
        ServiceErrorCode(),
        ImportErrorKey(),
    ];

    // L["Key"], l["Key"], localizer["Key"], _localizer["Key"] — not interpolated keys (checked through the enums instead).
    [GeneratedRegex("""\b(?:L|l|[A-Za-z_]*[Ll]ocalizer)\[\s*"(?<key>[^"{}]+)"\s*\]""")]
    private static partial Regex LocalizerLookup();

    [GeneratedRegex("""\.WithMessage\(\s*"(?<key>[^"]+)"\s*\)""")]
    private static partial Regex WithMessage();

    [GeneratedRegex("""DomainRuleException\(\s*"(?<key>[^"]+)"[,)]""")]
    private static partial Regex DomainRule();

    // new ServiceError(field, "Key"), target-typed new(field, "Key") in error lists, and Fail(field, "Key").
    [GeneratedRegex("""(?:ServiceError|\bnew|\bFail)\(\s*(?:nameof\([^)]*\)|string\.Empty|"[^"]*"|\w+)\s*,\s*"(?<key>[A-Z][A-Za-z]*(?:\.[A-Za-z0-9]+)+)"\s*\)""")]
    private static partial Regex ServiceErrorCode();

    [GeneratedRegex("""const string \w+ = "(?<key>Calendar\.Import\.[A-Za-z]+)";""")]
    private static partial Regex ImportErrorKey();

    /// <summary>English strings that quote what an administrator types in Chinese (the import's kind words, holiday names).</summary>
    private static readonly HashSet<string> QuotesChineseInput = ["Calendar.Import.Hint", "Calendar.Mark.NamePlaceholder", "Calendar.Mark.NameRequired"];

    [GeneratedRegex(@"\p{IsCJKUnifiedIdeographs}")]
    private static partial Regex Ideograph();

    // Ideographs, or CJK punctuation such as the enumeration comma 、.
    [GeneratedRegex(@"[\p{IsCJKUnifiedIdeographs}\p{IsCJKSymbolsandPunctuation}]")]
    private static partial Regex HanCharacter();

    private static string FindRepositoryRoot()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "Hotline.sln")))
        {
            dir = dir.Parent;
        }

        return dir?.FullName ?? throw new InvalidOperationException($"No Hotline.sln above {AppContext.BaseDirectory}");
    }
}
