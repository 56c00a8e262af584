//! The journal note: plain Swedish text under fixed keywords (sökord), in a fixed order, for
//! journal templates that take text only. Every keyword is always present; an empty part says
//! "Ej angivet" rather than vanishing, so the reader sees what was not documented.

use super::text::{date_time, language_line, prepared_time_record, questions_as, replace_controls};
use crate::content::{self, Ui, QUESTION_TOPICS};
use crate::domain::*;

/// The fixed keywords, in the order they appear.
pub const KEYWORDS: [&str; 11] = [
    "Vad är viktigt för patienten",
    "Patientens åtagande",
    "Vårdens åtagande",
    "Patientens önskemål (inte överenskommet)",
    "När söka vård",
    "Sammanhållen planering",
    "Fast vårdkontakt",
    "Kontaktvägar",
    "Nästa steg / överenskommen tid",
    "Närstående",
    "7 frågor (kvitto)",
];

const NOT_GIVEN: &str = "Ej angivet";

/// What heads the time the patient wrote before the visit, in the record: hers, not confirmed.
pub const PREPARED_TIME: &str =
    "Tid som patienten skrev inför besöket (patientens uppgift, inte bekräftad i vårdmötet)";

/// Text as typed, with line breaks kept but every line of a multi-line answer indented so it
/// stays under its keyword, and control characters (other than line breaks) left out.
fn clean(s: &str) -> String {
    replace_controls(&s.trim().replace("\r\n", "\n"), &['\n', '\t'], None).replace('\n', "\n  ")
}

fn sv(t: content::Text) -> &'static str {
    t.sv
}

fn given(s: &str) -> Option<String> {
    let c = clean(s);
    (!c.is_empty()).then_some(c)
}

/// "text (vem: …; när: …)" from an item, with labels for the optional parts.
fn item(it: &Item, who: &str, when: &str) -> Option<String> {
    let mut extra = Vec::new();
    if let Some(w) = given(&it.who) {
        extra.push(format!("{who}: {w}"));
    }
    if let Some(w) = given(&it.when) {
        extra.push(format!("{when}: {w}"));
    }
    let text = given(&it.text);
    match (text, extra.is_empty()) {
        (None, true) => None,
        (Some(t), true) => Some(t),
        (Some(t), false) => Some(format!("{t} ({})", extra.join("; "))),
        (None, false) => Some(format!("({})", extra.join("; "))),
    }
}

fn bullets(lines: Vec<String>) -> Vec<String> {
    lines.into_iter().map(|l| format!("- {l}")).collect()
}

fn or_not_given(lines: Vec<String>) -> Vec<String> {
    if lines.is_empty() {
        vec![NOT_GIVEN.to_string()]
    } else {
        lines
    }
}

fn tri_word(t: Option<Tri>) -> &'static str {
    t.map(|v| sv(content::tri(v))).unwrap_or(NOT_GIVEN)
}

/// The journal note for an agreement: a heading block, then each keyword of [`KEYWORDS`] with
/// its section, in that order.
pub fn journal_note(a: &Agreement) -> String {
    let mut out = heading(a);
    for (keyword, lines) in sections(a) {
        out.push(String::new());
        out.push(format!("{keyword}:"));
        out.extend(lines);
    }
    let mut note = out.join("\n");
    note.push('\n');
    note
}

