using System;
using System.Collections.Generic;
using System.Linq;
using System.Reflection;
using System.Runtime.CompilerServices;

namespace NegotiationDsl.Benchmarks.Ratios;

/// <summary>
/// What a set of objects keeps alive, by type and by the field that holds it: every object reachable from the roots
/// through fields (weak references are not followed, as the collector does not), each counted once with its size on
/// the heap and charged to the field it was first reached through. This says where R4's bytes are without a heap
/// dump tool; statics reached only through code, not through fields, are not counted.
/// </summary>
internal sealed class HeapCensus
{
    private static readonly Func<object, nuint> RawDataSize = CreateRawDataSize();
    private readonly Dictionary<Type, FieldInfo[]> _referenceFields = [];
    private readonly Dictionary<Type, (long Count, long Bytes)> _byType = [];
    private readonly Dictionary<(Type Type, string Holder), (long Count, long Bytes)> _byHolder = [];

    private HeapCensus()
    {
    }

    public long TotalBytes => _byType.Values.Sum(entry => entry.Bytes);

    public static HeapCensus Of(object root)
    {
        var census = new HeapCensus();
        var seen = new HashSet<object>(ReferenceEqualityComparer.Instance) { root };
        var pending = new Stack<(object Value, string Holder)>();
        pending.Push((root, "root"));
        while (pending.Count > 0)
        {
            var (current, holder) = pending.Pop();
            census.Count(current, holder);
            var owner = Name(current.GetType());
            foreach (var (field, child) in census.References(current))
            {
                if (child is Pointer or Type or MemberInfo or Assembly or Module) continue;
                if (seen.Add(child)) pending.Push((child, owner + "." + field));
            }
        }

        return census;
    }

    /// <summary>The lines of the largest types: megabytes, share of the total and object count.</summary>
    public IEnumerable<string> DescribeTypes(int top) => Describe(_byType.Select(entry => (Name(entry.Key), entry.Value)), top);

    /// <summary>The same by type and the field that holds it (<c>String via StatementSymbol.&lt;Text&gt;k__BackingField</c>).</summary>
    public IEnumerable<string> DescribeHolders(int top) =>
        Describe(_byHolder.Select(entry => (Name(entry.Key.Type) + " via " + entry.Key.Holder, entry.Value)), top);

    private IEnumerable<string> Describe(IEnumerable<(string Name, (long Count, long Bytes) Entry)> entries, int top)
    {
        var total = (double)TotalBytes;
        foreach (var (name, (count, bytes)) in entries.OrderByDescending(entry => entry.Entry.Bytes).Take(top))
        {
            yield return FormattableString.Invariant($"{bytes / 1e6,8:F2} MB {bytes / total,6:P1} {count,10:N0}  {name}");
        }
    }

    private void Count(object value, string holder)
    {
        // Object header and method table pointer, then the data; the heap aligns objects to 8 bytes.
        var size = Math.Max(24, ((long)RawDataSize(value) + (2 * IntPtr.Size) + 7) & ~7L);
        var type = value.GetType();
        _byType[type] = _byType.TryGetValue(type, out var entry) ? (entry.Count + 1, entry.Bytes + size) : (1, size);
        var key = (type, holder);
        _byHolder[key] = _byHolder.TryGetValue(key, out entry) ? (entry.Count + 1, entry.Bytes + size) : (1, size);
    }

    private IEnumerable<(string Field, object Value)> References(object value)
    {
        var type = value.GetType();
        if (value is Array array)
        {
            var element = type.GetElementType()!;
            if (element.IsPrimitive || element.IsEnum || element == typeof(string) && array.Length == 0) yield break;
            foreach (var item in array)
            {
                if (item is null) continue;
                if (!element.IsValueType) yield return ("[]", item);
                else foreach (var inner in ReferencesOf(item)) yield return ("[]." + inner.Field, inner.Value);
            }

            yield break;
        }

        if (value is WeakReference || (type.IsGenericType && type.GetGenericTypeDefinition() == typeof(WeakReference<>))) yield break;
        foreach (var inner in ReferencesOf(value)) yield return inner;
    }

    /// <summary>The references in an object's or a boxed struct's fields, looking inside fields of struct type.</summary>
    private IEnumerable<(string Field, object Value)> ReferencesOf(object instance)
    {
        foreach (var field in FieldsOf(instance.GetType()))
        {
            var fieldValue = field.GetValue(instance);
            if (fieldValue is null) continue;
            if (!field.FieldType.IsValueType) yield return (field.Name, fieldValue);
            else foreach (var inner in ReferencesOf(fieldValue)) yield return (field.Name, inner.Value);
        }
    }

    /// <summary>The instance fields that hold or contain references (a struct field may hold some inside).</summary>
    private FieldInfo[] FieldsOf(Type type)
    {
        if (_referenceFields.TryGetValue(type, out var fields)) return fields;
        var found = new List<FieldInfo>();
        for (var current = type; current is not null; current = current.BaseType)
        {
            foreach (var field in current.GetFields(BindingFlags.Instance | BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.DeclaredOnly))
            {
                var fieldType = field.FieldType;
                if (fieldType.IsPointer || fieldType.IsPrimitive || fieldType.IsEnum || fieldType.IsByRef) continue;
                if (fieldType.IsValueType && !ContainsReferences(fieldType)) continue;
                found.Add(field);
            }
        }

        fields = [.. found];
        _referenceFields[type] = fields;
        return fields;
    }

    private static bool ContainsReferences(Type valueType) =>
        (bool)typeof(RuntimeHelpers).GetMethod(nameof(RuntimeHelpers.IsReferenceOrContainsReferences))!.MakeGenericMethod(valueType).Invoke(null, null)!;

    private static Func<object, nuint> CreateRawDataSize()
    {
        // The runtime's own size of an object's data (fields, or length times element size); internal to CoreLib.
        var method = typeof(RuntimeHelpers).GetMethod("GetRawObjectDataSize", BindingFlags.Static | BindingFlags.NonPublic)
            ?? throw new InvalidOperationException("RuntimeHelpers.GetRawObjectDataSize is not in this runtime");
        return method.CreateDelegate<Func<object, nuint>>();
    }

    private static string Name(Type type)
    {
        if (type.IsArray) return Name(type.GetElementType()!) + "[]";
        if (!type.IsGenericType) return type.Name;
        var tick = type.Name.IndexOf('`', StringComparison.Ordinal);
        var name = tick < 0 ? type.Name : type.Name[..tick];
        return name + "<" + string.Join(",", type.GetGenericArguments().Select(Name)) + ">";
    }
}
