//! The TypeScript types of every command's input, output and error, generated
//! from the Rust types into `ui/src/bindings/`. The test fails when the
//! committed files are stale; `PASSDESK_WRITE_BINDINGS=1 cargo test -p
//! passdesk-app bindings` rewrites them.

#[cfg(test)]
mod tests {
    use std::path::{Path, PathBuf};

    use passdesk_services::{
        booking::BookingRequest,
        office_config::{MixPreview, OfficeConfig, SaveReport},
        staff::{NewStaff, Session, StaffListed, StaffUpdate},
        views::{AppointmentView, BoardRow, BookingReceipt, OfficeSummary, ReleaseView, SlotView, TypeView},
        ServiceError,
    };
    use ts_rs::TS;

    use crate::commands::AppStatus;

    fn export(dir: &Path) -> Result<(), ts_rs::ExportError> {
        // serde_json writes i64 as a JSON number, not a bigint.
        let cfg = &ts_rs::Config::new().with_out_dir(dir).with_large_int("number");
        AppStatus::export_all(cfg)?;
        crate::startup_problem::StartupProblem::export_all(cfg)?;
        passdesk_services::sync::SyncStatus::export_all(cfg)?;
        passdesk_services::central_link::CentralStatus::export_all(cfg)?;
        passdesk_services::central_settings::CentralForm::export_all(cfg)?;
        Session::export_all(cfg)?;
        NewStaff::export_all(cfg)?;
        StaffListed::export_all(cfg)?;
        StaffUpdate::export_all(cfg)?;
        OfficeSummary::export_all(cfg)?;
        OfficeConfig::export_all(cfg)?;
        MixPreview::export_all(cfg)?;
        SaveReport::export_all(cfg)?;
        passdesk_services::closure::ClosedDay::export_all(cfg)?;
        passdesk_services::on_its_own::OwnChange::export_all(cfg)?;
        passdesk_services::district_desks::DistrictDesks::export_all(cfg)?;
        passdesk_services::on_its_own::SentChange::export_all(cfg)?;
        passdesk_services::closure::ClosureChoice::export_all(cfg)?;
        ReleaseView::export_all(cfg)?;
        SlotView::export_all(cfg)?;
        AppointmentView::export_all(cfg)?;
        BoardRow::export_all(cfg)?;
        BookingReceipt::export_all(cfg)?;
        BookingRequest::export_all(cfg)?;
        TypeView::export_all(cfg)?;
        ServiceError::export_all(cfg)?;
        passdesk_domain::staff::StaffAccount::export_all(cfg)?;
        passdesk_services::kiosk::LanguageView::export_all(cfg)?;
        passdesk_services::kiosk::SlotOffer::export_all(cfg)?;
        passdesk_services::kiosk::IdentityInput::export_all(cfg)?;
        passdesk_services::notice::NoticeKind::export_all(cfg)?;
        passdesk_domain::applicant::ApplicantInput::export_all(cfg)?;
        passdesk_domain::applicant::RepresentativeInput::export_all(cfg)?;
        passdesk_domain::appointment_type::TypeAnswers::export_all(cfg)?;
        crate::public_flow::UiText::export_all(cfg)?;
        crate::public_flow::PublicAppointment::export_all(cfg)?;
        passdesk_services::kiosk::Reissued::export_all(cfg)?;
        crate::public_flow::NoticeOutcome::export_all(cfg)?;
        passdesk_services::front_desk::Arrival::export_all(cfg)?;
        passdesk_services::front_desk::CheckIn::export_all(cfg)?;
        passdesk_services::front_desk::WalkIn::export_all(cfg)?;
        passdesk_services::front_desk::CashierEntry::export_all(cfg)?;
        passdesk_services::front_desk::WaitingRoom::export_all(cfg)?;
        passdesk_services::roster::Roster::export_all(cfg)?;
        passdesk_domain::visit::DocumentRecord::export_all(cfg)?;
        Ok(())
    }

    fn files(dir: &Path) -> Vec<(PathBuf, String)> {
        let mut out: Vec<_> = std::fs::read_dir(dir)
            .map(|d| d.filter_map(Result::ok).map(|e| (PathBuf::from(e.file_name()), std::fs::read_to_string(e.path()).unwrap_or_default())).collect())
            .unwrap_or_default();
        out.sort();
        out
    }

    #[test]
    fn bindings_are_current() {
        let committed = Path::new(env!("CARGO_MANIFEST_DIR")).join("ui/src/bindings");
        if std::env::var_os("PASSDESK_WRITE_BINDINGS").is_some() {
            let _ = std::fs::remove_dir_all(&committed);
            export(&committed).unwrap_or_else(|e| panic!("export: {e}"));
            return;
        }
        let fresh = tempfile::tempdir().unwrap_or_else(|e| panic!("{e}"));
        export(fresh.path()).unwrap_or_else(|e| panic!("export: {e}"));
        assert!(
            files(fresh.path()) == files(&committed),
            "ui/src/bindings is stale: run `PASSDESK_WRITE_BINDINGS=1 cargo test -p passdesk-app bindings` and commit it"
        );
    }
}
