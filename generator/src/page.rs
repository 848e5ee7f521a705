//! Page model: one markdown page read into front matter and a flat list of blocks with
//! locations. Knows markdown and the docs' conventions (annotations, tabs, includes), nothing of
//! Rust or OpenAPI.

use crate::diagnostics::{self, Diagnostics};
use crate::literal::{self, literal};
use crate::source::{Location, SourceFile};
use pulldown_cmark::{CodeBlockKind, Event, Options, Parser, Tag, TagEnd};
use std::ops::Range;
use std::sync::{Arc, OnceLock};

#[derive(Debug, Clone)]
pub struct Page {
    pub source: Arc<SourceFile>,
    pub front_matter: FrontMatter,
    pub blocks: Vec<Block>,
    /// Each heading's section, worked out on first use: lowering asks a page for its sections
    /// dozens of times, and reading every heading again each time cost more than parsing.
    sections: OnceLock<Vec<SectionSpan>>,
}

/// Where a heading's section lies in [`Page::blocks`].
#[derive(Debug, Clone, Copy)]
struct SectionSpan {
    kind: SectionKind,
    /// The heading's index.
    heading: usize,
    /// One past the section's last block.
    end: usize,
}

/// The YAML front matter as string fields (non-string values are kept in their YAML spelling).
#[derive(Debug, Clone, Default)]
pub struct FrontMatter {
    pub fields: Vec<Field>,
}

#[derive(Debug, Clone)]
pub struct Field {
    pub key: String,
    pub value: String,
    pub location: Location,
}

impl FrontMatter {
    pub fn get(&self, key: &str) -> Option<&Field> {
        self.fields.iter().find(|f| f.key == key)
    }
}

#[derive(Debug, Clone)]
pub struct Block {
    pub location: Location,
    pub kind: BlockKind,
}

#[derive(Debug, Clone)]
pub enum BlockKind {
    Heading {
        level: u8,
        text: String,
    },
    /// A paragraph or list item: plain text and its markdown source.
    Paragraph {
        text: String,
        raw: String,
    },
    Table(Table),
    Code(CodeBlock),
    /// An annotation that no code block follows (page annotations, stray ones).
    Annotation(Annotation),
    /// `[!INCLUDE [name](target)]`
    Include {
        name: String,
        target: String,
    },
    /// `# [HTTP](#tab/http)`: a tab of a code-sample group, not a heading.
    TabMarker {
        label: String,
        tab: String,
    },
}

#[derive(Debug, Clone)]
pub struct Table {
    pub header: Vec<Cell>,
    pub rows: Vec<Vec<Cell>>,
}

#[derive(Debug, Clone)]
pub struct Cell {
    /// Markdown source of the cell, trimmed.
    pub raw: String,
    /// Rendered text of the cell, trimmed.
    pub text: String,
    pub location: Location,
}

impl Table {
    /// Index of the first header cell whose text, lowercased, satisfies `pred`.
    pub fn column(&self, pred: impl Fn(&str) -> bool) -> Option<usize> {
        self.header
            .iter()
            .position(|c| pred(&c.text.trim().to_ascii_lowercase()))
    }
}

#[derive(Debug, Clone)]
pub struct CodeBlock {
    /// The info string, lowercased (`http`, `json`, ...).
    pub lang: String,
    pub text: String,
    /// Location of the first line of the block's content.
    pub location: Location,
    /// The annotation directly before the block, if any.
    pub annotation: Option<Annotation>,
}

#[derive(Debug, Clone)]
pub struct Annotation {
    pub value: serde_json::Map<String, serde_json::Value>,
    pub location: Location,
}

impl Annotation {
    pub fn str(&self, key: &str) -> Option<&str> {
        self.value.get(key).and_then(|v| v.as_str())
    }

    pub fn bool(&self, key: &str) -> bool {
        match self.value.get(key) {
            Some(serde_json::Value::Bool(b)) => *b,
            Some(serde_json::Value::String(s)) => s.eq_ignore_ascii_case("true"),
            _ => false,
        }
    }

    pub fn block_type(&self) -> Option<&str> {
        self.str("blockType")
    }
}

/// What a section heading means, whatever its spelling.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum SectionKind {
    Permissions,
    HttpRequest,
    QueryParameters,
    Parameters,
    RequestHeaders,
    RequestBody,
    Response,
    Examples,
    Properties,
    Relationships,
    JsonRepresentation,
    Members,
    Methods,
    Other,
}

