using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using Hotline.Domain.Calls;
using Hotline.Domain.Tickets;
using Hotline.Web.Tests.Http.Support;
using Hotline.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Hotline.Web.Tests.Http.Intake;

/// <summary>A valid form registers one ticket and redirects (post/redirect/get); submitting it again registers nothing more.</summary>
public sealed class RegisteringATicket(HotlineWebFactory app) : IClassFixture<HotlineWebFactory>
{
    [Fact]
    public async Task A_valid_form_redirects_to_the_confirmation_with_the_new_ticket_number()
    {
        using var client = await SignedInAgentAsync();
        var intake = await client.OpenIntakeAsync();
        var categoryId = await app.CategoryIdAsync("utilities-heating");
        var before = await app.CountTicketsAndCallsAsync();

        var response = await client.SubmitAsync(intake, IntakeForm.Selector, IntakeForm.HeatingRequest(categoryId, "138-0535-0001"), IntakeForm.Register);

        response.RedirectPath().ShouldBe("/Intake");
        response.RedirectQuery("outcome").ShouldBe("NewTicket");
        var number = response.RedirectQuery("done").ShouldNotBeNull();
        TicketNumber.IsValid(number).ShouldBeTrue(number);
        (await app.CountTicketsAndCallsAsync()).ShouldBe((before.Tickets + 1, before.Calls + 1));

        var ticket = await app.QueryAsync(db => db.Tickets.AsNoTracking().SingleAsync(t => t.Number == number));
        ticket.Status.ShouldBe(TicketStatus.PendingDispatch);
        ticket.RequestType.ShouldBe(RequestType.HelpRequest);
        ticket.Urgency.ShouldBe(Urgency.Urgent);
        ticket.CategoryId.ShouldBe(categoryId);
        ticket.CallerPhone.ShouldBe("13805350001");
        ticket.CallerName.ShouldBe("张先生");
        ticket.SuggestedUnitId.ShouldBe(await app.QueryAsync(db => db.Units.Where(u => u.Code == "heating").Select(u => (int?)u.Id).SingleAsync()));
        var call = await app.QueryAsync(db => db.Calls.AsNoTracking().SingleAsync(c => c.TicketId == ticket.Id));
        call.Outcome.ShouldBe(CallOutcome.NewTicket);
        call.SubmissionId.ToString().ShouldBe(SubmissionId(intake));

        var confirmation = await client.GetDocumentAsync(response.RedirectTarget().PathAndQuery);
        confirmation.QuerySelector("[data-testid=done-banner]")!.TextContent.ShouldContain("工单已登记：");
        confirmation.QuerySelector("[data-testid=done-ticket]")!.GetAttribute("href").ShouldBe($"/Tickets/{number}");
        // A fresh, empty form for the next call, with a new submission id.
        SubmissionId(confirmation).ShouldNotBe(SubmissionId(intake));
        confirmation.QuerySelector<IHtmlInputElement>("#intake-form input[name='Input.CallerPhone']")!.Value.ShouldBeEmpty();
    }

    [Fact]
    public async Task Submitting_the_same_form_again_registers_nothing_and_points_to_the_same_ticket()
    {
        using var client = await SignedInAgentAsync();
        var intake = await client.OpenIntakeAsync();
        var form = IntakeForm.HeatingRequest(await app.CategoryIdAsync("utilities-heating"));
        var first = await client.SubmitAsync(intake, IntakeForm.Selector, form, IntakeForm.Register);
        var afterFirst = await app.CountTicketsAndCallsAsync();

        var second = await client.SubmitAsync(intake, IntakeForm.Selector, form, IntakeForm.Register);

        second.RedirectQuery("done").ShouldBe(first.RedirectQuery("done").ShouldNotBeNull());
        second.RedirectQuery("outcome").ShouldBe("NewTicket");
        (await app.CountTicketsAndCallsAsync()).ShouldBe(afterFirst);
    }

