//! Derived values with hand-computed expectations.
