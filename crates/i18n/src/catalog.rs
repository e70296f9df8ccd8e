//! The Fluent bundles of every language, loaded once.

use std::{
    collections::{BTreeMap, BTreeSet, HashMap},
    sync::OnceLock,
};

use chrono::{NaiveDate, NaiveTime};
use fluent_bundle::{concurrent::FluentBundle, FluentArgs, FluentResource, FluentValue};
use fluent_syntax::ast;

use crate::{supported, FILES, LANGUAGES, SOURCE};

/// A value put into a message. Dates and times are formatted in the message's
/// language before Fluent sees them.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Arg {
    Text(String),
    Number(i64),
    Date(NaiveDate),
    Time(NaiveTime),
    /// Another message of the same language, by id (a type's name, say).
    Message(String),
}

impl From<&str> for Arg {
    fn from(s: &str) -> Self {
        Self::Text(s.to_string())
    }
}
impl From<String> for Arg {
    fn from(s: String) -> Self {
        Self::Text(s)
    }
}
impl From<i64> for Arg {
    fn from(n: i64) -> Self {
        Self::Number(n)
    }
}
impl From<u32> for Arg {
    fn from(n: u32) -> Self {
        Self::Number(i64::from(n))
    }
}
impl From<NaiveDate> for Arg {
    fn from(d: NaiveDate) -> Self {
        Self::Date(d)
    }
}
impl From<NaiveTime> for Arg {
    fn from(t: NaiveTime) -> Self {
        Self::Time(t)
    }
}

/// What is wrong with the Fluent files: one line per problem.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct LoadError(pub Vec<String>);

impl std::fmt::Display for LoadError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.0.join("\n"))
    }
}
impl std::error::Error for LoadError {}

struct Language {
    bundle: FluentBundle<FluentResource>,
    /// Message id → the variables it uses.
    variables: BTreeMap<String, BTreeSet<String>>,
}

pub struct Catalog {
    languages: HashMap<&'static str, Language>,
}

static CATALOG: OnceLock<Catalog> = OnceLock::new();

/// The catalogue built into this binary. A file that does not parse loses
/// only its broken messages here; `Catalog::load` reports them, and the test
/// suite fails on any.
pub fn catalog() -> &'static Catalog {
    CATALOG.get_or_init(|| Catalog::load().unwrap_or_else(|(partial, _)| partial))
}

impl Catalog {
    /// Loads every language; with problems, also returns what loaded.
    pub fn load() -> Result<Self, (Self, LoadError)> {
        let mut problems = Vec::new();
        let mut languages = HashMap::new();
        for &lang in LANGUAGES {
            let id = lang.parse().unwrap_or_default();
            let mut bundle = FluentBundle::new_concurrent(vec![id]);
            bundle.set_use_isolating(false);
            let mut variables = BTreeMap::new();
            let files: Vec<_> = FILES.iter().filter(|(l, _, _)| *l == lang).collect();
            if files.is_empty() {
                problems.push(format!("{lang}: no Fluent files in locales/{lang}/"));
            }
            for (_, name, text) in files {
                let resource = match FluentResource::try_new(text.to_string()) {
                    Ok(r) => r,
                    Err((r, errors)) => {
                        for e in errors {
                            problems.push(format!("locales/{lang}/{name}: does not parse at bytes {:?}: {:?}", e.pos, e.kind));
                        }
                        r
                    }
                };
                for entry in resource.entries() {
                    if let ast::Entry::Message(m) = entry {
                        let mut vars = BTreeSet::new();
                        if let Some(p) = &m.value {
                            pattern_variables(p, &mut vars);
                        }
                        if variables.insert(m.id.name.to_string(), vars).is_some() {
                            problems.push(format!("locales/{lang}/{name}: message {} is defined twice", m.id.name));
                        }
                    }
                }
                if let Err(errors) = bundle.add_resource(resource) {
                    for e in errors {
                        problems.push(format!("locales/{lang}/{name}: {e:?}"));
                    }
                }
            }
            languages.insert(lang, Language { bundle, variables });
        }
        let catalog = Self { languages };
        if problems.is_empty() {
            Ok(catalog)
        } else {
            Err((catalog, LoadError(problems)))
        }
    }

