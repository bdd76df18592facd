using System.Net;
using System.Net.Http.Headers;
using Hotline.Domain.Tickets;
using Hotline.Web.Tests.Http.Support;
using Hotline.Web.Tests.Infrastructure;

namespace Hotline.Web.Tests.Workbench;

/// <summary>The workbench pages as a browser without JavaScript uses them: forms, redisplay, conflicts, files.</summary>
public sealed class WorkbenchPageTests(HotlineWebFactory app) : IClassFixture<HotlineWebFactory>
{
    [Fact]
    public async Task Signing_for_from_a_page_someone_else_already_acted_on_says_reload_and_changes_nothing_more()
    {
        var number = await app.DispatchedTicketAsync("heating");
        using var first = new HtmlClient(app);
        await first.LoginAsync("liaison-heating");
        using var second = new HtmlClient(app);
        await second.LoginAsync("liaison-heating");
        var stale = await second.GetDocumentAsync($"/Workbench/{number}");
        var fresh = await first.GetDocumentAsync($"/Workbench/{number}");
        (await first.SubmitAsync(fresh, "#sign-for-form", new Dictionary<string, string>())).RedirectPath().ShouldBe($"/Workbench/{number}");
        var signed = await app.StateAsync(number);

        var response = await second.SubmitAsync(stale, "#sign-for-form", new Dictionary<string, string>());

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await HtmlClient.ParseAsync(response)).QuerySelector("[role=alert]")!.TextContent.ShouldContain("该工单已被他人修改");
        (await app.StateAsync(number)).ShouldBe(signed);
    }

    [Fact]
    public async Task Signing_for_from_a_stale_list_row_returns_to_the_list_with_the_conflict()
    {
        var number = await app.DispatchedTicketAsync("heating");
        using var client = new HtmlClient(app);
        await client.LoginAsync("liaison-heating");
        var list = await client.GetDocumentAsync($"/Workbench?Filter.Text={number}");
        var detail = await client.GetDocumentAsync($"/Workbench/{number}");
        (await client.SubmitAsync(detail, "#note-form", new Dictionary<string, string> { ["Note.Text"] = "已安排人员。" })).RedirectPath().ShouldBe($"/Workbench/{number}");

        var response = await client.SubmitAsync(list, "[data-testid=workbench-row] form", new Dictionary<string, string>());

        response.RedirectPath().ShouldBe("/Workbench");
        var page = await client.GetDocumentAsync(response.RedirectTarget().PathAndQuery);
        page.QuerySelector("[data-testid=failed]")!.TextContent.ShouldContain("该工单已被他人修改");
        (await app.StateAsync(number)).Status.ShouldBe(TicketStatus.Dispatched);
    }

    [Fact]
    public async Task A_contact_without_a_summary_is_redisplayed_with_the_message_next_to_the_field()
    {
        var number = await app.DispatchedTicketAsync("heating");
        using var client = new HtmlClient(app);
        await client.LoginAsync("liaison-heating");
        await client.SubmitAsync(await client.GetDocumentAsync($"/Workbench/{number}"), "#sign-for-form", new Dictionary<string, string>());
        var before = await app.StateAsync(number);

        var response = await client.SubmitAsync(await client.GetDocumentAsync($"/Workbench/{number}"), "#contact-form",
            new Dictionary<string, string> { ["Contact.Summary"] = " " });

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        var page = await HtmlClient.ParseAsync(response);
        page.QuerySelector("[data-valmsg-for='Contact.Summary']")!.TextContent.ShouldContain("请填写联系情况");
        (await app.StateAsync(number)).ShouldBe(before);
    }

    [Fact]
    public async Task A_pdf_uploaded_from_the_page_is_listed_and_downloads_a_renamed_program_is_refused()
    {
        var number = await app.DispatchedTicketAsync("heating");
        using var client = new HtmlClient(app);
        await client.LoginAsync("liaison-heating");
        var page = await client.GetDocumentAsync($"/Workbench/{number}");
        var action = page.QuerySelector("#upload-form")!.GetAttribute("action")!;
        var token = page.QuerySelector("#upload-form input[name=__RequestVerificationToken]")!.GetAttribute("value")!;

        (await UploadAsync(client, action, token, "现场.pdf", WorkbenchTickets.Pdf)).RedirectPath().ShouldBe($"/Workbench/{number}");
        var refused = await UploadAsync(client, action, token, "photo.jpg", "MZ\u0090\0 program"u8.ToArray());

        refused.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await HtmlClient.ParseAsync(refused)).QuerySelector("[data-valmsg-for=Upload]")!.TextContent.ShouldContain("只能上传");
        var listed = await client.GetDocumentAsync($"/Workbench/{number}");
        var link = listed.QuerySelectorAll("[data-testid=attachment-link]").ShouldHaveSingleItem();
        link.TextContent.ShouldBe("现场.pdf");
        var file = await client.GetAsync(link.GetAttribute("href")!);
        file.StatusCode.ShouldBe(HttpStatusCode.OK);
        file.Content.Headers.ContentType!.MediaType.ShouldBe("application/pdf");
        (await file.Content.ReadAsByteArrayAsync()).ShouldBe(WorkbenchTickets.Pdf);
    }

    private static Task<HttpResponseMessage> UploadAsync(HtmlClient client, string action, string token, string fileName, byte[] content)
    {
        var form = new MultipartFormDataContent { { new StringContent(token), "__RequestVerificationToken" } };
        var file = new ByteArrayContent(content);
        file.Headers.ContentType = new MediaTypeHeaderValue("application/octet-stream");
        form.Add(file, "Upload", fileName);
        return client.Http.PostAsync(action, form);
    }
}
