namespace Hotline.Domain.Knowledge;

public enum ArticleStatus
{
    /// <summary>Being written: agents do not see it.</summary>
    Draft = 1,

    /// <summary>Offered at intake while valid.</summary>
    Published = 2,

    /// <summary>No longer offered; tickets answered from it keep their version.</summary>
    Retired = 3,
}
