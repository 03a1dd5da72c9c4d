//! Labels: column headers and the words of tables and forms, in both languages.
