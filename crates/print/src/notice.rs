//! The appointment notice: what the applicant carries to the office.

use chrono::NaiveDateTime;
use passdesk_i18n::{catalog, is_rtl, supported};
use printpdf::{Mm, PdfDocument, PdfPage, PdfSaveOptions};

use crate::{fonts, layout::Writer, qr, PrintError};

/// Everything a notice shows, already in the office's local time.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Notice {
    pub lang: String,
    pub office_name: String,
    pub office_address: String,
    pub starts_at: NaiveDateTime,
    pub type_code: String,
    pub applicant: String,
    /// As printed and as the QR code carries it, e.g. 7K3QF-9XW2M.
    pub confirmation: String,
    pub pin: String,
    /// A replacement notice for a lost one.
    pub replacement: bool,
    /// The PIN was issued anew with this notice.
    pub new_pin: bool,
    /// Document codes of the appointment type's "what to bring".
    pub bring: Vec<String>,
    pub printed_at: NaiveDateTime,
}

impl Notice {
    /// A specimen: an Emergency Advance Parole appointment at Dallas, in
    /// `lang`, for previews, the tests and the benchmark.
    pub fn specimen(lang: &str) -> Self {
        let at = |d: u32, h: u32, m: u32| chrono::NaiveDate::from_ymd_opt(2026, 12, d).and_then(|d| d.and_hms_opt(h, m, 0)).unwrap_or_default();
        Self {
            lang: lang.into(),
            office_name: "Dallas Field Office".into(),
            office_address: "8101 N Stemmons Fwy\nDallas, TX 75247".into(),
            starts_at: at(7, 8, 30),
            type_code: "eap".into(),
            applicant: "María José Núñez".into(),
            confirmation: "7K3QF-9XW2M".into(),
            pin: "493027".into(),
            replacement: false,
            new_pin: false,
            bring: ["notice", "passport", "photo_id", "travel_evidence", "passport_photos", "case_papers"].map(String::from).to_vec(),
            printed_at: at(1, 9, 5),
        }
    }
}

// US Letter, in points.
const WIDTH: f32 = 612.0;
const HEIGHT: f32 = 792.0;
const MARGIN: f32 = 54.0;
const QR: f32 = 132.0;

/// The notice as a one-page PDF in the notice's language.
pub fn render_notice(n: &Notice) -> Result<Vec<u8>, PrintError> {
    let lang = supported(&n.lang);
    let t = |id: &str| catalog().text(lang, id, &[]);
    let faces = fonts::faces_for(lang).into_iter().map(|(file, index)| fonts::load(file, index)).collect::<Result<Vec<_>, _>>()?;
    let rtl = is_rtl(lang);
    let title = t(if n.replacement { "notice-replacement" } else { "notice-title" });
    let mut doc = PdfDocument::new(&format!("{title} {}", n.confirmation));
    let mut w = Writer::new(&mut doc, faces, rtl, MARGIN, WIDTH - MARGIN, HEIGHT - MARGIN);

    // The QR code sits in the top corner on the side the text ends; the first
    // rows run beside it.
    let qr_x = if rtl { MARGIN } else { WIDTH - MARGIN - QR };
    let qr_ops = qr::draw(&n.confirmation, qr_x, HEIGHT - MARGIN - QR, QR)?;
    let (full_left, full_right) = (w.left, w.right);
    if rtl {
        w.left += QR + 18.0;
    } else {
        w.right -= QR + 18.0;
    }
    w.paragraph(&title, 22.0, 0.0);
    w.gap(10.0);
    let when = catalog().date_time(lang, n.starts_at);
    let pin_label = t(if n.new_pin { "notice-pin-new" } else { "notice-pin" });
    let rows = [
        (t("notice-confirmation"), n.confirmation.clone()),
        (pin_label, n.pin.clone()),
        (t("notice-when"), when),
        (t("notice-type"), t(&format!("type-{}", n.type_code))),
    ];
    for (label, value) in rows {
        w.paragraph(&label, 9.5, 0.0);
        w.paragraph(&value, 14.0, 0.0);
        w.gap(5.0);
    }
    w.left = full_left;
    w.right = full_right;
    w.y = w.y.min(HEIGHT - MARGIN - QR - 6.0);
    w.paragraph(&t("notice-scan"), 9.5, 0.0);
    w.gap(8.0);
    for (label, value) in [(t("notice-applicant"), n.applicant.clone()), (t("notice-office"), n.office_name.clone())] {
        w.paragraph(&label, 9.5, 0.0);
        w.paragraph(&value, 13.0, 0.0);
        w.gap(4.0);
    }
    for line in n.office_address.lines() {
        w.paragraph(line, 12.0, 0.0);
    }
    w.gap(12.0);
    w.paragraph(&t("notice-bring"), 14.0, 0.0);
    w.gap(2.0);
    for code in &n.bring {
        w.paragraph(&format!("• {}", t(&format!("doc-{code}"))), 11.0, 10.0);
    }
    w.gap(12.0);
    w.paragraph(&t("notice-keep"), 11.0, 0.0);
    w.gap(4.0);
    w.paragraph(&t("notice-arrive"), 11.0, 0.0);
    let printed = catalog().text(lang, "notice-printed", &[("when", catalog().date_time(lang, n.printed_at).into())]);
    let footer_x = if rtl { WIDTH - MARGIN } else { MARGIN };
    w.line_at(&printed, 8.5, footer_x, MARGIN - 18.0);

    let mut ops = qr_ops;
    ops.append(&mut w.ops);
    let page = PdfPage::new(Mm(WIDTH * 25.4 / 72.0), Mm(HEIGHT * 25.4 / 72.0), ops);
    let mut warnings = Vec::new();
    Ok(doc.with_pages(vec![page]).save(&PdfSaveOptions::default(), &mut warnings))
}
