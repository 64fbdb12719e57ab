//! The summary of a widget's progress, for a trainer's debrief or an admin's change ticket:
//! a plain document (title, facts, sections of items) that the widget shows, prints and
//! copies as Markdown. The flows fill it with their texts; this module only gives it shape
//! and writes it out, escaping whatever names a reader typed.

/// How an item is marked.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Mark {
    Done,
    Open,
    /// Not needed in this situation.
    Skipped,
    /// A plain list item (an action, a mistake).
    Plain,
}

/// One line of a section.
#[derive(Clone, Debug, PartialEq)]
pub struct Item {
    pub mark: Mark,
    pub text: String,
    /// When it happened, already written for the reader (the widget formats times).
    pub at: Option<String>,
    /// Lines under the item (how a mistake was put right, who did it…).
    pub notes: Vec<String>,
    /// The address the item's text links to (a cited page).
    pub link: Option<String>,
}

impl Item {
    pub fn new(mark: Mark, text: impl Into<String>) -> Item {
        Item { mark, text: text.into(), at: None, notes: Vec::new(), link: None }
    }
    /// An item whose text links to `url` (only `https://` addresses are written as links).
    pub fn link(mut self, url: impl Into<String>) -> Item {
        let url = url.into();
        self.link = url.starts_with("https://").then_some(url);
        self
    }
    pub fn at(mut self, at: Option<String>) -> Item {
        self.at = at;
        self
    }
    pub fn note(mut self, note: impl Into<String>) -> Item {
        self.notes.push(note.into());
        self
    }
}

/// A heading and its items; `empty` is said when there are none.
#[derive(Clone, Debug, PartialEq)]
pub struct Section {
    pub heading: String,
    pub items: Vec<Item>,
    pub empty: String,
}

/// The whole summary.
#[derive(Clone, Debug, PartialEq)]
pub struct Doc {
    pub title: String,
    /// Label and value pairs under the title (mode, scenario, result, date).
    pub facts: Vec<(String, String)>,
    pub sections: Vec<Section>,
}

/// One line of text as Markdown: line breaks become spaces, and every character Markdown
/// could read as formatting is escaped, so a typed name shows as typed.
pub fn escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for ch in text.chars() {
        match ch {
            '\r' | '\n' | '\t' => out.push(' '),
            '\\' | '`' | '*' | '_' | '[' | ']' | '<' | '>' | '#' | '|' | '~' | '!' | '(' | ')' | '{' | '}' | '+'
            | '-' | '.' => {
                out.push('\\');
                out.push(ch);
            }
            c if c.is_control() => {}
            c => out.push(c),
        }
    }
    out
}

/// The summary as Markdown text (GitHub-flavoured task lists for steps).
pub fn markdown(doc: &Doc) -> String {
    let mut out = format!("# {}\n\n", escape(&doc.title));
    for (label, value) in &doc.facts {
        out.push_str(&format!("- **{}** {}\n", escape(label), escape(value)));
    }
    for section in &doc.sections {
        out.push_str(&format!("\n## {}\n\n", escape(&section.heading)));
        if section.items.is_empty() {
            out.push_str(&format!("{}\n", escape(&section.empty)));
        }
        for item in &section.items {
            let mark = match item.mark {
                Mark::Done => "- [x] ",
                Mark::Open => "- [ ] ",
                Mark::Skipped => "- ~~",
                Mark::Plain => "- ",
            };
            out.push_str(mark);
            match &item.link {
                // Addresses are the widget's own (no spaces or brackets); `<…>` keeps any
                // parenthesis in one from ending the link.
                Some(url) => out.push_str(&format!("[{}](<{}>)", escape(&item.text), url.replace(['<', '>', ' '], ""))),
                None => out.push_str(&escape(&item.text)),
            }
            if item.mark == Mark::Skipped {
                out.push_str("~~");
            }
            if let Some(at) = &item.at {
                out.push_str(&format!(" ({})", escape(at)));
            }
            out.push('\n');
            for note in &item.notes {
                out.push_str(&format!("  - {}\n", escape(note)));
            }
        }
    }
    out
}
