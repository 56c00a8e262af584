//! One field or choice on its own, and what the host's attributes change.

use super::*;

#[derive(Properties, PartialEq)]
struct FieldHost {
    error: Option<AttrValue>,
}

#[component]
fn FieldUnderTest(p: &FieldHost) -> Html {
    html! {
        <>
            <TextField id="f" label="Etikett" hint={Some(AttrValue::Static("Ledtråd"))} value="v" max={10}
                error={p.error.clone()} onchange={Callback::noop()} />
            <TextField id="g" label="Namn" value="" max={10} identifies=true onchange={Callback::noop()} />
            <Radios id="r" legend="Välj" choices={vec![Choice::new("a", "A"), Choice::new("b", "B")]}
                selected={Some(AttrValue::Static("b"))} onchange={Callback::noop()} />
        </>
    }
}

#[wasm_bindgen_test]
async fn text_field_and_radios_are_labelled_and_described() {
    let el = host(&[]);
    let _h =
        yew::Renderer::<FieldUnderTest>::with_root_and_props(el.clone(), FieldHost { error: Some("Fel här".into()) })
            .render();
    settle().await;
    assert_eq!(q(&el, "label[for=f]").text_content().as_deref(), Some("Etikett"));
    let input = q(&el, "#f");
    assert_eq!(input.get_attribute("aria-describedby").as_deref(), Some("f-hint f-error"));
    assert_eq!(input.get_attribute("maxlength").as_deref(), Some("10"));
    assert!(text(&el, "#f-error").ends_with("Fel här"));
    assert_eq!(q(&el, "legend").text_content().as_deref(), Some("Välj"));
    assert!(q(&el, "#r-2").unchecked_into::<HtmlInputElement>().checked());
    assert_eq!(q(&el, "label[for=r]").text_content().as_deref(), Some("A"));
    // Free text is spell checked; a name or an identifier goes to no spelling service and no
    // form history (issue 26, point 5).
    let attrs = |id: &str| ["spellcheck", "autocomplete"].map(|a| q(&el, id).get_attribute(a));
    assert_eq!(attrs("#f"), [Some("true".into()), None]);
    assert_eq!(attrs("#g"), [Some("false".into()), Some("off".into())]);
}

#[wasm_bindgen_test]
async fn a_host_that_takes_the_exports_is_named_on_the_start_page_and_the_attribute_switches_live() {
    let el = host(&[("data-storage", "none"), ("data-exports", "host")]);
    let _app = mount(el.clone());
    settle().await;
    let privacy = || text(&el, "#pk-privacy");
    assert!(privacy().contains("går det till vården genom den här webbplatsen"), "{}", privacy());
    assert!(!privacy().contains("Inget skickas"));
    el.set_attribute("data-exports", "download").expect("attr");
    assert!(eventually(|| privacy().contains("Inget skickas någonstans")).await, "{}", privacy());
}
