//! Importing, listing and routing to offices.

use passdesk_domain::{
    office_file::{self, Format},
    repository::{OfficeWrite, RepoError, Repository, NEW_OFFICE},
    service_area::{CountryCode, Zip},
    DomainError,
};

use crate::{
    parse_office_code,
    views::{OfficeDetail, OfficeSummary},
    ServiceError, ServiceResult, Services,
};

impl<R: Repository> Services<R> {
    /// Imports an office file whole: every office in it is valid and its areas
    /// clash with no other office's, or nothing is written. An office already stored is
    /// replaced as the mix editor saves it: against the version read now,
    /// its released days made again or kept, refused when it would close a
    /// day that holds appointments; a new one must still be new.
    pub async fn import_offices(&self, text: &str, format: Format) -> ServiceResult<Vec<OfficeSummary>> {
        let offices = office_file::parse(text, format)?;
        self.repo.catch_up().await;
        let mut writes = Vec::with_capacity(offices.len());
        for office in offices {
            writes.push(match self.repo.office(&office.code).await {
                Ok(current) => self.plan_write(&current, &office).await?.0,
                Err(RepoError::NotFound(_)) => OfficeWrite { expected_version: Some(NEW_OFFICE), ..OfficeWrite::whole(office) },
                Err(e) => return Err(e.into()),
            });
        }
        let stored = self.repo.write_offices(&writes, self.now()).await?;
        Ok(stored.iter().map(|o| OfficeSummary::new(o, self.now())).collect())
    }

    pub async fn list_offices(&self) -> ServiceResult<Vec<OfficeSummary>> {
        Ok(self.repo.offices().await?.iter().map(|o| OfficeSummary::new(o, self.now())).collect())
    }

    pub async fn office(&self, code: &str) -> ServiceResult<OfficeDetail> {
        let s = self.repo.office(&parse_office_code(code)?).await?;
        Ok(OfficeDetail { summary: OfficeSummary::new(&s, self.now()), config: s.office })
    }

    /// The office that serves a US ZIP code.
    pub async fn office_for_zip(&self, zip: &str) -> ServiceResult<OfficeSummary> {
        let zip: Zip = zip.parse()?;
        let code = self
            .repo
            .office_for_zip(zip)
            .await?
            .ok_or_else(|| {
                ServiceError::new("zip_not_served", format!("no office serves ZIP code {zip}; check the ZIP code or call the USCIS Contact Center"))
                    .with_l10n("error-no_office_zip", vec![("zip", zip.to_string().into())])
            })?;
        Ok(OfficeSummary::new(&self.repo.office(&code).await?, self.now()))
    }

    /// The office for where the person lives: by ZIP code in the United
    /// States, else by country (`country` given, even empty, means the
    /// person said they live abroad). The refusal names the field the
    /// person was asked to fill.
    pub async fn office_for_residence(&self, zip: Option<&str>, country: Option<&str>) -> ServiceResult<OfficeSummary> {
        match (zip.filter(|z| !z.trim().is_empty()), country) {
            (Some(z), _) => self.office_for_zip(z).await,
            (None, Some(c)) if !c.trim().is_empty() => self.office_for_country(c).await,
            (None, Some(_)) => Err(DomainError::invalid("country", "give a country of residence").into()),
            (None, None) => Err(DomainError::invalid("zip", "give a ZIP code or a country of residence").into()),
        }
    }

    /// The office that serves applicants living in a country abroad.
    pub async fn office_for_country(&self, country: &str) -> ServiceResult<OfficeSummary> {
        let c: CountryCode = country.parse()?;
        let code = self
            .repo
            .office_for_country(&c)
            .await?
            .ok_or_else(|| {
                ServiceError::new("country_not_served", format!("no office serves residents of {c}"))
                    .with_l10n("error-no_office_country", vec![("country", c.to_string().into())])
            })?;
        Ok(OfficeSummary::new(&self.repo.office(&code).await?, self.now()))
    }
}
