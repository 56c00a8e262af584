//! How files come in: a button that opens the file picker, inside a zone files can be dropped
//! on. The start page takes one saved agreement; the follow-up takes many.

use web_sys::HtmlInputElement;
use yew::prelude::*;

/// Properties of [`FileDrop`].
#[derive(Properties, PartialEq, Clone)]
pub struct FileDropProps {
    /// Element id of the button.
    pub id: AttrValue,
    /// The button's label.
    pub label: AttrValue,
    /// The hint under it (that files can be dropped too).
    pub hint: AttrValue,
    /// Many files at once.
    #[prop_or_default]
    pub multiple: bool,
    /// The page's primary button (else secondary).
    #[prop_or_default]
    pub primary: bool,
    /// Called with the files chosen or dropped.
    pub onfiles: Callback<Vec<web_sys::File>>,
}

fn files(list: Option<web_sys::FileList>) -> Vec<web_sys::File> {
    let Some(list) = list else { return Vec::new() };
    (0..list.length()).filter_map(|i| list.get(i)).collect()
}

/// The file picker and drop zone.
#[component]
pub fn FileDrop(p: &FileDropProps) -> Html {
    let input = use_node_ref();
    let open_picker = {
        let input = input.clone();
        Callback::from(move |_: MouseEvent| {
            if let Some(i) = input.cast::<HtmlInputElement>() {
                // Choosing the same file again must still count.
                i.set_value("");
                i.click();
            }
        })
    };
    let on_pick = {
        let onfiles = p.onfiles.clone();
        Callback::from(move |e: Event| {
            let list = files(e.target_unchecked_into::<HtmlInputElement>().files());
            if !list.is_empty() {
                onfiles.emit(list);
            }
        })
    };
    let on_dragover = Callback::from(|e: DragEvent| e.prevent_default());
    let on_drop = {
        let onfiles = p.onfiles.clone();
        Callback::from(move |e: DragEvent| {
            e.prevent_default();
            let list = files(e.data_transfer().and_then(|d| d.files()));
            if !list.is_empty() {
                onfiles.emit(list);
            }
        })
    };
    html! {
        <div class="pk-dropzone" ondragover={on_dragover} ondrop={on_drop}>
            <button type="button" id={p.id.clone()} onclick={open_picker}
                class={classes!("pk-button", (!p.primary).then_some("pk-button--secondary"))}>{ p.label.clone() }</button>
            <input type="file" ref={input} class="pk-file-input" multiple={p.multiple} accept=".json,application/json"
                tabindex="-1" aria-hidden="true" onchange={on_pick} />
            <p class="pk-hint">{ p.hint.clone() }</p>
        </div>
    }
}
