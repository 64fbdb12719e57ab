//! Moving a widget's progress in and out as a file: the trainer's export and import. The
//! file is the storage envelope (same schema, same decoder) with the flow's name added, so
//! a file from the other guide is named as such instead of failing as "wrong shape".

use crate::saved::Flow;

/// The largest file an import reads. Bigger files are refused before a byte is read.
pub const MAX_IMPORT_BYTES: u64 = 1024 * 1024;

/// The key the exported envelope carries the flow's name under.
pub const FLOW_KEY: &str = "flow";

/// The file an export downloads: `<flow>-progress.json`.
pub fn file_name(flow: Flow) -> String {
    format!("{}-progress.json", flow.name())
}

/// Why an imported file was not taken. Nothing already saved changes in any case.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum ImportProblem {
    /// Over [`MAX_IMPORT_BYTES`]: not read at all.
    TooBig { bytes: u64 },
    /// An empty file.
    Empty,
    /// Not JSON text (another kind of file, or cut short).
    NotJson,
    /// JSON, but not progress this widget saved (or its values break a rule).
    WrongShape,
    /// Saved by a newer version of the widget, whose schema this one cannot read.
    Newer { schema: u32 },
    /// Progress of the other guide.
    OtherFlow(Flow),
    /// The browser could not read the file.
    Unreadable,
}

/// Checks a file's size before reading it.
pub fn check_size(bytes: u64) -> Result<(), ImportProblem> {
    match bytes {
        0 => Err(ImportProblem::Empty),
        b if b > MAX_IMPORT_BYTES => Err(ImportProblem::TooBig { bytes: b }),
        _ => Ok(()),
    }
}

/// Reads the flow an exported file names: `Ok(None)` when it names none (a value copied
/// from storage by hand), `Err` when it names another flow or something that is no flow.
pub fn check_flow(named: Option<&str>, expected: Flow) -> Result<(), ImportProblem> {
    match named {
        None => Ok(()),
        Some(name) => match Flow::from_name(name) {
            Some(f) if f == expected => Ok(()),
            Some(other) => Err(ImportProblem::OtherFlow(other)),
            None => Err(ImportProblem::WrongShape),
        },
    }
}
