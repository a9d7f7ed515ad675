using System.Reflection;
using CarPulse.Domain;

namespace CarPulse.Tests.Architecture;

public sealed class DomainBoundaryTests
{
    private static readonly Assembly Domain = typeof(DomainException).Assembly;

    [Fact]
    public void The_domain_references_no_aspnetcore_assembly()
    {
        var references = Domain.GetReferencedAssemblies().Select(reference => reference.Name ?? string.Empty);

        Assert.DoesNotContain(references, name => name.StartsWith("Microsoft.AspNetCore", StringComparison.Ordinal));
    }

    [Fact]
    public void No_domain_member_uses_an_aspnetcore_type()
    {
        const BindingFlags everything = BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Instance | BindingFlags.Static | BindingFlags.DeclaredOnly;
        var offenders = Domain.GetTypes()
            .SelectMany(type => type.GetMembers(everything).SelectMany(SignatureTypes).Append(type.BaseType)
                .Where(used => used?.Namespace?.StartsWith("Microsoft.AspNetCore", StringComparison.Ordinal) == true)
                .Select(used => $"{type.FullName} uses {used?.FullName}"))
            .ToList();

        Assert.Empty(offenders);
    }

    private static IEnumerable<Type?> SignatureTypes(MemberInfo member) => member switch
    {
        FieldInfo field => [field.FieldType],
        PropertyInfo property => [property.PropertyType],
        MethodInfo method => method.GetParameters().Select(p => p.ParameterType).Append(method.ReturnType),
        ConstructorInfo constructor => constructor.GetParameters().Select(p => p.ParameterType),
        _ => [],
    };
}
