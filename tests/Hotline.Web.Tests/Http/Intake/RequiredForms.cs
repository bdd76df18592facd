using System.Globalization;
using System.Net;
using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using Hotline.Domain.Tickets;
using Hotline.Services.Data;
using Hotline.Services.Dispatch;
using Hotline.Services.Workbench;
using Hotline.Testing;
using Hotline.Web.Tests.Decisions;
using Hotline.Web.Tests.Infrastructure;
using Hotline.Web.Tests.Journeys;
using Hotline.Web.Tests.Supervision;
using Hotline.Web.Tests.Workbench;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Hotline.Web.Tests.Http.Intake;

/// <summary>
/// A form under test: where it is, how to find it on the page, the button posted (a handler such as "Reject", or null
/// for the form's own) and the choices posted as the person made them (a kind picked from a list that has no empty entry).
/// </summary>
internal sealed record RequiredForm(string Url, string Selector, string? Button = null, IReadOnlyDictionary<string, string>? Chosen = null);

/// <summary>Opens each form of <see cref="EveryRequiredFieldIsMarked"/> and reads its marks and refusals.</summary>
internal static class RequiredForms
{
    /// <summary>Signs in as the right person and brings a ticket (or record) to the state where the form is shown.</summary>
    public static async Task<RequiredForm> OpenAsync(HotlineWebFactory app, HtmlClient client, string form)
    {
        switch (form)
        {
            case "change-password":
                await client.LoginAsync("agent");
                return new("/Account/ChangePassword", "[data-testid=change-password-form]");
            case "workbench-contact":
                return new(await SignedForAsync(app, client), "#contact-form");
            case "workbench-resolve":
                {
                    var url = await SignedForAsync(app, client);
                    (await client.SubmitAsync(await client.GetDocumentAsync(url), "#contact-form",
                        new Dictionary<string, string> { ["Contact.Summary"] = "已电话联系市民，约定明天上门。" })).StatusCode.ShouldBe(HttpStatusCode.Redirect);
                    return new(url, "#resolve-form");
                }

            case "workbench-note":
                return new(await SignedForAsync(app, client), "#note-form");
            case "workbench-extension":
                return new(await SignedForAsync(app, client), "#extension-form");
            case "workbench-return":
                return new(await SignedForAsync(app, client), "#return-form");
            case "workbench-objection":
                {
                    var number = await app.DispatchedTicketAsync("heating");
                    await client.LoginAsync("liaison-heating");
                    return new($"/Workbench/{number}", "#objection-form");
                }

            case "workbench-reveal":
                {
                    var number = await app.DispatchedTicketAsync("heating", confidential: true);
                    await client.LoginAsync("liaison-heating");
                    return new($"/Workbench/{number}", "#reveal-form");
                }

            case "status":
                return new("/Status", "[data-testid=status-form]");
            case "workbench-delegation":
                return new(await SignedForAsync(app, client, "laishan"), "#delegation-form");
            case "workbench-assist-done":
                {
                    var number = await app.RegisteredTicketAsync();
                    await DispatchWithAssistingAsync(app, number, "heating", "housing");
                    await client.LoginAsync("liaison-housing");
                    return new($"/Workbench/{number}", "#assist-done-form");
                }

            case "dispatch":
                {
                    var number = await app.RegisteredTicketAsync();
                    await client.LoginAsync("dispatcher");
                    return new($"/Dispatch/{number}", "#dispatch-form");
                }

            case "merge":
                {
                    var number = await app.RegisteredTicketAsync();
                    await client.LoginAsync("dispatcher");
                    return new($"/Dispatch/{number}", "#merge-form");
                }

            case "return-reject" or "return-approve":
                {
                    var number = await app.ReturnRequestedAsync();
                    await client.LoginAsync("dispatcher");
                    return await RowAsync(client, "/Dispatch/Returns", number, form == "return-reject" ? "Reject" : "Approve");
                }

            case "extension-reject":
                {
                    var number = await app.ExtensionRequestedAsync();
                    await client.LoginAsync("supervisor");
                    return await RowAsync(client, "/Supervision/Extensions", number, "Reject");
                }

            case "objection-uphold" or "objection-reject":
                {
                    var number = await app.DispatchedTicketAsync("heating");
                    var housing = await app.UnitAsync("housing");
                    using (var liaison = new HtmlClient(app))
                    {
                        await liaison.LoginAsync("liaison-heating");
                        (await liaison.SubmitAsync(await liaison.GetDocumentAsync($"/Workbench/{number}"), "#objection-form", new Dictionary<string, string>
                        {
                            ["Objection.SuggestedUnitId"] = housing.Id.ToString(CultureInfo.InvariantCulture),
                            ["Objection.Reason"] = "楼道屋顶漏水属于物业维修责任。",
                        })).StatusCode.ShouldBe(HttpStatusCode.Redirect);
                    }

                    await client.LoginAsync("dispatcher");
                    return await RowAsync(client, "/Dispatch/Objections", number, form == "objection-uphold" ? "Uphold" : "Reject");
                }

            case "supervise" or "urge" or "cancel" or "lift":
                {
                    var number = await app.WaitingTicketAsync();
                    if (form == "lift")
                    {
                        await app.SupervisedAsync(number, SupervisionLevel.Normal);
                    }

                    await client.LoginAsync("supervisor");
                    return new($"/Supervision/Ticket?number={number}", $"#{form}-form");
                }

            case "reopen":
                {
                    var number = await app.DispatchedTicketAsync("heating");
                    await app.ResolvedByUnitAsync(number);
                    await client.LoginAsync("supervisor");
                    return new($"/Supervision/Ticket?number={number}", "#reopen-form");
                }

            case "review-send-back":
                {
                    await app.DbAsync(db => db.Database.ExecuteSqlRawAsync(TestDatabase.ReviewPolicyOn));
                    var number = await app.DispatchedTicketAsync("heating", content: "市民投诉小区供暖不热，多次报修无人处理。", type: RequestType.Complaint);
                    await app.ResolvedByUnitAsync(number);
                    await app.DbAsync(db => db.Database.ExecuteSqlRawAsync(TestDatabase.ReviewPolicyOff));
                    await client.LoginAsync("supervisor");
                    return new($"/Review/Ticket?number={number}", "[data-testid=review-form]", "SendBack");
                }

            case "user-new":
                await client.LoginAsync("admin");
                return new("/Admin/Users/Edit", "[data-testid=user-form]");
            case "unit-new":
                await client.LoginAsync("admin");
                return new("/Admin/Units/Edit", "[data-testid=unit-form]");
            case "category-new":
                {
                    await client.LoginAsync("admin");
                    var group = await app.DbAsync(db => db.Categories.Where(c => c.Code == "utilities-heating").Select(c => c.ParentId).SingleAsync());
                    return new($"/Admin/Categories/Edit?parentId={group}", "[data-testid=category-form]");
                }

            case "article-new":
                await client.LoginAsync("admin");
                return new("/Admin/Knowledge/Edit", "[data-testid=article-form]");
            case "calendar-mark":
                await client.LoginAsync("admin");
                return new("/Admin/Calendar", "#mark-form", Chosen: new Dictionary<string, string> { ["Mark.Mark"] = "Holiday" });
            case "calendar-import":
                await client.LoginAsync("admin");
                return new("/Admin/Calendar", "#import-form");
            case "office-hours":
                await client.LoginAsync("admin");
                return new("/Admin/Calendar", "#hours-form");
            case "api-client":
                await client.LoginAsync("admin");
                return new("/Admin/ApiClients", "[data-testid=create-client]", Chosen: new Dictionary<string, string> { ["Input.Scope"] = "Open311" });
            case "policy":
                {
                    await client.LoginAsync("admin");
                    var page = await client.GetDocumentAsync("/Admin/Policies");
                    return new("/Admin/Policies", $"#{page.QuerySelector("form[id^='policy-']")!.Id}");
                }

            case "review-policy":
                {
                    await client.LoginAsync("admin");
                    var page = await client.GetDocumentAsync("/Admin/Policies/Review");
                    return new("/Admin/Policies/Review", $"#{page.QuerySelector("form[id^='review-policy-']")!.Id}");
                }

            case "kpi":
                await client.LoginAsync("admin");
                return new("/Admin/Kpi", "[data-testid=kpi-form]");
            default:
                throw new ArgumentOutOfRangeException(nameof(form));
        }
    }

