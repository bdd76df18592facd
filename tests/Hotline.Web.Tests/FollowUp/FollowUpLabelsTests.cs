using System.Xml.Linq;
using Hotline.Domain.Notifications;
using Hotline.Domain.Tickets;
using Hotline.Services.FollowUp;

namespace Hotline.Web.Tests.FollowUp;

/// <summary>The callback pages look labels up by enum value ("FollowUp.Done.Reopened", "Enum.Satisfaction.…"): each exists in both languages.</summary>
public sealed class FollowUpLabelsTests
{
    [Theory]
    [InlineData("zh-CN")]
    [InlineData("en")]
    public void Every_value_the_callback_pages_show_has_a_label(string culture)
    {
        var keys = Keys(culture);
        var expected = Enum.GetNames<CallbackOutcome>().Select(n => $"FollowUp.Done.{n}")
            .Concat(Labels<CallbackKind>()).Concat(Labels<CallbackResult>()).Concat(Labels<Satisfaction>())
            .Concat(Labels<ClosureReason>()).Concat(Labels<NotificationKind>());

        expected.Where(k => !keys.Contains(k)).ShouldBeEmpty();
    }

    private static IEnumerable<string> Labels<T>()
        where T : struct, Enum => Enum.GetNames<T>().Select(n => $"Enum.{typeof(T).Name}.{n}");

    private static HashSet<string> Keys(string culture)
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (!File.Exists(Path.Combine(dir!.FullName, "Hotline.sln")))
        {
            dir = dir.Parent;
        }

        var path = Path.Combine(dir.FullName, "src", "Hotline.Web", "Resources", $"SharedResource.{culture}.resx");
        return XDocument.Load(path).Root!.Elements("data").Select(d => (string)d.Attribute("name")!).ToHashSet(StringComparer.Ordinal);
    }
}
