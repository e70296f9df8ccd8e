//! `notices`: how long one appointment notice PDF takes per language, and how
//! big it is (release build), beside printpdf's own plain text call with a
//! built-in font (no shaping, no embedded font) writing the same English
//! lines: the cost of shaping and of embedding subset fonts.
//!
//! `notices [--runs 20]`: the first notice in the process loads the fonts
//! from disk (reported apart); then each language is rendered `--runs` times
//! and the median is reported.

use std::time::{Duration, Instant};

use clap::Parser;
use passdesk_i18n::{catalog, LANGUAGES};
use passdesk_print::{render_notice, Notice};
use printpdf::{BuiltinFont, Mm, Op, PdfDocument, PdfFontHandle, PdfPage, PdfSaveOptions, Pt, TextItem, TextMatrix};

#[derive(Parser)]
struct Args {
    #[arg(long, default_value_t = 20)]
    runs: usize,
}

/// The baseline: the English notice's lines through printpdf's plain text call.
fn plain_text_notice(n: &Notice) -> Vec<u8> {
    let t = |id: &str| catalog().text("en", id, &[]);
    let mut lines = vec![t("notice-title"), t("notice-confirmation"), n.confirmation.clone(), t("notice-pin"), n.pin.clone()];
    lines.push(catalog().date_time("en", n.starts_at));
    lines.push(t(&format!("type-{}", n.type_code)));
    lines.extend([t("notice-scan"), n.applicant.clone(), n.office_name.clone()]);
    lines.extend(n.office_address.lines().map(String::from));
    lines.push(t("notice-bring"));
    lines.extend(n.bring.iter().map(|d| t(&format!("doc-{d}"))));
    lines.extend([t("notice-keep"), t("notice-arrive")]);
    let mut ops = vec![Op::StartTextSection, Op::SetFont { font: PdfFontHandle::Builtin(BuiltinFont::Helvetica), size: Pt(11.0) }];
    for (i, line) in lines.into_iter().enumerate() {
        ops.push(Op::SetTextMatrix { matrix: TextMatrix::Translate(Pt(54.0), Pt(740.0 - 16.0 * i as f32)) });
        ops.push(Op::ShowText { items: vec![TextItem::Text(line)] });
    }
    ops.push(Op::EndTextSection);
    let mut doc = PdfDocument::new("notice");
    doc.with_pages(vec![PdfPage::new(Mm(215.9), Mm(279.4), ops)]).save(&PdfSaveOptions::default(), &mut Vec::new())
}

fn median(mut v: Vec<Duration>) -> Duration {
    v.sort();
    v[v.len() / 2]
}

fn ms(d: Duration) -> String {
    format!("{:.1}", d.as_secs_f64() * 1000.0)
}

fn main() {
    let args = Args::parse();
    let runs = args.runs.max(1);
    println!("| language | first in process (ms) | median of {runs} (ms) | size (bytes) |");
    println!("|---|---:|---:|---:|");
    for lang in LANGUAGES {
        let n = Notice::specimen(lang);
        let started = Instant::now();
        let first = match render_notice(&n) {
            Ok(pdf) => pdf,
            Err(e) => {
                eprintln!("notices: {lang}: {e}");
                std::process::exit(1);
            }
        };
        let cold = started.elapsed();
        let times = (0..runs)
            .map(|_| {
                let t = Instant::now();
                let _ = render_notice(&n);
                t.elapsed()
            })
            .collect();
        println!("| {lang} | {} | {} | {} |", ms(cold), ms(median(times)), first.len());
    }
    let n = Notice::specimen("en");
    let size = plain_text_notice(&n).len();
    let times = (0..runs)
        .map(|_| {
            let t = Instant::now();
            let _ = plain_text_notice(&n);
            t.elapsed()
        })
        .collect();
    println!("| baseline: printpdf plain text, built-in Helvetica, English | – | {} | {size} |", ms(median(times)));
}
