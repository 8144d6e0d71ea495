using SecretNu.Detection;

namespace SecretNu.Tests.Detection;

/// <summary>The card cases of Malformed/manifest.txt: each must raise InputException naming file, key, line.</summary>
public class MalformedCardTests(Xunit.Abstractions.ITestOutputHelper output)
{
    public static IEnumerable<object[]> Cases => MalformedCases.Of("card");

    [Theory]
    [MemberData(nameof(Cases))]
    public void Rejected(string file)
    {
        MalformedCases.Case c = MalformedCases.Get(file);
        var e = Assert.Throws<InputException>(() => ExperimentCardReader.Read(c.FullPath));
        output.WriteLine(e.Message);
        MalformedCases.AssertMessage(c, e);
    }

    [Fact]
    public void CorpusIsLargeEnough() => Assert.True(MalformedCases.Of("card").Count() >= 20);
}
