//! Why a command could not do its job: the sentences of [`crate::error::Error`].
