//! Step 6: SKR's seven questions. Preparing alone: the patient's version. In the consultation:
//! both versions side by side, with differing answers highlighted. A few questions a page
//! ([`pk_core::domain::Step::pages`]), the introduction on the first.

use yew::prelude::*;

use super::bidi::fill_html;
use super::radios::Radios;
use super::text_field::TextField;
use super::{error_for, tri_choices, use_lang, StepProps};
use pk_core::content::{self, fill, Ui};
use pk_core::domain::{kvitto, limits, Action, FieldRef, Mode, Perspective, SummaryRow, Tri, QUESTION_COUNT};

/// Properties of [`CommentBox`].
#[derive(Properties, PartialEq, Clone)]
pub struct CommentProps {
    /// Id of the textarea.
    pub id: AttrValue,
    /// Which question and side, read after the button's text.
    pub context: AttrValue,
    /// The comment.
    pub value: AttrValue,
    /// Shown but not to be changed.
    pub readonly: bool,
    /// Called with the new text.
    pub onchange: Callback<String>,
}

/// An optional comment: a "Lägg till en kommentar" button until there is one (seven open boxes
/// made the page four phone screens long), then a textarea that stays open while it is in use.
#[component]
pub fn CommentBox(p: &CommentProps) -> Html {
    let lang = use_lang();
    let ids = super::use_ids();
    let opened = use_state(|| false);
    // Focus moves into the box the user opened.
    {
        let id = p.id.clone();
        use_effect_with(*opened, move |open| {
            if *open {
                ids.focus(&id);
            }
        });
    }
    if p.value.is_empty() && !*opened {
        if p.readonly {
            return Html::default();
        }
        let open = {
            let opened = opened.clone();
            Callback::from(move |_: MouseEvent| opened.set(true))
        };
        return html! {
            <p class="pk-body pk-question__add-comment">
                <button type="button" class="pk-link-button" id={format!("{}-add", p.id)} onclick={open}>
                    { super::bidi::with_hidden_aside(lang, html! { { Ui::AddComment.get(lang) } }, &p.context) }
                </button>
            </p>
        };
    }
    html! {
        <TextField id={p.id.clone()} label={AttrValue::Static(Ui::Comment.get(lang))} value={p.value.clone()}
            max={limits::ITEM_TEXT} onchange={p.onchange.clone()} multiline=true rows={2} readonly={p.readonly} />
    }
}

