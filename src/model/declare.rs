//! The macros that declare a record kind (`record!`) and a sub-table (`row!`) from one list of
//! fields, each with its descriptor (see [`super::field`]).
//!
//! A declarative macro rather than a derive: it needs no proc-macro crate, the descriptor of a
//! field is ordinary const Rust beside the field (checked by the compiler like any other
//! code), and what it writes is plain: the struct, its `Field` table, its decoder and its
//! values. A field is written
//!
//! ```text
//! name: RustType = req|opt|id("key", "中文标签", "English label"[, "one-line doc"])[.refers(..)][.int_in(..)]…;
//! ```
//!
//! and a `derived { name: Type = |f| expr; }` block may follow for values the decoder works
//! out (`f` is the record's `Fields` after reading).

/// Whether a field's mode is required.
macro_rules! required {
    (id) => {
        true
    };
    (req) => {
        true
    };
    (opt) => {
        false
    };
}
pub(crate) use required;

/// A field's one-line doc, empty when none is given.
macro_rules! doc_text {
    () => {
        ""
    };
    ($doc:literal) => {
        $doc
    };
}
pub(crate) use doc_text;

/// Reads one field: the record's id is held to the id pattern, every other field is read by
/// its Rust type (`Slot`).
macro_rules! read {
    (id, $f:ident, $field:expr, $cx:ident, $ty:ty) => {{
        let _ = $field;
        crate::model::id::read_id($f, $cx)
    }};
    ($mode:ident, $f:ident, $field:expr, $cx:ident, $ty:ty) => {
        <$ty as crate::model::field::Slot>::read($f, $field, $cx)
    };
}
pub(crate) use read;

/// Fails the build when a field's Rust type cannot hold what its descriptor says.
macro_rules! fits {
    ($name:ident $($field:ident $ty:ty, $mode:ident $key:literal;)*) => {
        const _: () = {
            $(assert!(
                if crate::model::declare::required!($mode) {
                    <$ty as crate::model::field::Slot>::MAY_BE_REQUIRED
                } else {
                    <$ty as crate::model::field::Slot>::MAY_BE_OPTIONAL
                },
                concat!(
                    stringify!($name), ".", $key,
                    ": a required field is Sp<T> or a list, an optional one Option<Sp<T>>, a list or Rows"
                )
            );)*
        };
    };
}
pub(crate) use fits;

/// The descriptors of a field list, in order.
macro_rules! descriptors {
    ($($ty:ty, $mode:ident, $key:literal, $zh:literal, $en:literal, [$($doc:literal)?], [$($chain:tt)*];)*) => {
        &[$(
            crate::model::field::Field::new(
                $key,
                $zh,
                $en,
                crate::model::declare::doc_text!($($doc)?),
                <$ty as crate::model::field::Slot>::SLOT,
                crate::model::declare::required!($mode),
            )$($chain)*,
        )*]
    };
}
pub(crate) use descriptors;

/// Reads each field of a list in the order of its descriptors, into variables named after
/// the fields.
macro_rules! read_all {
    ($fields:expr, $f:ident, $cx:ident; $($field:ident $ty:ty, $mode:ident;)*) => {
        let mut fields = $fields.iter();
        $(let $field = {
            let field = fields.next()?;
            crate::model::declare::read!($mode, $f, field, $cx, $ty)
        };)*
    };
}
pub(crate) use read_all;

