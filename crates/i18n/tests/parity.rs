//! Every language has exactly the messages English has, with the same
//! variables, and every file parses.

use std::collections::BTreeSet;

use passdesk_i18n::{catalog, Arg, Catalog, LANGUAGES, SOURCE};

/// Messages the code gives more variables than English uses, so each
/// language picks its own: a time of day in a 12- or a 24-hour clock.
fn offered(id: &str, english: &BTreeSet<String>) -> BTreeSet<String> {
    match id {
        "time-of-day" => ["hour24", "hour12", "minute", "ampm"].map(String::from).into(),
        _ => english.clone(),
    }
}

#[test]
fn every_file_parses_and_no_message_is_defined_twice() {
    if let Err((_, problems)) = Catalog::load() {
        panic!("the Fluent files have problems:\n{problems}");
    }
}

#[test]
fn every_language_has_exactly_the_english_messages_with_their_variables() {
    let english = catalog().messages(SOURCE);
    assert!(english.len() > 100, "English has the kiosk's messages, found {}", english.len());
    let mut problems = Vec::new();
    for &lang in LANGUAGES.iter().filter(|l| **l != SOURCE) {
        let theirs = catalog().messages(lang);
        for (id, vars) in &english {
            match theirs.get(id) {
                None => problems.push(format!("{lang}: lacks {id}")),
                Some(v) if !v.is_subset(&offered(id, vars)) => problems.push(format!("{lang}: {id} uses {v:?}, which are not all given to it ({:?})", offered(id, vars))),
                Some(v) if offered(id, vars) == *vars && v != vars => problems.push(format!("{lang}: {id} uses {v:?}, English uses {vars:?}")),
                Some(_) => {}
            }
        }
        for id in theirs.keys().filter(|id| !english.contains_key(*id)) {
            problems.push(format!("{lang}: has {id}, which English does not have"));
        }
    }
    assert!(problems.is_empty(), "locales differ from English:\n{}", problems.join("\n"));
}

#[test]
fn every_message_formats_without_errors_in_every_language() {
    let mut problems = Vec::new();
    for &lang in LANGUAGES {
        for (id, vars) in catalog().messages(lang) {
            let args: Vec<(&str, Arg)> = vars.iter().map(|v| (v.as_str(), if v == "left" { Arg::Number(2) } else { Arg::Text("X".into()) })).collect();
            let (text, errors) = catalog().format(lang, &id, &args);
            problems.extend(errors);
            if text.trim().is_empty() {
                problems.push(format!("{lang} {id}: empty"));
            }
        }
    }
    assert!(problems.is_empty(), "{}", problems.join("\n"));
}

#[test]
fn each_language_names_itself_differently() {
    let names: std::collections::BTreeSet<_> = LANGUAGES.iter().map(|l| catalog().text(l, "language-name", &[])).collect();
    assert_eq!(names.len(), LANGUAGES.len(), "language names: {names:?}");
}

#[test]
fn plural_selection_follows_the_language() {
    let one = catalog().text("en", "error-wrong_pin", &[("left", Arg::Number(1))]);
    let many = catalog().text("en", "error-wrong_pin", &[("left", Arg::Number(4))]);
    assert!(one.contains("1 more try."), "{one}");
    assert!(many.contains("4 more tries."), "{many}");
}

#[test]
fn ui_messages_keep_variables_as_placeholders() {
    let ui = catalog().ui_messages("en");
    assert_eq!(ui.get("kiosk-step").map(String::as_str), Some("Step {step} of {total}"));
    assert_eq!(ui.get("kiosk-next").map(String::as_str), Some("Next"));
}

/// In a right-to-left language, numbers joined by "-", ":" or "/" after
/// Arabic letters read in the wrong order (1980-04-25 shows as 25-04-1980)
/// unless the example is isolated as left to right (U+2066 … U+2069).
#[test]
fn right_to_left_texts_isolate_their_joined_numbers() {
    let mut problems = Vec::new();
    for &lang in LANGUAGES.iter().filter(|l| passdesk_i18n::is_rtl(l)) {
        for (id, text) in catalog().ui_messages(lang) {
            let mut isolated = 0_i32;
            let chars: Vec<char> = text.chars().collect();
            for (i, c) in chars.iter().enumerate() {
                match c {
                    '\u{2066}'..='\u{2068}' => isolated += 1,
                    '\u{2069}' => isolated -= 1,
                    '-' | ':' | '/' if isolated == 0 => {
                        let digit = |j: Option<usize>| j.and_then(|j| chars.get(j)).is_some_and(char::is_ascii_digit);
                        if digit(i.checked_sub(1)) && digit(Some(i + 1)) {
                            problems.push(format!("{lang} {id}: {text}"));
                            break;
                        }
                    }
                    _ => {}
                }
            }
        }
    }
    assert!(problems.is_empty(), "numbers joined by -, : or / outside an isolate:\n{}", problems.join("\n"));
}
