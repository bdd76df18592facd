namespace Hotline.Services.Channels;

/// <summary>A key just issued: the only moment its full text exists outside the client's own configuration.</summary>
public sealed record IssuedKey(int ClientId, string ClientName, string Key);
