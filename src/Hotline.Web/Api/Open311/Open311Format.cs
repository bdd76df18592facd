namespace Hotline.Web.Api.Open311;

/// <summary>The two formats the resources are served in, chosen by the extension (services.xml, services.json).</summary>
public enum Open311Format
{
    Xml = 1,
    Json = 2,
}