impl SectionKind {
    pub fn of_heading(text: &str) -> SectionKind {
        // The words, lowercased and joined by single spaces (one allocation: headings are read
        // for every page).
        let mut normal = String::with_capacity(text.len());
        for word in text.split_whitespace() {
            if !normal.is_empty() {
                normal.push(' ');
            }
            normal.push_str(word);
        }
        normal.make_ascii_lowercase();
        match normal.as_str() {
            "permissions" | "prerequisites" => SectionKind::Permissions,
            "http request" | "http requests" => SectionKind::HttpRequest,
            "optional query parameters" | "query parameters" | "optional query parameter" => {
                SectionKind::QueryParameters
            }
            "function parameters" | "parameters" | "path parameters" | "request parameters" => {
                SectionKind::Parameters
            }
            "request headers" | "request header" => SectionKind::RequestHeaders,
            "request body" => SectionKind::RequestBody,
            "response" | "responses" => SectionKind::Response,
            "properties" => SectionKind::Properties,
            "relationships" => SectionKind::Relationships,
            "json representation" => SectionKind::JsonRepresentation,
            "members" | "enum members" | "values" => SectionKind::Members,
            "methods" => SectionKind::Methods,
            // `HTTP request (to upload a new file)`: one heading per kind of request.
            _ if normal.starts_with("http request (") => SectionKind::HttpRequest,
            _ if normal.starts_with("example") => SectionKind::Examples,
            _ => SectionKind::Other,
        }
    }
}

/// A heading and the blocks under it, up to the next heading of the same or a higher level.
#[derive(Debug, Clone, Copy)]
pub struct Section<'a> {
    pub kind: SectionKind,
    pub title: &'a str,
    pub level: u8,
    pub location: &'a Location,
    pub blocks: &'a [Block],
}

impl Page {
    /// A page from its parts.
    pub fn new(source: Arc<SourceFile>, front_matter: FrontMatter, blocks: Vec<Block>) -> Page {
        Page {
            source,
            front_matter,
            blocks,
            sections: OnceLock::new(),
        }
    }

    pub fn path(&self) -> &Arc<str> {
        &self.source.path
    }

    /// Each heading with the blocks under it, in page order.
    pub fn sections(&self) -> impl Iterator<Item = Section<'_>> {
        self.section_spans()
            .iter()
            .filter_map(|span| self.section_at(span))
    }

    pub fn section(&self, kind: SectionKind) -> Option<Section<'_>> {
        self.section_spans()
            .iter()
            .filter(|span| span.kind == kind)
            .find_map(|span| self.section_at(span))
    }

    fn section_spans(&self) -> &[SectionSpan] {
        self.sections.get_or_init(|| {
            // A section ends at the next heading of its level or a higher one: a stack of the
            // headings still open finds every end in one pass.
            let mut spans: Vec<SectionSpan> = Vec::new();
            let mut open: Vec<(usize, u8)> = Vec::new();
            for (i, block) in self.blocks.iter().enumerate() {
                let BlockKind::Heading { level, text } = &block.kind else {
                    continue;
                };
                while let Some(&(span, l)) = open.last() {
                    if l < *level {
                        break;
                    }
                    spans[span].end = i;
                    open.pop();
                }
                open.push((spans.len(), *level));
                spans.push(SectionSpan {
                    kind: SectionKind::of_heading(text),
                    heading: i,
                    end: self.blocks.len(),
                });
            }
            spans
        })
    }

    /// The section a span stands for (None only if `blocks` changed after the spans were
    /// worked out, which no stage does).
    fn section_at(&self, span: &SectionSpan) -> Option<Section<'_>> {
        let block = self.blocks.get(span.heading)?;
        let BlockKind::Heading { level, text } = &block.kind else {
            return None;
        };
        Some(Section {
            kind: span.kind,
            title: text,
            level: *level,
            location: &block.location,
            blocks: self.blocks.get(span.heading + 1..span.end)?,
        })
    }

    /// The first level-1 heading.
    pub fn title(&self) -> Option<(&str, &Location)> {
        self.blocks.iter().find_map(|b| match &b.kind {
            BlockKind::Heading { level: 1, text } => Some((text.as_str(), &b.location)),
            _ => None,
        })
    }

    /// The `Namespace: x` line, if the page has one.
    pub fn namespace(&self) -> Option<(&str, &Location)> {
        self.blocks.iter().find_map(|b| match &b.kind {
            BlockKind::Paragraph { text, .. } => {
                let rest = text.trim().strip_prefix("Namespace:")?;
                let namespace = rest.split_whitespace().next()?;
                Some((namespace, &b.location))
            }
            _ => None,
        })
    }

    pub fn code_blocks(&self) -> impl Iterator<Item = &CodeBlock> {
        self.blocks.iter().filter_map(|b| match &b.kind {
            BlockKind::Code(code) => Some(code),
            _ => None,
        })
    }
}

