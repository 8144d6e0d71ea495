using SecretNu.Fluxes;
using SecretNu.Physics;

namespace SecretNu.Tests.Fluxes;

/// <summary>The flux cases of Malformed/manifest.txt: each must raise InputException naming file, line, value.</summary>
public class MalformedFluxTests(Xunit.Abstractions.ITestOutputHelper output)
{
    public static IEnumerable<object[]> Cases => MalformedCases.Of("flux");

    [Theory]
    [MemberData(nameof(Cases))]
    public void Rejected(string file)
    {
        MalformedCases.Case c = MalformedCases.Get(file);
        var e = Assert.Throws<InputException>(() => PublishedFluxReader.Read(c.FullPath, c.Arguments[0],
            FlavorExtensions.FromPdgId(int.Parse(c.Arguments[1])), Enum.Parse<PublishedFluxKind>(c.Arguments[2])));
        output.WriteLine(e.Message);
        MalformedCases.AssertMessage(c, e);
    }

    [Fact]
    public void CorpusIsLargeEnough() => Assert.True(MalformedCases.Of("flux").Count() >= 12);
}
