using System.Globalization;
using Hotline.Domain.Tickets;
using Hotline.Services.Common;
using Hotline.Services.Open311;
using Hotline.Web.Api.Open311.Contract;
using Microsoft.Extensions.Localization;

namespace Hotline.Web.Api.Open311;

/// <summary>Turns the service layer's read models into the GeoReport v2 contract, in the request's language.</summary>
public sealed class Open311Contract(IStringLocalizer<SharedResource> l, HotlineClock clock)
{
    public ServiceDto Service(ServiceEntry s) =>
        new(s.Code, s.Name.ToString(), l["Open311.Service.Description", s.Group.ToString(), s.Name.ToString()], true, "realtime", s.Keywords, s.Group.ToString());

    public ServiceDefinitionDto Definition(ServiceDefinition d) =>
        new(d.ServiceCode, d.Attributes.Select(a => new AttributeDto(true, a.Code, a.Datatype, a.Required,
                a.DatatypeDescriptionKey is { } hint ? l[hint].Value : null, a.Order, l[a.DescriptionKey],
                a.Values.Select(v => new AttributeValueDto(v.Key, v.Name?.ToString() ?? l[v.NameKey ?? v.Key].Value)).ToList()))
            .ToList());

    public ReceiptDto Receipt(ServiceRequestReceipt r) => new(r.Number, l["Open311.Notice", r.Number], r.AccountId);

    public RequestDto Request(PublicRequest r) =>
        new(r.Number, r.IsOpen ? "open" : "closed", r.IsConfidential ? null : StatusNotes(r), r.ServiceName?.ToString(), r.ServiceCode,
            r.Description, r.Agency?.ToString(), Date(r.RequestedAt), Date(r.UpdatedAt), r.ExpectedAt is { } e ? Date(e) : null,
            r.Address, r.Latitude, r.Longitude, r.MediaUrl, r.Status.ToString());

    public ErrorDto Error(int status, ServiceError error)
    {
        var message = l[error.Code].Value;
        return new ErrorDto(status, error.Field is "" or Open311Service.NotFoundField ? message : $"{error.Field}: {message}");
    }

    /// <summary>W3C date-time with the hotline's offset (2026-11-23T10:00:00+08:00).</summary>
    public string Date(DateTimeOffset instant) => clock.ToLocal(instant).ToString("yyyy-MM-ddTHH:mm:sszzz", CultureInfo.InvariantCulture);

    /// <summary>The published reply once closed; before that (or without one) the state in words.</summary>
    private string StatusNotes(PublicRequest r) => r.PublishedReply ?? r switch
    {
        { Status: TicketStatus.Merged } => l["Open311.State.Merged", r.MasterNumber ?? string.Empty],
        { Status: TicketStatus.Closed, WasDirectAnswer: true } => l["Open311.State.DirectAnswer"],
        _ => l[$"Open311.State.{r.Status}"],
    };
}
