using System.Net;
using AngleSharp.Html.Dom;
using Hotline.Web.Tests.Infrastructure;
using Hotline.Web.Tests.Workbench;

namespace Hotline.Web.Tests.Http.Intake;

/// <summary>
/// Beyond intake: on each form listed here, the fields refused when the form is posted empty are exactly the fields
/// whose label carries the required mark (with its localized title), and the form shows the legend, in both languages.
/// </summary>
public sealed class EveryRequiredFieldIsMarked(HotlineWebFactory app) : IClassFixture<HotlineWebFactory>
{
    public static TheoryData<string, string> Cases()
    {
        var data = new TheoryData<string, string>();
        foreach (var form in new[] { "change-password", "workbench-contact", "workbench-resolve" })
        {
            data.Add(form, "zh-CN");
            data.Add(form, "en");
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public async Task The_fields_an_empty_form_is_refused_for_are_exactly_the_marked_ones(string form, string culture)
    {
        using var client = new HtmlClient(app);
        var (url, selector) = await OpenAsync(client, form);
        var start = await client.GetDocumentAsync(url);
        (await client.SubmitAsync(start, "form[action='/Culture']", new Dictionary<string, string> { ["culture"] = culture }))
            .StatusCode.ShouldBe(HttpStatusCode.Redirect);
        var page = await client.GetDocumentAsync(url);

        var response = await client.SubmitAsync(page, selector, EmptyFields(page.QuerySelector(selector)!));

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        var refusedPage = await HtmlClient.ParseAsync(response);
        var formElement = refusedPage.QuerySelector(selector).ShouldNotBeNull();
        var refused = formElement.QuerySelectorAll("span[data-valmsg-for]")
            .Where(s => s.TextContent.Trim().Length > 0)
            .Select(s => s.GetAttribute("data-valmsg-for")!)
            .ToList();
        refused.ShouldNotBeEmpty();
        var title = culture == "en" ? "Required" : "必填";
        foreach (var field in refused)
        {
            var label = formElement.QuerySelector($"label[for='{field.Replace('.', '_')}']").ShouldNotBeNull($"{field} has no label");
            var mark = label.QuerySelector(".required-mark");
            mark.ShouldNotBeNull($"{field} is refused when empty but not marked");
            mark.GetAttribute("title").ShouldBe(title);
        }

        // Nothing else in the form is marked: an optional field carries no mark.
        var marked = formElement.QuerySelectorAll("label .required-mark")
            .Select(m => m.Closest("label")!.GetAttribute("for")!.Replace('_', '.'))
            .ToList();
        marked.ShouldBe(refused, ignoreOrder: true);
        formElement.QuerySelectorAll(".text-danger").Where(s => s.TextContent.Trim() == "*" && s.Closest("[data-testid=required-legend]") is null && !s.ClassList.Contains("required-mark"))
            .ShouldBeEmpty("a bare * outside the required mark");
        formElement.QuerySelector("[data-testid=required-legend]").ShouldNotBeNull()
            .TextContent.ShouldContain(culture == "en" ? "Fields marked * are required" : "带 * 的为必填项");
    }

    /// <summary>Signs in as the right person and brings a ticket to the state where the form is shown.</summary>
    private async Task<(string Url, string Selector)> OpenAsync(HtmlClient client, string form)
    {
        switch (form)
        {
            case "change-password":
                await client.LoginAsync("agent");
                return ("/Account/ChangePassword", "[data-testid=change-password-form]");
            case "workbench-contact":
                {
                    var number = await app.DispatchedTicketAsync("heating");
                    await client.LoginAsync("liaison-heating");
                    await client.SubmitAsync(await client.GetDocumentAsync($"/Workbench/{number}"), "#sign-for-form", new Dictionary<string, string>());
                    return ($"/Workbench/{number}", "#contact-form");
                }

            case "workbench-resolve":
                {
                    var number = await app.DispatchedTicketAsync("heating");
                    await client.LoginAsync("liaison-heating");
                    await client.SubmitAsync(await client.GetDocumentAsync($"/Workbench/{number}"), "#sign-for-form", new Dictionary<string, string>());
                    (await client.SubmitAsync(await client.GetDocumentAsync($"/Workbench/{number}"), "#contact-form",
                        new Dictionary<string, string> { ["Contact.Summary"] = "已电话联系市民，约定明天上门。" })).StatusCode.ShouldBe(HttpStatusCode.Redirect);
                    return ($"/Workbench/{number}", "#resolve-form");
                }

            default:
                throw new ArgumentOutOfRangeException(nameof(form));
        }
    }

    /// <summary>Every field a person types into or picks from, left empty; hidden fields and radio choices as the page sent them.</summary>
    private static Dictionary<string, string> EmptyFields(AngleSharp.Dom.IElement form) =>
        form.QuerySelectorAll("input, textarea, select")
            .Where(e => e is not IHtmlInputElement { Type: "hidden" or "radio" or "checkbox" or "submit" or "button" })
            .Select(e => e.GetAttribute("name"))
            .Where(n => !string.IsNullOrEmpty(n))
            .Distinct()
            .ToDictionary(n => n!, _ => "");
}
