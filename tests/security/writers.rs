//! (filled in by the fix for this attack)
