using Hotline.Domain.Tickets;
using Hotline.Services.Tests.Infrastructure;
using Hotline.Services.Tickets;
using Hotline.Services.Workbench;
using Hotline.Testing;
using Microsoft.EntityFrameworkCore;

namespace Hotline.Services.Tests.Workbench;

public sealed class WorkbenchAttachmentTests(DatabaseFixture app) : DatabaseTest<DatabaseFixture>(app), IClassFixture<DatabaseFixture>
{
    private static readonly byte[] Png = SampleFiles.Png;

    [Fact]
    public async Task A_photo_is_stored_with_the_ticket_on_the_timeline_and_downloadable_by_the_unit_and_the_hotline_only()
    {
        var number = await App.GivenToAsync();
        var version = await App.VersionAsync(number);

        var result = await App.ActAsync("liaison-heating", (s, v) => s.UploadAttachmentAsync(number,
            new UploadInput { FileName = "现场照片.png", Content = Png, Version = version }, v));

        result.Errors.ShouldBeEmpty();
        var stored = await App.ReadAsync(db => db.Attachments.AsNoTracking().SingleAsync(a => db.Tickets.Any(t => t.Id == a.TicketId && t.Number == number)));
        (stored.FileName, stored.ContentType, stored.Size).ShouldBe(("现场照片.png", "image/png", (long)Png.Length));
        (await App.TicketAsync(number)).Events[^1].Action.ShouldBe(TicketAction.AddAttachment);
        (await App.WorkbenchTicketAsync(number)).ShouldNotBeNull().Attachments.ShouldHaveSingleItem().FileName.ShouldBe("现场照片.png");
        (await DownloadAsync(stored.Id, "liaison-heating")).ShouldNotBeNull().Content.ShouldBe(Png);
        (await DownloadAsync(stored.Id, "supervisor")).ShouldNotBeNull();
        (await DownloadAsync(stored.Id, "liaison-water")).ShouldBeNull();
        (await DownloadAsync(stored.Id + 100_000, "liaison-heating")).ShouldBeNull();
    }

    [Theory]
    [InlineData("photo.exe", "png")]
    [InlineData("photo.jpg", "png")]
    [InlineData("notes.txt", "text")]
    [InlineData("report.pdf", "text")]
    public async Task A_file_whose_name_or_bytes_are_not_an_allowed_type_is_refused(string fileName, string bytes)
    {
        var number = await App.GivenToAsync();
        var version = await App.VersionAsync(number);
        var content = bytes == "png" ? Png : "MZ this is not a picture"u8.ToArray();

        var result = await App.ActAsync("liaison-heating", (s, v) => s.UploadAttachmentAsync(number,
            new UploadInput { FileName = fileName, Content = content, Version = version }, v));

        result.Errors.ShouldHaveSingleItem().Code.ShouldBe("Workbench.Validation.File.Type");
        (await App.ReadAsync(db => db.Attachments.CountAsync(a => db.Tickets.Any(t => t.Id == a.TicketId && t.Number == number)))).ShouldBe(0);
    }

    [Fact]
    public async Task A_file_over_ten_megabytes_is_refused()
    {
        var number = await App.GivenToAsync();
        var version = await App.VersionAsync(number);
        var content = new byte[Attachment.MaxBytes + 1];
        Png.CopyTo(content, 0);

        var result = await App.ActAsync("liaison-heating", (s, v) => s.UploadAttachmentAsync(number,
            new UploadInput { FileName = "big.png", Content = content, Version = version }, v));

        result.Errors.ShouldHaveSingleItem().Code.ShouldBe("Workbench.Validation.File.TooLarge");
    }

    private async Task<AttachmentFile?> DownloadAsync(long id, string user)
    {
        var viewer = await App.ViewerAsync(user);
        return await App.UseAsync<TicketQueryService, AttachmentFile?>(s => s.DownloadAttachmentAsync(id, viewer));
    }
}