/// Each keyword of [`KEYWORDS`] with the lines of its section, in that order (also the sections
/// of the FHIR document).
pub fn sections(a: &Agreement) -> [(&'static str, Vec<String>); 11] {
    let c = &a.commitments;
    let lines: [Vec<String>; 11] = [
        what_matters(a),
        items(&c.self_care, "vem", "när"),
        items(&c.care_actions, "vem", "när"),
        items(&c.care_wishes, "vem", "när"),
        items(&c.warning_signs, "vart", "hur snabbt"),
        planning(a),
        or_not_given(fixed_contacts(a)),
        or_not_given(routes(a)),
        or_not_given(next(a)),
        or_not_given(relatives(a)),
        questions(a),
    ];
    let mut keywords = KEYWORDS.iter();
    lines.map(|l| (keywords.next().copied().unwrap_or_default(), l))
}

/// "Patientkontrakt", the status (who agreed and when, or a draft) and the patient's name.
pub fn heading(a: &Agreement) -> Vec<String> {
    let mut out: Vec<String> = Vec::new();
    let status = match a.status {
        Status::Agreed => {
            let ab = &a.agreed_by;
            let who: Vec<String> = [&ab.patient_name, &ab.professional_name, &ab.professional_role, &ab.unit]
                .into_iter()
                .filter_map(|s| given(s))
                .collect();
            format!("Överenskommet {} ({})", ab.date.as_deref().unwrap_or(NOT_GIVEN), who.join(", "))
        }
        Status::Draft if a.mode == Mode::Prepare => {
            "Patientens förberedelse inför besöket, inte en överenskommelse".to_string()
        }
        Status::Draft => "Utkast, inte markerat som överenskommet".to_string(),
    };
    out.push("Patientkontrakt".into());
    out.push(format!("Status: {status}"));
    if let Some(name) = given(&a.patient.name) {
        out.push(format!("Patient: {name}"));
    }
    if a.patient.relative_helped {
        out.push("En närstående har hjälpt patienten att fylla i förberedelsen.".into());
    }
    out
}

/// Vad är viktigt för patienten: own words, goals, resources, questions for the visit.
fn what_matters(a: &Agreement) -> Vec<String> {
    let wm = &a.what_matters;
    let mut part = or_not_given(given(&wm.own_words).into_iter().collect());
    let goals: Vec<String> = wm.goals.iter().filter_map(|g| given(&g.text)).collect();
    if !goals.is_empty() {
        part.push("Mål:".into());
        part.extend(bullets(goals));
    }
    if let Some(r) = given(&wm.resources) {
        part.push(format!("Egna resurser och nätverk: {r}"));
    }
    if let Some(q) = given(&wm.questions_for_visit) {
        part.push(format!("Patientens frågor inför besöket: {q}"));
    }
    part
}

/// One of part 1's lists, each row with its optional who and when.
fn items(items: &[Item], who: &str, when: &str) -> Vec<String> {
    or_not_given(bullets(items.iter().filter_map(|i| item(i, who, when)).collect()))
}

/// Sammanhållen planering: the plans, the need of coordination, who coordinates.
fn planning(a: &Agreement) -> Vec<String> {
    let pl = &a.planning;
    let mut planning: Vec<String> = bullets(
        pl.plans
            .iter()
            .filter_map(|p| {
                let title = given(&p.title)?;
                let extra: Vec<String> = [&p.care_giver, &p.contact].into_iter().filter_map(|s| given(s)).collect();
                Some(if extra.is_empty() { title } else { format!("{title} ({})", extra.join(", ")) })
            })
            .collect(),
    );
    if pl.no_other_plans {
        planning.push("Inga andra planer i vården eller omsorgen".into());
    }
    planning.push(format!("Behov av hjälp med samordning: {}", tri_word(pl.coordination_need)));
    if let Some(who) = given(&pl.coordinator) {
        planning.push(format!("Samordnas av: {who}"));
    }
    planning
}

/// One contact: name, role, unit, what they help with, how to reach them, HSA-id.
fn contact(cc: &CareContact) -> Option<String> {
    let mut parts: Vec<String> = [&cc.name, &cc.role, &cc.unit].into_iter().filter_map(|s| given(s)).collect();
    if let Some(h) = given(&cc.helps_with) {
        parts.push(format!("hjälper med: {h}"));
    }
    if let Some(r) = given(&cc.reach) {
        parts.push(format!("nås {r}"));
    }
    if let Some(h) = given(&cc.hsa_id) {
        parts.push(format!("HSA-id {h}"));
    }
    (!parts.is_empty()).then(|| parts.join(", "))
}

/// Fast vårdkontakt: each contact settled in the consultation, or that none is needed; then what
/// the patient said before the visit, labelled as hers: whether she has one, the one she says she
/// has or would like, her wish.
fn fixed_contacts(a: &Agreement) -> Vec<String> {
    let ct = &a.contacts;
    let mut fixed: Vec<String> = bullets(ct.care_contacts.iter().filter_map(contact).collect());
    if fixed.is_empty() && a.mode == Mode::Consultation && ct.fixed_contact_needed == Some(Tri::No) {
        fixed.push("Behövs inte, bedömt i vårdmötet".into());
    }
    if let Some(h) = ct.fixed_contact_has {
        fixed.push(format!("{}: {}", Ui::FixedContactHasBefore.both().sv, tri_word(Some(h))));
    }
    if let Some(w) = ct.wish() {
        fixed.push(format!("{}: {}", Ui::FixedContactWish.both().sv, tri_word(Some(w))));
    }
    let hers: Vec<String> = ct.patient_contacts.iter().filter_map(contact).collect();
    if !hers.is_empty() {
        fixed.push(format!("{}:", patient_contacts_label(a)));
        fixed.extend(bullets(hers));
    }
    fixed
}

/// What the patient's own contacts are, in the record, by what she said: the one she says she
/// has, one she would like, or (neither said) what she wrote; none settled in the consultation.
pub fn patient_contacts_label(a: &Agreement) -> &'static str {
    match a.contacts.hers() {
        HerContact::Has => "Fast vårdkontakt som patienten uppger att hen har (inte bekräftad i vårdmötet)",
        HerContact::Wished => "Fast vårdkontakt som patienten önskar (inte överenskommet)",
        HerContact::Written => "Fast vårdkontakt som patienten skrev före besöket (inte bekräftad i vårdmötet)",
    }
}

