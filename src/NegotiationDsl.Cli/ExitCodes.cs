namespace NegotiationDsl.Cli;

/// <summary>What <c>negc</c> returns; documented in the README.</summary>
internal static class ExitCodes
{
    public const int Success = 0;
    public const int ErrorsFound = 1;
    public const int UsageOrIoError = 2;
    public const int InternalError = 3;
}