    fn language(&self, lang: &str) -> Option<&Language> {
        self.languages.get(supported(lang))
    }

    /// The message ids of a language with the variables each uses.
    pub fn messages(&self, lang: &str) -> BTreeMap<String, BTreeSet<String>> {
        self.language(lang).map(|l| l.variables.clone()).unwrap_or_default()
    }

    pub fn has(&self, lang: &str, id: &str) -> bool {
        self.language(lang).is_some_and(|l| l.variables.contains_key(id))
    }

    /// Formats one message; a message a language lacks comes from English,
    /// and one nobody has shows its id (the parity test keeps that from
    /// happening). Returns the text and any formatting problems.
    pub fn format(&self, lang: &str, id: &str, args: &[(&str, Arg)]) -> (String, Vec<String>) {
        let lang = supported(lang);
        let Some((l, code)) = [lang, SOURCE].iter().find_map(|c| self.language(c).filter(|l| l.variables.contains_key(id)).map(|l| (l, *c))) else {
            return (id.to_string(), vec![format!("no message {id}")]);
        };
        let mut fargs = FluentArgs::new();
        for (name, value) in args {
            let v: FluentValue = match value {
                Arg::Text(s) => s.clone().into(),
                Arg::Number(n) => (*n).into(),
                Arg::Date(d) => self.date_medium(code, *d).into(),
                Arg::Time(t) => self.time(code, *t).into(),
                Arg::Message(id) => self.text(code, id, &[]).into(),
            };
            fargs.set(*name, v);
        }
        let mut errors = Vec::new();
        let text = match l.bundle.get_message(id).and_then(|m| m.value()) {
            Some(p) => l.bundle.format_pattern(p, Some(&fargs), &mut errors).into_owned(),
            None => id.to_string(),
        };
        (text, errors.iter().map(|e| format!("{code} {id}: {e:?}")).collect())
    }

    /// One message in `lang`.
    pub fn text(&self, lang: &str, id: &str, args: &[(&str, Arg)]) -> String {
        self.format(lang, id, args).0
    }

    /// Every message of `lang` for the web UI. Variables stay in as `{name}`
    /// for the UI to fill in; messages that select on a variable are
    /// formatted here instead and are not meant for the UI.
    pub fn ui_messages(&self, lang: &str) -> BTreeMap<String, String> {
        let Some(l) = self.language(lang) else { return BTreeMap::new() };
        l.variables
            .iter()
            .map(|(id, vars)| {
                let args: Vec<(&str, Arg)> = vars.iter().map(|v| (v.as_str(), Arg::Text(format!("{{{v}}}")))).collect();
                (id.clone(), self.text(lang, id, &args))
            })
            .collect()
    }
}

fn pattern_variables(p: &ast::Pattern<&str>, out: &mut BTreeSet<String>) {
    for el in &p.elements {
        if let ast::PatternElement::Placeable { expression } = el {
            expression_variables(expression, out);
        }
    }
}

fn expression_variables(e: &ast::Expression<&str>, out: &mut BTreeSet<String>) {
    match e {
        ast::Expression::Inline(i) => inline_variables(i, out),
        ast::Expression::Select { selector, variants } => {
            inline_variables(selector, out);
            for v in variants {
                pattern_variables(&v.value, out);
            }
        }
    }
}

fn inline_variables(i: &ast::InlineExpression<&str>, out: &mut BTreeSet<String>) {
    match i {
        ast::InlineExpression::VariableReference { id } => {
            out.insert(id.name.to_string());
        }
        ast::InlineExpression::Placeable { expression } => expression_variables(expression, out),
        ast::InlineExpression::FunctionReference { arguments, .. } => {
            for a in &arguments.positional {
                inline_variables(a, out);
            }
        }
        _ => {}
    }
}
