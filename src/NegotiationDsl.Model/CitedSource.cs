namespace NegotiationDsl.Model;

/// <summary>A source named for a record, meeting or statement (<c>source "Reuters" graded B2</c>), and whether it reports or disputes it.</summary>
public sealed class CitedSource
{
    public CitedSource(string name, SourceGrade? grade, SourceStance stance)
    {
        Name = name;
        Grade = grade;
        Stance = stance;
    }

    public string Name { get; }

    /// <summary>The analyst's grade of the source and of this information; null when not graded.</summary>
    public SourceGrade? Grade { get; }
    public SourceStance Stance { get; }

    public override string ToString() => Grade is { } grade ? Name + " (" + grade + ")" : Name;
}

/// <summary>What a source says about the fact it is named for.</summary>
public enum SourceStance
{
    /// <summary><c>source "…"</c>: the source reports it.</summary>
    Reports,

    /// <summary><c>disputed by "…"</c>: the source denies or contradicts it.</summary>
    Disputes,
}
