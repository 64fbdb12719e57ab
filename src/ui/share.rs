//! Passing progress with a link: the "Share progress" panel and the offer a widget shows
//! when the page was opened with a link for it. Compression is the browser's
//! (`CompressionStream` / `DecompressionStream`, `deflate-raw`); framing and checks are
//! `crate::share`; which widget takes a link and what loading changes are the domain's.

use domain::saved::{Flow, FlowSpec, Saved, Schema};
use domain::share::{route, LinkProblem, Shared};
use leptos::prelude::*;
use wasm_bindgen::{JsCast, JsValue};

use super::{now_ms, read_embed, Ui, EMBED_ATTR};

/// How a flow describes a state for the offer: steps done, all steps, the current step
/// (title, and who does it as badge and name), and who did the last done step.
pub struct Summary {
    pub done: usize,
    pub total: usize,
    pub current: Option<(String, Option<(String, String)>)>,
    pub last_by: Option<(String, String)>,
}

/// Runs bytes through the browser's `CompressionStream` or `DecompressionStream`.
async fn transform(bytes: &[u8], class: &str) -> Result<Vec<u8>, JsValue> {
    let ctor: js_sys::Function = js_sys::Reflect::get(&js_sys::global(), &class.into())?.dyn_into()?;
    let stream = js_sys::Reflect::construct(&ctor, &js_sys::Array::of1(&"deflate-raw".into()))?;
    let parts = js_sys::Array::of1(&js_sys::Uint8Array::from(bytes));
    let blob = web_sys::Blob::new_with_u8_array_sequence(&parts)?;
    let readable = js_sys::Reflect::get(&blob, &"stream".into())?.dyn_into::<js_sys::Function>()?.call0(&blob)?;
    let piped = js_sys::Reflect::get(&readable, &"pipeThrough".into())?
        .dyn_into::<js_sys::Function>()?
        .call1(&readable, &stream)?;
    let response_ctor: js_sys::Function = js_sys::Reflect::get(&js_sys::global(), &"Response".into())?.dyn_into()?;
    let response = js_sys::Reflect::construct(&response_ctor, &js_sys::Array::of1(&piped))?;
    let buffer =
        js_sys::Reflect::get(&response, &"arrayBuffer".into())?.dyn_into::<js_sys::Function>()?.call0(&response)?;
    let buffer = wasm_bindgen_futures::JsFuture::from(buffer.dyn_into::<js_sys::Promise>()?).await?;
    Ok(js_sys::Uint8Array::new(&buffer).to_vec())
}

/// This page's address without its fragment.
fn page_address() -> Option<String> {
    let href = crate::ui::window()?.location().href().ok()?;
    Some(href.split('#').next().unwrap_or(&href).to_string())
}

/// Removes the fragment from the address bar, so a reload does not offer the link again.
fn forget_fragment() {
    let Some(window) = crate::ui::window() else { return };
    let Some(address) = page_address() else { return };
    if let Ok(history) = window.history() {
        let _ = history.replace_state_with_url(&JsValue::NULL, "", Some(&address));
    }
}

/// The widgets on this page, in order, as (flow, storage key); and which one is `me`.
fn page_widgets(me: &web_sys::HtmlElement) -> (Vec<(Flow, String)>, Option<usize>) {
    let mut widgets = Vec::new();
    let mut mine = None;
    let Some(doc) = crate::ui::window().and_then(|w| w.document()) else { return (widgets, mine) };
    let Ok(nodes) = doc.query_selector_all(&format!("[{EMBED_ATTR}]")) else { return (widgets, mine) };
    for i in 0..nodes.length() {
        let Some(el) = nodes.item(i).and_then(|n| n.dyn_into::<web_sys::HtmlElement>().ok()) else { continue };
        let Ok(embed) = read_embed(&el) else { continue };
        if el == *me {
            mine = Some(widgets.len());
        }
        widgets.push((embed.flow, embed.storage_key));
    }
    (widgets, mine)
}

/// What the page's link means for this widget.
#[derive(Clone, Debug, PartialEq)]
enum Incoming<F: FlowSpec> {
    Offer(Box<Shared<F>>),
    Problem(LinkProblem),
}

