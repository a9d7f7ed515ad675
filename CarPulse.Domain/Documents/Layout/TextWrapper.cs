using System.Globalization;

namespace CarPulse.Domain.Documents.Layout;

/// <summary>
/// Breaks text into lines no wider than a width: at spaces, at explicit line breaks, and inside a
/// word only when the word alone is too wide (a VIN, a URL, a token). Widths add up because text is
/// drawn glyph by glyph without kerning, so each word is measured once.
/// </summary>
internal static class TextWrapper
{
    public static IReadOnlyList<string> Wrap(string text, float width, Func<string, float> measure)
    {
        var lines = new List<string>();
        var spaceWidth = measure(" ");
        foreach (var hardLine in text.ReplaceLineEndings("\n").Split('\n'))
        {
            var line = new LineBuilder(lines, width, spaceWidth);
            foreach (var word in hardLine.Split(' ', StringSplitOptions.RemoveEmptyEntries))
            {
                line.Add(word, measure(word), measure);
            }

            line.Finish();
        }

        return lines;
    }

    private sealed class LineBuilder(List<string> lines, float width, float spaceWidth)
    {
        // Rounding in the measured widths must not push a line that exactly fits onto the next one.
        private const float Tolerance = 0.01f;

        private string _text = string.Empty;
        private float _width;

        public void Add(string word, float wordWidth, Func<string, float> measure)
        {
            var widthWithWord = _text.Length == 0 ? wordWidth : _width + spaceWidth + wordWidth;
            if (widthWithWord <= width + Tolerance)
            {
                _text = _text.Length == 0 ? word : $"{_text} {word}";
                _width = widthWithWord;
                return;
            }

            if (_text.Length > 0)
            {
                Emit();
            }

            if (wordWidth <= width + Tolerance)
            {
                (_text, _width) = (word, wordWidth);
                return;
            }

            BreakWord(word, measure);
        }

        public void Finish() => lines.Add(_text);

        private void BreakWord(string word, Func<string, float> measure)
        {
            var elements = StringInfo.GetTextElementEnumerator(word);
            while (elements.MoveNext())
            {
                var element = elements.GetTextElement();
                var elementWidth = measure(element);

                // Each line takes at least one character, however narrow the width, so this always ends.
                if (_text.Length > 0 && _width + elementWidth > width + Tolerance)
                {
                    Emit();
                }

                _text += element;
                _width += elementWidth;
            }
        }

        private void Emit()
        {
            lines.Add(_text);
            (_text, _width) = (string.Empty, 0);
        }
    }
}