impl<'a> Section<'a> {
    pub fn tables(&self) -> impl Iterator<Item = &'a Table> {
        self.blocks.iter().filter_map(|b| match &b.kind {
            BlockKind::Table(t) => Some(t),
            _ => None,
        })
    }

    pub fn code_blocks(&self) -> impl Iterator<Item = &'a CodeBlock> {
        self.blocks.iter().filter_map(|b| match &b.kind {
            BlockKind::Code(c) => Some(c),
            _ => None,
        })
    }

    pub fn paragraphs(&self) -> impl Iterator<Item = (&'a str, &'a str, &'a Location)> {
        self.blocks.iter().filter_map(|b| match &b.kind {
            BlockKind::Paragraph { text, raw } => Some((text.as_str(), raw.as_str(), &b.location)),
            _ => None,
        })
    }
}

/// JSON5 text (the docs' annotations and examples: JSON with trailing commas and comments) as
/// a JSON value. Most of it is plain JSON, which serde_json reads several times faster; its
/// value is taken when it holds no fractional or out-of-range number (serde_json's default
/// float reading may differ from json5's in the last bit, and `-0` reads as a float there but
/// as `0` in json5). Anything else is read by json5, so the value is the one json5 gives.
pub fn json5_value(text: &str) -> Result<serde_json::Value, json5::Error> {
    if let Ok(value) = serde_json::from_str::<serde_json::Value>(text)
        && !has_float(&value)
    {
        return Ok(value);
    }
    json5::from_str(text)
}

/// Whether a value holds a number serde_json keeps as a float.
fn has_float(value: &serde_json::Value) -> bool {
    match value {
        serde_json::Value::Number(n) => n.is_f64(),
        serde_json::Value::Array(items) => items.iter().any(has_float),
        serde_json::Value::Object(members) => members.values().any(has_float),
        _ => false,
    }
}

/// Reads one page. Problems are diagnostics; this never fails.
pub fn parse_page(source: Arc<SourceFile>, diagnostics: &mut Diagnostics) -> Page {
    let mut reader = Reader {
        source: &source,
        blocks: Vec::new(),
        pending: None,
        diagnostics,
    };
    let front_matter = reader.read(&source.text);
    let mut blocks = reader.blocks;
    // Every page is held until it is lowered: no spare capacity.
    blocks.shrink_to_fit();
    Page::new(source, front_matter, blocks)
}

struct Reader<'s, 'd> {
    source: &'s SourceFile,
    blocks: Vec<Block>,
    /// An annotation waiting for the code block it describes.
    pending: Option<Annotation>,
    diagnostics: &'d mut Diagnostics,
}

/// Text being gathered inside a container (heading, paragraph, table cell, ...).
struct Gather {
    text: String,
    range: Range<usize>,
}

impl Gather {
    /// A block starting at `range`, its text gathered into `buffer` (emptied first).
    fn new(buffer: &mut String, range: &Range<usize>) -> Gather {
        let mut text = std::mem::take(buffer);
        text.clear();
        Gather {
            text,
            range: range.clone(),
        }
    }
}

