using Hotline.Domain.Notifications;
using Hotline.Services.Common;
using Hotline.Services.Data;
using Hotline.Services.Notifications;
using Hotline.Services.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Hotline.Services.Tests.Notifications;

/// <summary>A person's own list: newest first, paged, an unread count, and marking read only what is theirs.</summary>
public sealed class NotificationInboxTests(DatabaseFixture app) : DatabaseTest<DatabaseFixture>(app), IClassFixture<DatabaseFixture>
{
    [Fact]
    public async Task The_list_is_newest_first_and_paged()
    {
        var user = await UserIdAsync("liaison-heating");
        await PostAsync(user, NotificationService.PageSize + 5);

        var first = await App.UseAsync<NotificationService, PagedList<NotificationItem>>(s => s.ListAsync(user, 1));
        var second = await App.UseAsync<NotificationService, PagedList<NotificationItem>>(s => s.ListAsync(user, 2));

        first.TotalCount.ShouldBe(NotificationService.PageSize + 5);
        first.Items.Count.ShouldBe(NotificationService.PageSize);
        first.Items.Select(i => i.CreatedAt).ShouldBeInOrder(SortDirection.Descending);
        first.Items[0].TicketNumber.ShouldBe($"20261123-{NotificationService.PageSize + 4:00000}");
        second.Items.Count.ShouldBe(5);
        second.Items[^1].TicketNumber.ShouldBe("20261123-00000");
        first.Items[^1].CreatedAt.ShouldBeGreaterThan(second.Items[0].CreatedAt);
    }

    [Fact]
    public async Task Marking_one_read_lowers_the_unread_count_and_answers_its_ticket()
    {
        var user = await UserIdAsync("liaison-water");
        await PostAsync(user, 3);
        var newest = (await ListAsync(user)).Items[0];

        var number = await App.UseAsync<NotificationService, string?>(s => s.MarkReadAsync(user, newest.Id));

        number.ShouldBe(newest.TicketNumber);
        (await UnreadAsync(user)).ShouldBe(2);
        var read = (await ListAsync(user)).Items[0];
        read.ReadAt.ShouldBe(App.Clock.GetUtcNow());
    }

    [Fact]
    public async Task Marking_all_read_leaves_nothing_unread_and_other_people_s_untouched()
    {
        var user = await UserIdAsync("liaison-power");
        var other = await UserIdAsync("liaison-gas");
        await PostAsync(user, 4);
        await PostAsync(other, 2);

        var marked = await App.UseAsync<NotificationService, int>(s => s.MarkAllReadAsync(user));

        marked.ShouldBe(4);
        (await UnreadAsync(user)).ShouldBe(0);
        (await UnreadAsync(other)).ShouldBe(2);
    }

    [Fact]
    public async Task Nobody_can_mark_another_person_s_notification_read()
    {
        var owner = await UserIdAsync("liaison-bus");
        var intruder = await UserIdAsync("liaison-telecom");
        await PostAsync(owner, 1);
        var theirs = (await ListAsync(owner)).Items.Single();

        var number = await App.UseAsync<NotificationService, string?>(s => s.MarkReadAsync(intruder, theirs.Id));

        number.ShouldBeNull();
        (await UnreadAsync(owner)).ShouldBe(1);
        (await App.ReadAsync(db => db.Notifications.SingleAsync(n => n.Id == theirs.Id))).ReadAt.ShouldBeNull();
    }

    private Task<string> UserIdAsync(string userName) =>
        App.ReadAsync(db => db.Users.Where(u => u.UserName == userName).Select(u => u.Id).SingleAsync());

    /// <summary>Posts <paramref name="count"/> notices a minute apart, numbered 00000, 00001, … oldest first.</summary>
    private async Task PostAsync(string userId, int count)
    {
        for (var i = 0; i < count; i++)
        {
            App.Clock.Advance(TimeSpan.FromMinutes(1));
            var number = $"20261123-{i:00000}";
            await using var scope = App.Services.CreateAsyncScope();
            scope.ServiceProvider.GetRequiredService<NotificationService>().NotifyUser(userId, NotificationKind.NewAssignment, number);
            await scope.ServiceProvider.GetRequiredService<HotlineDbContext>().SaveChangesAsync();
        }
    }

    private Task<PagedList<NotificationItem>> ListAsync(string userId) =>
        App.UseAsync<NotificationService, PagedList<NotificationItem>>(s => s.ListAsync(userId, 1));

    private Task<int> UnreadAsync(string userId) =>
        App.UseAsync<NotificationService, int>(s => s.UnreadCountAsync(userId));
}
