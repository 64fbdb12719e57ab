//! JSON text to typed values and back: the one codec storage, files and links go through.
//!
//! In the browser it is the browser's own `JSON` plus serde-wasm-bindgen, so the module
//! carries no JSON parser or writer (12–22 KB gzip less per module). Natively (tests,
//! tools) it is serde_json. `tests/support/codec.rs` runs the same cases on both: the same
//! verdict for every text, and byte for byte the text earlier builds wrote.
//!
//! Where the two differ, only on texts no build writes: the browser reads numbers as
//! doubles, so `2.0` is the integer 2, and an integer beyond 2^53 is refused (serde_json
//! reads both exactly). Nothing the widget saves comes near 2^53.

use serde::{de::DeserializeOwned, Serialize};

#[cfg(target_arch = "wasm32")]
mod imp {
    use super::*;
    use wasm_bindgen::{JsCast, JsValue};

    /// A parsed JSON document.
    pub struct Doc(JsValue);

    pub fn parse(text: &str) -> Result<Doc, String> {
        js_sys::JSON::parse(text).map(Doc).map_err(|_| "not JSON".to_string())
    }

    impl Doc {
        pub fn is_object(&self) -> bool {
            self.0.is_object() && !js_sys::Array::is_array(&self.0)
        }
        pub fn field(&self, key: &str) -> Option<Doc> {
            if !self.is_object() {
                return None;
            }
            let obj: &js_sys::Object = self.0.unchecked_ref();
            if !js_sys::Object::has_own(obj, &JsValue::from_str(key)) {
                return None;
            }
            js_sys::Reflect::get(&self.0, &JsValue::from_str(key)).ok().map(Doc)
        }
        pub fn as_u64(&self) -> Option<u64> {
            let n = self.0.as_f64()?;
            (n >= 0.0 && n.fract() == 0.0 && n <= 9_007_199_254_740_991.0).then_some(n as u64)
        }
        pub fn as_str(&self) -> Option<String> {
            self.0.as_string()
        }
        pub fn decode<T: DeserializeOwned>(self) -> Result<T, String> {
            serde_wasm_bindgen::from_value(self.0).map_err(|e| e.to_string())
        }
    }

    pub fn to_string<T: Serialize>(value: &T) -> Result<String, String> {
        let js = value.serialize(&serde_wasm_bindgen::Serializer::json_compatible()).map_err(|e| e.to_string())?;
        js_sys::JSON::stringify(&js).map(String::from).map_err(|_| "cannot write JSON".to_string())
    }
}

#[cfg(not(target_arch = "wasm32"))]
mod imp {
    use super::*;

    /// A parsed JSON document.
    pub struct Doc(serde_json::Value);

    pub fn parse(text: &str) -> Result<Doc, String> {
        serde_json::from_str(text).map(Doc).map_err(|e| e.to_string())
    }

    impl Doc {
        pub fn is_object(&self) -> bool {
            self.0.is_object()
        }
        pub fn field(&self, key: &str) -> Option<Doc> {
            self.0.as_object()?.get(key).cloned().map(Doc)
        }
        pub fn as_u64(&self) -> Option<u64> {
            self.0.as_u64()
        }
        pub fn as_str(&self) -> Option<String> {
            self.0.as_str().map(str::to_owned)
        }
        pub fn decode<T: DeserializeOwned>(self) -> Result<T, String> {
            serde_json::from_value(self.0).map_err(|e| e.to_string())
        }
    }

    pub fn to_string<T: Serialize>(value: &T) -> Result<String, String> {
        serde_json::to_string(value).map_err(|e| e.to_string())
    }
}

pub use imp::{parse, to_string, Doc};
