using System.Linq.Expressions;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace OnlineMinisterial.Web.Infrastructure.Data;

/// <summary>How the parts of a domain aggregate are mapped: rows of their own, reached only through the aggregate.</summary>
internal static class AggregateMapping
{
    /// <summary>
    /// Maps a child collection kept in a private field behind a read-only property, with a shadow foreign key, loaded
    /// whenever the parent is (an aggregate is always loaded whole) and deleted when the domain removes it.
    /// </summary>
    public static void HasChildren<TParent, TChild>(this EntityTypeBuilder<TParent> b,
        Expression<Func<TParent, IEnumerable<TChild>?>> navigation, string field, string foreignKey)
        where TParent : class
        where TChild : class
    {
        b.HasMany(navigation).WithOne().HasForeignKey(foreignKey).IsRequired().OnDelete(DeleteBehavior.Cascade);
        b.Navigation(navigation!).HasField(field).UsePropertyAccessMode(PropertyAccessMode.Field).AutoInclude();
    }

    /// <summary>
    /// Maps a list of ids kept in a private field as one JSON column: it is read and written only with its owner.
    /// The public read-only property is ignored; the field itself is the mapped property.
    /// </summary>
    public static void HasIdList<T>(this EntityTypeBuilder<T> b, Expression<Func<T, object?>> publicProperty, string field, string column)
        where T : class
    {
        b.Ignore(publicProperty);
        b.PrimitiveCollection<List<Guid>>(field).HasColumnName(column);
    }
}
