//! Sentences from templates, not from pieces joined with Swedish punctuation: lists of words in
//! each language's separators, counts in each language's plural forms, and every language file
//! with every plural form its language needs.
#![cfg(not(target_arch = "wasm32"))]

use pk_core::content::plural::{categories, category, pick, Category, PLURALS};
use pk_core::content::{self, fill, plural, Ui};
use pk_core::domain::envelope::ImportError;
use pk_core::domain::*;
use pk_core::formats::text::{next_time_text, prepared_time_text, row_text};

fn root() -> std::path::PathBuf {
    std::path::PathBuf::from(concat!(env!("CARGO_MANIFEST_DIR"), "/../.."))
}

fn file_text(lang: Language) -> String {
    std::fs::read_to_string(root().join("site").join(content::texts::file(lang))).expect("language file")
}

fn install(lang: Language) {
    content::texts::install(lang, &file_text(lang)).expect("installs");
}

fn lang(tag: &str) -> Language {
    Language::all().find(|l| l.tag() == tag).expect("a language of the widget")
}

#[test]
fn a_list_of_three_names_reads_in_each_languages_own_separators() {
    let names = ["Anna", "Bo", "Cecilia"];
    assert_eq!(content::list(Language::SV, &names), "Anna, Bo och Cecilia");
    assert_eq!(content::list(Language::SV, &names[..2]), "Anna och Bo");
    assert_eq!(content::list(Language::SV, &names[..1]), "Anna");
    assert_eq!(content::list::<&str>(Language::SV, &[]), "");
    let ar = lang("ar");
    install(ar);
    // Arabic's comma "،" and its "و" written onto the last name.
    assert_eq!(content::list(ar, &["أحمد", "سارة", "ليلى"]), "أحمد، سارة وليلى");
    install(Language::EN);
    assert_eq!(content::list(Language::EN, &names), "Anna, Bo and Cecilia");
    let uk = lang("uk");
    install(uk);
    assert_eq!(content::list(uk, &names), "Anna, Bo і Cecilia");
}

#[test]
fn a_name_typed_with_a_placeholder_in_it_is_put_in_as_typed() {
    // One pass: "{item}" typed into a name is not filled again by the next placeholder.
    assert_eq!(content::list(Language::SV, &["{item}", "B"]), "{item} och B");
    assert_eq!(fill("{a} och {b}", &[("a", "{b}"), ("b", "x")]), "{b} och x");
    assert_eq!(fill("{a} {okänd} {", &[("a", "1")]), "1 {okänd} {");
}

#[test]
fn labels_answers_and_times_take_the_languages_punctuation() {
    let ar = lang("ar");
    install(ar);
    assert_eq!(content::labelled(Language::SV, "Status", "Utkast"), "Status: Utkast");
    let mut nt = NextTime {
        date: Some("2027-02-15".into()),
        time: Some("09:30".into()),
        period: "om tre månader".into(),
        ..Default::default()
    };
    assert_eq!(next_time_text(&nt, Language::SV), "2027-02-15 09:30, om tre månader");
    assert_eq!(next_time_text(&nt, ar), "2027-02-15 09:30، om tre månader");
    nt.period.clear();
    assert_eq!(next_time_text(&nt, ar), "2027-02-15 09:30");
    // A prepared time: the date and her wish with Arabic's comma.
    let mut a = Agreement::new("t", "2026-01-01T00:00:00Z", Mode::Prepare, Language::SV);
    a.schedule.prepared_time.date = Some("2027-03-01".into());
    a.schedule.prepared_time.period = "snart".into();
    assert!(prepared_time_text(&a, ar, false, Mode::Prepare).starts_with("2027-03-01، "));
    assert_eq!(prepared_time_text(&a, Language::SV, false, Mode::Prepare), "2027-03-01, önskemål: snart");
}

#[test]
fn a_rows_fields_are_joined_by_the_template_and_swedish_reads_as_before() {
    let mut a = Agreement::new("t", "2026-01-01T00:00:00Z", Mode::Prepare, Language::SV);
    let l = ListId::PatientContacts;
    apply(&mut a, Action::AddItem(l), "2026-01-01T00:00:01Z");
    for (f, v) in [(ItemField::Name, "Lena"), (ItemField::Role, "sköterska"), (ItemField::HelpsWith, "sår")] {
        apply(&mut a, Action::SetItemText(l, 0, f, v.into()), "2026-01-01T00:00:02Z");
    }
    assert_eq!(row_text(&a, l, 0, Language::SV), "Lena – sköterska – hjälper med: sår");
    let ar = lang("ar");
    install(ar);
    let value_comment = Ui::ValueComment.get(ar);
    let helps = fill(Ui::HelpsWith.get(ar), &[("text", "sår")]);
    let first = fill(value_comment, &[("value", "Lena"), ("comment", "sköterska")]);
    assert_eq!(row_text(&a, l, 0, ar), fill(value_comment, &[("value", &first), ("comment", &helps)]));
}

