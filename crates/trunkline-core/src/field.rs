//! [`IntoField`]: what the setters of the generated typed builders (`types::builder::*`)
//! accept, so that optional fields take plain values.

use std::num::{NonZeroU8, NonZeroU16, NonZeroU32, NonZeroU64};

use crate::SecretString;

/// A value a generated builder setter accepts for a field of type `T`.
///
/// typify's setters take `TryInto<Option<String>>`, which `&str` is not, and
/// `TryInto<NonZeroU16>`, which no integer literal is. The generator makes every setter of an
/// optional field or a `NonZero` field take `IntoField<T>` instead:
///
/// - every field takes its own type (`Some(x)`, `None`, a `NonZeroU16`), and every optional
///   field the bare value (`x` for `Option<X>`), so existing calls keep compiling;
/// - optional strings and secrets also take `&str` and `&String`;
/// - optional integers take any integer type, checked (a value out of range is the builder's
///   error, reported when the request is built, never a panic or a silent wrap);
/// - `NonZero` fields (and optional ones) take any integer, and `0` is that error.
///
/// ```
/// use std::num::NonZeroU16;
/// use trunkline_core::IntoField;
///
/// fn set<T, V: IntoField<T>>(value: V) -> Result<T, String> {
///     value.into_field()
/// }
/// assert_eq!(set::<Option<String>, _>("x"), Ok(Some("x".to_string())));
/// assert_eq!(set::<Option<String>, _>(None), Ok(None));
/// assert_eq!(set::<Option<String>, _>(Some("x".to_string())), Ok(Some("x".to_string())));
/// assert_eq!(set::<Option<i64>, _>(10), Ok(Some(10)));
/// assert_eq!(set::<Option<NonZeroU16>, _>(2), Ok(NonZeroU16::new(2)));
/// assert!(set::<NonZeroU16, _>(0).unwrap_err().contains("zero"));
/// assert!(set::<Option<u16>, _>(70_000).is_err());
/// ```
pub trait IntoField<T> {
    /// The field's value, or why this value does not fit it.
    fn into_field(self) -> Result<T, String>;
}

impl<T> IntoField<T> for T {
    fn into_field(self) -> Result<T, String> {
        Ok(self)
    }
}

impl<T> IntoField<Option<T>> for T {
    fn into_field(self) -> Result<Option<T>, String> {
        Ok(Some(self))
    }
}

impl IntoField<Option<String>> for &str {
    fn into_field(self) -> Result<Option<String>, String> {
        Ok(Some(self.to_owned()))
    }
}

impl IntoField<Option<String>> for &String {
    fn into_field(self) -> Result<Option<String>, String> {
        Ok(Some(self.clone()))
    }
}

impl IntoField<Option<SecretString>> for &str {
    fn into_field(self) -> Result<Option<SecretString>, String> {
        Ok(Some(SecretString::from(self)))
    }
}

impl IntoField<Option<SecretString>> for String {
    fn into_field(self) -> Result<Option<SecretString>, String> {
        Ok(Some(SecretString::from(self)))
    }
}

impl IntoField<Option<SecretString>> for &String {
    fn into_field(self) -> Result<Option<SecretString>, String> {
        Ok(Some(SecretString::from(self.as_str())))
    }
}

/// A generated newtype around an optional value whose `None` is sent as JSON `null` (Telnyx's
/// `NullableString(Option<String>)`: `NullableString(None)` clears a field, leaving it unset
/// sends nothing). The generator implements it for every such newtype, so that its setters take
/// the plain value too: `.sip_subdomain("pbx")` for `NullableString(Some("pbx".into()))`, an
/// integer for a `NullableInteger`. `None` still leaves the field unset, and the newtype itself
/// (`NullableString(None)`) still sends `null`.
///
/// ```
/// use trunkline_core::{IntoField, NullableField};
///
/// #[derive(Debug, PartialEq)]
/// struct NullableString(Option<String>);
/// impl From<Option<String>> for NullableString {
///     fn from(value: Option<String>) -> Self { Self(value) }
/// }
/// impl NullableField for NullableString { type Inner = String; }
///
/// fn set<V: IntoField<Option<NullableString>>>(value: V) -> Option<NullableString> {
///     value.into_field().unwrap()
/// }
/// assert_eq!(set("pbx"), Some(NullableString(Some("pbx".into()))));
/// assert_eq!(set(NullableString(None)), Some(NullableString(None)));
/// assert_eq!(set(None), None);
/// ```
pub trait NullableField: From<Option<Self::Inner>> {
    /// The value inside (`String`, `i64`).
    type Inner;
}

