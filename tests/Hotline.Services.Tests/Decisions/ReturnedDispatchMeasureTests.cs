using Hotline.Domain.Performance;
using Hotline.Services.Common;
using Hotline.Services.Tests.Infrastructure;
using Hotline.Services.Tickets;

namespace Hotline.Services.Tests.Decisions;

/// <summary>
/// "Dispatched within limit" after an approved return: the return restarts the dispatch clock, yet the figure keeps
/// judging the first dispatch against the deadline it had (docs/measures.md).
/// </summary>
public sealed class ReturnedDispatchMeasureTests(DatabaseFixture app) : DatabaseTest<DatabaseFixture>(app), IClassFixture<DatabaseFixture>
{
    [Fact]
    public async Task A_late_first_dispatch_stays_late_after_a_return_and_a_prompt_re_dispatch()
    {
        var number = await App.RegisterAsync(IntakeInputs.Register(await App.CategoryIdAsync("utilities-heating")));
        var due = (await App.StoredAsync(number)).DispatchDueAt.ShouldNotBeNull();
        App.Clock.SetUtcNow(due.AddMinutes(5));
        await App.DispatchAsync(number, "heating");
        await App.RequestReturnAsync(number);
        (await App.ApproveReturnAsync(number)).Errors.ShouldBeEmpty();
        await App.DispatchAsync(number, "housing");

        (await App.StoredAsync(number)).DispatchDueAt.ShouldNotBeNull().ShouldBeGreaterThan(App.Clock.GetUtcNow());
        (await ListedAsync(Measure.Dispatched)).ShouldContain(number);
        (await ListedAsync(Measure.DispatchedInTime)).ShouldNotContain(number);
    }

    private async Task<List<string>> ListedAsync(Measure measure)
    {
        var viewer = await App.ViewerAsync("supervisor");
        var today = DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(App.Clock.GetUtcNow(), TimeZoneInfo.FindSystemTimeZoneById("Asia/Shanghai")).DateTime);
        var list = await App.UseAsync<TicketQueryService, PagedList<TicketListItem>>(s =>
            s.SearchAsync(new TicketFilter { Measure = measure, From = today, To = today, PageSize = 100 }, viewer));
        return list.Items.Select(i => i.Number).ToList();
    }
}