/// Declares a record kind: the struct (with `meta`), its descriptors, decoder and values.
macro_rules! record {
    (
        $(#[doc = $sdoc:literal])*
        pub struct $name:ident : $kind:path {
            $($field:ident : $ty:ty = $mode:ident($key:literal, $zh:literal, $en:literal $(, $doc:literal)?)
                $(.$m:ident($($arg:expr),*))* ;)*
        }
        $(derived {
            $($(#[doc = $ddoc:literal])* $dname:ident : $dty:ty = |$fv:ident| $dexpr:expr ;)*
        })?
    ) => {
        $(#[doc = $sdoc])*
        #[derive(Debug, Clone, serde::Serialize, schemars::JsonSchema)]
        #[schemars(deny_unknown_fields)]
        pub struct $name {
            #[serde(skip)]
            #[schemars(skip)]
            pub meta: crate::model::Meta,
            $(
                #[doc = $zh]
                #[serde(rename = $key)]
                pub $field: $ty,
            )*
            $($(
                $(#[doc = $ddoc])*
                #[serde(skip)]
                #[schemars(skip)]
                pub $dname: $dty,
            )*)?
        }

        crate::model::declare::fits!($name $($field $ty, $mode $key;)*);

        impl crate::model::Record for $name {
            const KIND: crate::kind::Kind = $kind;
            const FIELDS: &'static [crate::model::field::Field] = crate::model::declare::descriptors!(
                $($ty, $mode, $key, $zh, $en, [$($doc)?], [$(.$m($($arg),*))*];)*
            );

            fn id(&self) -> &crate::span::Sp<crate::model::Id> {
                &self.id
            }

            fn meta(&self) -> crate::model::Meta {
                self.meta
            }

            fn decode(
                f: &mut crate::decode::Fields<'_>,
                cx: &mut crate::decode::Cx<'_>,
                meta: crate::model::Meta,
            ) -> Option<Self> {
                crate::model::declare::read_all!(
                    <Self as crate::model::Record>::FIELDS, f, cx; $($field $ty, $mode;)*
                );
                $($(let $dname = {
                    let $fv: &crate::decode::Fields<'_> = f;
                    $dexpr
                };)*)?
                Some(Self {
                    meta,
                    $($field: $field?,)*
                    $($($dname,)*)?
                })
            }

            fn values(
                &self,
            ) -> Vec<(&'static crate::model::field::Field, crate::model::field::FieldView<'_>)> {
                <Self as crate::model::Record>::FIELDS
                    .iter()
                    .zip([$(<$ty as crate::model::field::Slot>::view(&self.$field)),*])
                    .collect()
            }
        }
    };
}
pub(crate) use record;

/// Declares a sub-table (`[[items]]` of a check, …): the struct, descriptors, decoder, values.
macro_rules! row {
    (
        $(#[doc = $sdoc:literal])*
        pub struct $name:ident : $subject:path {
            $($field:ident : $ty:ty = $mode:ident($key:literal, $zh:literal, $en:literal $(, $doc:literal)?)
                $(.$m:ident($($arg:expr),*))* ;)*
        }
    ) => {
        $(#[doc = $sdoc])*
        #[derive(Debug, Clone, serde::Serialize, schemars::JsonSchema)]
        #[schemars(deny_unknown_fields)]
        pub struct $name {
            $(
                #[doc = $zh]
                #[serde(rename = $key)]
                pub $field: $ty,
            )*
        }

        crate::model::declare::fits!($name $($field $ty, $mode $key;)*);

        impl crate::model::field::Row for $name {
            const SUBJECT: crate::message::Subject = $subject;
            const FIELDS: &'static [crate::model::field::Field] = crate::model::declare::descriptors!(
                $($ty, $mode, $key, $zh, $en, [$($doc)?], [$(.$m($($arg),*))*];)*
            );

            fn decode(
                f: &mut crate::decode::Fields<'_>,
                cx: &mut crate::decode::Cx<'_>,
            ) -> Option<Self> {
                crate::model::declare::read_all!(
                    <Self as crate::model::field::Row>::FIELDS, f, cx; $($field $ty, $mode;)*
                );
                Some(Self {
                    $($field: $field?,)*
                })
            }

            fn values(
                &self,
            ) -> Vec<(&'static crate::model::field::Field, crate::model::field::FieldView<'_>)> {
                <Self as crate::model::field::Row>::FIELDS
                    .iter()
                    .zip([$(<$ty as crate::model::field::Slot>::view(&self.$field)),*])
                    .collect()
            }
        }
    };
}
pub(crate) use row;
