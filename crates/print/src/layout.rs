//! A page written top to bottom: lines of shaped text, wrapped to the page's
//! width and aligned to the side the language reads from.

use std::sync::Arc;

use printpdf::{Codepoint, FontId, Op, PdfDocument, PdfFontHandle, Pt, TextItem, TextMatrix};

use crate::{
    fonts::Font,
    shaping::{shape_line, ShapedLine},
};

pub struct Writer {
    fonts: Vec<Arc<Font>>,
    ids: Vec<FontId>,
    pub rtl: bool,
    pub ops: Vec<Op>,
    /// Left and right margins, and the baseline of the next line, in points from the lower left.
    pub left: f32,
    pub right: f32,
    pub y: f32,
}

/// Where a line may break: after a space, and between characters of scripts
/// written without spaces (Chinese, Japanese kana).
fn break_after(c: char) -> bool {
    c.is_whitespace() || matches!(c as u32, 0x3000..=0x30FF | 0x3400..=0x9FFF | 0xF900..=0xFAFF | 0xFF00..=0xFFEF)
}

/// Closing punctuation a line must not start with.
fn no_line_start(c: char) -> bool {
    matches!(c, ')' | ']' | '}' | ',' | '.' | ':' | ';' | '!' | '?' | '）' | '」' | '』' | '】' | '》' | '〉' | '。' | '、' | '，' | '：' | '；' | '！' | '？')
}

fn tokens(text: &str) -> Vec<&str> {
    let mut out = Vec::new();
    let mut start = 0;
    let mut chars = text.char_indices().peekable();
    while let Some((i, c)) = chars.next() {
        if break_after(c) && !chars.peek().is_some_and(|(_, n)| no_line_start(*n)) {
            out.push(&text[start..i + c.len_utf8()]);
            start = i + c.len_utf8();
        }
    }
    if start < text.len() {
        out.push(&text[start..]);
    }
    out
}

impl Writer {
    pub fn new(doc: &mut PdfDocument, fonts: Vec<Arc<Font>>, rtl: bool, left: f32, right: f32, top: f32) -> Self {
        let ids = fonts.iter().map(|f| doc.add_font(&f.parsed)).collect();
        Self { fonts, ids, rtl, ops: Vec::new(), left, right, y: top }
    }

    pub fn shape(&self, text: &str) -> ShapedLine {
        shape_line(text, &self.fonts, self.rtl)
    }

    pub fn width(&self, text: &str, size: f32) -> f32 {
        self.shape(text).width(&self.fonts, size)
    }

    /// Breaks `text` into lines no wider than `max` points.
    pub fn wrap(&self, text: &str, size: f32, max: f32) -> Vec<String> {
        let mut lines = Vec::new();
        let mut line = String::new();
        let mut width = 0.0;
        for token in tokens(text) {
            let w = self.width(token, size);
            let trailing_space = self.width(token.trim_end(), size);
            if !line.is_empty() && width + trailing_space > max {
                lines.push(line.trim_end().to_string());
                line.clear();
                width = 0.0;
            }
            line.push_str(token);
            width += w;
        }
        if !line.trim().is_empty() {
            lines.push(line.trim_end().to_string());
        }
        lines
    }

    /// Draws one line with its start (left, or right for right-to-left) at `x`.
    pub fn line_at(&mut self, text: &str, size: f32, x: f32, y: f32) {
        let shaped = self.shape(text);
        let width = shaped.width(&self.fonts, size);
        let mut pen = if self.rtl { x - width } else { x };
        self.ops.push(Op::StartTextSection);
        for run in &shaped.runs {
            let font = &self.fonts[run.font];
            let per_unit = 1000.0 / font.units_per_em;
            let glyphs = run
                .glyphs
                .iter()
                .map(|g| {
                    // printpdf advances by the font's own width; the shaper's
                    // advance (kerning, joining) differs by this much.
                    let own = font.face.glyph_hor_advance(rustybuzz::ttf_parser::GlyphId(g.gid)).map(f32::from).unwrap_or(g.advance);
                    let offset = (own - g.advance) * per_unit;
                    if g.text.is_empty() {
                        Codepoint::new(g.gid, offset)
                    } else {
                        Codepoint::with_cid(g.gid, offset, g.text.clone())
                    }
                })
                .collect();
            self.ops.push(Op::SetFont { font: PdfFontHandle::External(self.ids[run.font].clone()), size: Pt(size) });
            self.ops.push(Op::SetTextMatrix { matrix: TextMatrix::Translate(Pt(pen), Pt(y)) });
            self.ops.push(Op::ShowText { items: vec![TextItem::GlyphIds(glyphs)] });
            pen += crate::shaping::run_width(run, font, size);
        }
        self.ops.push(Op::EndTextSection);
    }

    /// Writes `text` as a paragraph: wrapped, aligned to the reading side,
    /// `indent` points in from it, and moves down past it.
    pub fn paragraph(&mut self, text: &str, size: f32, indent: f32) {
        let max = self.right - self.left - indent;
        for line in self.wrap(text, size, max) {
            self.y -= size * 1.35;
            let x = if self.rtl { self.right - indent } else { self.left + indent };
            self.line_at(&line, size, x, self.y);
        }
    }

    /// `text` cut to fit `max` points, with an ellipsis where it was cut.
    pub fn fit(&self, text: &str, size: f32, max: f32) -> String {
        if self.width(text, size) <= max {
            return text.to_string();
        }
        let chars: Vec<char> = text.chars().collect();
        let (mut lo, mut hi) = (0, chars.len());
        // The longest prefix that fits with the ellipsis, by halving.
        while lo < hi {
            let mid = (lo + hi).div_ceil(2);
            let candidate: String = chars[..mid].iter().collect::<String>() + "…";
            if self.width(&candidate, size) <= max {
                lo = mid;
            } else {
                hi = mid - 1;
            }
        }
        chars[..lo].iter().collect::<String>().trim_end().to_string() + "…"
    }

    /// The page written so far, and a fresh one from `top`.
    pub fn take_page(&mut self, top: f32) -> Vec<Op> {
        self.y = top;
        std::mem::take(&mut self.ops)
    }

    /// A thin horizontal rule across the text width at the current line.
    pub fn rule(&mut self, weight: f32) {
        self.ops.push(Op::DrawRectangle {
            rectangle: printpdf::Rect {
                x: Pt(self.left),
                y: Pt(self.y - 3.0),
                width: Pt(self.right - self.left),
                height: Pt(weight),
                mode: Some(printpdf::PaintMode::Fill),
                winding_order: None,
            },
        });
    }

    pub fn gap(&mut self, points: f32) {
        self.y -= points;
    }
}
