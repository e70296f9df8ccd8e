//! Printed tables over as many pages as they need: a roster, a summary. Every
//! row is one line (long cells are cut with an ellipsis), so no row is ever
//! split across a page break; each page repeats the title and the column
//! heads, and its footer says "page N of M".

use printpdf::{Mm, PdfDocument, PdfPage, PdfSaveOptions};

use crate::{fonts, layout::Writer, PrintError};

pub struct Column {
    pub title: String,
    /// Width in points.
    pub width: f32,
}

/// A group of rows under a heading ("general track", "Window 3").
pub struct Section {
    pub heading: String,
    pub rows: Vec<Vec<String>>,
}

pub struct TableDocument {
    pub title: String,
    /// Lines under the title on every page (office, date).
    pub subtitle: String,
    pub columns: Vec<Column>,
    pub sections: Vec<Section>,
    /// A closing table after the last section (a summary), with its own columns.
    pub closing: Option<(String, Vec<Column>, Vec<Vec<String>>)>,
    /// Printed at the foot of each page beside "page N of M".
    pub footer: String,
    /// Words for "page {n} of {m}".
    pub page_of: fn(usize, usize) -> String,
}

// US Letter, in points.
const WIDTH: f32 = 612.0;
const HEIGHT: f32 = 792.0;
const MARGIN: f32 = 36.0;
const SIZE: f32 = 9.0;
const LINE: f32 = 13.0;

#[derive(Clone, Copy)]
enum Line<'a> {
    Heading(&'a str),
    Head(&'a [Column]),
    Row(&'a [Column], &'a [String]),
    ClosingTitle(&'a str),
}

/// Renders the document; text in any script (names are shaped like the notice's text).
pub fn render_table(t: &TableDocument) -> Result<Vec<u8>, PrintError> {
    let faces = [("NotoSans-Regular.ttf", 0), ("NotoNaskhArabic-Regular.ttf", 0), ("NotoSansCJK-Regular.ttc", 2)]
        .into_iter()
        .map(|(f, i)| fonts::load(f, i))
        .collect::<Result<Vec<_>, _>>()?;
    let mut doc = PdfDocument::new(&t.title);
    let top = HEIGHT - MARGIN;
    let mut w = Writer::new(&mut doc, faces, false, MARGIN, WIDTH - MARGIN, top);

    // Lay the lines out on pages first, so each footer knows how many pages there are.
    let mut lines: Vec<Line> = Vec::new();
    for s in &t.sections {
        lines.push(Line::Heading(&s.heading));
        lines.push(Line::Head(&t.columns));
        lines.extend(s.rows.iter().map(|r| Line::Row(&t.columns, r)));
    }
    if let Some((title, cols, rows)) = &t.closing {
        lines.push(Line::ClosingTitle(title));
        lines.push(Line::Head(cols));
        lines.extend(rows.iter().map(|r| Line::Row(cols, r)));
    }
    let body_top = top - 2.0 * LINE - 16.0;
    let body_bottom = MARGIN + 2.0 * LINE;
    let per_page = ((body_top - body_bottom) / LINE).floor().max(4.0) as usize;
    let mut pages: Vec<Vec<Line>> = Vec::new();
    let mut current: Vec<Line> = Vec::new();
    for line in lines {
        // A heading never ends a page: it moves on with the rows it heads.
        let is_head = matches!(line, Line::Heading(_) | Line::ClosingTitle(_));
        if current.len() >= per_page || (is_head && current.len() + 3 > per_page) {
            pages.push(std::mem::take(&mut current));
        }
        // A page that begins inside a section repeats the column heads.
        if let (true, Line::Row(cols, _)) = (current.is_empty(), line) {
            current.push(Line::Head(cols));
        }
        current.push(line);
    }
    if !current.is_empty() || pages.is_empty() {
        pages.push(current);
    }

    let total = pages.len();
    let mut out = Vec::new();
    for (n, page) in pages.iter().enumerate() {
        w.y = top;
        w.paragraph(&t.title, 14.0, 0.0);
        w.paragraph(&t.subtitle, 9.5, 0.0);
        w.y = body_top;
        for line in page {
            w.y -= LINE;
            match *line {
                Line::Heading(h) | Line::ClosingTitle(h) => {
                    let y = w.y;
                    w.line_at(h, SIZE + 2.0, MARGIN, y);
                }
                Line::Head(cols) => {
                    row(&mut w, cols, &cols.iter().map(|c| c.title.clone()).collect::<Vec<_>>());
                    w.rule(0.6);
                }
                Line::Row(cols, cells) => row(&mut w, cols, cells),
            }
        }
        let y = MARGIN;
        w.line_at(&t.footer, 8.0, MARGIN, y);
        let page_of = (t.page_of)(n + 1, total);
        let x = WIDTH - MARGIN - w.width(&page_of, 8.0);
        w.line_at(&page_of, 8.0, x, y);
        out.push(PdfPage::new(Mm(WIDTH * 25.4 / 72.0), Mm(HEIGHT * 25.4 / 72.0), w.take_page(top)));
    }
    Ok(doc.with_pages(out).save(&PdfSaveOptions::default(), &mut Vec::new()))
}

fn row(w: &mut Writer, cols: &[Column], cells: &[String]) {
    let mut x = MARGIN;
    let y = w.y;
    for (c, cell) in cols.iter().zip(cells) {
        let text = w.fit(cell, SIZE, c.width - 4.0);
        if !text.is_empty() {
            w.line_at(&text, SIZE, x, y);
        }
        x += c.width;
    }
}
