//! Inline Markdown events (text, emphasis, links, formulas, breaks)
//! gathered into the lines of a block, each with its bold label, bold
//! phrases, italic lead and code spans.

use pulldown_cmark::{Event, Tag, TagEnd};

use super::doc::Line;

/// Collects inline events into lines.
#[derive(Default)]
pub(super) struct Inline {
    lines: Vec<Line>,
    cur: String,
    cur_line: usize,
    cur_bold: Option<String>,
    bold_depth: usize,
    bold_at_start: bool,
    bold_buf: String,
    /// The bold phrase being read, and those read on this line.
    strong_buf: String,
    strong: Vec<String>,
    /// The inline code spans of the line.
    code: Vec<String>,
    /// The italic phrase the line starts with, while it is read.
    em_depth: usize,
    em_buf: Option<String>,
    cur_em: Option<String>,
    image: usize,
    /// Inside `~~…~~`: struck out by the writer, no part of the notes.
    struck: usize,
    link: usize,
    /// Inside `<sup>`: a footnote mark or a power.
    sup: bool,
    /// Inside `<sub>`: a symbol's index.
    sub: bool,
    /// A paragraph's: "$F = ma$" opening a line is a formula set out.
    set_out: bool,
    /// Whether the line before was broken on purpose (two spaces at its
    /// end), which may end its sentence.
    broken: bool,
    /// Letters and digits of the current line inside and outside links.
    linked: usize,
    unlinked: usize,
}

impl Inline {
    /// The collector of a paragraph, where a formula opening a line is
    /// set out on its own.
    pub(super) fn paragraph() -> Self {
        Inline {
            set_out: true,
            ..Inline::default()
        }
    }

    /// "Sort the values and pick the middle one··" over "Median of …": a
    /// sentence of three words or more broken on purpose before a capital
    /// ends there.
    fn end_sentence(&mut self) {
        let Some(last) = self.lines.last_mut() else {
            return;
        };
        let t = last.text.trim_end();
        let sentence = t.split_whitespace().count() >= 3
            && t.ends_with(|c: char| c.is_alphanumeric() || c == ')')
            && last.code.is_empty()
            // "μ = 500": a value, one of a column of them; "**Glaze
            // Stage**: Vitrification" a label and its value
            && !t.contains(['=', ':'])
            && last.bold.is_none();
        if sentence {
            last.text = format!("{t}.");
        }
    }

    /// Whether a start event is inline (emphasis, link…) rather than a block.
    pub(super) fn inline_start(&self, e: &Event<'_>) -> bool {
        matches!(
            e,
            Event::Start(
                Tag::Emphasis
                    | Tag::Strong
                    | Tag::Strikethrough
                    | Tag::Link { .. }
                    | Tag::Image { .. }
                    | Tag::Superscript
                    | Tag::Subscript
            )
        )
    }

    fn text(&mut self, t: &str, line: usize) {
        if self.image > 0 || self.struck > 0 {
            return;
        }
        if std::mem::take(&mut self.broken) && t.starts_with(char::is_uppercase) {
            self.end_sentence();
        }
        if self.cur.is_empty() {
            self.cur_line = line;
        }
        self.cur.push_str(t);
        let words = t.chars().filter(|c| c.is_alphanumeric()).count();
        if self.link > 0 {
            self.linked += words;
        } else {
            self.unlinked += words;
        }
        if self.bold_depth > 0 && self.bold_at_start {
            self.bold_buf.push_str(t);
        }
        if self.bold_depth > 0 {
            self.strong_buf.push_str(t);
        }
        if self.em_depth > 0 {
            if let Some(b) = self.em_buf.as_mut() {
                b.push_str(t);
            }
        }
    }

