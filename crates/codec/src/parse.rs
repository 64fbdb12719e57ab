//! The parser: JSON text to a [`Doc`] tree, as strictly as serde_json.

use crate::{Doc, Error, Number, MAX_DEPTH};

/// Reads a JSON text (RFC 8259, as strictly as serde_json).
pub fn parse(text: &str) -> Result<Doc, Error> {
    let mut p = Parser { bytes: text.as_bytes(), at: 0 };
    let doc = p.value(0)?;
    p.space();
    if p.at != p.bytes.len() {
        return Err(Error::new("text after the value"));
    }
    Ok(doc)
}

struct Parser<'a> {
    bytes: &'a [u8],
    at: usize,
}

impl Parser<'_> {
    fn peek(&self) -> Option<u8> {
        self.bytes.get(self.at).copied()
    }

    fn space(&mut self) {
        while matches!(self.peek(), Some(b' ' | b'\t' | b'\n' | b'\r')) {
            self.at += 1;
        }
    }

    fn eat(&mut self, word: &[u8]) -> bool {
        let found = self.bytes[self.at..].starts_with(word);
        if found {
            self.at += word.len();
        }
        found
    }

    fn value(&mut self, depth: usize) -> Result<Doc, Error> {
        self.space();
        if matches!(self.peek(), Some(b'[' | b'{')) && depth >= MAX_DEPTH {
            return Err(Error::new("nested too deeply"));
        }
        match self.peek() {
            Some(b'n') if self.eat(b"null") => Ok(Doc::Null),
            Some(b't') if self.eat(b"true") => Ok(Doc::Bool(true)),
            Some(b'f') if self.eat(b"false") => Ok(Doc::Bool(false)),
            Some(b'"') => self.string().map(Doc::String),
            Some(b'-' | b'0'..=b'9') => self.number().map(Doc::Number),
            Some(b'[') => {
                self.at += 1;
                let mut items = Vec::new();
                self.space();
                if self.eat(b"]") {
                    return Ok(Doc::Array(items));
                }
                loop {
                    items.push(self.value(depth + 1)?);
                    self.space();
                    if self.eat(b"]") {
                        return Ok(Doc::Array(items));
                    }
                    if !self.eat(b",") {
                        return Err(Error::new("expected `,` or `]`"));
                    }
                }
            }
            Some(b'{') => {
                self.at += 1;
                let mut entries = Vec::new();
                self.space();
                if self.eat(b"}") {
                    return Ok(Doc::Object(entries));
                }
                loop {
                    self.space();
                    if self.peek() != Some(b'"') {
                        return Err(Error::new("expected a key"));
                    }
                    let key = self.string()?;
                    self.space();
                    if !self.eat(b":") {
                        return Err(Error::new("expected `:`"));
                    }
                    entries.push((key, self.value(depth + 1)?));
                    self.space();
                    if self.eat(b"}") {
                        return Ok(Doc::Object(entries));
                    }
                    if !self.eat(b",") {
                        return Err(Error::new("expected `,` or `}`"));
                    }
                }
            }
            _ => Err(Error::new("expected a value")),
        }
    }

    fn digits(&mut self) -> usize {
        let start = self.at;
        while matches!(self.peek(), Some(b'0'..=b'9')) {
            self.at += 1;
        }
        self.at - start
    }

    fn number(&mut self) -> Result<Number, Error> {
        let negative = self.eat(b"-");
        let start = self.at;
        match self.peek() {
            Some(b'0') => self.at += 1,
            Some(b'1'..=b'9') => {
                self.digits();
            }
            _ => return Err(Error::new("a number without digits")),
        }
        let whole = &self.bytes[start..self.at];
        let mut integer = true;
        if self.eat(b".") {
            integer = false;
            if self.digits() == 0 {
                return Err(Error::new("a number without digits after `.`"));
            }
        }
        if matches!(self.peek(), Some(b'e' | b'E')) {
            self.at += 1;
            integer = false;
            if matches!(self.peek(), Some(b'+' | b'-')) {
                self.at += 1;
            }
            if self.digits() == 0 {
                return Err(Error::new("a number without an exponent"));
            }
        }
        if !integer {
            return Ok(Number::NotInteger);
        }
        // Digits only, so the only failure is overflow.
        let magnitude = whole.iter().try_fold(0u64, |n, d| n.checked_mul(10)?.checked_add(u64::from(d - b'0')));
        Ok(match (negative, magnitude) {
            (false, Some(n)) => Number::Unsigned(n),
            (true, Some(n)) if n > 0 && n <= 1 << 63 => Number::Negative((n as i64).wrapping_neg()),
            _ => Number::NotInteger,
        })
    }

    fn hex4(&mut self) -> Result<u32, Error> {
        let digits = self.bytes.get(self.at..self.at + 4).ok_or_else(|| Error::new("a cut `\\u` escape"))?;
        let mut n = 0;
        for &d in digits {
            n = n * 16 + char::from(d).to_digit(16).ok_or_else(|| Error::new("a bad `\\u` escape"))?;
        }
        self.at += 4;
        Ok(n)
    }

    fn string(&mut self) -> Result<String, Error> {
        self.at += 1; // the opening quote
        let mut out = String::new();
        loop {
            let start = self.at;
            while matches!(self.peek(), Some(c) if c != b'"' && c != b'\\' && c >= 0x20) {
                self.at += 1;
            }
            // The text is a `str` and the run stops only at ASCII bytes: a whole UTF-8 run.
            out.push_str(std::str::from_utf8(&self.bytes[start..self.at]).map_err(|_| Error::new("bad UTF-8"))?);
            match self.peek() {
                Some(b'"') => {
                    self.at += 1;
                    return Ok(out);
                }
                Some(b'\\') => {
                    self.at += 1;
                    let escape = self.peek().ok_or_else(|| Error::new("a cut escape"))?;
                    self.at += 1;
                    out.push(match escape {
                        b'"' => '"',
                        b'\\' => '\\',
                        b'/' => '/',
                        b'b' => '\u{8}',
                        b'f' => '\u{c}',
                        b'n' => '\n',
                        b'r' => '\r',
                        b't' => '\t',
                        b'u' => {
                            let high = self.hex4()?;
                            let code = if (0xD800..0xDC00).contains(&high) {
                                if !self.eat(b"\\u") {
                                    return Err(Error::new("a lone surrogate"));
                                }
                                let low = self.hex4()?;
                                if !(0xDC00..0xE000).contains(&low) {
                                    return Err(Error::new("a lone surrogate"));
                                }
                                0x10000 + ((high - 0xD800) << 10) + (low - 0xDC00)
                            } else {
                                high
                            };
                            char::from_u32(code).ok_or_else(|| Error::new("a lone surrogate"))?
                        }
                        _ => return Err(Error::new("an unknown escape")),
                    });
                }
                Some(_) => return Err(Error::new("a control character in a string")),
                None => return Err(Error::new("a string without its closing quote")),
            }
        }
    }
}
