//! PassDesk's printed documents. Text is shaped with rustybuzz and ordered
//! with unicode-bidi before printpdf places the glyphs: printpdf's own text
//! call neither joins Arabic letters nor runs them right to left. Fonts are
//! the system's Noto fonts (Debian `fonts-noto-core`, `fonts-noto-cjk`),
//! embedded and subset into each PDF.

mod fonts;
mod layout;
mod notice;
mod qr;
mod shaping;
mod table;

pub use fonts::{font_dirs, FontError};
pub use notice::{render_notice, Notice};
pub use table::{render_table, Column, Section, TableDocument};

#[derive(Debug, thiserror::Error)]
pub enum PrintError {
    #[error(transparent)]
    Font(#[from] FontError),
    #[error("the QR code could not be made: {0}")]
    Qr(String),
}
