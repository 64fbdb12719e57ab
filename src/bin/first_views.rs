//! Writes each flow's first view in each language (see `marketo_guides::first_view`):
//!   first-views DIR    writes DIR/<flow>.<lang>.html

fn main() {
    #[cfg(not(target_arch = "wasm32"))]
    if let Err(e) = write() {
        eprintln!("first-views: {e}");
        std::process::exit(1);
    }
}

#[cfg(not(target_arch = "wasm32"))]
fn write() -> Result<(), String> {
    use marketo_guides::domain::saved::{Flow, Lang};
    use marketo_guides::first_view::{problem, render};
    let dir = std::env::args().nth(1).ok_or("usage: first-views DIR")?;
    std::fs::create_dir_all(&dir).map_err(|e| format!("{dir}: {e}"))?;
    for flow in Flow::ALL {
        for lang in Lang::ALL {
            let html = render(flow, lang);
            if let Some(p) = problem(&html) {
                return Err(format!("{} {}: a first view may hold no {p} (CSP)", flow.name(), lang.tag()));
            }
            let path = format!("{dir}/{}.{}.html", flow.name(), lang.tag());
            std::fs::write(&path, html).map_err(|e| format!("{path}: {e}"))?;
        }
    }
    Ok(())
}