    /// <summary>Posts the form with every field a person types into or picks from left empty; returns the page and the refused fields.</summary>
    public static async Task<(IHtmlDocument Page, List<string> Refused)> PostEmptyAsync(HtmlClient client, IHtmlDocument page, RequiredForm form)
    {
        var element = page.QuerySelector(form.Selector).ShouldNotBeNull($"{form.Selector} on {form.Url}");
        var response = await client.SubmitAsync(page, form.Selector, EmptyFields(page, element, form), Action(element, form));
        response.StatusCode.ShouldBe(HttpStatusCode.OK, $"{form.Selector} posted empty is refused");
        var refusedPage = await HtmlClient.ParseAsync(response);
        var shown = refusedPage.QuerySelector(form.Selector).ShouldNotBeNull();
        var messages = shown.QuerySelectorAll("span[data-valmsg-for]").Where(s => s.TextContent.Trim().Length > 0).Select(s => s.GetAttribute("data-valmsg-for")!);
        var invalid = Controls(refusedPage, shown).Where(c => c.ClassList.Contains("is-invalid") || c.ClassList.Contains("input-validation-error"))
            .Select(c => c.GetAttribute("name")!);
        return (refusedPage, messages.Concat(invalid).Distinct().ToList());
    }

    /// <summary>The form's fields (inside it, or tied to it by form="id" from a table row).</summary>
    public static List<IElement> Controls(IHtmlDocument page, IElement form) =>
        [
            .. form.QuerySelectorAll("input, textarea, select")
                .Concat(string.IsNullOrEmpty(form.Id) ? [] : page.QuerySelectorAll($"[form='{form.Id}']"))
                .Where(c => !string.IsNullOrEmpty(c.GetAttribute("name"))),
        ];