    fn newline(&mut self) {
        let mut text = std::mem::take(&mut self.cur);
        // "See [[Spinoza]], [[Leibniz]]": wiki links send the reader on too
        let wiki_linked = self.code.is_empty() && text.contains("[[");
        if self.code.is_empty() {
            text = super::scripts::pandoc(&super::wiki::plain(&text));
        }
        if !self.code.iter().any(|c| c.contains("::")) {
            text = super::wiki::inline_fields(&text);
        }
        text = super::clean::joined_compounds(&super::clean::without_attributes(&text));
        // "**==Supermajority==**": a highlight inside the marked phrase
        let unmarked = |s: String| super::wiki::without_highlights(&s);
        let bold = self.cur_bold.take().map(unmarked);
        let em = self.cur_em.take().map(unmarked);
        let strong: Vec<String> = std::mem::take(&mut self.strong)
            .into_iter()
            .map(unmarked)
            .collect();
        self.em_buf = None;
        if let Some(term) = self.code.first().or(bold.as_ref()) {
            text = dotted_term(text, term);
        }
        if !text.trim().is_empty() {
            let links_only = self.linked > 0 && (self.unlinked == 0 || points_to_link(&text))
                || wiki_linked && points_to_link(&text);
            self.lines.push(Line {
                text,
                line: self.cur_line,
                bold,
                strong,
                em,
                code: std::mem::take(&mut self.code),
                links_only,
            });
        }
        self.code.clear();
        self.strong.clear();
        self.bold_at_start = false;
        self.bold_buf.clear();
        self.linked = 0;
        self.unlinked = 0;
    }

    pub(super) fn event(&mut self, event: &Event<'_>, line: usize) {
        match event {
            Event::Code(t) => {
                if !t.trim().is_empty() {
                    self.code.push(t.trim().to_string());
                }
                self.text(t, line)
            }
            Event::Text(t) if self.sup => {
                // one run of text: a `<sup>` left open raises no more
                self.sup = false;
                let t = super::scripts::superscript(&self.cur, t);
                self.text(&t, line)
            }
            Event::Text(t) if self.sub => {
                self.sub = false;
                self.text(&super::scripts::subscript(t), line)
            }
            // "\Delta H" written outside a formula
            Event::Text(t) => self.text(&super::tex::commands(t), line),
            // "$P(A) = 1 - P(B)$" opening its line: a formula set out
            Event::InlineMath(t)
                if self.set_out && self.cur.trim().is_empty() && t.contains('=') =>
            {
                self.newline();
                self.text(&format!("$$ {} $$", t.trim()), line);
                self.newline();
            }
            Event::InlineMath(t) => self.text(&super::tex::plain_math(t), line),
            // "ions like $$Cl^-$$ and …": display marks around a symbol of
            // a sentence
            // (else "$$ Q = I \times t $$": a formula on a line of its own)
            Event::DisplayMath(t) => {
                let plain = super::tex::plain_math(t);
                if in_sentence(&self.cur, t, &plain) {
                    return self.text(&plain, line);
                }
                self.newline();
                self.text(&format!("$$ {} $$", t.trim()), line);
                self.newline();
            }
            Event::InlineHtml(h) if h.eq_ignore_ascii_case("<sup>") => self.sup = true,
            Event::InlineHtml(h) if h.eq_ignore_ascii_case("</sup>") => self.sup = false,
            Event::InlineHtml(h) if h.eq_ignore_ascii_case("<sub>") => self.sub = true,
            Event::InlineHtml(h) if h.eq_ignore_ascii_case("</sub>") => self.sub = false,
            Event::SoftBreak => self.newline(),
            Event::HardBreak => {
                self.newline();
                self.broken = true;
            }
            Event::InlineHtml(h) if h.to_ascii_lowercase().starts_with("<br") => self.newline(),
            // "<ol><li>Fetch</li> <li>Decode</li></ol>" in a table cell: an
            // item a line
            Event::InlineHtml(h) if list_tag(h) => self.newline(),
            Event::Start(Tag::Emphasis) => {
                if self.em_depth == 0 && self.cur.trim().is_empty() && self.cur_em.is_none() {
                    self.em_buf = Some(String::new());
                }
                self.em_depth += 1;
            }
            Event::End(TagEnd::Emphasis) => {
                self.em_depth = self.em_depth.saturating_sub(1);
                if self.em_depth == 0 {
                    if let Some(b) = self.em_buf.take() {
                        self.cur_em = Some(b.trim().to_string()).filter(|b| !b.is_empty());
                    }
                }
            }
            Event::Start(Tag::Strong) => self.strong_start(),
            Event::End(TagEnd::Strong) => self.strong_end(),
            Event::Start(Tag::Image { .. }) => self.image += 1,
            Event::Start(Tag::Strikethrough) => self.struck += 1,
            Event::End(TagEnd::Strikethrough) => self.struck = self.struck.saturating_sub(1),
            Event::End(TagEnd::Image) => self.image = self.image.saturating_sub(1),
            Event::Start(Tag::Link { .. }) => self.link += 1,
            Event::End(TagEnd::Link) => self.link = self.link.saturating_sub(1),
            _ => {}
        }
    }

