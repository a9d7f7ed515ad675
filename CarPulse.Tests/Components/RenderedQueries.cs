using AngleSharp.Dom;
using Bunit;
using Microsoft.AspNetCore.Components;

namespace CarPulse.Tests.Components;

/// <summary>Finds elements the way a user does: by what they say, not by their position in the markup.</summary>
public static class RenderedQueries
{
    /// <summary>The one button whose visible text (or aria-label) is <paramref name="name"/>.</summary>
    public static IElement FindButton<TComponent>(this IRenderedComponent<TComponent> rendered, string name)
        where TComponent : IComponent
    {
        var matches = rendered.FindAll("button")
            .Where(button => string.Equals(button.TextContent.Trim(), name, StringComparison.OrdinalIgnoreCase)
                || string.Equals(button.GetAttribute("aria-label"), name, StringComparison.OrdinalIgnoreCase))
            .ToList();
        return matches.Count == 1
            ? matches[0]
            : throw new ElementNotFoundException($"{matches.Count} buttons named '{name}' in: {rendered.Markup}");
    }

    /// <summary>The one input whose label reads <paramref name="label"/>.</summary>
    public static IElement FindInput<TComponent>(this IRenderedComponent<TComponent> rendered, string label)
        where TComponent : IComponent
    {
        var labels = rendered.FindAll("label").Where(element => element.TextContent.Trim() == label).ToList();
        return labels is [{ } only] && only.GetAttribute("for") is { Length: > 0 } id
            ? rendered.Find($"#{id}")
            : throw new ElementNotFoundException($"{labels.Count} labels reading '{label}' with an input in: {rendered.Markup}");
    }

    /// <summary>Everything the rendered markup says, as one string.</summary>
    public static string Text<TComponent>(this IRenderedComponent<TComponent> rendered)
        where TComponent : IComponent =>
        string.Concat(rendered.Nodes.Select(node => node.TextContent));
}