/// Kontaktvägar: kind and details of each route.
fn routes(a: &Agreement) -> Vec<String> {
    bullets(
        a.contacts
            .routes
            .iter()
            .filter_map(|r| given(&r.details).map(|d| format!("{}: {d}", sv(content::route_kind(r.kind)))))
            .collect(),
    )
}

/// Nästa steg / överenskommen tid: the next step, the next time and how (överenskommen only in a
/// consultation marked agreed), the time the patient wrote before the visit (hers), the follow-up.
fn next(a: &Agreement) -> Vec<String> {
    let sc = &a.schedule;
    let nt = &sc.next_time;
    let mut next = Vec::new();
    if let Some(step) = given(&sc.next_step) {
        next.push(format!("Nästa steg: {step}"));
    }
    let mut when: Vec<String> = date_time(nt).into_iter().collect();
    if let Some(p) = given(&nt.period) {
        when.push(p);
    }
    if let Some(m) = nt.mode {
        when.push(sv(content::contact_mode(m)).to_lowercase());
    }
    if let Some(i) = nt.initiator {
        when.push(sv(content::initiator_sentence(i, Mode::Consultation)).to_lowercase());
    }
    if !when.is_empty() {
        let label = if agreed(a) { "Överenskommen tid" } else { "Föreslagen tid (inte markerad som överenskommen)" };
        next.push(format!("{label}: {}", when.join(", ")));
    }
    if !sc.prepared_time.is_blank() {
        let hers = prepared_time_record(a, true, Mode::Consultation);
        next.push(format!("{PREPARED_TIME}: {}", clean(&hers)));
    }
    if let Some(r) = given(&sc.review) {
        next.push(format!("Uppföljning av överenskommelsen: {r}"));
    }
    next
}

/// Whether the agreement was made in a consultation and marked agreed.
fn agreed(a: &Agreement) -> bool {
    a.mode == Mode::Consultation && a.status == Status::Agreed
}

/// Närstående: name (relation), contact.
fn relatives(a: &Agreement) -> Vec<String> {
    bullets(
        a.relatives
            .iter()
            .filter_map(|r| {
                let name = given(&r.name);
                let rel = given(&r.relation);
                let contact = given(&r.contact);
                let head = match (name, rel) {
                    (Some(n), Some(r)) => format!("{n} ({r})"),
                    (Some(n), None) => n,
                    (None, Some(r)) => r,
                    (None, None) => contact.clone()?,
                };
                Some(match contact {
                    Some(c) if c != head => format!("{head}, {c}"),
                    _ => head,
                })
            })
            .collect(),
    )
}

/// The line under an answer that says which words its question was asked in, when the page was
/// not Swedish ([`Answer::asked`]): "Frågan visades på arabiska (projektets egen översättning,
/// inte SKR:s ordalydelse): ”…” – står för SKR:s fråga: ”…”". A question the host reworded stands
/// for the host's Swedish words (its English is the host's too), never for SKR's.
fn asked_line(a: &Agreement, p: Perspective, n: usize, whose: &str) -> Option<String> {
    let asked = a.answers.of(p).get(n)?.asked.as_ref()?;
    let (source, stands_for) = match a.reworded(p, n) {
        Some(r) => ("vårdgivarens formulering", format!("vårdgivarens omformulerade fråga: ”{}”", clean(&r.sv))),
        None => (questions_as(asked.language), format!("SKR:s fråga: ”{}”", content::question(p, n)?.sv)),
    };
    Some(format!(
        "{whose} visades på {} ({source}, inte SKR:s ordalydelse): ”{}” – står för {stands_for}",
        asked.language.info().in_swedish,
        clean(&asked.text)
    ))
}

