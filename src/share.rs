//! Shared-progress links, as bytes: `#mg-share=` + base64url(deflate-raw(envelope)). The
//! envelope is the storage one (same schema number, same decoder); compression is the
//! browser's (`CompressionStream`, see `ui::share`), so this file only frames and checks.
//! Never panics, whatever the link.

use domain::saved::{FlowSpec, Schema};
use domain::share::{Address, LinkProblem, Shared, FRAGMENT_PREFIX, MAX_INFLATED_BYTES, MAX_LINK_CHARS};

use crate::storage::{decode, encode, Decoded};

const ALPHABET: &[u8; 64] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";

/// base64url without padding.
pub fn to_base64url(bytes: &[u8]) -> String {
    let mut out = String::with_capacity(bytes.len().div_ceil(3) * 4);
    for chunk in bytes.chunks(3) {
        let b = [chunk[0], *chunk.get(1).unwrap_or(&0), *chunk.get(2).unwrap_or(&0)];
        let n = (u32::from(b[0]) << 16) | (u32::from(b[1]) << 8) | u32::from(b[2]);
        for i in 0..=chunk.len() {
            out.push(char::from(ALPHABET[((n >> (18 - 6 * i)) & 63) as usize]));
        }
    }
    out
}

/// Reads base64url (padding and none both accepted); `None` for anything else.
pub fn from_base64url(text: &str) -> Option<Vec<u8>> {
    let text = text.trim_end_matches('=');
    if text.len() % 4 == 1 {
        return None;
    }
    let mut out = Vec::with_capacity(text.len() * 3 / 4);
    let (mut acc, mut bits) = (0u32, 0u32);
    for c in text.bytes() {
        let v = match c {
            b'A'..=b'Z' => c - b'A',
            b'a'..=b'z' => c - b'a' + 26,
            b'0'..=b'9' => c - b'0' + 52,
            b'-' => 62,
            b'_' => 63,
            _ => return None,
        };
        acc = (acc << 6) | u32::from(v);
        bits += 6;
        if bits >= 8 {
            bits -= 8;
            out.push((acc >> bits) as u8);
            acc &= (1 << bits) - 1;
        }
    }
    Some(out)
}

/// The payload of a shared-progress fragment (`#mg-share=…` or `mg-share=…`), if the
/// fragment is one. Too long: refused here, before anything is decoded.
pub fn payload(fragment: &str) -> Option<Result<Vec<u8>, LinkProblem>> {
    let rest = fragment.strip_prefix('#').unwrap_or(fragment).strip_prefix(FRAGMENT_PREFIX)?;
    if rest.len() > MAX_LINK_CHARS {
        return Some(Err(LinkProblem::TooLong));
    }
    Some(from_base64url(rest).ok_or(LinkProblem::Damaged))
}

/// Reads the inflated envelope far enough to know which widget it is for.
pub fn address(inflated: &[u8]) -> Result<Address, LinkProblem> {
    if inflated.len() > MAX_INFLATED_BYTES {
        return Err(LinkProblem::Damaged);
    }
    let text = std::str::from_utf8(inflated).map_err(|_| LinkProblem::Damaged)?;
    let value = crate::json::parse(text).map_err(|_| LinkProblem::Damaged)?;
    let schema = value.field("schema").and_then(|s| s.as_u64()).ok_or(LinkProblem::Damaged)?;
    if schema > u64::from(domain::saved::SCHEMA) {
        return Err(LinkProblem::Newer);
    }
    value.field("data").ok_or(LinkProblem::Damaged)?.decode().map_err(|_| LinkProblem::Damaged)
}

/// Reads the whole envelope for a widget of flow `F`.
pub fn shared<F: FlowSpec>(inflated: &[u8]) -> Result<Shared<F>, LinkProblem> {
    let address = address(inflated)?;
    if address.flow != F::FLOW {
        return Err(LinkProblem::NoSuchGuide(address.flow));
    }
    let text = std::str::from_utf8(inflated).map_err(|_| LinkProblem::Damaged)?;
    match decode::<Shared<F>>(text) {
        Decoded::Current { data, .. } if data.flow == F::FLOW => Ok(data),
        Decoded::Newer { .. } => Err(LinkProblem::Newer),
        _ => Err(LinkProblem::Damaged),
    }
}

