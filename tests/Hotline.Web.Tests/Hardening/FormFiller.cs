using System.Globalization;
using AngleSharp.Html.Dom;

namespace Hotline.Web.Tests.Hardening;

/// <summary>
/// Fills a page's form as a hurried person would: what the page put there stays, an empty box gets plausible text
/// (a phone number in a phone box, now in a time box), an empty list its first choice. The sweep then makes one field
/// hostile at a time, so a refusal is the hostile value's doing rather than an empty form's.
/// </summary>
internal static class FormFiller
{
    private const string Text = "市民来电反映小区暖气不热已经三天了，请尽快上门处理。";
    private static readonly TimeZoneInfo Shanghai = TimeZoneInfo.FindSystemTimeZoneById("Asia/Shanghai");

    public static IReadOnlyList<KeyValuePair<string, string>> Fill(IHtmlFormElement form, DateTimeOffset now)
    {
        var local = TimeZoneInfo.ConvertTime(now, Shanghai);
        var fields = new List<KeyValuePair<string, string>>();
        var radios = new HashSet<string>();
        foreach (var element in form.Elements)
        {
            switch (element)
            {
                case IHtmlInputElement { IsDisabled: false, Name.Length: > 0 } input when input.Type is "checkbox":
                    if (input.IsChecked)
                    {
                        fields.Add(new(input.Name!, input.Value));
                    }

                    break;
                case IHtmlInputElement { IsDisabled: false, Name.Length: > 0 } input when input.Type is "radio":
                    var group = form.Elements.OfType<IHtmlInputElement>().Where(r => r.Type == "radio" && r.Name == input.Name).ToList();
                    if (radios.Add(input.Name!))
                    {
                        fields.Add(new(input.Name!, (group.FirstOrDefault(r => r.IsChecked) ?? group[0]).Value));
                    }

                    break;
                case IHtmlInputElement { IsDisabled: false, Name.Length: > 0 } input when input.Type is not ("submit" or "button" or "file" or "reset"):
                    fields.Add(new(input.Name!, input.Value is { Length: > 0 } v ? v : Plausible(input.Type, input.Name!, local)));
                    break;
                case IHtmlSelectElement { IsDisabled: false, Name.Length: > 0 } select:
                    var chosen = select.Options.Where(o => o.IsSelected && o.Value.Length > 0).Select(o => o.Value).ToList();
                    if (chosen.Count == 0 && select.Options.FirstOrDefault(o => o.Value.Length > 0) is { } first)
                    {
                        chosen.Add(first.Value);
                    }

                    fields.AddRange(chosen.Select(c => new KeyValuePair<string, string>(select.Name!, c)));
                    break;
                case IHtmlTextAreaElement { IsDisabled: false, Name.Length: > 0 } area:
                    fields.Add(new(area.Name!, area.Value is { Length: > 0 } text ? text : Text));
                    break;
            }
        }

        return fields;
    }

    private static string Plausible(string? type, string name, DateTimeOffset local) => type switch
    {
        "datetime-local" => local.ToString("yyyy-MM-dd'T'HH:mm", CultureInfo.InvariantCulture),
        "date" => local.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        "time" => "09:00",
        "number" => "1",
        "tel" => "13805350001",
        _ when name.Contains("Phone", StringComparison.OrdinalIgnoreCase) => "13805350001",
        "hidden" => string.Empty,
        _ => Text,
    };
}