impl<W: NullableField<Inner = String>> IntoField<Option<W>> for &str {
    fn into_field(self) -> Result<Option<W>, String> {
        Ok(Some(W::from(Some(self.to_owned()))))
    }
}

impl<W: NullableField<Inner = String>> IntoField<Option<W>> for String {
    fn into_field(self) -> Result<Option<W>, String> {
        Ok(Some(W::from(Some(self))))
    }
}

impl<W: NullableField<Inner = String>> IntoField<Option<W>> for &String {
    fn into_field(self) -> Result<Option<W>, String> {
        Ok(Some(W::from(Some(self.clone()))))
    }
}

/// `Option<W>` of a nullable integer newtype from every integer type, checked.
macro_rules! nullable_integers {
    ($($source:ty),*) => {$(
        impl<W: NullableField<Inner = i64>> IntoField<Option<W>> for $source {
            fn into_field(self) -> Result<Option<W>, String> {
                i64::try_from(self)
                    .map(|value| Some(W::from(Some(value))))
                    .map_err(|_| format!("{} does not fit in i64", self))
            }
        }
    )*};
}

nullable_integers!(i8, i16, i32, i64, isize, u8, u16, u32, u64, usize);

/// `Option<$target>` from every other integer type, checked.
macro_rules! optional_integers {
    ($($target:ty: $($source:ty),*;)*) => {$($(
        impl IntoField<Option<$target>> for $source {
            fn into_field(self) -> Result<Option<$target>, String> {
                <$target>::try_from(self).map(Some).map_err(|_| {
                    format!(concat!("{} does not fit in ", stringify!($target)), self)
                })
            }
        }
    )*)*};
}

optional_integers! {
    i64: i8, i16, i32, isize, u8, u16, u32, u64, usize;
    i32: i8, i16, i64, isize, u8, u16, u32, u64, usize;
    u64: i8, i16, i32, i64, isize, u8, u16, u32, usize;
    u32: i8, i16, i32, i64, isize, u8, u16, u64, usize;
    u16: i8, i16, i32, i64, isize, u8, u32, u64, usize;
}

/// `$nonzero` and `Option<$nonzero>` from every integer type, checked (`0` is refused).
macro_rules! nonzero_integers {
    ($($nonzero:ty => $plain:ty;)*) => {$(
        nonzero_integers!(@each $nonzero, $plain: i8, i16, i32, i64, isize, u8, u16, u32, u64, usize);
    )*};
    (@each $nonzero:ty, $plain:ty: $($source:ty),*) => {$(
        impl IntoField<$nonzero> for $source {
            fn into_field(self) -> Result<$nonzero, String> {
                let plain = <$plain>::try_from(self).map_err(|_| {
                    format!(concat!("{} does not fit in ", stringify!($nonzero)), self)
                })?;
                <$nonzero>::new(plain)
                    .ok_or_else(|| concat!("zero is not a valid ", stringify!($nonzero)).to_owned())
            }
        }

        impl IntoField<Option<$nonzero>> for $source {
            fn into_field(self) -> Result<Option<$nonzero>, String> {
                IntoField::<$nonzero>::into_field(self).map(Some)
            }
        }
    )*};
}

nonzero_integers! {
    NonZeroU8 => u8;
    NonZeroU16 => u16;
    NonZeroU32 => u32;
    NonZeroU64 => u64;
}

#[cfg(test)]
mod tests {
    use super::*;

    fn set<T, V: IntoField<T>>(value: V) -> Result<T, String> {
        value.into_field()
    }

    #[test]
    fn out_of_range_values_are_errors_naming_the_type() {
        assert_eq!(
            set::<Option<u16>, _>(-1),
            Err("-1 does not fit in u16".to_owned())
        );
        assert_eq!(
            set::<NonZeroU16, _>(0u64),
            Err("zero is not a valid NonZeroU16".to_owned())
        );
        assert_eq!(
            set::<Option<NonZeroU16>, _>(70_000),
            Err("70000 does not fit in NonZeroU16".to_owned())
        );
        assert_eq!(set::<Option<u64>, _>(5u8), Ok(Some(5)));
    }

    #[test]
    fn secrets_take_plain_strings() {
        let secret = set::<Option<SecretString>, _>("hunter2").unwrap().unwrap();
        assert_eq!(secret.expose(), "hunter2");
        assert!(!format!("{secret:?}").contains("hunter2"));
        let owned = String::from("pw");
        assert!(set::<Option<SecretString>, _>(&owned).unwrap().is_some());
    }
}