#[test]
fn plural_categories_follow_cldr_for_whole_numbers() {
    use Category::*;
    let ar = lang("ar");
    let got: Vec<Category> = [0, 1, 2, 3, 10, 11, 99, 100, 101, 102, 103, 111, 1000].map(|n| category(ar, n)).to_vec();
    assert_eq!(got, [Zero, One, Two, Few, Few, Many, Many, Other, Other, Other, Few, Many, Other]);
    let uk = lang("uk");
    let got: Vec<Category> = [0, 1, 2, 4, 5, 11, 12, 14, 21, 22, 25, 111, 112, 121].map(|n| category(uk, n)).to_vec();
    assert_eq!(got, [Many, One, Few, Few, Many, Many, Many, Many, One, Few, Many, Many, Many, One]);
    for tag in ["sv", "sv-x-lattlast", "en", "fi", "so"] {
        let got: Vec<Category> = [0, 1, 2, 21].map(|n| category(lang(tag), n)).to_vec();
        assert_eq!(got, [Other, One, Other, Other], "{tag}");
    }
    // Persian: CLDR's "i = 0 or n = 1".
    assert_eq!([0, 1, 2].map(|n| category(lang("fa"), n)), [One, One, Other]);
    // Every number falls into a category the language's file has.
    for l in Language::all() {
        for n in 0..300 {
            assert!(categories(l).contains(&category(l, n)), "{} {n}", l.tag());
        }
    }
}

#[test]
fn every_language_file_has_every_plural_form_its_language_needs() {
    for l in Language::all().filter(|l| !l.is_swedish()) {
        let file: std::collections::BTreeMap<String, String> = serde_json::from_str(&file_text(l)).expect("object");
        let want = match l.lang() {
            "ar" => 6,
            "uk" => 3,
            _ => 2,
        };
        assert_eq!(categories(l).len(), want, "{}", l.tag());
        for p in PLURALS {
            for c in categories(l) {
                // A count whose English is kept in the code (an API message's) is not in the
                // English file.
                if l == Language::EN && p.form(*c).kept() {
                    continue;
                }
                let key = p.form(*c).key();
                assert!(
                    file.get(&key).is_some_and(|v| !v.trim().is_empty()),
                    "texts/{}.json lacks the {} form of {:?}",
                    l.tag(),
                    c.name(),
                    p.other
                );
            }
        }
        // No form the language does not use.
        let extra: Vec<&String> = file
            .keys()
            .filter(|k| k.starts_with("plural:"))
            .filter(|k| !categories(l).iter().any(|c| k.starts_with(&format!("{}\u{4}", c.ctx()))))
            .collect();
        assert!(extra.is_empty(), "texts/{}.json: forms its language has not: {extra:?}", l.tag());
    }
}

#[test]
fn counts_read_in_their_plural_forms() {
    assert_eq!(plural::FILES_READ.get(Language::SV, 1), "1 fil läst");
    assert_eq!(plural::FILES_READ.get(Language::SV, 3), "3 filer lästa");
    assert_eq!(plural::ROWS.get(Language::SV, 20), "20 rader");
    install(Language::EN);
    assert_eq!(plural::FILES_READ.get(Language::EN, 1), "1 file read");
    assert_eq!(plural::FILES_READ.get(Language::EN, 2), "2 files read");
    assert_eq!(content::human_bytes(Language::EN, 1), "1 byte");
    assert_eq!(content::human_bytes(Language::EN, 12), "12 bytes");
    let uk = lang("uk");
    install(uk);
    assert_eq!(plural::ROWS.get(uk, 1), "1 рядок");
    assert_eq!(plural::ROWS.get(uk, 3), "3 рядки");
    assert_eq!(plural::ROWS.get(uk, 20), "20 рядків");
    assert_eq!(plural::DAYS.get(uk, 2), "2 дні");
    assert_eq!(plural::DAYS.get(uk, 5), "5 днів");
    assert_eq!(plural::DAYS.get(Language::SV, 1), "1 dag");
    let ar = lang("ar");
    install(ar);
    assert_eq!(plural::DAYS.get(ar, 2), "يومين");
    assert_eq!(plural::AGREEMENTS.get(ar, 2), "اتفاقان");
    assert_eq!(plural::AGREEMENTS.get(ar, 5), "5 اتفاقات");
    assert_eq!(plural::AGREEMENTS.get(ar, 20), "20 اتفاقًا");
    // A sentence of counts, each with its own noun, in the language's order.
    let read = |l: Language, files: u64, bad: u64| {
        fill(
            Ui::FollowupRead.get(l),
            &[
                ("files", &plural::FILES_READ.get(l, files)),
                ("agreements", &plural::AGREEMENTS.get(l, files - bad)),
                ("merged", &plural::DUPLICATES_MERGED.get(l, 0)),
                ("bad", &plural::FILES_UNREADABLE.get(l, bad)),
            ],
        )
    };
    assert_eq!(
        read(Language::SV, 2, 1),
        "2 filer lästa: 1 Patientkontrakt, 0 dubbletter sammanslagna, 1 fil kunde inte läsas."
    );
    assert_eq!(read(Language::EN, 1, 0), "1 file read: 1 agreement, 0 duplicates merged, 0 files could not be read.");
    assert!(read(ar, 2, 1).contains("، "), "Arabic's comma: {}", read(ar, 2, 1));
}

