namespace CarPulse.Web.Resources;

/// <summary>
/// The one resource set for user-facing text. Keys are the English text itself, so English needs no
/// file and a missing translation falls back to English; <c>Text.fi.resx</c> and <c>Text.sv.resx</c>
/// hold Finnish and Swedish.
/// </summary>
public sealed class Text;