impl<'s> Reader<'s, '_> {
    fn read(&mut self, text: &str) -> FrontMatter {
        let options = Options::ENABLE_TABLES | Options::ENABLE_STRIKETHROUGH;
        let mut front_matter = FrontMatter::default();
        // The front matter is found here rather than by the markdown parser, which misses it
        // when the fences carry trailing spaces (`--- `). The markdown is read from the line
        // after it, and each offset the parser gives is moved by that line's, so offsets stay
        // offsets into the page.
        let start = match front_matter_span(text) {
            Some((yaml, end)) => {
                front_matter = self.front_matter(&text[yaml.clone()], yaml.start);
                end
            }
            None => 0,
        };
        let mut gather: Option<Gather> = None;
        // The text of the block being gathered is copied out (trimmed) when it ends: one
        // buffer serves every block of the page, rather than one grown from empty per cell.
        let mut spare = String::new();
        let mut html: Option<(String, usize)> = None;
        let mut code: Option<(String, String, usize)> = None;
        let mut table: Option<Table> = None;
        let mut row: Vec<Cell> = Vec::new();
        let mut list_depth = 0usize;
        for (event, range) in Parser::new_ext(&text[start..], options).into_offset_iter() {
            let range = range.start + start..range.end + start;
            match event {
                Event::Start(Tag::CodeBlock(kind)) => {
                    let lang = match kind {
                        CodeBlockKind::Fenced(info) => info.trim().to_ascii_lowercase(),
                        CodeBlockKind::Indented => String::new(),
                    };
                    code = Some((lang, String::new(), range.start));
                }
                Event::Text(t) if code.is_some() => {
                    if let Some((_, body, _)) = code.as_mut() {
                        body.push_str(&t);
                    }
                }
                Event::End(TagEnd::CodeBlock) => {
                    if let Some((lang, body, start)) = code.take() {
                        self.code_block(lang, body, start);
                    }
                }
                Event::Start(Tag::HtmlBlock) => html = Some((String::new(), range.start)),
                Event::Html(t) if html.is_some() => {
                    if let Some((body, _)) = html.as_mut() {
                        body.push_str(&t);
                    }
                }
                Event::End(TagEnd::HtmlBlock) => {
                    if let Some((body, start)) = html.take() {
                        self.comments(&body, start);
                    }
                }
                Event::InlineHtml(t) | Event::Html(t) => {
                    self.comments(&t, range.start);
                }
                Event::Start(Tag::Table(_)) => {
                    table = Some(Table {
                        header: Vec::new(),
                        rows: Vec::new(),
                    });
                }
                Event::End(TagEnd::TableHead) => {
                    if let Some(t) = table.as_mut() {
                        t.header = std::mem::take(&mut row);
                    }
                }
                Event::End(TagEnd::TableRow) => {
                    if let Some(t) = table.as_mut() {
                        t.rows.push(std::mem::take(&mut row));
                    }
                }
                Event::End(TagEnd::Table) => {
                    if let Some(t) = table.take() {
                        let location = t
                            .header
                            .first()
                            .map(|c| c.location.clone())
                            .unwrap_or_else(|| self.source.location(range.start));
                        self.push(location, BlockKind::Table(t));
                    }
                }
                Event::Start(Tag::TableCell)
                | Event::Start(Tag::Heading { .. })
                | Event::Start(Tag::Paragraph) => {
                    gather = Some(Gather::new(&mut spare, &range));
                }
                Event::Start(Tag::Item) => {
                    list_depth += 1;
                    gather = Some(Gather::new(&mut spare, &range));
                }
                Event::End(TagEnd::TableCell) => {
                    if let Some(g) = gather.take() {
                        row.push(self.cell(&g));
                        spare = g.text;
                    }
                }
                Event::End(TagEnd::Heading(level)) => {
                    if let Some(g) = gather.take() {
                        self.heading(level as u8, &g);
                        spare = g.text;
                    }
                }
                Event::End(TagEnd::Paragraph) => {
                    if let Some(g) = gather.take() {
                        self.paragraph(&g);
                        spare = g.text;
                    }
                }
                Event::End(TagEnd::Item) => {
                    list_depth = list_depth.saturating_sub(1);
                    if let Some(g) = gather.take() {
                        self.paragraph(&g);
                        spare = g.text;
                    }
                }
                Event::Start(Tag::List(_)) if list_depth > 0 => {
                    // A nested list ends the text of the item that holds it. The item's range
                    // covers its nested lists too: cut it where this list starts, or each level
                    // would copy the source of every level below it (quadratic in the depth).
                    if let Some(mut g) = gather.take() {
                        g.range.end = g.range.end.min(range.start).max(g.range.start);
                        self.paragraph(&g);
                        spare = g.text;
                    }
                }
                Event::Text(t) | Event::Code(t) => {
                    if let Some(g) = gather.as_mut() {
                        g.text.push_str(&t);
                    }
                }
                Event::SoftBreak | Event::HardBreak => {
                    if let Some(g) = gather.as_mut() {
                        g.text.push('\n');
                    }
                }
                _ => {}
            }
        }
        front_matter
    }

    fn push(&mut self, location: Location, kind: BlockKind) {
        // An annotation binds only to a code block that directly follows it.
        if let Some(annotation) = self.pending.take() {
            let location = annotation.location.clone();
            self.blocks.push(Block {
                location,
                kind: BlockKind::Annotation(annotation),
            });
        }
        self.blocks.push(Block { location, kind });
    }

    /// The page's text in `range`, borrowed from the page rather than the reader, so that
    /// blocks can be pushed while it is read.
    fn raw(&self, range: &Range<usize>) -> &'s str {
        self.source.text.get(range.clone()).unwrap_or("")
    }

    fn front_matter(&mut self, yaml: &str, start: usize) -> FrontMatter {
        let location_of = |key: &str| {
            let offset = yaml
                .lines()
                .scan(0usize, |pos, line| {
                    let here = *pos;
                    *pos += line.len() + 1;
                    Some((here, line))
                })
                .find(|(_, line)| {
                    line.starts_with(key) && line[key.len()..].trim_start().starts_with(':')
                })
                .map_or(0, |(here, _)| here);
            self.source.location(start + offset)
        };
        let mapping: serde_yaml::Mapping = match serde_yaml::from_str(yaml) {
            Ok(mapping) => mapping,
            Err(error) => return self.front_matter_by_line(yaml, start, &error),
        };
        let fields = mapping
            .into_iter()
            .filter_map(|(key, value)| {
                let key = key.as_str()?.to_string();
                let value = yaml_text(value);
                let location = location_of(&key);
                Some(Field {
                    key,
                    value,
                    location,
                })
            })
            .collect();
        FrontMatter { fields }
    }

    /// Front matter YAML rejects (`description: "A quote".` on one line): each top-level
    /// `key: value` line is read as YAML of its own, so one bad line costs only its own key.
    /// Indented lines continue the key above them. Nothing readable: D001, as before; else
    /// D040 at each line left out.
    fn front_matter_by_line(
        &mut self,
        yaml: &str,
        start: usize,
        error: &serde_yaml::Error,
    ) -> FrontMatter {
        let mut fields = Vec::new();
        let mut bad = Vec::new();
        let mut offset = start;
        let lines: Vec<&str> = yaml.split_inclusive('\n').collect();
        let mut i = 0;
        while i < lines.len() {
            let line_start = offset;
            let mut entry = lines[i].to_string();
            offset += lines[i].len();
            i += 1;
            while i < lines.len()
                && lines[i].starts_with([' ', '\t'])
                && !lines[i].trim().is_empty()
            {
                entry.push_str(lines[i]);
                offset += lines[i].len();
                i += 1;
            }
            if entry.trim().is_empty() || entry.trim_start().starts_with('#') {
                continue;
            }
            match serde_yaml::from_str::<serde_yaml::Mapping>(&entry) {
                Ok(mapping) if mapping.len() == 1 => {
                    for (key, value) in mapping {
                        let Some(key) = key.as_str() else { continue };
                        fields.push(Field {
                            key: key.to_string(),
                            value: yaml_text(value),
                            location: self.source.location(line_start),
                        });
                    }
                }
                _ => bad.push((
                    line_start,
                    entry.lines().next().unwrap_or("").trim().to_string(),
                )),
            }
        }
        if fields.is_empty() {
            let line = error.location().map_or(0, |l| l.line().saturating_sub(1));
            let offset: usize = yaml.lines().take(line).map(|l| l.len() + 1).sum();
            self.diagnostics.push(
                diagnostics::FRONT_MATTER,
                self.source.location(start + offset),
                format!("front matter is not valid YAML: {error}"),
            );
            return FrontMatter::default();
        }
        for (offset, line) in bad {
            self.diagnostics.push(
                diagnostics::FRONT_MATTER_LINE,
                self.source.location(offset),
                format!("front matter line `{line}` is not valid YAML; it is left out and the other keys are kept"),
            );
        }
        FrontMatter { fields }
    }

    fn code_block(&mut self, lang: String, mut text: String, start: usize) {
        text.shrink_to_fit();
        // Content starts on the line after the fence.
        let content_start = self
            .raw(&(start..self.source.text.len()))
            .find('\n')
            .map_or(start, |i| start + i + 1);
        let location = self.source.location(content_start);
        let annotation = self.pending.take();
        self.blocks.push(Block {
            location: location.clone(),
            kind: BlockKind::Code(CodeBlock {
                lang,
                text,
                location,
                annotation,
            }),
        });
    }

    /// Finds `<!-- ... -->` comments in HTML text; those holding a JSON object are annotations.
    fn comments(&mut self, html: &str, start: usize) {
        let mut rest = html;
        let mut offset = start;
        while let Some(open) = literal::find(rest, literal!("<!--")) {
            let body_start = open + 4;
            let Some(close) = literal::find(&rest[body_start..], literal!("-->")) else {
                break;
            };
            let body = rest[body_start..body_start + close].trim();
            let location = self.source.location(offset + open);
            if body.starts_with('{')
                && let Some(at) = crate::limits::json_too_deep(body, crate::limits::MAX_JSON_DEPTH)
            {
                let (line, col) = crate::limits::line_col_in(body, at);
                let location = if line == 0 {
                    location
                } else {
                    Location {
                        line: location.line + line,
                        col: col + 1,
                        ..location
                    }
                };
                self.diagnostics.push(
                    diagnostics::JSON_TOO_DEEP,
                    location,
                    format!(
                        "annotation nests deeper than {} levels; it is ignored",
                        crate::limits::MAX_JSON_DEPTH
                    ),
                );
            } else if body.starts_with('{') {
                match json5_value(body) {
                    Ok(serde_json::Value::Object(value)) => {
                        if let Some(previous) = self.pending.take() {
                            let location = previous.location.clone();
                            self.blocks.push(Block {
                                location,
                                kind: BlockKind::Annotation(previous),
                            });
                        }
                        self.pending = Some(Annotation { value, location });
                    }
                    Ok(_) | Err(_) => {
                        let reason = match json5::from_str::<serde_json::Value>(body) {
                            Err(e) => e.to_string(),
                            Ok(_) => "not a JSON object".to_string(),
                        };
                        self.diagnostics.push(
                            diagnostics::BAD_ANNOTATION,
                            location,
                            format!("annotation is not valid JSON ({reason}); it is ignored"),
                        );
                    }
                }
            }
            let consumed = body_start + close + 3;
            rest = &rest[consumed..];
            offset += consumed;
        }
    }

    fn cell(&self, g: &Gather) -> Cell {
        let raw = self
            .raw(&g.range)
            .trim()
            .trim_matches('|')
            .trim()
            .to_string();
        Cell {
            raw,
            text: g.text.trim().to_string(),
            location: self.cell_location(&g.range),
        }
    }

    fn cell_location(&self, range: &Range<usize>) -> Location {
        // Point at the first non-blank character of the cell's content.
        let raw = self.raw(range);
        let skip = raw.len()
            - raw
                .trim_start_matches(|c: char| c == '|' || c.is_whitespace())
                .len();
        self.source.location(range.start + skip)
    }

    fn heading(&mut self, level: u8, g: &Gather) {
        let location = self.source.location(g.range.start);
        let raw = self.raw(&g.range).trim().trim_start_matches('#').trim();
        if let Some((label, tab)) = tab_marker(raw) {
            self.push(location, BlockKind::TabMarker { label, tab });
            return;
        }
        self.push(
            location,
            BlockKind::Heading {
                level,
                text: g.text.trim().to_string(),
            },
        );
    }

    fn paragraph(&mut self, g: &Gather) {
        if g.text.trim().is_empty() {
            return;
        }
        let raw = self.raw(&g.range);
        // The raw text without its include lines (each an include block of its own); borrowed
        // when it has none, as most paragraphs do.
        let mut prose = std::borrow::Cow::Borrowed(raw);
        if literal::contains(raw, literal!("[!INCLUDE")) {
            let mut kept = String::new();
            let mut line_offset = g.range.start;
            for line in raw.split_inclusive('\n') {
                match include(line.trim()) {
                    Some((name, target)) => {
                        let location = self
                            .source
                            .location(line_offset + (line.len() - line.trim_start().len()));
                        self.push(location, BlockKind::Include { name, target });
                    }
                    None => kept.push_str(line),
                }
                line_offset += line.len();
            }
            prose = std::borrow::Cow::Owned(kept);
        }
        if prose.trim().is_empty() {
            return;
        }
        let text: &str = if prose.len() == raw.len() {
            &g.text
        } else {
            &prose
        };
        let location = self.source.location(g.range.start);
        self.push(
            location,
            BlockKind::Paragraph {
                text: text.trim().to_string(),
                raw: prose.trim().to_string(),
            },
        );
    }
}