    fn strong_start(&mut self) {
        if self.bold_depth == 0 && self.cur.trim().is_empty() && self.cur_bold.is_none() {
            self.bold_at_start = true;
            self.bold_buf.clear();
        }
        self.bold_depth += 1;
    }

    fn strong_end(&mut self) {
        self.bold_depth = self.bold_depth.saturating_sub(1);
        if self.bold_depth == 0 {
            let s = std::mem::take(&mut self.strong_buf);
            if !s.trim().is_empty() {
                self.strong.push(s.trim().to_string());
            }
        }
        if self.bold_depth == 0 && self.bold_at_start {
            self.bold_at_start = false;
            let b = std::mem::take(&mut self.bold_buf);
            if !b.trim().is_empty() {
                self.cur_bold = Some(b.trim().to_string());
            }
        }
    }

    pub(super) fn finish(mut self) -> Vec<Line> {
        self.newline();
        self.lines
    }
}

/// "See this link for more info: [Firing logs]", "More here: [...]": a
/// line that only sends the reader to its link.
fn points_to_link(text: &str) -> bool {
    const POINTERS: &[&str] = &[
        "see ",
        "for more",
        "more info",
        "more here",
        "read more",
        "check out",
        "refer to",
        "click ",
        "details:",
        "source:",
        "link:",
    ];
    let lower = text.trim().to_lowercase();
    let lower = lower.trim_start_matches(['-', '*', ' ']);
    POINTERS.iter().any(|p| lower.starts_with(p)) && text.split_whitespace().count() <= 16
}

/// "`monopoly`. a firm that is the sole seller …": a term set apart and
/// its meaning after a full stop, in lower case, as "Term: meaning".
fn dotted_term(text: String, term: &str) -> String {
    let t = text.trim_start();
    let rest = t.strip_prefix(term).and_then(|r| r.strip_prefix(". "));
    match rest {
        // a few words: "amplitude does not affect the period" is a
        // statement in bold
        Some(r)
            if r.starts_with(char::is_lowercase)
                && (1..=4).contains(&term.split_whitespace().count()) =>
        {
            format!("{term}: {r}")
        }
        _ => text,
    }
}

/// Whether a formula between `$$` marks belongs to the sentence it
/// stands in: after words, all but an equation that follows a name or a
/// sentence ("The energy U of a kiln is $$U = …$$"); at the start of a
/// line, a short symbol that relates nothing ("$$OH^-$$ reacts …"), as
/// its plain text shows (`\le` is "≤", `\left` nothing).
fn in_sentence(before: &str, tex: &str, plain: &str) -> bool {
    const RELATIONS: &[char] = &[
        '=', '<', '>', '≤', '≥', '≠', '≈', '≡', '∝', '~', '→', '←', '⇌', '↔', '⇒', '≫', '≪',
    ];
    // "as $$pH = -log[H^+]$$, this …": the formula is part of a clause
    const JOINS: &[&str] = &["as", "so", "thus", "hence", "since", "because", "and", "if"];
    match before.split_whitespace().last() {
        None => {
            let lines = tex.contains("\\\\") || tex.contains("\\begin");
            plain.chars().count() <= 40 && !plain.contains(RELATIONS) && !lines
        }
        Some(last) => !tex.contains('=') || JOINS.contains(&last.to_lowercase().as_str()),
    }
}

/// "<li>", "</ol>": a tag of an HTML list, which parts its items.
fn list_tag(html: &str) -> bool {
    let t = html.trim().to_ascii_lowercase();
    ["<li", "</li", "<ol", "</ol", "<ul", "</ul"]
        .iter()
        .any(|tag| t.starts_with(tag))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_symbol_opening_a_line_is_in_its_sentence_unless_it_relates() {
        let inline = |tex: &str| in_sentence("", tex, &super::super::tex::plain_math(tex));
        // "\left" is a bracket, not "\le"; "\top" is not "\to"
        assert!(inline("\\left[\\mathrm{Na_2O}\\right]"));
        assert!(inline("\\top"));
        assert!(!inline("a \\le b"));
        assert!(!inline("A \\to B"));
        assert!(!inline("x = 2"));
        // after words, only an equation that follows a name is set out
        assert!(inline_after("oxides like", "\\mathrm{K_2O}"));
        assert!(!inline_after("The energy U of a kiln is", "U = Q/t"));
        assert!(inline_after("as", "pH = -\\log[H^+]"));
    }

    fn inline_after(before: &str, tex: &str) -> bool {
        in_sentence(before, tex, &super::super::tex::plain_math(tex))
    }
}
