//! The generated module tree holds no module named like its parent (clippy's
//! `module_inception`): an area whose name is its namespace's gets a suffixed private module.

use docgen::source::SourceFile;
use std::sync::Arc;

/// A resource page of the `microsoft.graph.widgets` namespace in the `widgets` area.
const PAGE: &str = r#"---
title: "gadget resource type"
description: "A gadget."
ms.prod: "widgets"
doc_type: resourcePageType
---

# gadget resource type

Namespace: microsoft.graph.widgets

A gadget.

## Properties
|Property|Type|Description|
|:---|:---|:---|
|id|String|Key of the gadget.|
|label|String|What the gadget says.|

## JSON Representation
<!-- {
  "blockType": "resource",
  "@odata.type": "microsoft.graph.widgets.gadget"
}
-->
```json
{
  "id": "String",
  "label": "String"
}
```
"#;

fn config() -> docgen::Config {
    docgen::Config {
        link: docgen::link::LinkConfig {
            version: Some("beta".into()),
        },
        krate: docgen::render::rust::CrateConfig {
            crate_name: "widgets".into(),
            crate_version: "0.1.0".into(),
            description: "widgets".into(),
            docs_note: "a widgets page".into(),
            metadata: Default::default(),
        },
        title: "widgets".into(),
    }
}

#[test]
fn no_module_is_named_like_its_parent() {
    let pages = vec![Arc::new(SourceFile::new(
        "resources/widgets-gadget.md".to_string(),
        PAGE.to_string(),
    ))];
    let generated = docgen::generate(&pages, &config()).expect("renders");
    let files: Vec<&String> = generated.files.keys().collect();
    // The page's type lands in the `widgets` namespace module, in the `widgets` area's file.
    let parent = files
        .iter()
        .find(|f| f.ends_with("src/models/widgets/mod.rs"))
        .unwrap_or_else(|| panic!("no widgets module in {files:?}"));
    let text = &generated.files[*parent];
    assert!(
        !text.lines().any(|l| l.trim() == "mod widgets;"),
        "models::widgets declares a `widgets` module:\n{text}"
    );
    assert!(
        text.lines().any(|l| l.trim() == "mod widgets_area;"),
        "the area's module is missing:\n{text}"
    );
    assert!(
        files
            .iter()
            .any(|f| f.ends_with("src/models/widgets/widgets_area.rs")),
        "no area file in {files:?}"
    );
    for (path, text) in &generated.files {
        if let Some(dir) = path.strip_suffix("/mod.rs") {
            let parent = dir.rsplit('/').next().unwrap_or(dir);
            assert!(
                !text.lines().any(|l| l.trim() == format!("mod {parent};")),
                "{path} declares `mod {parent};`"
            );
        }
    }
}
