using System.Net;
using Hotline.Web.Tests.Http.Support;
using Hotline.Web.Tests.Infrastructure;

namespace Hotline.Web.Tests.Http.Intake;

/// <summary>Every field the intake form refuses when left empty carries the required mark (*), in both languages.</summary>
public sealed class RequiredFieldsAreMarked(HotlineWebFactory app) : IClassFixture<HotlineWebFactory>
{
    [Theory]
    [InlineData("zh-CN", "必填")]
    [InlineData("en", "Required")]
    public async Task Each_field_an_empty_complaint_is_refused_for_is_marked_required(string culture, string title)
    {
        using var client = new HtmlClient(app);
        await client.LoginAsync("agent");
        var start = await client.GetDocumentAsync("/Intake");
        (await client.SubmitAsync(start, "form[action='/Culture']", new Dictionary<string, string> { ["culture"] = culture }))
            .StatusCode.ShouldBe(HttpStatusCode.Redirect);
        var intake = await client.OpenIntakeAsync();

        // A complaint with nothing else: the phone, category, address and content are missing.
        var response = await client.SubmitAsync(intake, IntakeForm.Selector, new Dictionary<string, string>
        {
            ["Input.RequestType"] = "Complaint",
        }, IntakeForm.Register);

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        var page = await HtmlClient.ParseAsync(response);
        var refused = page.QuerySelectorAll("#intake-form span[data-valmsg-for]")
            .Where(s => s.TextContent.Trim().Length > 0)
            .Select(s => s.GetAttribute("data-valmsg-for")!)
            .ToList();
        refused.ShouldBe(["Input.CallerPhone", "Input.CategoryId", "Input.Address", "Input.Content"], ignoreOrder: true);
        foreach (var field in refused)
        {
            var mark = page.QuerySelector($"span[data-valmsg-for='{field}']")!.ParentElement!.QuerySelector(".form-label .required-mark");
            mark.ShouldNotBeNull($"{field} has no required mark");
            mark.GetAttribute("title").ShouldBe(title);
        }

        // The fields a complaint may leave empty are not marked.
        foreach (var optional in new[] { "Input.CallerName", "Input.AreaUnitId", "Input.DispatchUnitId" })
        {
            page.QuerySelector($"span[data-valmsg-for='{optional}']")!.ParentElement!.QuerySelector(".required-mark").ShouldBeNull(optional);
        }

        page.QuerySelector("[data-testid=required-legend]")!.TextContent.ShouldContain(culture == "en" ? "Fields marked * are required" : "带 * 的为必填项");
        page.QuerySelector("#Input_Address")!.GetAttribute("aria-required").ShouldBe("true");
    }
}