/// A front matter value as text: strings as they are, null as empty, others in YAML spelling.
fn yaml_text(value: serde_yaml::Value) -> String {
    match value {
        serde_yaml::Value::String(s) => s,
        serde_yaml::Value::Null => String::new(),
        other => serde_yaml::to_string(&other)
            .unwrap_or_default()
            .trim()
            .to_string(),
    }
}

/// Where the front matter is: the byte range of its YAML, and the end of its closing line.
/// It opens on the first line with `---` and closes at the next `---` (or `...`); trailing
/// spaces on either are accepted, as the docs' build does. Unclosed: no front matter.
fn front_matter_span(text: &str) -> Option<(Range<usize>, usize)> {
    let mut lines = text.split_inclusive('\n');
    let first = lines.next()?;
    if first.trim_end() != "---" {
        return None;
    }
    let mut pos = first.len();
    for line in lines {
        let trimmed = line.trim_end();
        if trimmed == "---" || trimmed == "..." {
            return Some((first.len()..pos, pos + line.len()));
        }
        pos += line.len();
    }
    None
}

/// `[HTTP](#tab/http)` → ("HTTP", "http")
fn tab_marker(raw: &str) -> Option<(String, String)> {
    let inner = raw.strip_prefix('[')?;
    let (label, rest) = inner.split_once("](")?;
    let tab = rest.strip_suffix(')')?.strip_prefix("#tab/")?;
    Some((label.to_string(), tab.to_string()))
}