/// What `pk-code` and `pk-scan` do with a count the widget gives them: its forms in `lang`
/// (as the widget passes them, by category name) picked for `n` by the language's tag.
fn module_count(p: content::Plural, lang: Language, n: u64) -> String {
    let forms: std::collections::BTreeMap<&str, &str> = p.forms(lang).into_iter().map(|(c, f)| (c.name(), f)).collect();
    pick(lang.tag(), n, |c| forms.get(c.name()).map(|f| f.to_string()))
}

#[test]
fn the_modules_pick_the_form_of_their_number_in_every_language() {
    let (ar, uk) = (lang("ar"), lang("uk"));
    install(ar);
    install(uk);
    install(Language::EN);
    let codes = |l: Language, n: u64| fill(&module_count(plural::CODES, l, n), &[("n", &n.to_string())]);
    // Ukrainian: one, few, many (11 is many, 21 one again).
    let got: Vec<String> = [1, 2, 5, 11, 21].map(|n| codes(uk, n)).to_vec();
    assert_eq!(got, ["1 код", "2 коди", "5 кодів", "11 кодів", "21 код"]);
    // Arabic: one and two without a digit, few for 3–10, many for 11–99.
    let got: Vec<String> = [1, 2, 5, 11, 100].map(|n| codes(ar, n)).to_vec();
    assert_eq!(got, ["رمز واحد", "رمزين", "5 رموز", "11 رمزًا", "100 رمز"]);
    assert_eq!([1, 2].map(|n| codes(Language::SV, n)), ["1 kod", "2 koder"]);
    assert_eq!([1, 2].map(|n| codes(Language::EN, n)), ["1 code", "2 codes"]);
    // The sentence the code's panel shows for a sequence of 2, as pk-code fills it.
    let sequence = |l: Language| fill(Ui::CodeInstructionSequence.get(l), &[("codes", &codes(l, 2))]);
    assert!(sequence(uk).starts_with("Те, що ви написали, — це 2 коди, "), "{}", sequence(uk));
    assert!(sequence(ar).starts_with("ما كتبته يظهر في رمزين، "), "{}", sequence(ar));
    assert!(
        sequence(Language::SV).starts_with("Det du har skrivit är 2 koder som visas"),
        "{}",
        sequence(Language::SV)
    );
    // The scanner's progress, `{have}` of `{n}` in the form of `{n}`.
    let read = |l: Language, have: u64, n: u64| {
        let count =
            fill(&module_count(plural::CODES_READ, l, n), &[("have", &have.to_string()), ("n", &n.to_string())]);
        fill(Ui::ScanProgress.get(l), &[("read", &count)])
    };
    assert_eq!(read(Language::SV, 1, 2), "1 av 2 koder inlästa. Håll kvar skärmen tills alla är inlästa.");
    assert!(read(uk, 1, 21).starts_with("Зчитано 1 з 21 коду. "), "{}", read(uk, 1, 21));
    assert!(read(uk, 1, 5).starts_with("Зчитано 1 з 5 кодів. "), "{}", read(uk, 1, 5));
    assert!(read(ar, 1, 2).starts_with("تمت قراءة 1 من أصل رمزين. "), "{}", read(ar, 1, 2));
    assert!(read(ar, 2, 11).starts_with("تمت قراءة 2 من أصل 11 رمزًا. "), "{}", read(ar, 2, 11));
    // Whatever the number, in every language, the module picks what the widget would say.
    for l in Language::all() {
        if !l.is_swedish() {
            install(l);
        }
        for p in [plural::CODES, plural::CODES_READ] {
            for n in 0..250 {
                let got = fill(&module_count(p, l, n), &[("n", &n.to_string())]);
                assert_eq!(got, p.get(l, n), "{} {n} {:?}", l.tag(), p.other);
            }
        }
    }
}

