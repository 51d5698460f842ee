namespace OnlineMinisterial.Integration.Tests.ScaleOut;

internal static class TestRedis
{
    public const string Variable = "ONLINEMINISTERIAL_TEST_REDIS";

    /// <summary>The throwaway Redis the test command starts. Missing is a failure, never a skip.</summary>
    public static string ConnectionString =>
        Environment.GetEnvironmentVariable(Variable) is { Length: > 0 } value
            ? value
            : throw new InvalidOperationException($"{Variable} is not set. Run the tests with scripts/test.sh, which starts a throwaway Redis.");
}
