namespace NegotiationDsl.Diagnostics;

/// <summary>Uses of other folders of an archive and the names they bring in (docs/language.md, "Archives").</summary>
public static partial class DiagnosticCatalog
{
    public static readonly DiagnosticDescriptor UsedPathNotFoundDescriptor = new(
        "NEG2014", DiagnosticSeverity.Error, "Used folder or file not found", "\"{0}\" is not a folder with records or a .neg file of the archive{1}");

    public static readonly DiagnosticDescriptor UseCycleDescriptor = new(
        "NEG2015", DiagnosticSeverity.Error, "Cycle of uses", "This use closes a cycle of uses ({0}); it is ignored. Uses must go one way: a later record uses an earlier one.");

    public static readonly DiagnosticDescriptor AmbiguousNameDescriptor = new(
        "NEG2016", DiagnosticSeverity.Error, "Ambiguous name", "'{0}' is declared in {1}; give one of the uses an alias (use \"...\" as x;) and write x.{0}.");

    public static readonly DiagnosticDescriptor DeclaredInUnusedFolderDescriptor = new(
        "NEG2017", DiagnosticSeverity.Error, "Declared in a folder that is not used", "'{0}' is not declared here, but in \"{1}\"; add use \"{1}\"; to this file.");

    public static readonly DiagnosticDescriptor UnusedUseDescriptor = new(
        "NEG2018", DiagnosticSeverity.Warning, "Unused use", "Nothing that \"{0}\" declares is used in this file.");

    public static readonly DiagnosticDescriptor UseOutsideArchiveDescriptor = new(
        "NEG2019", DiagnosticSeverity.Error, "Use outside the archive", "{0}");

    public static readonly DiagnosticDescriptor UnknownAliasDescriptor = new(
        "NEG2020", DiagnosticSeverity.Error, "Unknown alias", "'{0}' is not the alias of a use in this file{1}");

    public static readonly DiagnosticDescriptor QualifiedDeclarationDescriptor = new(
        "NEG2021", DiagnosticSeverity.Error, "A declared name with a dot", "'{0}' cannot be declared: a dot separates a use's alias from a name, so declared names have none.");

    public static Diagnostic UsedPathNotFound(Location location, string path, string? suggestion) =>
        Create(UsedPathNotFoundDescriptor, location, DiagnosticProperties.Of((DiagnosticProperties.Suggestion, suggestion)),
            ShortenPath(path), suggestion is null ? "." : $"; did you mean \"{ShortenPath(suggestion)}\"?");

    public static Diagnostic UseCycle(Location location, string cycle) => Create(UseCycleDescriptor, location, cycle);

    public static Diagnostic AmbiguousName(Location location, string name, string folders) => Create(AmbiguousNameDescriptor, location, name, folders);

    public static Diagnostic DeclaredInUnusedFolder(Location location, string name, string path) =>
        Create(DeclaredInUnusedFolderDescriptor, location, DiagnosticProperties.Of((DiagnosticProperties.Name, name)), name, ShortenPath(path));

    public static Diagnostic UnusedUse(Location location, string path) => Create(UnusedUseDescriptor, location, ShortenPath(path));

    /// <summary>A use in a record outside any archive (<paramref name="path"/> null), or one whose path leads out of it.</summary>
    public static Diagnostic UseOutsideArchive(Location location, string? path) =>
        Create(UseOutsideArchiveDescriptor, location, path is null
            ? "This record is not inside an archive: a use needs a negarchive.json in a folder above it."
            : $"\"{ShortenPath(path)}\" is outside the archive (the folder with negarchive.json).");

    public static Diagnostic UnknownAlias(Location location, string alias, string? suggestion) =>
        Create(UnknownAliasDescriptor, location, alias, DidYouMean(suggestion));

    public static Diagnostic QualifiedDeclaration(Location location, string name) => Create(QualifiedDeclarationDescriptor, location, name);
}
