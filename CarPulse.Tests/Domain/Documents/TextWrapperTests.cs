using CarPulse.Domain.Documents.Layout;

namespace CarPulse.Tests.Domain.Documents;

public sealed class TextWrapperTests
{
    // Every character one unit wide: widths are character counts, so expectations read at a glance.
    private static float Monospace(string text) => text.Length;

    [Fact]
    public void Words_wrap_at_spaces_and_no_line_is_wider_than_the_width()
    {
        var lines = TextWrapper.Wrap("the quick brown fox jumps over the lazy dog", 10, Monospace);

        Assert.Equal(["the quick", "brown fox", "jumps over", "the lazy", "dog"], lines);
    }

    [Fact]
    public void A_word_wider_than_the_line_is_broken_inside_the_word()
    {
        var lines = TextWrapper.Wrap("VIN 5YJ3E7EB2NF123456 ok", 8, Monospace);

        Assert.Equal(["VIN", "5YJ3E7EB", "2NF12345", "6 ok"], lines);
    }

    [Fact]
    public void Line_breaks_in_the_text_start_new_lines_and_blank_lines_stay()
    {
        var lines = TextWrapper.Wrap("Street 1\r\n\n00100 Helsinki", 40, Monospace);

        Assert.Equal(["Street 1", "", "00100 Helsinki"], lines);
    }

    [Fact]
    public void A_width_narrower_than_one_character_still_makes_progress()
    {
        var lines = TextWrapper.Wrap("abc", 0.5f, Monospace);

        Assert.Equal(["a", "b", "c"], lines);
    }
}
