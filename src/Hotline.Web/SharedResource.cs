namespace Hotline.Web;

/// <summary>Marker for the one resource file set (Resources/SharedResource.{zh-CN,en}.resx) every page uses.</summary>
public sealed class SharedResource;
