//! The clock and the reader's time zone, read only here at the edge and passed into the domain.
//! Natively (the first views rendered at build time) the clock is the machine's and the zone
//! UTC: nothing rendered there depends on the day but a field's limit, which the module sets
//! again when it takes over.

/// The milliseconds clock.
pub fn now_ms() -> u64 {
    #[cfg(target_arch = "wasm32")]
    return js_sys::Date::now().max(0.0) as u64;
    #[cfg(not(target_arch = "wasm32"))]
    return std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map_or(0, |d| d.as_millis().min(u64::MAX as u128) as u64);
}

/// The reader's offset from UTC at a moment (their time zone, read from the browser).
pub fn utc_offset_at(at: u64) -> domain::s2s::UtcOffset {
    #[cfg(target_arch = "wasm32")]
    {
        let date = js_sys::Date::new(&wasm_bindgen::JsValue::from_f64(at as f64));
        domain::s2s::UtcOffset::from_js(date.get_timezone_offset())
    }
    #[cfg(not(target_arch = "wasm32"))]
    {
        let _ = at;
        domain::s2s::UtcOffset::UTC
    }
}

/// Today in the reader's calendar (not UTC's): the clock and the time zone are read here,
/// the day is the domain's.
pub fn local_today() -> domain::s2s::Day {
    let now = now_ms();
    domain::s2s::Day::local(now, utc_offset_at(now))
}