    /// <summary>A field a person types words into.</summary>
    public static bool IsText(IElement control) =>
        control is IHtmlTextAreaElement { IsReadOnly: false }
        || control is IHtmlInputElement { Type: "text" or "search", IsReadOnly: false };

    /// <summary>
    /// Every field a person types into or picks from, left empty (a list or a radio group posted with no choice, even when the page
    /// offered one already chosen); hidden fields and boxes as the page sent them, a multiple choice with nothing chosen.
    /// </summary>
    public static Dictionary<string, string> EmptyFields(IHtmlDocument page, IElement form, RequiredForm definition)
    {
        var values = Controls(page, form)
            .Where(e => e is not (IHtmlInputElement { Type: "hidden" or "checkbox" or "submit" or "button" } or IHtmlSelectElement { IsMultiple: true }))
            .Select(e => e.GetAttribute("name")!)
            .Distinct()
            .ToDictionary(n => n, _ => "");
        foreach (var (name, value) in definition.Chosen ?? new Dictionary<string, string>())
        {
            values[name] = value;
        }

        return values;
    }

    /// <summary>Where the button posts: its own formaction for a form with several buttons, else the form's action.</summary>
    public static string? Action(IElement form, RequiredForm definition) =>
        definition.Button is null
            ? null
            : form.QuerySelectorAll("button[formaction]").Select(b => b.GetAttribute("formaction")!)
                .Single(a => a.Contains($"handler={definition.Button}", StringComparison.Ordinal));

