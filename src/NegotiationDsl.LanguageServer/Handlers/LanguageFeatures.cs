using System;
using System.Collections.Generic;
using System.Linq;
using System.Reflection;
using StreamJsonRpc;

namespace NegotiationDsl.LanguageServer.Handlers;

/// <summary>
/// Every <see cref="ILanguageFeature"/> of this assembly, each built with the services its constructor asks for.
/// Found by reflection: negc is neither trimmed nor compiled Native AOT (ReadyToRun keeps the metadata), and
/// StreamJsonRpc binds the handlers' methods by reflection anyway.
/// </summary>
internal static class LanguageFeatures
{
    /// <summary>The classes that implement a feature, in name order.</summary>
    public static IReadOnlyList<Type> Types { get; } = typeof(ILanguageFeature).Assembly.GetTypes()
        .Where(type => type is { IsClass: true, IsAbstract: false } && typeof(ILanguageFeature).IsAssignableFrom(type))
        .OrderBy(type => type.Name, StringComparer.Ordinal)
        .ToArray();

    /// <summary>One of each feature; each constructor parameter gets the service of its type.</summary>
    /// <exception cref="InvalidOperationException">A feature asks for a service that is not given.</exception>
    public static ILanguageFeature[] Create(params object[] services) => Types.Select(type => Create(type, services)).ToArray();

    /// <summary>The JSON-RPC methods a handler answers: the names of its <c>[JsonRpcMethod]</c> methods.</summary>
    public static IEnumerable<string> MethodsOf(Type handler) =>
        handler.GetMethods(BindingFlags.Public | BindingFlags.Instance).Select(method => method.GetCustomAttribute<JsonRpcMethodAttribute>()?.Name).OfType<string>();

    private static ILanguageFeature Create(Type type, object[] services)
    {
        var constructor = type.GetConstructors().Single();
        var arguments = constructor.GetParameters()
            .Select(parameter => services.FirstOrDefault(parameter.ParameterType.IsInstanceOfType)
                ?? throw new InvalidOperationException($"{type.Name} asks for a {parameter.ParameterType.Name}, which the server does not give its features."))
            .ToArray();
        return (ILanguageFeature)constructor.Invoke(arguments);
    }
}
