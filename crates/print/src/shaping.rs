//! One line of text to positioned glyphs: the bidi algorithm orders the runs
//! (unicode-bidi), each run is set in the first font that has its characters
//! and shaped (rustybuzz), which joins Arabic letters and mirrors brackets.

use std::sync::Arc;

use rustybuzz::{Direction, UnicodeBuffer};
use unicode_bidi::{BidiInfo, Level};

use crate::fonts::Font;

pub struct Glyph {
    pub gid: u16,
    /// Advance as shaped, in font units.
    pub advance: f32,
    /// The characters this glyph stands for, for text extraction; empty for
    /// the second and later glyphs of one cluster.
    pub text: String,
}

/// Glyphs of one font, left to right as they are drawn.
pub struct Run {
    pub font: usize,
    pub glyphs: Vec<Glyph>,
}

pub struct ShapedLine {
    /// Runs in visual order, left to right.
    pub runs: Vec<Run>,
}

impl ShapedLine {
    /// Width in points at `size`.
    pub fn width(&self, fonts: &[Arc<Font>], size: f32) -> f32 {
        self.runs.iter().map(|r| run_width(r, &fonts[r.font], size)).sum()
    }
}

pub fn run_width(run: &Run, font: &Font, size: f32) -> f32 {
    run.glyphs.iter().map(|g| g.advance).sum::<f32>() * size / font.units_per_em
}

/// Characters that take the font of the text around them.
fn neutral(c: char) -> bool {
    c.is_whitespace() || c.is_ascii_punctuation() || c.is_ascii_digit()
}

/// Splits `range` of `text` (logical order) into pieces each set in one font.
fn font_pieces(text: &str, range: std::ops::Range<usize>, fonts: &[Arc<Font>]) -> Vec<(usize, std::ops::Range<usize>)> {
    let mut pieces: Vec<(usize, std::ops::Range<usize>)> = Vec::new();
    for (i, c) in text[range.clone()].char_indices() {
        let at = range.start + i;
        let current = pieces.last().map(|p| p.0);
        let font = match current {
            Some(f) if neutral(c) && fonts[f].has(c) => f,
            _ => fonts.iter().position(|f| f.has(c)).or(current).unwrap_or(0),
        };
        match pieces.last_mut() {
            Some((f, r)) if *f == font => r.end = at + c.len_utf8(),
            _ => pieces.push((font, at..at + c.len_utf8())),
        }
    }
    pieces
}

fn shape_piece(text: &str, font_index: usize, font: &Font, rtl: bool) -> Run {
    let mut buffer = UnicodeBuffer::new();
    buffer.push_str(text);
    buffer.guess_segment_properties();
    buffer.set_direction(if rtl { Direction::RightToLeft } else { Direction::LeftToRight });
    let shaped = rustybuzz::shape(&font.face, &[], buffer);
    let mut starts: Vec<usize> = shaped.glyph_infos().iter().map(|g| g.cluster as usize).collect();
    starts.sort_unstable();
    starts.dedup();
    let end_of = |c: usize| starts.iter().copied().find(|s| *s > c).unwrap_or(text.len());
    let mut seen = std::collections::BTreeSet::new();
    let glyphs = shaped
        .glyph_infos()
        .iter()
        .zip(shaped.glyph_positions())
        .map(|(info, pos)| {
            let c = info.cluster as usize;
            let text = if seen.insert(c) { text.get(c..end_of(c)).unwrap_or_default().to_string() } else { String::new() };
            Glyph { gid: u16::try_from(info.glyph_id).unwrap_or(0), advance: pos.x_advance as f32, text }
        })
        .collect();
    Run { font: font_index, glyphs }
}

/// The direction of the first strongly directional character (bidi rules
/// P2-P3), else `fallback`: an address in Latin letters runs left to right
/// even on an Arabic notice, a line of digits takes the language's direction.
fn base_rtl(text: &str, fallback: bool) -> bool {
    use unicode_bidi::BidiClass::{AL, L, R};
    text.chars()
        .find_map(|c| match unicode_bidi::bidi_class(c) {
            L => Some(false),
            R | AL => Some(true),
            _ => None,
        })
        .unwrap_or(fallback)
}

/// Shapes one line. `rtl` is the language's direction, for lines with no
/// letters of their own.
pub fn shape_line(text: &str, fonts: &[Arc<Font>], rtl: bool) -> ShapedLine {
    let base = if base_rtl(text, rtl) { Level::rtl() } else { Level::ltr() };
    let bidi = BidiInfo::new(text, Some(base));
    let mut runs = Vec::new();
    for para in &bidi.paragraphs {
        let (levels, level_runs) = bidi.visual_runs(para, para.range.clone());
        for r in level_runs {
            let level_rtl = levels.get(r.start).is_some_and(|l| l.is_rtl());
            let mut pieces = font_pieces(text, r, fonts);
            if level_rtl {
                pieces.reverse();
            }
            for (font, range) in pieces {
                runs.push(shape_piece(&text[range], font, &fonts[font], level_rtl));
            }
        }
    }
    ShapedLine { runs }
}
