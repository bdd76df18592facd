using System.Globalization;
using System.Net;
using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using Hotline.Web.Tests.Infrastructure;

namespace Hotline.Web.Tests.Http.Intake;

/// <summary>
/// Beyond intake: on each form listed here, the fields refused when the form is posted empty are exactly the fields
/// that carry the required mark (with its localized title), and the page shows the legend, in both languages. A mark
/// that holds for one button only (驳回时必填) counts when that button is posted; a mark hidden for the answers given
/// (data-required-when) does not count. A refused save shows every typed text again.
/// </summary>
public sealed class EveryRequiredFieldIsMarked(HotlineWebFactory app) : IClassFixture<HotlineWebFactory>
{
    /// <summary>Forms with required fields, each opened as the person who uses it (<see cref="RequiredForms"/>).</summary>
    public static readonly string[] Forms =
    [
        "change-password", "workbench-contact", "workbench-resolve", "workbench-note", "workbench-extension", "workbench-return",
        "workbench-objection", "workbench-delegation", "workbench-reveal", "dispatch", "merge", "return-reject", "objection-uphold", "objection-reject",
        "extension-reject", "supervise", "urge", "cancel", "reopen", "review-send-back", "user-new", "unit-new", "category-new",
        "article-new", "calendar-mark", "office-hours", "calendar-import", "api-client", "policy", "review-policy", "kpi", "status",
    ];

    /// <summary>Forms where nothing is required: they carry no mark and no legend.</summary>
    public static readonly string[] Optional = ["workbench-assist-done", "lift", "return-approve"];

    public static TheoryData<string, string> Cases()
    {
        var data = new TheoryData<string, string>();
        foreach (var form in Forms)
        {
            data.Add(form, "zh-CN");
            data.Add(form, "en");
        }

        return data;
    }

    public static TheoryData<string> OptionalCases() => [.. Optional];

    /// <summary>Forms with text beside their required fields: what was typed there must come back on a refused save.</summary>
    public static TheoryData<string> TypedCases() =>
    [
        .. Forms.Where(f => f is not ("change-password" or "workbench-note" or "urge" or "return-reject" or "extension-reject" or "objection-reject"
            or "review-send-back" or "policy" or "review-policy" or "office-hours" or "calendar-import" or "workbench-reveal")),
    ];

    /// <summary>Ticket forms that carry the version the person saw: a save against an older version is refused.</summary>
    public static TheoryData<string> StaleCases() =>
    [
        "workbench-contact", "workbench-resolve", "workbench-note", "workbench-extension", "workbench-return", "workbench-objection",
        "workbench-delegation", "dispatch", "merge", "return-reject", "objection-reject", "extension-reject", "supervise", "urge", "cancel",
        "reopen", "review-send-back",
    ];

    [Theory]
    [MemberData(nameof(Cases))]
    public async Task The_fields_an_empty_form_is_refused_for_are_exactly_the_marked_ones(string name, string culture)
    {
        using var client = new HtmlClient(app);
        var form = await RequiredForms.OpenAsync(app, client, name);
        var start = await client.GetDocumentAsync(form.Url);
        (await client.SubmitAsync(start, "form[action='/Culture']", new Dictionary<string, string> { ["culture"] = culture }))
            .StatusCode.ShouldBe(HttpStatusCode.Redirect);
        var page = await client.GetDocumentAsync(form.Url);

        var (refusedPage, refused) = await RequiredForms.PostEmptyAsync(client, page, form);

        refused.ShouldNotBeEmpty();
        var element = refusedPage.QuerySelector(form.Selector).ShouldNotBeNull();
        var marks = RequiredForms.Marks(refusedPage, element, form.Button);
        var title = culture == "en" ? "Required" : "必填";
        foreach (var (mark, _) in marks)
        {
            mark.GetAttribute("title").ShouldNotBeNull().ShouldContain(title);
        }

        marks.Select(m => m.Field).Distinct().ShouldBe(refused, ignoreOrder: true, $"marked fields of {name}");
        element.QuerySelectorAll(".text-danger").Where(s => s.TextContent.Trim() == "*" && s.Closest("[data-testid=required-legend]") is null && !s.ClassList.Contains("required-mark"))
            .ShouldBeEmpty("a bare * outside the required mark");
        var legend = element.QuerySelector("[data-testid=required-legend]") ?? refusedPage.QuerySelector("[data-testid=required-legend]");
        legend.ShouldNotBeNull().TextContent.ShouldContain(culture == "en" ? "Fields marked * are required" : "带 * 的为必填项");
    }

