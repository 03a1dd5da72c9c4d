//! Turning diagnostics into text. Renderers only format what they are given; they compute
//! nothing about the ledger.

pub mod charts;
pub mod codes;
pub mod csv_text;
pub mod diagnostics;
pub mod doc_docx;
pub mod doc_html;
pub mod doc_md;
pub mod doc_text;
pub(crate) mod docx;
pub mod due;
pub mod forms;
pub mod history;
pub mod html_text;
pub mod list;
pub mod markdown;
pub mod report_checks;
pub mod report_data;
pub mod report_sheets;
pub mod sheet;
pub mod show;
pub mod status;
pub mod style;
pub mod text;
pub mod xlsx;
