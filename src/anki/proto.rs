//! The few protobuf fields recall reads from a current Anki package: note
//! type kinds, card templates and the media list. Anki's full schema is
//! large; these need only the wire format, read here in a few lines rather
//! than through generated code.

/// One field of a message: its number and its value.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Field<'a> {
    Varint(u32, u64),
    Bytes(u32, &'a [u8]),
    /// A fixed-width value (32 or 64 bits), which recall never needs.
    Fixed(u32),
}

/// The fields of a message, in order; `None` when the bytes are not a
/// well-formed message.
pub fn fields(mut buf: &[u8]) -> Option<Vec<Field<'_>>> {
    let mut out = Vec::new();
    while !buf.is_empty() {
        let key = varint(&mut buf)?;
        let number = u32::try_from(key >> 3).ok()?;
        let field = match key & 7 {
            0 => Field::Varint(number, varint(&mut buf)?),
            1 => skip(&mut buf, 8).map(|_| Field::Fixed(number))?,
            2 => {
                let len = usize::try_from(varint(&mut buf)?).ok()?;
                Field::Bytes(number, skip(&mut buf, len)?)
            }
            5 => skip(&mut buf, 4).map(|_| Field::Fixed(number))?,
            _ => return None,
        };
        out.push(field);
    }
    Some(out)
}

/// The last value of varint field `number` (protobuf's rule for a field
/// given twice), or 0, its default.
pub fn varint_field(fields: &[Field], number: u32) -> u64 {
    fields
        .iter()
        .rev()
        .find_map(|f| match f {
            Field::Varint(n, v) if *n == number => Some(*v),
            _ => None,
        })
        .unwrap_or(0)
}

/// The last value of string field `number`, or "".
pub fn string_field<'a>(fields: &[Field<'a>], number: u32) -> &'a str {
    fields
        .iter()
        .rev()
        .find_map(|f| match f {
            Field::Bytes(n, b) if *n == number => std::str::from_utf8(b).ok(),
            _ => None,
        })
        .unwrap_or("")
}

fn varint(buf: &mut &[u8]) -> Option<u64> {
    let mut value = 0u64;
    for shift in (0..64).step_by(7) {
        let (&byte, rest) = buf.split_first()?;
        *buf = rest;
        value |= u64::from(byte & 0x7f) << shift;
        if byte & 0x80 == 0 {
            return Some(value);
        }
    }
    None
}

fn skip<'a>(buf: &mut &'a [u8], len: usize) -> Option<&'a [u8]> {
    if buf.len() < len {
        return None;
    }
    let (taken, rest) = buf.split_at(len);
    *buf = rest;
    Some(taken)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_a_template_config() {
        // Anki's Basic template: q_format (1), a_format (2), id (8).
        let bytes = b"\x0a\x09{{Front}}\x12\x08{{Back}}\x40\xfb\xab\x94\x03";
        let f = fields(bytes).unwrap();
        assert_eq!(string_field(&f, 1), "{{Front}}");
        assert_eq!(string_field(&f, 2), "{{Back}}");
        assert_eq!(
            varint_field(&f, 8),
            0xfb & 0x7f | (0xab & 0x7f) << 7 | (0x94 & 0x7f) << 14 | 3 << 21
        );
        assert_eq!(varint_field(&f, 1), 0);
    }

    #[test]
    fn refuses_what_is_cut_short() {
        assert_eq!(fields(b"\x0a\x09{{Front"), None);
        assert_eq!(fields(b"\x08\xff"), None);
        assert_eq!(fields(b"\x0f"), None);
        assert_eq!(fields(b""), Some(vec![]));
        assert_eq!(
            fields(b"\x08\x01\x15abcd"),
            Some(vec![Field::Varint(1, 1), Field::Fixed(2)])
        );
    }
}
