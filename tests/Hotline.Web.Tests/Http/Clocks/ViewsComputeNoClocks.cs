using System.Text.RegularExpressions;

namespace Hotline.Web.Tests.Http.Clocks;

/// <summary>
/// No Razor view computes a clock: the time left, whether a deadline has passed and a clock's colour come from
/// <c>TimeDisplay</c> and the one clock rule (ADR 0018), never from arithmetic with "now" or a warning share in a view.
/// </summary>
public sealed partial class ViewsComputeNoClocks
{
    [Fact]
    public void No_view_reads_now_a_warning_share_or_makes_its_own_clock()
    {
        var pages = Path.Combine(RepositoryRoot(), "src", "Hotline.Web", "Pages");
        var views = Directory.GetFiles(pages, "*.cshtml", SearchOption.AllDirectories);
        views.Length.ShouldBeGreaterThan(50);
        views.ShouldContain(v => v.EndsWith(Path.Combine("Shared", "_Clock.cshtml"), StringComparison.Ordinal));

        var offences = (
            from view in views
            from line in File.ReadAllLines(view).Select((text, i) => (text, number: i + 1))
            where Forbidden().IsMatch(line.text)
            select $"{Path.GetRelativePath(pages, view)}:{line.number}: {line.text.Trim()}").ToList();

        offences.ShouldBeEmpty();
    }

    [Theory]
    [InlineData("var left = due - Time.Now;")]
    [InlineData("@(until < Time.Now ? \"clock-red\" : \"\")")]
    [InlineData("DateTimeOffset.UtcNow")]
    [InlineData("DeadlineWarning.Evaluate(a, b, c)")]
    [InlineData("clock.Warning(now, 0.25)")]
    [InlineData("Options.Value.WarningShare")]
    [InlineData("new ClockView(t.DueAt, null, t.Warning)")]
    [InlineData("TimeProvider.System.GetUtcNow()")]
    public void The_check_catches_clock_arithmetic(string line) => Forbidden().IsMatch(line).ShouldBeTrue();

    [Theory]
    [InlineData("<partial name=\"_Clock\" model=\"Time.Running(t.DueAt, t.Warning)\" />")]
    [InlineData("class=\"@(t.Warning == WarningLevel.Red ? \"table-danger\" : \"\")\"")]
    [InlineData("@Time.DateTime(until)")]
    public void The_check_lets_a_view_show_what_it_was_given(string line) => Forbidden().IsMatch(line).ShouldBeFalse();

    [GeneratedRegex(@"\bTime\.Now\b|\bUtcNow\b|\bDateTime(Offset)?\.Now\b|GetUtcNow|WarningShare|DeadlineWarning|\.Warning\(|new\s+ClockView\s*\(")]
    private static partial Regex Forbidden();

    private static string RepositoryRoot()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "Hotline.sln")))
        {
            dir = dir.Parent;
        }

        return dir?.FullName ?? throw new InvalidOperationException($"No Hotline.sln above {AppContext.BaseDirectory}");
    }
}