    [Theory]
    [MemberData(nameof(OptionalCases))]
    public async Task A_form_with_nothing_required_carries_no_mark(string name)
    {
        using var client = new HtmlClient(app);
        var form = await RequiredForms.OpenAsync(app, client, name);
        var page = await client.GetDocumentAsync(form.Url);
        var element = page.QuerySelector(form.Selector).ShouldNotBeNull();

        RequiredForms.Marks(page, element, form.Button).ShouldBeEmpty();
        element.QuerySelector("[data-testid=required-legend]").ShouldBeNull();
    }

    [Theory]
    [MemberData(nameof(TypedCases))]
    public async Task A_refused_save_shows_what_was_typed(string name)
    {
        using var client = new HtmlClient(app);
        var form = await RequiredForms.OpenAsync(app, client, name);
        var page = await client.GetDocumentAsync(form.Url);
        var (_, refused) = await RequiredForms.PostEmptyAsync(client, page, form);

        // Type into every text field but one the form needs, so the save is refused with the rest filled in.
        page = await client.GetDocumentAsync(form.Url);
        var element = page.QuerySelector(form.Selector).ShouldNotBeNull();
        var texts = RequiredForms.Controls(page, element).Where(RequiredForms.IsText).Select(c => c.GetAttribute("name")!).Distinct().ToList();
        var left = refused.All(texts.Contains) ? refused[0] : null;
        var typed = texts.Where(t => t != left).Select((t, i) => (Field: t, Text: $"已填写{i}号")).ToList();
        typed.ShouldNotBeEmpty();
        var values = RequiredForms.EmptyFields(page, element, form);
        foreach (var (field, text) in typed)
        {
            values[field] = text;
        }

        var response = await client.SubmitAsync(page, form.Selector, values, RequiredForms.Action(element, form));

        response.StatusCode.ShouldBe(HttpStatusCode.OK, $"{name} is refused");
        var again = await HtmlClient.ParseAsync(response);
        var shown = again.QuerySelector(form.Selector).ShouldNotBeNull();
        foreach (var (field, text) in typed)
        {
            var control = RequiredForms.Controls(again, shown).FirstOrDefault(c => c.GetAttribute("name") == field).ShouldNotBeNull(field);
            (control is IHtmlTextAreaElement area ? area.Value : control.GetAttribute("value")).ShouldBe(text, $"{field} kept");
        }
    }

    [Theory]
    [MemberData(nameof(StaleCases))]
    public async Task A_save_refused_because_the_ticket_changed_shows_what_was_typed(string name)
    {
        using var client = new HtmlClient(app);
        var form = await RequiredForms.OpenAsync(app, client, name);
        var page = await client.GetDocumentAsync(form.Url);
        var element = page.QuerySelector(form.Selector).ShouldNotBeNull();
        var controls = RequiredForms.Controls(page, element);

        // Everything filled in as a person would, against a version of the ticket that is not the current one.
        var version = controls.Single(c => c.GetAttribute("name")!.EndsWith("Version", StringComparison.Ordinal));
        var values = new Dictionary<string, string>
        {
            [version.GetAttribute("name")!] = (uint.Parse(version.GetAttribute("value")!, CultureInfo.InvariantCulture) + 1000).ToString(CultureInfo.InvariantCulture),
        };
        foreach (var list in controls.OfType<IHtmlSelectElement>().Where(s => !s.IsMultiple && string.IsNullOrEmpty(s.Value)))
        {
            values[list.Name!] = list.Options.First(o => !string.IsNullOrEmpty(o.Value)).Value;
        }

        var typed = controls.Where(RequiredForms.IsText).Select(c => c.GetAttribute("name")!).Distinct()
            .Select((t, i) => (Field: t, Text: $"市民反映的情况已核实，第{i}条说明请保留。")).ToList();
        typed.ShouldNotBeEmpty();
        foreach (var (field, text) in typed)
        {
            values[field] = text;
        }

        var response = await client.SubmitAsync(page, form.Selector, values, RequiredForms.Action(element, form));

        response.StatusCode.ShouldBe(HttpStatusCode.OK, $"{name} against an old version is refused");
        var again = await HtmlClient.ParseAsync(response);
        foreach (var (field, text) in typed)
        {
            // Back in the form when it can be sent again, or on the page to copy when it cannot.
            var inForm = again.QuerySelector(form.Selector) is { } shown
                ? RequiredForms.Controls(again, shown).FirstOrDefault(c => c.GetAttribute("name") == field) is { } control
                    && (control is IHtmlTextAreaElement area ? area.Value : control.GetAttribute("value")) == text
                : false;
            var toCopy = again.QuerySelectorAll("[data-testid=unsaved-text]").Any(t => t.TextContent == text);
            (inForm || toCopy).ShouldBeTrue($"{field} of {name} kept");
        }
    }
}