    /// <summary>
    /// The marks in force and the field each marks: in the form's labels and legends, or in the header of a table column the form's
    /// fields sit in. A mark for another button, or hidden for the answers given, is not in force.
    /// </summary>
    public static List<(IElement Mark, string Field)> Marks(IHtmlDocument page, IElement form, string? button)
    {
        bool InForce(IElement mark) => mark.Closest("[hidden]") is null && (mark.GetAttribute("data-required-for") is not { } only || only == button);
        var marks = new List<(IElement, string)>();
        foreach (var mark in form.QuerySelectorAll(".required-mark").Where(InForce))
        {
            var field = mark.Closest("label") is { } label
                ? page.GetElementById(label.GetAttribute("for").ShouldNotBeNull("a marked label names its field"))?.GetAttribute("name")
                : mark.Closest("legend")?.Closest("fieldset")?.QuerySelector("[name]")?.GetAttribute("name");
            marks.Add((mark, field.ShouldNotBeNull("a mark is in a label or a fieldset's legend")));
        }

        // A table of rows, each its own form: a mark in a column header marks that column's fields in the form's row.
        var row = form.Closest("tr");
        if (row?.Closest("table") is { } table)
        {
            var headers = table.QuerySelectorAll("thead th").ToList();
            var cells = row.Children.ToList();
            foreach (var header in headers.Where(h => h.QuerySelector(".required-mark") is { } m && InForce(m)))
            {
                var cell = cells[headers.IndexOf(header)];
                foreach (var control in cell.QuerySelectorAll("[name]").Where(c => c is not IHtmlInputElement { Type: "hidden" }))
                {
                    marks.Add((header.QuerySelector(".required-mark")!, control.GetAttribute("name")!));
                }
            }
        }

        return marks;
    }

    /// <summary>The liaison of <paramref name="unitCode"/> has signed for a new ticket; returns its workbench page.</summary>
    private static async Task<string> SignedForAsync(HotlineWebFactory app, HtmlClient client, string unitCode = "heating")
    {
        var number = await app.DispatchedTicketAsync(unitCode);
        await client.LoginAsync($"liaison-{unitCode}");
        var url = $"/Workbench/{number}";
        (await client.SubmitAsync(await client.GetDocumentAsync(url), "#sign-for-form", new Dictionary<string, string>())).StatusCode.ShouldBe(HttpStatusCode.Redirect);
        return url;
    }

    /// <summary>The decision form of ticket <paramref name="number"/> on a list page, looked for page by page.</summary>
    private static async Task<RequiredForm> RowAsync(HtmlClient client, string list, string number, string button)
    {
        for (var p = 1; p <= 20; p++)
        {
            var url = $"{list}?p={p}";
            var page = await client.GetDocumentAsync(url);
            if (page.QuerySelectorAll("input[name='Input.Number']").FirstOrDefault(i => i.GetAttribute("value") == number)?.Closest("form") is { } form)
            {
                return new(url, $"#{form.Id}", button);
            }
        }

        throw new InvalidOperationException($"{number} is not on {list}");
    }

    private static async Task DispatchWithAssistingAsync(HotlineWebFactory app, string number, string lead, string assisting)
    {
        await using var scope = app.AppServices.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<HotlineDbContext>();
        var units = await db.Units.Where(u => u.Code == lead || u.Code == assisting).ToDictionaryAsync(u => u.Code, u => u.Id);
        var version = await db.Tickets.Where(t => t.Number == number).Select(t => t.Version).SingleAsync();
        var dispatcher = await app.AppServices.ViewerAsync("dispatcher");
        var dispatched = await scope.ServiceProvider.GetRequiredService<DispatchService>().DispatchAsync(number,
            new DispatchInput { LeadUnitId = units[lead], AssistingUnitIds = [units[assisting]], Version = version }, dispatcher.Actor);
        dispatched.Errors.ShouldBeEmpty();
    }
}
