//! JSON text into a `serde_json::Value`, with a bound on the work and no duplicate keys.
//!
//! `serde_json::from_str::<Value>` builds whatever the text holds: a 40 MB file of `[0,0,0,…]`
//! is twenty million values, several hundred megabytes in memory, before anything checks them;
//! and an object with one key twice keeps the last silently, so one file could say one thing to
//! another reader and another to the app. Here every value and key is counted as it is read and
//! the read stops at the limit, before the rest is built; a key met twice in one object stops it
//! too. Same parser, same errors for everything else (not JSON, cut off, nested too deep).

use std::cell::Cell;
use std::fmt;

use serde::de::{self, DeserializeSeed, Deserializer, MapAccess, SeqAccess, Visitor};
use serde_json::{Map, Value};

/// What starts the message of the error for a key met twice (read back by `prepare`).
pub(super) const DUPLICATE: &str = "duplicate key";
/// What starts the message of the error for a document of more values than the limit.
pub(super) const TOO_MANY: &str = "too many values";

/// Reads `text` as one JSON value. `limit`: the most values and keys together (`None`: no
/// limit, for the app's own autosave).
pub(super) fn read(text: &str, limit: Option<usize>) -> Result<Value, serde_json::Error> {
    let left = Cell::new(limit.unwrap_or(usize::MAX));
    let mut de = serde_json::Deserializer::from_str(text);
    let value = Bounded(&left).deserialize(&mut de)?;
    de.end()?;
    Ok(value)
}

/// Builds one value, counting it (and each key of an object) against what is left.
struct Bounded<'a>(&'a Cell<usize>);

impl Bounded<'_> {
    fn take<E: de::Error>(&self) -> Result<(), E> {
        match self.0.get().checked_sub(1) {
            Some(left) => {
                self.0.set(left);
                Ok(())
            }
            None => Err(E::custom(TOO_MANY)),
        }
    }
}

impl<'de> DeserializeSeed<'de> for Bounded<'_> {
    type Value = Value;

    fn deserialize<D: Deserializer<'de>>(self, d: D) -> Result<Value, D::Error> {
        d.deserialize_any(self)
    }
}

impl<'de> Visitor<'de> for Bounded<'_> {
    type Value = Value;

    fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
        f.write_str("a JSON value")
    }

    fn visit_bool<E: de::Error>(self, v: bool) -> Result<Value, E> {
        self.take()?;
        Ok(Value::Bool(v))
    }

    fn visit_i64<E: de::Error>(self, v: i64) -> Result<Value, E> {
        self.take()?;
        Ok(Value::Number(v.into()))
    }

    fn visit_u64<E: de::Error>(self, v: u64) -> Result<Value, E> {
        self.take()?;
        Ok(Value::Number(v.into()))
    }

    fn visit_f64<E: de::Error>(self, v: f64) -> Result<Value, E> {
        self.take()?;
        Ok(serde_json::Number::from_f64(v).map_or(Value::Null, Value::Number))
    }

    fn visit_str<E: de::Error>(self, v: &str) -> Result<Value, E> {
        self.take()?;
        Ok(Value::String(v.to_string()))
    }

    fn visit_string<E: de::Error>(self, v: String) -> Result<Value, E> {
        self.take()?;
        Ok(Value::String(v))
    }

    fn visit_unit<E: de::Error>(self) -> Result<Value, E> {
        self.take()?;
        Ok(Value::Null)
    }

    fn visit_seq<A: SeqAccess<'de>>(self, mut seq: A) -> Result<Value, A::Error> {
        self.take()?;
        let mut items = Vec::new();
        while let Some(v) = seq.next_element_seed(Bounded(self.0))? {
            items.push(v);
        }
        Ok(Value::Array(items))
    }

    fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<Value, A::Error> {
        self.take()?;
        let mut out = Map::new();
        while let Some(key) = map.next_key::<String>()? {
            self.take()?;
            if out.contains_key(&key) {
                return Err(de::Error::custom(format_args!("{DUPLICATE} {}", quoted(&key))));
            }
            let v = map.next_value_seed(Bounded(self.0))?;
            out.insert(key, v);
        }
        Ok(Value::Object(out))
    }
}

/// The key as the error's detail shows it: in quotes, at most 60 characters (a key is the file's,
/// and may be anything).
fn quoted(key: &str) -> String {
    const MOST: usize = 60;
    if key.chars().count() > MOST {
        format!("\"{}…\"", key.chars().take(MOST).collect::<String>())
    } else {
        format!("\"{key}\"")
    }
}

/// The key of a duplicate-key error's message (`duplicate key "own_words" at line 3 column 14`).
pub(super) fn duplicate_key(message: &str) -> Option<String> {
    let rest = message.strip_prefix(DUPLICATE)?.trim_start();
    let end = rest.rfind(" at line ").unwrap_or(rest.len());
    let key = &rest[..end];
    Some(key.strip_prefix('"').and_then(|k| k.strip_suffix('"')).unwrap_or(key).to_string())
}