/// 7 frågor (kvitto): whether the Patientkontrakt is in place, each answer, what is missing.
fn questions(a: &Agreement) -> Vec<String> {
    let k = kvitto(a);
    let consultation = a.mode == Mode::Consultation;
    let mut questions = vec![if k.in_place {
        "Patientkontraktet är på plats.".to_string()
    } else if !consultation {
        "Förberedelse: Patientkontraktet görs tillsammans i vårdmötet. Svaren nedan är patientens svar före besöket."
            .to_string()
    } else if k.not_agreed {
        "Patientkontraktet är inte på plats: det är inte markerat som överenskommet.".to_string()
    } else {
        "Patientkontraktet är inte på plats än.".to_string()
    }];
    // The questions were asked in her language: our translation, not SKR's words.
    questions.extend(language_line(a));
    let said = |t: Option<Tri>| match t {
        Some(v) => sv(content::tri(v)).to_string(),
        None => "har inte svarat".to_string(),
    };
    let comment = |p: Perspective, n: usize| given(&a.answers.of(p)[n].comment);
    // A question the host reworded was asked in its words, not SKR's: said on the answer line
    // itself, with the words, so the answer never reads as one to SKR's question.
    let reworded = |p: Perspective, n: usize| {
        a.reworded(p, n)
            .map(|r| format!(" (omformulerad fråga, inte SKR:s ordalydelse: ”{}”)", clean(&r.sv)))
            .unwrap_or_default()
    };
    for q in &k.questions {
        let topic = QUESTION_TOPICS[q.n].sv;
        let mut line;
        let mut comments: Vec<String> = Vec::new();
        if consultation {
            line =
                format!("{}. {topic}: patienten{} {}", q.n + 1, reworded(Perspective::Patient, q.n), said(q.patient));
            if q.before.is_some() {
                line.push_str(&format!(" (före besöket {})", said(q.before)));
            }
            line.push_str(&format!(", vården{} {}", reworded(Perspective::Professional, q.n), said(q.professional)));
            let sides = [
                (Perspective::Patient, "Patientens kommentar"),
                (Perspective::Before, "Patientens kommentar före besöket"),
                (Perspective::Professional, "Vårdens kommentar"),
            ];
            for (p, whose) in sides {
                comments.extend(comment(p, q.n).map(|c| format!("{whose}: {c}")));
            }
            // Her question before the visit and in the consultation is the same question: said
            // once when it was asked in the same words.
            let (before, after) = (&a.answers.before[q.n].asked, &a.answers.patient[q.n].asked);
            let asked_sides: &[(Perspective, &str)] = if before.is_some() && before == after {
                &[(Perspective::Patient, "Frågan till patienten (före besöket och i vårdmötet)")]
            } else {
                &[
                    (Perspective::Patient, "Frågan till patienten"),
                    (Perspective::Before, "Frågan till patienten före besöket"),
                ]
            };
            for (p, whose) in asked_sides.iter().chain(&[(Perspective::Professional, "Vårdens fråga")]) {
                comments.extend(asked_line(a, *p, q.n, whose));
            }
        } else {
            line = format!(
                "{}. {topic}: patienten{} före besöket {}",
                q.n + 1,
                reworded(Perspective::Before, q.n),
                said(q.before)
            );
            comments.extend(comment(Perspective::Before, q.n).map(|c| format!("Patientens kommentar: {c}")));
            comments.extend(asked_line(a, Perspective::Before, q.n, "Frågan"));
        }
        questions.push(line);
        questions.extend(comments.into_iter().map(|c| format!("  {c}")));
    }
    if consultation {
        if !k.part_gaps.is_empty() || k.not_agreed {
            questions.push("Saknas:".into());
        }
        questions.extend(bullets(k.part_gaps.iter().map(|g| sv(content::gap(*g)).to_string()).collect()));
        if k.not_agreed {
            questions.extend(bullets(vec!["Överenskommelsen är inte markerad som överenskommen".to_string()]));
        }
    } else {
        let topics: Vec<String> = k
            .questions
            .iter()
            .filter(|q| matches!(q.before, Some(Tri::No | Tri::DontKnow)))
            .map(|q| format!("fråga {} ({})", q.n + 1, QUESTION_TOPICS[q.n].sv))
            .collect();
        if !topics.is_empty() {
            questions.push(format!("Att ta upp vid besöket: {}", topics.join(", ")));
        }
    }
    questions
}
