namespace Hotline.Domain.Units;

/// <summary>Kinds of member unit (承办单位).</summary>
public enum UnitKind
{
    MunicipalBureau = 1,
    District = 2,
    Township = 3,
    PublicUtility = 4,
    Other = 5,
}