#[test]
fn a_module_given_a_wrong_or_missing_form_falls_back_and_never_panics() {
    use Category::*;
    let forms = |given: &'static [(Category, &'static str)]| {
        move |c: Category| given.iter().find(|(k, _)| *k == c).map(|(_, f)| f.to_string())
    };
    // The form of the number's category when it is there.
    assert_eq!(pick("ar", 2, forms(&[(Two, "two"), (Other, "other")])), "two");
    // Missing: "other".
    assert_eq!(pick("ar", 2, forms(&[(One, "one"), (Other, "other")])), "other");
    // Empty is missing too.
    assert_eq!(pick("ar", 2, forms(&[(Two, ""), (Other, "other")])), "other");
    // Ukrainian has no "other": its last form, "many".
    assert_eq!(pick("uk", 2, forms(&[(One, "one"), (Many, "many")])), "many");
    // Nothing given: the bare number.
    assert_eq!(pick("uk", 2, forms(&[])), "{n}");
    // A tag not spoken here, or none, counts as Swedish: one and other.
    assert_eq!(pick("xx-YY", 1, forms(&[(One, "one"), (Other, "other")])), "one");
    assert_eq!(pick("", 3, forms(&[(One, "one"), (Other, "other")])), "other");
    // A region's tag of a language spoken here takes its rules.
    assert_eq!(pick("uk-UA", 3, forms(&[(Few, "few"), (Many, "many")])), "few");
}

#[test]
fn the_limit_of_a_text_reads_in_the_plural_form_of_its_number() {
    let e = |limit: usize| ImportError::TextTooLong { path: "what_matters.own_words".into(), limit };
    let detail = |l: Language, limit: usize| content::import_error_detail(l, &e(limit)).expect("a detail");
    // Swedish reads as before.
    assert_eq!(detail(Language::SV, 20000), "För lång text: what_matters.own_words (högst 20000 tecken).");
    assert_eq!(content::import_error(Language::SV, &e(20000)).split(". ").nth(1), Some("Högst 20000 tecken får plats"));
    // The API's English is in the code, before any file has arrived, in both forms.
    assert_eq!(detail(Language::EN, 1), "Text too long: what_matters.own_words (at most 1 character).");
    assert_eq!(detail(Language::EN, 20000), "Text too long: what_matters.own_words (at most 20000 characters).");
    assert!(content::import_error(Language::EN, &e(20000))
        .starts_with("A text in the file is too long. At most 20000 characters fit."));
    install(Language::EN);
    assert_eq!(detail(Language::EN, 1), "Text too long: what_matters.own_words (at most 1 character).");
    let (uk, ar) = (lang("uk"), lang("ar"));
    install(uk);
    install(ar);
    assert_eq!(detail(uk, 1), "Задовгий текст: what_matters.own_words (не більше 1 символу).");
    assert_eq!(detail(uk, 2), "Задовгий текст: what_matters.own_words (не більше 2 символів).");
    assert_eq!(detail(uk, 21), "Задовгий текст: what_matters.own_words (не більше 21 символу).");
    assert!(
        content::import_error(uk, &e(5)).starts_with("Один із текстів у файлі задовгий. Можна не більше 5 символів.")
    );
    assert_eq!(detail(ar, 2), "نص طويل جدًا: what_matters.own_words (الحد الأقصى حرفان).");
    assert_eq!(detail(ar, 5), "نص طويل جدًا: what_matters.own_words (الحد الأقصى 5 أحرف).");
    assert_eq!(detail(ar, 11), "نص طويل جدًا: what_matters.own_words (الحد الأقصى 11 حرفًا).");
    assert_eq!(detail(ar, 20000), "نص طويل جدًا: what_matters.own_words (الحد الأقصى 20000 حرف).");
}

#[test]
fn the_summarys_change_and_fill_in_and_a_rows_remove_are_named_by_a_template_that_holds_the_word_on_screen() {
    for l in Language::all() {
        if !l.is_swedish() {
            install(l);
        }
        for (word, named) in
            [(Ui::Change, Ui::ChangeNamed), (Ui::FillIn, Ui::FillInNamed), (Ui::Remove, Ui::RemoveNamed)]
        {
            let name = fill(named.get(l), &[("name", "ROW")]);
            // WCAG 2.5.3, label in name: the accessible name holds the visible word.
            assert!(name.contains(word.get(l)), "{}: {name:?} lacks {:?}", l.tag(), word.get(l));
            assert!(name.contains("ROW") && !name.contains('{'), "{}: {name:?}", l.tag());
        }
    }
    assert_eq!(fill(Ui::ChangeNamed.get(Language::SV), &[("name", "Mål")]), "Ändra Mål");
    assert_eq!(fill(Ui::RemoveNamed.get(Language::SV), &[("name", "Mål 1")]), "Ta bort Mål 1");
    let fa = lang("fa");
    install(fa);
    // Persian puts the name first: "… را پر کنید".
    assert_eq!(fill(Ui::FillInNamed.get(fa), &[("name", "X")]), "X را پر کنید");
}
