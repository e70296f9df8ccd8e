//! The office file that `passdesk office import` reads: TOML or JSON, one
//! `office` array of [`Office`] entries (see docs/office-file.md). Every error
//! names the line it was found on.

use std::collections::BTreeMap;

use serde::Deserialize;

use crate::{office::Office, DomainError};

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct OfficeFile {
    office: Vec<Office>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Format {
    Toml,
    Json,
}

impl Format {
    /// By file name: `.json` is JSON, anything else TOML.
    pub fn from_path(path: &str) -> Self {
        if path.to_ascii_lowercase().ends_with(".json") {
            Self::Json
        } else {
            Self::Toml
        }
    }
}

fn line_of(text: &str, byte: usize) -> usize {
    text[..byte.min(text.len())].bytes().filter(|b| *b == b'\n').count() + 1
}

/// The line where office `code` is declared, for messages about a whole office.
fn line_of_office(text: &str, code: &str) -> Option<usize> {
    let quoted = format!("\"{code}\"");
    text.lines().position(|l| l.contains("code") && l.contains(&quoted)).map(|i| i + 1)
}

/// Parses and validates a whole office file; nothing is returned unless every
/// office in it is valid and no ZIP range or country is claimed twice.
pub fn parse(text: &str, format: Format) -> Result<Vec<Office>, DomainError> {
    let file: OfficeFile = match format {
        Format::Toml => toml::from_str(text).map_err(|e| {
            let line = e.span().map(|s| line_of(text, s.start)).unwrap_or(0);
            DomainError::InvalidOffice(format!("line {line}: {}", e.message()))
        })?,
        Format::Json => serde_json::from_str(text)
            .map_err(|e| DomainError::InvalidOffice(format!("line {}: {e}", e.line())))?,
    };
    let at = |code: &str, m: String| match line_of_office(text, code) {
        Some(l) => DomainError::InvalidOffice(format!("line {l}: {m}")),
        None => DomainError::InvalidOffice(m),
    };
    let mut codes = BTreeMap::new();
    let mut zips = Vec::new();
    let mut countries = BTreeMap::new();
    for o in &file.office {
        let code = o.code.as_str();
        if codes.insert(code.to_string(), ()).is_some() {
            return Err(at(code, format!("office {code} appears twice")));
        }
        o.validate().map_err(|e| at(code, e.to_string()))?;
        for r in &o.areas.zips {
            if let Some((other, _)) = zips.iter().find(|(_, z): &&(String, crate::service_area::ZipRange)| z.overlaps(r)) {
                return Err(at(code, format!("office {code}: ZIP range {r} overlaps one of office {other}")));
            }
            zips.push((code.to_string(), *r));
        }
        for c in &o.areas.countries {
            if let Some(other) = countries.insert(c.clone(), code.to_string()) {
                return Err(at(code, format!("office {code}: country {c} is already served by office {other}")));
            }
        }
    }
    Ok(file.office)
}
