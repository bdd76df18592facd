using System.Globalization;
using Hotline.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Hotline.Web.Tests.Http.Support;

/// <summary>What an agent types into the intake form (#intake-form), and the handler each button posts to.</summary>
internal static class IntakeForm
{
    public const string Selector = "#intake-form";
    public const string Register = "/Intake?handler=Register";
    public const string Answer = "/Intake?handler=Answer";
    public const string Urge = "/Intake?handler=Urge";
    public const string Invalid = "/Intake?handler=Invalid";

    /// <summary>A complete, valid urgent help request about heating, as journey 1 registers it.</summary>
    public static Dictionary<string, string> HeatingRequest(int categoryId, string phone = "13912345678") => new()
    {
        ["Input.CallerPhone"] = phone,
        ["Input.CallerName"] = "张先生",
        ["Input.Channel"] = "Phone",
        ["Input.RequestType"] = "HelpRequest",
        ["Input.Urgency"] = "Urgent",
        ["Input.CategoryId"] = categoryId.ToString(CultureInfo.InvariantCulture),
        ["Input.Address"] = "莱山区XX小区3号楼2单元",
        ["Input.Content"] = "市民来电反映家中暖气不热，室温仅12度，已持续两天。诉求：尽快上门维修。",
    };

    /// <summary>The id of the leaf category with this code (e.g. utilities-heating).</summary>
    public static Task<int> CategoryIdAsync(this HotlineWebFactory app, string code) =>
        app.QueryAsync(db => db.Categories.Where(c => c.Code == code).Select(c => c.Id).SingleAsync());

    /// <summary>Opens the intake screen as the signed-in agent.</summary>
    public static Task<AngleSharp.Html.Dom.IHtmlDocument> OpenIntakeAsync(this HtmlClient client, string? phone = null) =>
        client.GetDocumentAsync(phone is null ? "/Intake" : $"/Intake?phone={Uri.EscapeDataString(phone)}");
}
