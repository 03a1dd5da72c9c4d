//! Bad input that cannot live in a fixture folder: made at run time in a temporary folder.