/// The envelope a link carries (before compression).
pub fn envelope<F: FlowSpec>(shared: &Shared<F>, now: u64) -> Result<String, String>
where
    Shared<F>: Schema,
{
    encode(shared, 0, now)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn base64url_round_trips_every_length_and_refuses_other_text() {
        for n in 0..70u8 {
            let bytes: Vec<u8> = (0..n).map(|i| i.wrapping_mul(37).wrapping_add(n)).collect();
            let text = to_base64url(&bytes);
            assert!(text.bytes().all(|c| ALPHABET.contains(&c)));
            assert_eq!(from_base64url(&text), Some(bytes));
        }
        assert_eq!(from_base64url("TWFu"), Some(b"Man".to_vec()));
        assert_eq!(from_base64url("TWE="), Some(b"Ma".to_vec()));
        for bad in ["T", "TW+u", "TW/u", "TW u", "Ω"] {
            assert_eq!(from_base64url(bad), None, "{bad}");
        }
    }

    #[test]
    fn a_fragment_over_the_limit_is_refused_before_decoding() {
        assert_eq!(payload("#top"), None);
        let long = format!("#mg-share={}", "A".repeat(MAX_LINK_CHARS + 1));
        assert_eq!(payload(&long), Some(Err(LinkProblem::TooLong)));
        assert_eq!(payload("#mg-share=@@@"), Some(Err(LinkProblem::Damaged)));
    }
}

/// Native only: proptest does not run on wasm32.
#[cfg(all(test, not(target_arch = "wasm32")))]
mod fuzz {
    use super::*;
    use domain::dynamics::DynamicsStep2;
    use domain::saved::{Lang, Mode, Saved};
    use domain::sia::Handoff;
    use proptest::prelude::*;

    /// The link decoder never panics: any fragment text, any bytes after base64url, and real
    /// envelopes with a byte changed and cut. `make test` runs 2,000 cases;
    /// `LINK_FUZZ_CASES=1000000 cargo test --release -p marketo-guides --lib share::fuzz`
    /// runs the long campaign.
    #[test]
    fn the_link_decoder_survives_any_input() {
        let cases = std::env::var("LINK_FUZZ_CASES").ok().and_then(|c| c.parse().ok()).unwrap_or(2_000);
        let mut sia = Saved::<Handoff>::fresh(Mode::Practice, Lang::Ko);
        sia.tick(domain::sia::StepKind::IncomingConnects, true, 3);
        let real = [
            envelope(&Shared { flow: domain::saved::Flow::SiaHandoff, storage_key: "a".into(), state: sia }, 1)
                .unwrap(),
            envelope(
                &Shared {
                    flow: domain::saved::Flow::DynamicsSyncUser,
                    storage_key: "b".into(),
                    state: Saved::<DynamicsStep2>::fresh(Mode::Guide, Lang::En),
                },
                1,
            )
            .unwrap(),
        ];
        let fragments = prop_oneof![
            ".{0,300}".prop_map(|s| format!("#mg-share={s}")),
            "[A-Za-z0-9_=-]{0,400}".prop_map(|s| format!("#mg-share={s}")),
        ];
        let mutated = (0..real.len(), any::<prop::sample::Index>(), any::<u8>(), any::<prop::sample::Index>())
            .prop_map(move |(i, at, byte, cut)| {
                let mut bytes = real[i].clone().into_bytes();
                let at = at.index(bytes.len());
                bytes[at] = byte;
                bytes.truncate(cut.index(bytes.len()).max(at + 1));
                bytes
            });
        let mut runner = proptest::test_runner::TestRunner::new(proptest::test_runner::Config {
            cases,
            failure_persistence: None,
            ..Default::default()
        });
        let strategy = (fragments, mutated, prop::collection::vec(any::<u8>(), 0..300));
        runner
            .run(&strategy, |(fragment, envelope, raw)| {
                if let Some(Ok(bytes)) = payload(&fragment) {
                    let _ = shared::<Handoff>(&bytes);
                }
                for bytes in [&envelope, &raw] {
                    let _ = address(bytes);
                    let _ = shared::<Handoff>(bytes);
                    let _ = shared::<DynamicsStep2>(bytes);
                }
                Ok(())
            })
            .unwrap();
        println!("link decoder fuzz: {cases} inputs, no panic");
    }
}
