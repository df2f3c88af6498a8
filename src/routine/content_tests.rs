use super::*;
use crate::routine::builtin;

#[test]
fn the_english_content_ftl_is_the_tomls_words() {
    let want = english_ftl();
    let path = concat!(env!("CARGO_MANIFEST_DIR"), "/locales/en/content.ftl");
    let have = std::fs::read_to_string(path).unwrap_or_default();
    if have != want {
        let _ = std::fs::write(format!("{path}.new"), &want);
    }
    assert!(
        have == want,
        "locales/en/content.ftl differs from the TOML's words: the file it should be is in \
         locales/en/content.ftl.new"
    );
}

#[test]
fn english_messages_say_what_the_toml_says_for_each_side() {
    let en = Messages::builtin("en");
    for f in fields() {
        for side in [Some(Side::Left), Some(Side::Right), None] {
            let got = en.tr_attr(&f.id, &f.attr, &[("side", Arg::from(side_key(side)))]);
            let want = match (f.attr.as_str(), side) {
                ("spoken-side", Some(s)) => english_side_sentence(&f.english, s),
                ("spoken-side", None) => continue,
                _ => fill_sides(&f.english, side),
            };
            assert_eq!(got, want, "{}.{}", f.id, f.attr);
        }
    }
}

#[test]
fn every_word_of_every_built_in_routine_has_its_message() {
    for b in builtin::ROUTINES {
        let r = b.load().unwrap();
        let mut texts: Vec<&str> = vec![&r.title];
        texts.extend(r.summary.as_deref());
        for s in &r.steps {
            texts.push(&s.title);
            texts.extend(s.instructions.iter().map(|t| &**t));
            texts.extend(s.caution.as_deref());
            texts.extend(s.spoken.as_deref());
            texts.extend(s.spoken_side.as_deref());
        }
        for t in texts {
            assert!(places().contains_key(t), "{}: no message for {t:?}", r.id);
        }
    }
}

#[test]
fn each_language_says_the_built_in_words_in_its_own_words() {
    for lang in &crate::i18n::LANGUAGES[1..] {
        let m = Messages::builtin(lang);
        for f in fields() {
            assert!(m.has(&f.id), "{lang}: no {}", f.id);
            let got = words(&m, &f.english, Some(Side::Left)).unwrap();
            assert!(
                !got.contains('{') && !got.trim().is_empty(),
                "{lang}: {}.{}",
                f.id,
                f.attr
            );
        }
        let title = words(&m, "Wall calf stretch", None).unwrap();
        assert_ne!(title, "Wall calf stretch", "{lang}");
    }
    // The person's own words are theirs; English is the TOML's.
    assert_eq!(
        words(&Messages::builtin("de"), "My own stretch", None),
        None
    );
    assert_eq!(
        words(&Messages::builtin("en"), "Wall calf stretch", None),
        None
    );
    let xa = words(&Messages::builtin("en-XA"), "Wall calf stretch", None).unwrap();
    assert!(xa.starts_with('[') && xa.ends_with(']'), "{xa}");
}

#[test]
fn every_built_in_routine_has_the_one_safety_paragraph() {
    assert!(english_safety_note().starts_with("Safety: this is a general routine"));
    for b in builtin::ROUTINES {
        let r = b.load().unwrap();
        let p = r.notes.as_deref().and_then(safety_paragraph);
        assert_eq!(p.as_deref(), Some(english_safety_note()), "{}", r.id);
    }
    let en = Messages::builtin("en");
    assert_eq!(en.tr("routine-safety-note", &[]), english_safety_note());
}
