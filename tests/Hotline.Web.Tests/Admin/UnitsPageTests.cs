using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using Hotline.Domain.Access;
using Hotline.Web.Tests.Http.Support;
using Hotline.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Hotline.Web.Tests.Admin;

public sealed class UnitsPageTests(HotlineWebFactory app) : IClassFixture<HotlineWebFactory>
{
    [Fact]
    public async Task Add_a_liaison_opens_the_new_user_form_as_a_liaison_of_that_unit()
    {
        using var admin = new HtmlClient(app);
        await admin.LoginAsync("admin");
        var unitId = await app.QueryAsync(db => db.Units.Where(u => u.Code == "heating").Select(u => u.Id).SingleAsync());
        var unitPage = await admin.GetDocumentAsync($"/Admin/Units/Edit?id={unitId}");

        var form = await admin.GetDocumentAsync(unitPage.QuerySelector("[data-testid=add-liaison]")!.GetAttribute("href")!);

        form.QuerySelectorAll<IHtmlInputElement>("input[name='Input.Roles']").Where(r => r.IsChecked).Select(r => r.Value).ShouldBe([nameof(Role.Liaison)]);
        form.QuerySelector<IHtmlSelectElement>("#Input_UnitId")!.Value.ShouldBe(unitId.ToString(System.Globalization.CultureInfo.InvariantCulture));
        form.QuerySelector<IHtmlInputElement>("#Input_UserName")!.Value.ShouldBeEmpty();
        var created = await admin.SubmitAsync(form, "[data-testid=user-form]",
            new Dictionary<string, string> { ["Input.UserName"] = "liaison-heating-2", ["Input.DisplayName"] = "热力第二联络员" });
        created.RedirectPath().ShouldBe("/Admin/Users/Edit");
        var user = await app.QueryAsync(db => db.Users.AsNoTracking().SingleAsync(u => u.UserName == "liaison-heating-2"));
        user.UnitId.ShouldBe(unitId);
        (await app.QueryAsync(db => db.UserRoles.Where(r => r.UserId == user.Id).Join(db.Roles, ur => ur.RoleId, r => r.Id, (_, r) => r.Name).ToListAsync()))
            .ShouldBe([nameof(Role.Liaison)]);
    }

    [Fact]
    public async Task The_plain_new_user_form_starts_blank()
    {
        using var admin = new HtmlClient(app);
        await admin.LoginAsync("admin");

        var form = await admin.GetDocumentAsync("/Admin/Users/Edit");

        form.QuerySelectorAll<IHtmlInputElement>("input[name='Input.Roles']").Where(r => r.IsChecked).ShouldBeEmpty();
        form.QuerySelector<IHtmlSelectElement>("#Input_UnitId")!.Value.ShouldBeEmpty();
    }
}
