//! How examples are counted: an example on a path its page does not list fails (D016), and a
//! request to another host is no example of the API.

use docgen::source::SourceFile;
use std::sync::Arc;

const PAGE: &str = r#"---
title: "Get widget"
doc_type: apiPageType
---

# Get widget

## HTTP request

```http
GET /widgets/{widget-id}
```

## Response

If successful, this method returns a `200 OK` response code.

## Example

<!-- { "blockType": "request", "name": "get_widget" } -->
```http
GET https://graph.microsoft.com/v1.0/widgets/1
```

<!-- { "blockType": "response" } -->
```http
HTTP/1.1 200 OK
```

<!-- { "blockType": "request", "name": "get_gadget" } -->
```http
GET https://graph.microsoft.com/v1.0/gadgets/1
```

<!-- { "blockType": "response" } -->
```http
HTTP/1.1 200 OK
```

<!-- { "blockType": "request", "name": "callback" } -->
```http
POST https://bot.contoso.com/callback
```
"#;

#[test]
fn examples_that_fit_no_request_line_fail_and_other_hosts_do_not_count() {
    let pages = [Arc::new(SourceFile::new("api/widget-get.md", PAGE))];
    let analysis = docgen::analyze(
        &pages,
        &docgen::link::LinkConfig {
            version: Some("v1.0".into()),
        },
    );
    let report = &analysis.report;
    assert_eq!(
        report.examples, 2,
        "the widget example and the gadget example"
    );
    assert_eq!(report.examples_fitting_no_request_line, 1);
    assert_eq!(report.examples_to_other_hosts, 1);
    assert_eq!(report.examples_passing, 1);
    let d016: Vec<_> = analysis
        .diagnostics
        .iter()
        .filter(|d| d.code == "D016")
        .collect();
    assert_eq!(d016.len(), 1);
    assert_eq!(d016[0].location.line, 32, "the line of the gadget request");
    assert!(
        d016[0].message.contains("/gadgets/1"),
        "{}",
        d016[0].message
    );
}
