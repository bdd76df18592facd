using System.Linq.Expressions;
using Hotline.Services.Data;

namespace Hotline.Services.Dashboards;

/// <summary>
/// Combines predicate expressions, so each measure is defined once for its drill-down list (a filter) and the tests'
/// direct count of it.
/// </summary>
internal static class Predicates
{
    public static Expression<Func<T, bool>> And<T>(this Expression<Func<T, bool>> left, Expression<Func<T, bool>> right) =>
        Combine(left, right, Expression.AndAlso);

    public static Expression<Func<T, bool>> Or<T>(this Expression<Func<T, bool>> left, Expression<Func<T, bool>> right) =>
        Combine(left, right, Expression.OrElse);

    private static Expression<Func<T, bool>> Combine<T>(Expression<Func<T, bool>> left, Expression<Func<T, bool>> right,
        Func<Expression, Expression, BinaryExpression> op)
    {
        ArgumentNullException.ThrowIfNull(left);
        ArgumentNullException.ThrowIfNull(right);
        var x = left.Parameters[0];
        return Expression.Lambda<Func<T, bool>>(op(left.Body, new QueryParts.Rebind(right.Parameters[0], x).Visit(right.Body)), x);
    }
}