/// The "Share progress" button with its link, and the offer of a link the page was opened
/// with. `describe` is the flow's summary of a state.
#[component]
pub fn ShareBar<F: FlowSpec>(ui: Ui, s: RwSignal<Saved<F>>, describe: super::kit::Rows<F>) -> impl IntoView
where
    Saved<F>: Schema,
{
    let t = move || ui.t();
    let link = RwSignal::new(None::<String>);
    let copied = RwSignal::new(None::<bool>);
    let field = NodeRef::<leptos::html::Input>::new();
    let link_id = ui.id("share-link");

    let make_link = move |_| {
        // A link shown from an earlier click would carry older progress: it goes until the new
        // one is ready (a few milliseconds), so nobody copies it by mistake.
        link.set(None);
        copied.set(None);
        let shared =
            Shared { flow: F::FLOW, storage_key: ui.host.storage_key(), state: s.get_untracked().for_sharing() };
        let Ok(envelope) = crate::share::envelope(&shared, now_ms()) else { return };
        leptos::task::spawn_local(async move {
            let Ok(bytes) = transform(envelope.as_bytes(), "CompressionStream").await else { return };
            let Some(address) = page_address() else { return };
            let url = format!("{address}#{}{}", domain::share::FRAGMENT_PREFIX, crate::share::to_base64url(&bytes));
            link.try_set(Some(url.clone()));
            copied.try_set(None);
            request_animation_frame(move || {
                if let Some(input) = field.try_get_untracked().flatten() {
                    let _ = input.focus();
                    input.select();
                }
            });
            let done = copy_text(&url).await;
            copied.try_set(Some(done));
        });
    };
    let mail = move || {
        link.get().map(|l| {
            let t = t();
            format!(
                "mailto:?subject={}&body={}",
                String::from(js_sys::encode_uri_component(t.share_mail_subject)),
                String::from(js_sys::encode_uri_component(&(t.share_mail_body)(&l)))
            )
        })
    };

    // A link the page was opened with (or navigated to, in the same tab): is it for this
    // widget, and what does it carry?
    let incoming = RwSignal::new(None::<Incoming<F>>);
    let offer_ref = NodeRef::<leptos::html::Div>::new();
    let check = move || {
        let Some(Some(me)) = ui.host.element() else { return };
        let fragment = crate::ui::window().and_then(|w| w.location().hash().ok()).unwrap_or_default();
        let Some(payload) = crate::share::payload(&fragment) else { return };
        let (widgets, mine) = page_widgets(&me);
        let first = mine == Some(0);
        let bytes = match payload {
            Ok(bytes) => bytes,
            Err(problem) => {
                if first {
                    incoming.try_set(Some(Incoming::Problem(problem)));
                    forget_fragment();
                }
                return;
            }
        };
        leptos::task::spawn_local(async move {
            let result = match transform(&bytes, "DecompressionStream").await {
                Err(_) => Err((LinkProblem::Damaged, first)),
                Ok(inflated) => match crate::share::address(&inflated) {
                    Err(problem) => Err((problem, first)),
                    Ok(address) => match route(&address, &widgets) {
                        Err(problem) => Err((problem, first)),
                        Ok(i) if Some(i) != mine => return,
                        Ok(_) => crate::share::shared::<F>(&inflated).map_err(|p| (p, true)),
                    },
                },
            };
            match result {
                Ok(shared) => {
                    incoming.try_set(Some(Incoming::Offer(Box::new(shared))));
                    // The reader opened this link to load it: bring the offer to them.
                    request_animation_frame(move || {
                        if let Some(offer) = offer_ref.try_get_untracked().flatten() {
                            offer.scroll_into_view();
                            let _ = offer.focus();
                        }
                    });
                    // Widgets above may still be mounting and push it down: look again.
                    leptos::prelude::set_timeout(
                        move || {
                            let Some(offer) = offer_ref.try_get_untracked().flatten() else { return };
                            let top = offer.get_bounding_client_rect().top();
                            let height = crate::ui::window()
                                .and_then(|w| w.inner_height().ok())
                                .and_then(|h| h.as_f64())
                                .unwrap_or(0.0);
                            if top < -1.0 || top >= height {
                                offer.scroll_into_view();
                            }
                        },
                        std::time::Duration::from_millis(400),
                    );
                }
                Err((problem, shown_here)) => {
                    if shown_here {
                        incoming.try_set(Some(Incoming::Problem(problem)));
                        forget_fragment();
                    }
                }
            }
        });
    };
    check();
    let on_hash = leptos::leptos_dom::helpers::window_event_listener(leptos::ev::hashchange, move |_| check());
    on_cleanup(move || on_hash.remove());
    let answer = move |load: bool| {
        if let Some(Some(Incoming::Offer(shared))) = incoming.try_get_untracked() {
            if load {
                s.update(|v| *v = v.merge(&shared.state));
                ui.say(t().offer_loaded.to_string());
            }
        }
        incoming.set(None);
        forget_fragment();
    };
    let offer_text = move || {
        let Some(Incoming::Offer(shared)) = incoming.get() else { return None };
        let t = t();
        let merged = s.with(|v| v.merge(&shared.state));
        let summary = describe(t, ui.lang.get(), &merged).summary();
        let from = match &summary.last_by {
            Some((badge, name)) => (t.offer_from)(&(t.who)(badge, name), summary.done, summary.total),
            None => (t.offer_from_someone)(summary.done, summary.total),
        };
        let next = match &summary.current {
            None => t.offer_all_done.to_string(),
            Some((title, Some((badge, name)))) => (t.offer_you)(&(t.who)(badge, name), title),
            Some((title, None)) => (t.offer_next)(title),
        };
        Some((from, next))
    };
    let problem_text = move || match incoming.get() {
        Some(Incoming::Problem(p)) => Some(match p {
            LinkProblem::TooLong => t().link_too_long.to_string(),
            LinkProblem::Damaged => t().link_damaged.to_string(),
            LinkProblem::Newer => t().link_newer.to_string(),
            LinkProblem::NoSuchGuide(flow) => (t().link_other_guide)(match flow {
                Flow::SiaHandoff => t().sia_title,
                Flow::DynamicsSyncUser => t().dyn_title,
            }),
        }),
        _ => None,
    };

    view! {
        {move || {
            offer_text()
                .map(|(from, next)| {
                    view! {
                        <div class="mg-offer" role="region" aria-label=t().offer_title tabindex="-1" node_ref=offer_ref>
                            <p class="mg-offer-title">{t().offer_title}</p>
                            <p>{from}</p>
                            <p class="mg-offer-next">{next}</p>
                            <button type="button" class="mg-btn" on:click=move |_| answer(true)>
                                {t().offer_load}
                            </button>
                            " "
                            <button type="button" class="mg-btn mg-btn-quiet" on:click=move |_| answer(false)>
                                {t().offer_not_now}
                            </button>
                        </div>
                    }
                })
        }}
        {move || {
            problem_text()
                .map(|text| {
                    view! {
                        <p class="mg-error mg-link-problem" role="alert">
                            {text}
                        </p>
                    }
                })
        }}
        <div class="mg-share">
            <button type="button" class="mg-btn mg-btn-quiet" on:click=make_link>
                {move || t().share_progress}
            </button>
            <Show when=move || link.get().is_some()>
                <div class="mg-field mg-share-link">
                    <label for=link_id.clone()>{move || t().link_to_share}</label>
                    <input
                        id=link_id.clone()
                        node_ref=field
                        type="text"
                        class="mg-input"
                        readonly
                        prop:value=move || link.get().unwrap_or_default()
                    />
                    <p class="mg-help" role="status">
                        {move || match copied.get() {
                            Some(true) => t().share_copied,
                            Some(false) => t().share_not_copied,
                            None => "",
                        }}
                    </p>
                    <a class="mg-link" href=move || mail().unwrap_or_default()>
                        {move || t().share_mail}
                    </a>
                </div>
            </Show>
        </div>
    }
}

/// Writes `text` to the clipboard where the Clipboard API is allowed.
pub async fn copy_text(text: &str) -> bool {
    let write = crate::ui::window()
        .map(|w| w.navigator())
        .and_then(|n| js_sys::Reflect::get(&n, &"clipboard".into()).ok())
        .filter(|c| !c.is_undefined() && !c.is_null())
        .and_then(|c| {
            let f = js_sys::Reflect::get(&c, &"writeText".into()).ok()?.dyn_into::<js_sys::Function>().ok()?;
            f.call1(&c, &text.into()).ok()?.dyn_into::<js_sys::Promise>().ok()
        });
    match write {
        Some(promise) => wasm_bindgen_futures::JsFuture::from(promise).await.is_ok(),
        None => false,
    }
}
