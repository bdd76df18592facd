using System.Security.Cryptography;
using System.Text;
using Hotline.Domain.Calls;
using Hotline.Domain.Tickets;
using Hotline.Services.Channels;
using Hotline.Services.Common;
using Hotline.Services.Data;
using Hotline.Services.Intake;
using Hotline.Services.Reference;

namespace Hotline.Services.Open311;

/// <summary>
/// The Open311 GeoReport v2 API's use cases: the service list and definitions, submitting a request (through
/// <see cref="IntakeService"/>, exactly as an agent registers one) and reading requests back. Refusals are
/// <see cref="ServiceError"/>s whose field is the GeoReport parameter and whose code is a resource key.
/// </summary>
public sealed partial class Open311Service(
    HotlineDbContext db,
    HotlineClock clock,
    IntakeService intake,
    ReferenceDataService reference)
{
    /// <summary>The field of an error that means "no such thing" (HTTP 404 rather than 400).</summary>
    public const string NotFoundField = "not_found";

    public async Task<IReadOnlyList<ServiceEntry>> ServicesAsync(CancellationToken ct = default) =>
        (await reference.LeafCategoriesAsync(ct))
            .Select(c => new ServiceEntry(c.Code, c.Name, c.Parent, c.IsLocal))
            .ToList();

    public async Task<ServiceResult<ServiceDefinition>> DefinitionAsync(string? serviceCode, CancellationToken ct = default)
    {
        var service = (await ServicesAsync(ct)).FirstOrDefault(s => s.Code == serviceCode);
        if (service is null)
        {
            return ServiceResult<ServiceDefinition>.Fail(NotFoundField, "Open311.Error.ServiceNotFound");
        }

        var attributes = new List<ServiceAttribute>
        {
            new(Open311Attributes.RequestType, "singlevaluelist", false, 1, "Open311.Attribute.RequestType", "Open311.Attribute.RequestTypeHint",
                Open311Attributes.RequestTypes.Select(t => new AttributeValue(t.Key, NameKey: $"Enum.RequestType.{t.Value}")).ToList()),
            new(Open311Attributes.Urgency, "singlevaluelist", false, 2, "Open311.Attribute.Urgency", "Open311.Attribute.UrgencyHint",
                Open311Attributes.Urgencies.Select(u => new AttributeValue(u.Key, NameKey: $"Enum.Urgency.{u.Value}")).ToList()),
        };
        if (service.IsLocal)
        {
            // Local categories go straight to the district or township where the problem is.
            attributes.Add(new(Open311Attributes.Area, "singlevaluelist", false, 3, "Open311.Attribute.Area", "Open311.Attribute.AreaHint",
                (await reference.AreasAsync(ct)).Select(a => new AttributeValue(a.Code, a.Name)).ToList()));
        }

        return ServiceResult<ServiceDefinition>.Ok(new ServiceDefinition(service.Code, attributes));
    }

    /// <summary>
    /// The submission id of a client's idempotency key: the same client and key always give the same id, so the intake
    /// service's unique submission id turns a retried POST into the first one's answer; two clients never collide.
    /// </summary>
    public static Guid SubmissionIdFor(int clientId, string idempotencyKey)
    {
        var hash = SHA256.HashData(Encoding.UTF8.GetBytes($"open311:{clientId}:{idempotencyKey}"));
        return new Guid(hash.AsSpan(0, 16));
    }
}
