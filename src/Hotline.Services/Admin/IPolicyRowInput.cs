namespace Hotline.Services.Admin;

/// <summary>The form of one row of a policy table: which row, and the version the administrator read it at.</summary>
public interface IPolicyRowInput
{
    int Id { get; }

    uint Version { get; }
}
