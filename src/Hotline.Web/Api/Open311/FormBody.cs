using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;

namespace Hotline.Web.Api.Open311;

/// <summary>
/// Documents a form-encoded request body the endpoint reads itself. (Accepts&lt;T&gt; would also make routing refuse
/// other content types before the endpoint can answer with the API's own error body.)
/// </summary>
public sealed record FormBody(Type Model)
{
    public const string ContentType = "application/x-www-form-urlencoded";

    public static async Task DescribeAsync(OpenApiOperation operation, OpenApiOperationTransformerContext context, CancellationToken ct)
    {
        if (context.Description.ActionDescriptor.EndpointMetadata.OfType<FormBody>().FirstOrDefault() is not { } body)
        {
            return;
        }

        var schema = await context.GetOrCreateSchemaAsync(body.Model, null, ct);
        operation.RequestBody = new OpenApiRequestBody
        {
            Required = true,
            Content = new Dictionary<string, OpenApiMediaType> { [ContentType] = new() { Schema = schema } },
        };
    }
}