/// `[!INCLUDE [name](target)]` → ("name", "target")
fn include(line: &str) -> Option<(String, String)> {
    let rest = line
        .strip_prefix("[!INCLUDE")?
        .trim_start()
        .strip_prefix('[')?;
    let (name, rest) = rest.split_once("](")?;
    let target = rest.trim_end().strip_suffix(")]")?;
    Some((name.to_string(), target.to_string()))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn parse(text: &str) -> (Page, Diagnostics) {
        let mut diagnostics = Diagnostics::default();
        let page = parse_page(Arc::new(SourceFile::new("t.md", text)), &mut diagnostics);
        (page, diagnostics)
    }

    #[test]
    fn front_matter_fields_have_lines() {
        let (page, _) = parse("---\ntitle: \"A\"\ndoc_type: apiPageType\n---\n# A\n");
        let doc_type = page.front_matter.get("doc_type").expect("doc_type");
        assert_eq!(doc_type.value, "apiPageType");
        assert_eq!(doc_type.location.line, 3);
        assert_eq!(page.title().map(|t| t.0), Some("A"));
    }

    #[test]
    fn json5_values_are_json5s_whichever_reader_takes_them() {
        for text in [
            r#"{"a": 1, "b": [true, null, "x\u00e9\ud83d\ude00"], "c": {"d": -5}}"#,
            r#"{"a": 1, "a": 2, "b": 18446744073709551615, "c": -9223372036854775808}"#,
            // Floats, `-0` and integers past 64 bits are read by json5 (serde_json's
            // default float reading and its `-0` differ from json5's).
            r#"{"f": 0.1, "g": 1e400, "h": -0, "i": 123456789012345678901234567890, "j": 2.5e-3}"#,
            r#"[-0, 1.7976931348623157e308, 5e-324, 0.30000000000000004]"#,
            // JSON5 only: trailing commas, comments, single quotes.
            "{\"a\": 1, // note\n 'b': [2,],}",
            "{\"a\": \"line\u{2028}sep\"}",
        ] {
            assert_eq!(
                json5_value(text).map_err(|e| e.to_string()),
                json5::from_str::<serde_json::Value>(text).map_err(|e| e.to_string()),
                "{text}"
            );
        }
        assert!(json5_value("{\"a\": }").is_err());
        assert_eq!(
            json5_value(r#"{"h": -0}"#).expect("json5")["h"].to_string(),
            "0"
        );
    }

    #[test]
    fn sections_end_at_the_next_heading_of_their_level_or_higher() {
        let (page, _) =
            parse("# T\n\n## HTTP request\n\ntext\n\n### Sub\n\nmore\n\n## Response\n\nlast\n");
        let titles: Vec<(&str, usize)> =
            page.sections().map(|s| (s.title, s.blocks.len())).collect();
        assert_eq!(
            titles,
            vec![("T", 6), ("HTTP request", 3), ("Sub", 1), ("Response", 1)]
        );
        let request = page.section(SectionKind::HttpRequest).expect("section");
        assert_eq!(request.blocks.len(), 3);
        assert!(page.section(SectionKind::Properties).is_none());
    }

    #[test]
    fn annotation_with_trailing_comma_binds_to_next_code_block() {
        let text = "## HTTP Request\n<!-- {\n  \"blockType\": \"request\",\n} -->\n``` http\nGET /me\n```\n";
        let (page, diagnostics) = parse(text);
        assert!(diagnostics.items.is_empty(), "{:?}", diagnostics.items);
        let section = page.section(SectionKind::HttpRequest).expect("section");
        let code = section.code_blocks().next().expect("code");
        assert_eq!(code.lang, "http");
        assert_eq!(code.text, "GET /me\n");
        assert_eq!(code.location.line, 6);
        let annotation = code.annotation.as_ref().expect("annotation");
        assert_eq!(annotation.block_type(), Some("request"));
        assert_eq!(annotation.location.line, 2);
    }

    #[test]
    fn unparsable_annotation_is_a_diagnostic_and_unbound() {
        let (page, diagnostics) = parse("<!-- { \"blockType\": } -->\n```json\n{}\n```\n");
        assert_eq!(diagnostics.items.len(), 1);
        assert_eq!(diagnostics.items[0].code, diagnostics::BAD_ANNOTATION);
        assert!(
            page.code_blocks()
                .next()
                .expect("code")
                .annotation
                .is_none()
        );
    }

    #[test]
    fn annotation_not_directly_before_a_block_stays_unbound() {
        let (page, _) =
            parse("<!-- {\"blockType\": \"request\"} -->\n\nSome text.\n\n```http\nGET /me\n```\n");
        assert!(
            page.code_blocks()
                .next()
                .expect("code")
                .annotation
                .is_none()
        );
        assert!(matches!(page.blocks[0].kind, BlockKind::Annotation(_)));
    }

    #[test]
    fn tables_keep_raw_cells_and_positions() {
        let text = "## Properties\n|Property|Type|Description|\n|:---|:---|:---|\n|id|[entity](entity.md) collection|The id.|\n";
        let (page, _) = parse(text);
        let table = page
            .section(SectionKind::Properties)
            .expect("section")
            .tables()
            .next()
            .expect("table");
        assert_eq!(table.column(|h| h == "type"), Some(1));
        let cell = &table.rows[0][1];
        assert_eq!(cell.raw, "[entity](entity.md) collection");
        assert_eq!(cell.text, "entity collection");
        assert_eq!((cell.location.line, cell.location.col), (4, 5));
    }

    #[test]
    fn one_column_table_without_closing_pipes() {
        let (page, _) = parse("|Member\n|:---\n|a\n|b\n");
        let BlockKind::Table(table) = &page.blocks[0].kind else {
            panic!("not a table")
        };
        let members: Vec<_> = table.rows.iter().map(|r| r[0].text.as_str()).collect();
        assert_eq!(members, ["a", "b"]);
    }

    #[test]
    fn includes_and_tab_markers_are_recognised() {
        let text = "# T\n\n[!INCLUDE [beta-disclaimer](../../includes/beta-disclaimer.md)]\n\n# [HTTP](#tab/http)\n```http\nGET /me\n```\n";
        let (page, _) = parse(text);
        let kinds: Vec<_> = page
            .blocks
            .iter()
            .map(|b| match &b.kind {
                BlockKind::Heading { .. } => "heading",
                BlockKind::Include { name, .. } if name == "beta-disclaimer" => "include",
                BlockKind::TabMarker { tab, .. } if tab == "http" => "tab",
                BlockKind::Code(_) => "code",
                _ => "other",
            })
            .collect();
        assert_eq!(kinds, ["heading", "include", "tab", "code"]);
    }

    #[test]
    fn section_spellings() {
        assert_eq!(
            SectionKind::of_heading("HTTP Request"),
            SectionKind::HttpRequest
        );
        assert_eq!(
            SectionKind::of_heading("HTTP request (to upload a new file)"),
            SectionKind::HttpRequest
        );
        assert_eq!(
            SectionKind::of_heading("Prerequisites"),
            SectionKind::Permissions
        );
        assert_eq!(
            SectionKind::of_heading("JSON Representation"),
            SectionKind::JsonRepresentation
        );
        assert_eq!(
            SectionKind::of_heading("Example 2: with $select"),
            SectionKind::Examples
        );
    }

    #[test]
    fn invalid_yaml_is_a_diagnostic() {
        let (page, diagnostics) = parse("---\ntitle: [unclosed\n---\n# A\n");
        assert!(page.front_matter.fields.is_empty());
        assert_eq!(diagnostics.items[0].code, diagnostics::FRONT_MATTER);
    }
}