    [Fact]
    public async Task A_double_click_that_sends_two_posts_at_once_registers_one_ticket()
    {
        using var client = await SignedInAgentAsync();
        var intake = await client.OpenIntakeAsync();
        var form = IntakeForm.HeatingRequest(await app.CategoryIdAsync("utilities-heating"));
        var before = await app.CountTicketsAndCallsAsync();

        var responses = await Task.WhenAll(Enumerable.Range(0, 4)
            .Select(_ => client.SubmitAsync(intake, IntakeForm.Selector, form, IntakeForm.Register)));

        responses.Select(r => r.RedirectQuery("done")).Distinct().Count().ShouldBe(1);
        (await app.CountTicketsAndCallsAsync()).ShouldBe((before.Tickets + 1, before.Calls + 1));
    }

    [Fact]
    public async Task A_consultation_needs_no_address_but_a_help_request_does()
    {
        using var client = await SignedInAgentAsync();
        var consultation = IntakeForm.HeatingRequest(await app.CategoryIdAsync("utilities-heating-fee"));
        consultation["Input.RequestType"] = "Consultation";
        consultation["Input.Address"] = "";
        var help = IntakeForm.HeatingRequest(await app.CategoryIdAsync("utilities-heating"));
        help["Input.Address"] = " ";

        var registered = await client.SubmitAsync(await client.OpenIntakeAsync(), IntakeForm.Selector, consultation, IntakeForm.Register);
        var refused = await client.SubmitAsync(await client.OpenIntakeAsync(), IntakeForm.Selector, help, IntakeForm.Register);

        registered.RedirectQuery("outcome").ShouldBe("NewTicket");
        InvalidIntakeIsRedisplayedWithMessages.Message(await HtmlClient.ParseAsync(refused), "Input.Address").ShouldBe("请填写详细地址。");
    }

    [Fact]
    public async Task A_report_is_confidential_whatever_the_checkbox_says()
    {
        using var client = await SignedInAgentAsync();
        var form = IntakeForm.HeatingRequest(await app.CategoryIdAsync("utilities-heating"));
        form["Input.RequestType"] = "Report";
        form["Input.IsConfidential"] = "false";

        var response = await client.SubmitAsync(await client.OpenIntakeAsync(), IntakeForm.Selector, form, IntakeForm.Register);

        var number = response.RedirectQuery("done");
        (await app.QueryAsync(db => db.Tickets.Where(t => t.Number == number).Select(t => t.IsConfidential).SingleAsync())).ShouldBeTrue();
    }

    [Fact]
    public async Task An_invalid_call_is_logged_without_a_ticket()
    {
        using var client = await SignedInAgentAsync();
        var before = await app.CountTicketsAndCallsAsync();

        var response = await client.SubmitAsync(await client.OpenIntakeAsync(), IntakeForm.Selector,
            new Dictionary<string, string> { ["Input.CallerPhone"] = "0535-6681234" }, IntakeForm.Invalid);

        response.RedirectPath().ShouldBe("/Intake");
        response.RedirectQuery("outcome").ShouldBe("Invalid");
        (await app.CountTicketsAndCallsAsync()).ShouldBe((before.Tickets, before.Calls + 1));
        var confirmation = await client.GetDocumentAsync(response.RedirectTarget().PathAndQuery);
        confirmation.QuerySelector("[data-testid=done-banner]")!.TextContent.ShouldContain("已记录为无效来电。");
        confirmation.QuerySelector("[data-testid=done-ticket]").ShouldBeNull();
    }

    private async Task<HtmlClient> SignedInAgentAsync()
    {
        var client = new HtmlClient(app);
        await client.LoginAsync("agent");
        return client;
    }

    private static string SubmissionId(IHtmlDocument page) =>
        page.QuerySelector<IHtmlInputElement>("#intake-form input[name='Input.SubmissionId']").ShouldNotBeNull().Value;
}
