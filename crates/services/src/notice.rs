//! Appointment notices: printed on booking, and again (a replacement) when
//! the applicant lost theirs.

use passdesk_domain::{
    appointment_type,
    office::Office,
    repository::{Appointment, Repository},
};
use passdesk_print::{render_notice, Notice};

use crate::{ServiceError, ServiceResult, Services};

/// Which notice is printed.
#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Deserialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
#[serde(rename_all = "snake_case")]
pub enum NoticeKind {
    /// The notice of a booking just made (or moved).
    Original,
    /// Printed again for one that was lost.
    Replacement,
    /// Printed again with a PIN issued anew (the person had lost the old one).
    NewPin,
}

/// What a notice is printed for: the appointment, its PIN as the applicant
/// holds it, and whether this is a replacement with a newly issued PIN.
pub struct NoticeFor<'a> {
    pub appointment: &'a Appointment,
    pub office: &'a Office,
    pub pin: &'a str,
    pub replacement: bool,
    pub new_pin: bool,
}

impl<R: Repository> Services<R> {
    /// The notice as it is printed, in `lang` or else the appointment's language.
    pub fn notice_content(&self, n: &NoticeFor<'_>, lang: Option<&str>) -> Notice {
        let a = n.appointment;
        let tz = n.office.time_zone;
        let ad = &n.office.address;
        let mut city = format!("{}, {}", ad.city, ad.region);
        if ad.region.is_empty() {
            city = ad.city.clone();
        }
        city.push(' ');
        city.push_str(&ad.postal_code);
        if ad.country != "US" {
            city.push_str(", ");
            city.push_str(&ad.country);
        }
        let ap = &a.applicant;
        let applicant = [Some(ap.first_name.as_str()), ap.middle_name.as_ref().map(|m| m.as_str()), Some(ap.last_name.as_str())]
            .into_iter()
            .flatten()
            .collect::<Vec<_>>()
            .join(" ");
        Notice {
            lang: lang.map(str::trim).filter(|l| !l.is_empty()).unwrap_or(a.language.as_str()).to_string(),
            office_name: n.office.name.clone(),
            office_address: format!("{}\n{city}", ad.street),
            starts_at: a.slot.starts_at.with_timezone(&tz).naive_local(),
            type_code: a.type_code.clone(),
            applicant,
            confirmation: a.confirmation.to_string(),
            pin: n.pin.to_string(),
            replacement: n.replacement,
            new_pin: n.new_pin,
            bring: appointment_type::find(&a.type_code).map(|t| t.bring.iter().map(|d| d.to_string()).collect()).unwrap_or_default(),
            printed_at: self.now().with_timezone(&tz).naive_local(),
        }
    }

    /// Renders a notice as PDF.
    pub fn notice_pdf_for(&self, n: &NoticeFor<'_>, lang: Option<&str>) -> ServiceResult<Vec<u8>> {
        if let Some(l) = lang.map(str::trim).filter(|l| !l.is_empty()) {
            l.parse::<passdesk_domain::applicant::Language>()?;
        }
        render_notice(&self.notice_content(n, lang)).map_err(|e| ServiceError::new("print_failed", e.to_string()))
    }

    /// The notice of the appointment behind a confirmation number and PIN; a
    /// wrong PIN counts towards the lock and prints nothing.
    pub async fn notice_pdf(&self, confirmation: &str, pin: &str, lang: Option<&str>, kind: NoticeKind) -> ServiceResult<Vec<u8>> {
        // Read before the PIN is: a request refused for its language leaves the PIN's tries as they were.
        if let Some(l) = lang.map(str::trim).filter(|l| !l.is_empty()) {
            l.parse::<passdesk_domain::applicant::Language>()?;
        }
        let a = self.authorize(confirmation, pin).await?;
        if a.status != passdesk_domain::repository::AppointmentStatus::Booked {
            return Err(ServiceError::new("conflict", "this appointment is cancelled; it has no notice").with_l10n("error-appointment_cancelled", vec![]));
        }
        let office = self.repo.office(&a.slot.office).await?;
        let (replacement, new_pin) = (kind != NoticeKind::Original, kind == NoticeKind::NewPin);
        self.notice_pdf_for(&NoticeFor { appointment: &a, office: &office.office, pin, replacement, new_pin }, lang)
    }
}

/// Writes `bytes` to `path` whole or not at all: a half-written PDF is never
/// left behind (it is written beside and renamed into place).
pub fn write_whole(path: &std::path::Path, bytes: &[u8]) -> ServiceResult<()> {
    let failed = |p: &std::path::Path, e: std::io::Error| ServiceError::new("io_error", format!("cannot write {}: {e}", p.display()));
    let mut tmp = path.as_os_str().to_owned();
    tmp.push(".part");
    let tmp = std::path::PathBuf::from(tmp);
    std::fs::write(&tmp, bytes).map_err(|e| failed(&tmp, e))?;
    std::fs::rename(&tmp, path).map_err(|e| {
        let _ = std::fs::remove_file(&tmp);
        failed(path, e)
    })
}
