using System.Net;
using System.Text.RegularExpressions;
using System.Xml.Linq;
using AngleSharp.Html.Dom;
using Hotline.Domain.Notifications;
using Hotline.Domain.Tickets;
using Hotline.Services.Data;
using Hotline.Services.FollowUp;
using Hotline.Services.Intake;
using Hotline.Testing;
using Hotline.Web.Tests.Http.Support;
using Hotline.Web.Tests.Infrastructure;
using Hotline.Web.Tests.Workbench;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Hotline.Web.Tests.Http.Localization;

/// <summary>
/// Every kind of timeline event (with every stored choice: contact method, return reason, cancel reason, extension decision) and every kind
/// of notification (with every detail its kind carries) renders in both languages as labels: no enum name, no
/// "[Tag]" and no resource key reaches the reader.
/// </summary>
public sealed partial class NoCodeOnTheTimelineOrNotifications(HotlineWebFactory app) : IClassFixture<HotlineWebFactory>
{
    private static readonly Type[] Codes =
    [
        typeof(TicketAction), typeof(TicketStatus), typeof(ContactMethod), typeof(ReturnReason), typeof(CancelReason),
        typeof(CallbackResult), typeof(RequestStatus), typeof(ClockKind), typeof(SupervisionLevel), typeof(NotificationKind),
    ];

    /// <summary>What an extension decision's event stores: approved or rejected.</summary>
    private static readonly RequestStatus[] Decisions = [RequestStatus.Approved, RequestStatus.Rejected];

    [Theory]
    [InlineData("zh-CN")]
    [InlineData("en")]
    public async Task Every_timeline_event_kind_and_choice_reads_as_labels(string culture)
    {
        var number = await RegisteredAsync();
        await AddEveryEventAsync(number);
        using var client = await SignedInAsync("supervisor", culture);

        var page = await client.GetDocumentAsync($"/Tickets/{number}");

        var timeline = page.QuerySelector("[data-testid=timeline]").ShouldNotBeNull();
        var text = timeline.TextContent;
        var labels = Labels(culture);
        foreach (var action in Enum.GetValues<TicketAction>())
        {
            text.ShouldContain(labels[$"Enum.TicketAction.{action}"]);
        }

        foreach (var status in Enum.GetValues<TicketStatus>())
        {
            text.ShouldContain(labels[$"Enum.TicketStatus.{status}"]);
        }

        var label = labels["Common.LabelValue"];
        foreach (var choice in Enum.GetValues<ContactMethod>().Cast<Enum>().Concat(Enum.GetValues<ReturnReason>().Cast<Enum>())
                     .Concat(Enum.GetValues<CancelReason>().Cast<Enum>()).Concat(Decisions.Cast<Enum>()))
        {
            text.ShouldContain(string.Format(System.Globalization.CultureInfo.InvariantCulture, label,
                labels[$"Enum.{choice.GetType().Name}.{choice}"], Words(choice)));
        }

        ShouldShowNoCode(text, culture);
    }

    [Theory]
    [InlineData("zh-CN")]
    [InlineData("en")]
    public async Task Every_notification_kind_and_detail_reads_as_labels(string culture)
    {
        var user = await app.AppServices.ViewerAsync("dispatcher");
        var number = culture == "en" ? "20261204-0002" : "20261204-0001";
        var added = await app.QueryAsync(async db =>
        {
            var notes = Enum.GetValues<NotificationKind>().SelectMany(kind => DetailsOf(kind).Select(detail =>
                new Notification(user.Actor.UserId, kind, number, detail, app.Clock.GetUtcNow()))).ToList();
            db.Notifications.AddRange(notes);
            await db.SaveChangesAsync();
            return notes.Count;
        });
        using var client = await SignedInAsync("dispatcher", culture);

        var pages = new List<IHtmlDocument> { await client.GetDocumentAsync("/Notifications") };
        while (pages[^1].QuerySelector("[data-testid=next-page]")?.ParentElement?.ClassList.Contains("disabled") == false)
        {
            pages.Add(await client.GetDocumentAsync($"/Notifications?pageNumber={pages.Count + 1}"));
        }

        var rows = pages.SelectMany(p => p.QuerySelectorAll("[data-testid=notification-row]")).Select(r => r.TextContent)
            .Where(r => r.Contains(number, StringComparison.Ordinal)).ToList();
        rows.Count.ShouldBe(added);
        var text = string.Join("\n", rows);
        var labels = Labels(culture);
        foreach (var kind in Enum.GetValues<NotificationKind>())
        {
            text.ShouldContain(labels[$"Enum.NotificationKind.{kind}"]);
        }

        foreach (var clock in Enum.GetValues<ClockKind>())
        {
            text.ShouldContain(labels[$"Field.{clock}DueAt"]);
        }

        foreach (var value in Enum.GetValues<RequestStatus>().Cast<Enum>().Concat(Enum.GetValues<SupervisionLevel>().Cast<Enum>()))
        {
            text.ShouldContain(labels[$"Enum.{value.GetType().Name}.{value}"]);
        }

        ShouldShowNoCode(text, culture);
    }

