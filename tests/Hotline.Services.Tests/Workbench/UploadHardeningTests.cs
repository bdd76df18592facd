using System.Text;
using Hotline.Services.Tests.Infrastructure;
using Hotline.Services.Workbench;
using Hotline.Testing;
using Microsoft.EntityFrameworkCore;

namespace Hotline.Services.Tests.Workbench;

/// <summary>Uploads an attacker makes: a polyglot is refused and saves nothing; a name is stored without its path or hidden characters.</summary>
public sealed class UploadHardeningTests(DatabaseFixture app) : DatabaseTest<DatabaseFixture>(app), IClassFixture<DatabaseFixture>
{
    [Theory]
    [InlineData("scan.pdf")]
    [InlineData("photo.png")]
    public async Task A_file_that_starts_like_a_pdf_or_png_but_carries_a_web_page_is_refused(string fileName)
    {
        var number = await App.GivenToAsync();
        var version = await App.VersionAsync(number);
        var page = Encoding.ASCII.GetBytes("<html><script>alert(1)</script></html>");
        byte[] content = fileName.EndsWith(".pdf", StringComparison.Ordinal)
            ? [.. "%PDF-1.4\n"u8.ToArray(), .. page, .. "\n%%EOF"u8.ToArray()]
            : [.. SampleFiles.Png, .. page];

        var result = await App.ActAsync("liaison-heating", (s, v) => s.UploadAttachmentAsync(number,
            new UploadInput { FileName = fileName, Content = content, Version = version }, v));

        result.Errors.ShouldHaveSingleItem().Code.ShouldBe("Workbench.Validation.File.Type");
        (await App.ReadAsync(db => db.Attachments.CountAsync(a => db.Tickets.Any(t => t.Id == a.TicketId && t.Number == number)))).ShouldBe(0);
    }

    [Fact]
    public async Task A_name_is_stored_without_its_path_or_control_and_formatting_characters()
    {
        var number = await App.GivenToAsync();
        var version = await App.VersionAsync(number);

        var result = await App.ActAsync("liaison-heating", (s, v) => s.UploadAttachmentAsync(number,
            new UploadInput { FileName = "C:\\Users\\x\\..\\现场\0照片\u202E.jpg", Content = SampleFiles.Jpeg, Version = version }, v));

        result.Errors.ShouldBeEmpty();
        var stored = await App.ReadAsync(db => db.Attachments.AsNoTracking().SingleAsync(a => db.Tickets.Any(t => t.Id == a.TicketId && t.Number == number)));
        (stored.FileName, stored.ContentType).ShouldBe(("现场照片.jpg", "image/jpeg"));
    }
}
