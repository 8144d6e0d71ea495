using SecretNu.Production;

namespace SecretNu.Tests.Production;

/// <summary>The hadron-table cases of Malformed/manifest.txt: each must raise InputException naming file, line, value.</summary>
public class MalformedHadronTableTests(Xunit.Abstractions.ITestOutputHelper output)
{
    public static IEnumerable<object[]> Cases => MalformedCases.Of("hadron");

    [Theory]
    [MemberData(nameof(Cases))]
    public void Rejected(string file)
    {
        MalformedCases.Case c = MalformedCases.Get(file);
        var e = Assert.Throws<InputException>(() =>
            HadronTableReader.Read(c.FullPath, c.Arguments[0], c.Arguments[1], int.Parse(c.Arguments[2])));
        output.WriteLine(e.Message);
        MalformedCases.AssertMessage(c, e);
    }

    [Fact]
    public void CorpusIsLargeEnough() => Assert.True(MalformedCases.Of("hadron").Count() >= 25);
}