    /// <summary>Every detail a kind can carry, plus none, plus a stray code it must not show.</summary>
    private static IEnumerable<string?> DetailsOf(NotificationKind kind) =>
        (NotificationDetail.TypeOf(kind) is { } type ? Enum.GetNames(type) : []).Cast<string?>()
            .Append(null).Append(nameof(ReturnReason.NotOurResponsibility));

    /// <summary>No "[Tag]", no enum name a label should have replaced, no resource key left unlooked-up.</summary>
    private static void ShouldShowNoCode(string text, string culture)
    {
        ResourceKey().Matches(text).Select(m => m.Value).ShouldBeEmpty("a resource key is shown instead of its text");
        var english = Labels("en").Where(l => l.Key.StartsWith("Enum.", StringComparison.Ordinal) || l.Key.StartsWith("Field.", StringComparison.Ordinal))
            .SelectMany(l => Word().Matches(l.Value).Select(m => m.Value)).ToHashSet(StringComparer.Ordinal);
        var names = Codes.SelectMany(Enum.GetNames).ToHashSet(StringComparer.Ordinal);
        // In Chinese no code may show; in English a code that is also an ordinary label word ("Approved", "Other") cannot be told apart.
        var shown = Word().Matches(text).Select(m => m.Value)
            .Where(w => names.Contains(w) && (culture == "zh-CN" || !english.Contains(w))).Distinct().ToList();
        shown.ShouldBeEmpty($"codes shown in {culture}");
        foreach (var name in names)
        {
            text.ShouldNotContain($"[{name}]");
        }
    }

    /// <summary>The words stored with a choice's event: Chinese, so no Latin word on the page comes from a note.</summary>
    private static string Words(Enum choice) => $"处理说明第{Convert.ToInt32(choice, System.Globalization.CultureInfo.InvariantCulture)}条（{choice.GetType().Name.Length}）";

    private async Task AddEveryEventAsync(string number)
    {
        var agent = await app.AppServices.ViewerAsync("agent");
        await app.QueryAsync(async db =>
        {
            var ticketId = await db.Tickets.Where(t => t.Number == number).Select(t => t.Id).SingleAsync();
            var statuses = Enum.GetValues<TicketStatus>();
            var at = app.Clock.GetUtcNow();
            var i = 0;

            async Task AddAsync(TicketAction action, string? note, int? method = null, int? returnReason = null, int? cancelReason = null,
                int? decision = null)
            {
                i++;
                await db.Database.ExecuteSqlAsync($"""
                    INSERT INTO ticket_events (ticket_id, round, at, actor_user_id, actor_name, action, "from", "to", note, contact_method, return_reason, cancel_reason, extension_decision)
                    VALUES ({ticketId}, 1, {at.AddMinutes(i)}, {agent.Actor.UserId}, {"张话务"}, {(int)action}, {(int)statuses[i % statuses.Length]},
                            {(int)statuses[(i + 1) % statuses.Length]}, {note}, {method}, {returnReason}, {cancelReason}, {decision})
                    """);
            }

            foreach (var action in Enum.GetValues<TicketAction>())
            {
                await AddAsync(action, $"记录{i}");
            }

            foreach (var method in Enum.GetValues<ContactMethod>())
            {
                await AddAsync(TicketAction.RecordContact, Words(method), method: (int)method);
            }

            foreach (var reason in Enum.GetValues<ReturnReason>())
            {
                await AddAsync(TicketAction.RequestReturn, Words(reason), returnReason: (int)reason);
            }

            foreach (var reason in Enum.GetValues<CancelReason>())
            {
                await AddAsync(TicketAction.Cancel, Words(reason), cancelReason: (int)reason);
            }

            foreach (var decision in Decisions)
            {
                await AddAsync(TicketAction.DecideExtension, Words(decision), decision: (int)decision);
            }

            return i;
        });
    }

    private Task<string> RegisteredAsync() => app.RegisteredTicketAsync(content: "市民来电反映家中暖气不热，请尽快维修。");

    private async Task<HtmlClient> SignedInAsync(string user, string culture)
    {
        var client = new HtmlClient(app);
        await client.LoginAsync(user);
        if (culture == "en")
        {
            var response = await client.SubmitAsync(await client.GetDocumentAsync("/Notifications"), "form[action='/Culture']",
                new Dictionary<string, string> { ["culture"] = "en" });
            response.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        }

        return client;
    }

    private static Dictionary<string, string> Labels(string culture)
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (!File.Exists(Path.Combine(dir!.FullName, "Hotline.sln")))
        {
            dir = dir.Parent;
        }

        var path = Path.Combine(dir.FullName, "src", "Hotline.Web", "Resources", $"SharedResource.{culture}.resx");
        return XDocument.Load(path).Root!.Elements("data")
            .ToDictionary(d => (string)d.Attribute("name")!, d => (string?)d.Element("value") ?? string.Empty, StringComparer.Ordinal);
    }

    // "Enum.TicketAction.Urge", "Field.CallbackDueAt": what a localizer shows for a key it does not have.
    [GeneratedRegex(@"\b[A-Z][A-Za-z]+(?:\.[A-Z][A-Za-z0-9]+)+\b")]
    private static partial Regex ResourceKey();

    [GeneratedRegex(@"[A-Za-z]+")]
    private static partial Regex Word();
}
