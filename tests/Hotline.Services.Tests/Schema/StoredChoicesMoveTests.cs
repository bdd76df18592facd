using Hotline.Domain.Tickets;
using Hotline.Services.Data.Sql;
using Hotline.Services.Tests.Infrastructure;
using Hotline.Services.Tests.Workbench;
using Microsoft.EntityFrameworkCore;

namespace Hotline.Services.Tests.Schema;

/// <summary>
/// Migration StoredChoices moves the tags that once led a note ("[WrongAddress] …") into their columns
/// (Data/Sql/Moves/stored_choices.sql): the note keeps the words, a tag that names nothing known stays as it was.
/// </summary>
public sealed class StoredChoicesMoveTests(DatabaseFixture app) : DatabaseTest<DatabaseFixture>(app), IClassFixture<DatabaseFixture>
{
    [Fact]
    public async Task Tags_at_the_start_of_old_notes_move_to_their_columns_and_leave_the_words()
    {
        var number = await App.GivenToAsync();

        var (events, assignment) = await App.ReadAsync(async db =>
        {
            var ticket = await db.Tickets.Where(t => t.Number == number).Select(t => new { t.Id, t.RegisteredByUserId }).SingleAsync();
            await db.Database.OpenConnectionAsync();
            await using var tx = await db.Database.BeginTransactionAsync();
            foreach (var (action, note) in new[]
                     {
                         (TicketAction.RecordContact, "[Visit] 已上门查看。"),
                         (TicketAction.RequestReturn, "[WrongAddress] 地址不在本公司供热范围。"),
                         (TicketAction.Cancel, "[Nuisance] 骚扰电话"),
                         (TicketAction.AddNote, "[Phone] 一条普通备注，不是选项。"),
                         (TicketAction.RecordContact, "[Fax] 未知的方式。"),
                     })
            {
                await db.Database.ExecuteSqlAsync($"""
                    INSERT INTO ticket_events (ticket_id, round, at, actor_user_id, actor_name, action, "to", note)
                    VALUES ({ticket.Id}, 1, now(), {ticket.RegisteredByUserId}, {"旧数据"}, {(int)action}, {(int)TicketStatus.InProgress}, {note})
                    """);
            }

            await db.Database.ExecuteSqlAsync($"UPDATE assignments SET return_reason = {"[NeedsOtherUnit] 需要住建局处理。"} WHERE ticket_id = {ticket.Id}");

            await db.Database.ExecuteSqlRawAsync(SqlFile.ReadMove("stored_choices"));

            var read = await db.TicketEvents.AsNoTracking().Where(e => e.TicketId == ticket.Id && e.ActorName == "旧数据").OrderBy(e => e.Id)
                .Select(e => new { e.Note, e.ContactMethod, e.ReturnReason, e.CancelReason }).ToListAsync();
            var lead = await db.Assignments.AsNoTracking().Where(a => a.TicketId == ticket.Id).Select(a => new { a.ReturnKind, a.ReturnReason }).SingleAsync();
            await tx.RollbackAsync();
            return (read, lead);
        });

        events.Select(e => (e.Note, e.ContactMethod, e.ReturnReason, e.CancelReason)).ShouldBe(
        [
            ("已上门查看。", (ContactMethod?)ContactMethod.Visit, null, null),
            ("地址不在本公司供热范围。", null, (ReturnReason?)ReturnReason.WrongAddress, null),
            ("骚扰电话", null, null, (CancelReason?)CancelReason.Nuisance),
            ("[Phone] 一条普通备注，不是选项。", null, null, null),
            ("[Fax] 未知的方式。", null, null, null),
        ]);
        (assignment.ReturnKind, assignment.ReturnReason).ShouldBe(((ReturnReason?)ReturnReason.NeedsOtherUnit, "需要住建局处理。"));
    }
}
