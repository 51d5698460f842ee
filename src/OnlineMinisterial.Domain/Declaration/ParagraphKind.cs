namespace OnlineMinisterial.Domain.Declaration;

public enum ParagraphKind
{
    /// <summary>"Recalling…", "Recognizing…": the reasons. Always before the operative paragraphs.</summary>
    Preamble,

    /// <summary>"Decide…", "Call upon…": what the conference agrees to.</summary>
    Operative,
}