/// The step.
#[component]
pub fn Questions(p: &StepProps) -> Html {
    let lang = use_lang();
    let ids = &p.ids;
    let a = &p.state.session.agreement;
    let k = kvitto(a);
    // Preparing, the patient answers "before the visit"; in the consultation the patient answers
    // again after going through the agreement (the answers that count), beside care's answers.
    let sides: &[Perspective] = match a.mode {
        Mode::Prepare => &[Perspective::Before],
        Mode::Consultation => &[Perspective::Patient, Perspective::Professional],
    };
    let number = |n: usize| fill(Ui::QuestionN.get(lang), &[("n", &(n + 1).to_string())]);
    // Which question (and whose answer) a "Lägg till en kommentar" button belongs to, for a
    // screen reader listing the page's buttons.
    let context = |n: usize, persp: Perspective| -> AttrValue {
        let q = number(n);
        match (a.mode, persp) {
            (Mode::Consultation, Perspective::Patient) => {
                fill(Ui::QuestionWhose.get(lang), &[("question", &q), ("whose", Ui::PatientAnswers.get(lang))]).into()
            }
            (Mode::Consultation, Perspective::Professional) => {
                fill(Ui::QuestionWhose.get(lang), &[("question", &q), ("whose", Ui::ProfessionalAnswers.get(lang))])
                    .into()
            }
            _ => q.into(),
        }
    };
    let side = |n: usize, persp: Perspective| -> Html {
        let answer = &a.answers.of(persp)[n];
        let fref = FieldRef::Answer(persp, n);
        let id = ids.field(&fref);
        let question = content::asked(a, persp, n, lang);
        let legend = match (a.mode, persp) {
            (Mode::Prepare, _) | (_, Perspective::Before) => AttrValue::from(question.to_string()),
            (Mode::Consultation, Perspective::Patient) => {
                content::labelled(lang, Ui::PatientAnswers.get(lang), question).into()
            }
            (Mode::Consultation, Perspective::Professional) => {
                content::labelled(lang, Ui::ProfessionalAnswers.get(lang), question).into()
            }
        };
        // The words this page asks the question in, recorded with the answer when they are not
        // a Swedish page's (a translation is not SKR's wording).
        let shown = content::asked_record(a, persp, n, lang);
        let (edit, asked) = (p.edit(), shown.clone());
        let onchange = Callback::from(move |v: AttrValue| {
            edit.emit(Action::SetAnswer(persp, n, Tri::from_key(&v), asked.clone()))
        });
        let edit = p.edit();
        let on_comment =
            Callback::from(move |v: String| edit.emit(Action::SetAnswerComment(persp, n, v, shown.clone())));
        // On a lättläst page, SKR's own words one click away.
        let skr = content::skr_wording_beside(a, persp, n, lang).map(|skr| {
            html! {
                <details class="pk-details pk-details--small pk-question__skr">
                    <summary class="pk-details__summary">
                        { super::bidi::with_hidden_aside(lang, html! { { content::SKR_WORDING } }, &context(n, persp)) }
                    </summary>
                    <p class="pk-body pk-details__text">{ skr }</p>
                </details>
            }
        });
        html! {
            <div class={classes!("pk-question__side", format!("pk-question__side--{}", persp.key()))}>
                <Radios id={id.clone()} {legend} choices={tri_choices(lang)} inline=true
                    selected={answer.value.map(|v| AttrValue::Static(v.key()))}
                    error={error_for(&p.state.session.problems, &fref, lang)} {onchange} disabled={p.locked()} />
                { skr }
                <CommentBox id={format!("{id}-comment")} context={context(n, persp)}
                    value={AttrValue::from(answer.comment.clone())} onchange={on_comment} readonly={p.locked()} />
            </div>
        }
    };
    let before = |n: usize| -> Html {
        let ans = &a.answers.before[n];
        if a.mode == Mode::Prepare || ans.value.is_none() {
            return Html::default();
        }
        let v = ans.value.map(|v| content::tri(v).get(lang)).unwrap_or_default();
        let said = content::labelled(lang, Ui::BeforeVisit.get(lang), v);
        if ans.comment.trim().is_empty() {
            return html! { <p class="pk-body pk-question__before pk-pre-wrap">{ said }</p> };
        }
        // Her comment as she wrote it, in her language, marked when the screen is in another.
        let comment = crate::components::hers::hers(&ans.comment, &crate::components::hers::mark(a, lang));
        let said = fill_html(Ui::ValueComment.get(lang), vec![("value", html! { { said } }), ("comment", comment)]);
        html! { <p class="pk-body pk-question__before pk-pre-wrap">{ said }</p> }
    };
    let shown: Vec<usize> = (0..QUESTION_COUNT).filter(|n| p.shows(SummaryRow::Question(*n))).collect();
    let first = shown.first().copied().unwrap_or_default();
    html! {
        <>
        if first == 0 {
            <div class="pk-inset">
                <p class="pk-body"><strong>{ Ui::QuestionsSeedHeading.get(lang) }</strong></p>
                <p class="pk-body">{ Ui::QuestionsAllCare.get(lang) }</p>
                <p class="pk-hint">{ Ui::QuestionsSource.get(lang) }</p>
            </div>
        }
        <ol class="pk-questions" start={(first + 1).to_string()}>
            { for shown.into_iter().map(|n| {
                let status = &k.questions[n];
                html! {
                    <li class={classes!("pk-question", status.disagreement.then_some("pk-question--disagreement"))}>
                        <@{ids.h(1)} class="pk-heading-s pk-question__number">{ number(n) }</@>
                        { super::listen::listen(&p.aloud, ids.id(&format!("listen-{}", n + 1)), vec![number(n), content::asked(a, sides[0], n, lang).to_string()], Some(&number(n)), lang) }
                        { before(n) }
                        <div class={classes!("pk-question__sides", (sides.len() == 2).then_some("pk-question__sides--two"))}>
                            { for sides.iter().map(|s| side(n, *s)) }
                        </div>
                        if status.disagreement {
                            <p class="pk-question__disagreement"><strong>{ Ui::Disagreement.get(lang) }</strong></p>
                        }
                    </li>
                }
            }) }
        </ol>
        </>
    }
}
