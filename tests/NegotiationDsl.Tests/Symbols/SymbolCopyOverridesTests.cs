using System;
using System.Linq;
using System.Reflection;
using NegotiationDsl.Symbols;
using Xunit;

namespace NegotiationDsl.Tests.Symbols;

/// <summary>
/// A symbol's copy is finished by three hooks down its class chain (<c>ForgetCaches</c>, <c>MoveOwnParts</c>,
/// <c>MapReferences</c>). An override that does not call its base silently skips what a class between does (a
/// gathering's head, an actor's cached list), and no compiler warns of it: every override must call the one it hides.
/// </summary>
public sealed class SymbolCopyOverridesTests
{
    private const BindingFlags Declared = BindingFlags.Instance | BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.DeclaredOnly;

    private static readonly string[] Hooks = ["ForgetCaches", "MoveOwnParts", "MapReferences"];

    [Fact]
    public void Every_override_of_a_copy_hook_calls_its_base()
    {
        var overrides = typeof(Symbol).Assembly.GetTypes()
            .Where(type => type.IsSubclassOf(typeof(Symbol)))
            .SelectMany(type => type.GetMethods(Declared).Where(method => Hooks.Contains(method.Name) && method.GetBaseDefinition().DeclaringType != type))
            .ToList();

        Assert.NotEmpty(overrides);
        Assert.All(overrides, method => Assert.True(CallsBase(method), $"{method.DeclaringType!.Name}.{method.Name} does not call base.{method.Name}"));
    }

    [Fact]
    public void An_override_that_skips_its_base_is_found()
    {
        Assert.False(CallsBase(typeof(WithoutBase).GetMethod(nameof(ToString))!));
        Assert.True(CallsBase(typeof(WithBase).GetMethod(nameof(ToString))!));
    }

    /// <summary>True when the method's body has a <c>call</c> of the method it overrides, as implemented by the base type.</summary>
    private static bool CallsBase(MethodInfo method)
    {
        var hidden = method.DeclaringType!.BaseType!.GetMethod(method.Name, BindingFlags.Instance | BindingFlags.Public | BindingFlags.NonPublic,
            method.GetParameters().Select(parameter => parameter.ParameterType).ToArray());
        var body = method.GetMethodBody()!.GetILAsByteArray()!;
        const byte call = 0x28;
        for (var i = 0; i + 4 < body.Length; i++)
        {
            if (body[i] != call) continue;
            try
            {
                // By token: the base's method read through a class between is another MethodInfo of the same method.
                if (method.Module.ResolveMethod(BitConverter.ToInt32(body, i + 1)) is { } called && called.Module == hidden!.Module
                    && called.MetadataToken == hidden.MetadataToken) return true;
            }
            catch (ArgumentException)
            {
                // A byte of an operand that only looks like the opcode: its "token" names nothing.
            }
        }

        return false;
    }

    private class WithoutBase
    {
        public override string ToString() => "no base";
    }

    private sealed class WithBase : WithoutBase
    {
        public override string ToString() => base.ToString() + "!";
    }
}
