using System;
using System.Collections.Immutable;
using System.Linq;

namespace NegotiationDsl.Language;

/// <summary>One value of an agreement's <c>kind</c> or <c>stage</c>: the name written in records and what outputs call it.</summary>
public sealed record AgreementTerm(string Name, string Title);

/// <summary>
/// The two tables of values an agreement declaration takes: the kind of document and its stage in a peace process
/// (the stages of the PA-X peace agreements database). The binder checks a written value against them and suggests the
/// nearest; completion, hover, the docs and the schema read them. A plain agreement has no kind of its own: `agreement` is
/// the declaration's keyword, and a declaration without `kind` is one.
/// </summary>
public static class AgreementTables
{
    public static ImmutableArray<AgreementTerm> Kinds { get; } = ImmutableArray.Create(
        new AgreementTerm("treaty", "treaty"),
        new AgreementTerm("initiative", "initiative"),
        new AgreementTerm("framework", "framework"),
        new AgreementTerm("accord", "accord"),
        new AgreementTerm("protocol", "protocol"),
        new AgreementTerm("memorandum", "memorandum of understanding"),
        new AgreementTerm("package_of_measures", "package of measures"),
        new AgreementTerm("joint_statement", "joint statement"),
        new AgreementTerm("declaration", "declaration"),
        new AgreementTerm("communique", "communiqué"),
        new AgreementTerm("exchange_of_notes", "exchange of notes"),
        new AgreementTerm("resolution", "resolution"),
        new AgreementTerm("ceasefire", "ceasefire agreement"));

    /// <summary>PA-X's agreement stages, by the names records write (PA-X: "Pre-negotiation/process", "Ceasefire/related", ...).</summary>
    public static ImmutableArray<AgreementTerm> Stages { get; } = ImmutableArray.Create(
        new AgreementTerm("pre_negotiation", "pre-negotiation/process"),
        new AgreementTerm("ceasefire", "ceasefire/related"),
        new AgreementTerm("framework", "framework/substantive - partial"),
        new AgreementTerm("comprehensive", "framework/substantive - comprehensive"),
        new AgreementTerm("implementation", "implementation/renegotiation"),
        new AgreementTerm("renewal", "renewal"),
        new AgreementTerm("other", "other"));

    public static AgreementTerm? FindKind(string name) => Find(Kinds, name);

    public static AgreementTerm? FindStage(string name) => Find(Stages, name);

    private static AgreementTerm? Find(ImmutableArray<AgreementTerm> table, string name) =>
        table.FirstOrDefault(term => string.Equals(term.Name, name, StringComparison.Ordinal));
}
