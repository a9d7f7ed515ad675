using System.Xml.Linq;
using CarPulse.Tests.Support;

namespace CarPulse.Tests.Domain.Documents;

public sealed class DocumentTranslationTests
{
    [Theory]
    [InlineData("Documents/DocumentText")]
    [InlineData("Reports/Sheet/SheetText")]
    public void Finnish_and_swedish_translate_every_english_key_of_the_pdfs_and_the_report_sheet(string resource)
    {
        var english = Keys(resource, string.Empty);

        Assert.NotEmpty(english);
        Assert.Equal(english, Keys(resource, ".fi"));
        Assert.Equal(english, Keys(resource, ".sv"));
    }

    private static SortedSet<string> Keys(string resource, string culture)
    {
        var path = Path.Combine(Path.GetDirectoryName(RepositoryPaths.WebProject()) ?? string.Empty, "CarPulse.Domain", $"{resource}{culture}.resx");
        return new SortedSet<string>(
            XDocument.Load(path).Root?.Elements("data").Select(data => (string?)data.Attribute("name") ?? string.Empty) ?? [],
            StringComparer.Ordinal);
    }
}
