//! Mapping parser errors to CPython 3.12's SyntaxError messages and positions, and the target
//! checks CPython's grammar does (rustpython-parser accepts some invalid targets).

use super::ast::{self, span, Expr, LexicalErrorType, ParseError, ParseErrorType, Stmt, Tok};
use super::codegen::expr_kind_name;
use super::error::{CompileError, CompileErrorKind, LineIndex};
use super::Mode;

fn err(
    lines: &LineIndex,
    filename: &str,
    kind: CompileErrorKind,
    msg: impl Into<String>,
    start: usize,
    end: usize,
) -> CompileError {
    lines.error(kind, msg, filename, start, end)
}

pub(crate) fn convert(
    e: ParseError,
    lines: &LineIndex,
    filename: &str,
    _mode: Mode,
) -> CompileError {
    let off = e.offset.to_usize().min(lines.source.len());
    let syn = CompileErrorKind::SyntaxError;
    if let Some(x) = bad_number(lines, filename, off) {
        return x;
    }
    match &e.error {
        ParseErrorType::Eof => {
            if let Some(x) = unclosed_bracket(lines, filename) {
                return x;
            }
            if try_without_handler(lines, off) {
                return err(
                    lines,
                    filename,
                    syn,
                    "expected 'except' or 'finally' block",
                    off,
                    off,
                );
            }
            err(lines, filename, syn, "invalid syntax", off, off)
        }
        ParseErrorType::ExtraToken(_) | ParseErrorType::InvalidToken => {
            if let Some(x) = unclosed_bracket_or_string_only(lines, filename) {
                return x;
            }
            err(lines, filename, syn, "invalid syntax", off, off)
        }
        ParseErrorType::UnrecognizedToken(tok, expected) => {
            unrecognized(lines, filename, tok, expected.as_deref(), off)
        }
        ParseErrorType::Lexical(lex) => lexical(lines, filename, lex, off),
    }
}

fn unrecognized(
    lines: &LineIndex,
    filename: &str,
    tok: &Tok,
    expected: Option<&str>,
    off: usize,
) -> CompileError {
    let syn = CompileErrorKind::SyntaxError;
    if let Some(x) = unclosed_bracket_or_string_only(lines, filename) {
        return x;
    }
    // `except*:` with no exception type
    let (el, _) = lines.line_col(off);
    if let Some(text) = lines.line_text(el) {
        if let Some(rest) = text.trim().strip_prefix("except") {
            if let Some(r) = rest.trim_start().strip_prefix('*') {
                if r.trim_start().starts_with(':') {
                    return err(
                        lines,
                        filename,
                        syn,
                        "expected one or more exception types",
                        off,
                        off,
                    );
                }
            }
        }
        // `except` and `except*` clauses mixed on one `try`
        if let Some(kind) = except_kind(text) {
            let indent = text.len() - text.trim_start().len();
            let mut l = el;
            while l > 1 {
                l -= 1;
                let Some(prev) = lines.line_text(l) else {
                    break;
                };
                let pt = prev.trim_start();
                if pt.is_empty() || prev.len() - pt.len() != indent {
                    continue;
                }
                if pt.starts_with("try") {
                    break;
                }
                if let Some(k) = except_kind(prev) {
                    if k != kind {
                        return err(
                            lines,
                            filename,
                            syn,
                            "cannot have both 'except' and 'except*' on the same 'try'",
                            off,
                            off,
                        );
                    }
                }
            }
        }
    }
    match tok {
        Tok::Indent => {
            // CPython reports the column of the last indentation character.
            let (l, _) = lines.line_col(off);
            let text = lines.line_text(l).unwrap_or("");
            let ind = text.len() - text.trim_start().len();
            let line_start = off - lines.line_col(off).1 as usize;
            let at = line_start + ind.saturating_sub(1);
            return err(
                lines,
                filename,
                CompileErrorKind::IndentationError,
                "unexpected indent",
                at,
                at,
            );
        }
        Tok::EndOfFile => {
            if let Some(x) = unclosed_bracket(lines, filename) {
                return x;
            }
        }
        _ => {}
    }
    // "expected an indented block after 'if' statement on line N"
    if matches!(tok, Tok::Dedent | Tok::EndOfFile) || is_start_of_line(lines, off) {
        if let Some(x) = expected_indent(lines, filename, off) {
            return x;
        }
        if try_without_handler(lines, off) {
            return err(
                lines,
                filename,
                syn,
                "expected 'except' or 'finally' block",
                off,
                off,
            );
        }
    }
    {
        let (l, bcol) = lines.line_col(off);
        let text = lines.line_text(l).unwrap_or("");
        let line_start = off - bcol as usize;
        let before = text.get(..bcol as usize).unwrap_or("");
        // `yield = 3`
        if matches!(tok, Tok::Equal) && before.trim() == "yield" {
            let at = line_start + (before.len() - before.trim_start().len());
            return err(
                lines,
                filename,
                syn,
                "assignment to yield expression not possible",
                at,
                at + 5,
            );
        }
        // `(a.b := 1)`: an assignment expression needs a plain name
        if matches!(tok, Tok::ColonEqual) {
            if let Some((a, what)) = walrus_target(before) {
                let end = before.trim_end().len();
                return err(
                    lines,
                    filename,
                    syn,
                    format!("cannot use assignment expressions with {what}"),
                    line_start + a,
                    line_start + end,
                );
            }
        }
    }
    if let Some(exp) = expected {
        let e = exp.trim_matches('"');
        if e == ":" || e == "'('" || e == "(" || e == "':'" {
            let t = e.trim_matches('\'');
            // CPython points at the token before which the colon/paren was expected.
            return err(lines, filename, syn, format!("expected '{t}'"), off, off);
        }
    }
    // A compound statement header without its colon / a def without its parameter list.
    {
        let (l, bcol) = lines.line_col(off);
        let text = lines.line_text(l).unwrap_or("");
        let t = text.trim_start();
        let kw: String = t
            .chars()
            .take_while(|c| c.is_alphanumeric() || *c == '_')
            .collect();
        let before = text.get(..bcol as usize).unwrap_or("").trim_end();
        if kw == "def" && before.split_whitespace().count() == 2 && !before.contains('(') {
            return err(lines, filename, syn, "expected '('", off, off + 1);
        }
        let header = [
            "class", "def", "if", "elif", "else", "while", "for", "with", "try", "except",
            "finally",
        ];
        if header.contains(&kw.as_str()) && matches!(tok, Tok::Newline) && !before.ends_with(':') {
            return err(lines, filename, syn, "expected ':'", off, off + 1);
        }
    }
    // Python 2 style print/exec statements.
    let (l, _) = lines.line_col(off);
    let text = lines.line_text(l).unwrap_or("");
    let t = text.trim_start();
    for kw in ["print", "exec"] {
        if let Some(rest) = t.strip_prefix(kw) {
            if rest.starts_with(' ') && !rest.trim_start().starts_with(['(', '=', '.', '[']) {
                let ind = text.len() - t.len();
                let line_start = off - lines.line_col(off).1 as usize;
                let at = line_start + ind;
                return err(
                    lines,
                    filename,
                    syn,
                    format!("Missing parentheses in call to '{kw}'. Did you mean {kw}(...)?"),
                    at,
                    at + text.len() - ind,
                );
            }
        }
    }
    let tok_len = token_len(lines, off);
    err(lines, filename, syn, "invalid syntax", off, off + tok_len)
}

/// Unterminated strings and bracket errors take precedence over "invalid syntax".
fn unclosed_bracket_or_string_only(lines: &LineIndex, filename: &str) -> Option<CompileError> {
    let (br, st) = scan(lines.source);
    if let Some(x) = unterminated_string(lines, filename, st) {
        return Some(x);
    }
    match br {
        Some((msg, at)) if !msg.ends_with("was never closed") => Some(err(
            lines,
            filename,
            CompileErrorKind::SyntaxError,
            msg,
            at,
            at + 1,
        )),
        _ => None,
    }
}

fn token_len(lines: &LineIndex, off: usize) -> usize {
    let rest = lines.source.get(off..).unwrap_or("");
    let n = rest
        .char_indices()
        .take_while(|(_, c)| c.is_alphanumeric() || *c == '_')
        .last()
        .map(|(i, c)| i + c.len_utf8())
        .unwrap_or(0);
    n.max(rest.chars().next().map_or(0, |c| c.len_utf8()))
}

fn is_start_of_line(lines: &LineIndex, off: usize) -> bool {
    let (line, col) = lines.line_col(off);
    let text = lines.line_text(line).unwrap_or("");
    text.get(..col as usize)
        .is_some_and(|s| s.trim().is_empty())
}

/// If the previous non-blank line ends a compound-statement header, CPython reports a missing
/// indented block.
fn expected_indent(lines: &LineIndex, filename: &str, off: usize) -> Option<CompileError> {
    let (line, _) = lines.line_col(off);
    let mut l = line.saturating_sub(1);
    let cur_indent = lines
        .line_text(line)
        .map(|t| t.len() - t.trim_start().len())
        .unwrap_or(0);
    while l >= 1 {
        let t = lines.line_text(l)?;
        let tt = t.trim();
        if tt.is_empty() || tt.starts_with('#') {
            l -= 1;
            continue;
        }
        if !tt.ends_with(':') {
            return None;
        }
        let indent = t.len() - t.trim_start().len();
        if cur_indent > indent && lines.line_text(line).is_some_and(|x| !x.trim().is_empty()) {
            return None;
        }
        let word: String = tt
            .chars()
            .take_while(|c| c.is_alphanumeric() || *c == '_')
            .collect();
        let what = match word.as_str() {
            "if" => "'if' statement".to_string(),
            "elif" => "'elif' statement".to_string(),
            "else" => "'else' statement".to_string(),
            "while" => "'while' statement".to_string(),
            "for" => "'for' statement".to_string(),
            "try" => "'try' statement".to_string(),
            "except" => {
                if tt.starts_with("except*") || tt.starts_with("except *") {
                    "'except*' statement".to_string()
                } else {
                    "'except' statement".to_string()
                }
            }
            "finally" => "'finally' statement".to_string(),
            "with" => "'with' statement".to_string(),
            "def" => "function definition".to_string(),
            "class" => "class definition".to_string(),
            "match" => "'match' statement".to_string(),
            "case" => "'case' statement".to_string(),
            "async" => {
                let rest = tt[5..].trim_start();
                if rest.starts_with("def") {
                    "function definition".to_string()
                } else if rest.starts_with("for") {
                    "'for' statement".to_string()
                } else {
                    "'with' statement".to_string()
                }
            }
            _ => return None,
        };
        let msg = format!("expected an indented block after {what} on line {l}");
        // CPython points at the start of the offending line's first token.
        let (tl, _) = lines.line_col(off);
        let text = lines.line_text(tl).unwrap_or("");
        let ind = text.len() - text.trim_start().len();
        let start = off - (lines.line_col(off).1 as usize) + ind;
        let start = if text.trim().is_empty() { off } else { start };
        let tl2 = token_len(lines, start);
        return Some(err(
            lines,
            filename,
            CompileErrorKind::IndentationError,
            msg,
            start,
            start + tl2,
        ));
    }
    None
}

/// Scans the source for string literals and brackets the way the tokenizer does. Returns the
/// first bracket error (unmatched/mismatched closer, or the innermost unclosed opener) and the
/// first unterminated string literal (start offset, is_triple).
type ScanResult = (Option<(String, usize)>, Option<(usize, bool)>);

fn scan(src: &str) -> ScanResult {
    let b = src.as_bytes();
    let mut stack: Vec<usize> = Vec::new();
    let mut i = 0;
    while i < b.len() {
        let c = b[i];
        match c {
            b'#' => {
                while i < b.len() && b[i] != b'\n' {
                    i += 1;
                }
                continue;
            }
            b'\\' => {
                i += 2;
                continue;
            }
            b'\'' | b'"' => {
                let start = i;
                // A prefix (r, b, f, u, combinations) directly before belongs to the literal.
                let mut p = start;
                while p > 0 && (b[p - 1] as char).is_ascii_alphabetic() && start - p < 2 {
                    p -= 1;
                }
                let triple = i + 2 < b.len() && b[i + 1] == c && b[i + 2] == c;
                if triple {
                    i += 3;
                    loop {
                        if i + 2 >= b.len() {
                            return (None, Some((p, true)));
                        }
                        if b[i] == c && b[i + 1] == c && b[i + 2] == c {
                            i += 3;
                            break;
                        }
                        if b[i] == b'\\' {
                            i += 1;
                        }
                        i += 1;
                    }
                } else {
                    i += 1;
                    loop {
                        if i >= b.len() || b[i] == b'\n' || b[i] == b'\r' {
                            return (None, Some((p, false)));
                        }
                        if b[i] == c {
                            i += 1;
                            break;
                        }
                        if b[i] == b'\\' {
                            i += 1;
                            if i < b.len() && b[i] == b'\r' && i + 1 < b.len() && b[i + 1] == b'\n'
                            {
                                i += 1;
                            }
                        }
                        i += 1;
                    }
                }
                continue;
            }
            b'(' | b'[' | b'{' => stack.push(i),
            b')' | b']' | b'}' => {
                let close = c as char;
                match stack.pop() {
                    None => return (Some((format!("unmatched '{close}'"), i)), None),
                    Some(o) => {
                        let open = b[o] as char;
                        let want = match open {
                            '(' => ')',
                            '[' => ']',
                            _ => '}',
                        };
                        if want != close {
                            return (
                                Some((
                                    format!(
                                        "closing parenthesis '{close}' does not match opening parenthesis '{open}'"
                                    ),
                                    i,
                                )),
                                None,
                            );
                        }
                    }
                }
            }
            _ => {}
        }
        i += 1;
    }
    match stack.last() {
        Some(&o) => (
            Some((format!("'{}' was never closed", b[o] as char), o)),
            None,
        ),
        None => (None, None),
    }
}

/// Bracket errors: "'(' was never closed", "unmatched ')'".
fn unclosed_bracket(lines: &LineIndex, filename: &str) -> Option<CompileError> {
    let (br, st) = scan(lines.source);
    if let Some(x) = unterminated_string(lines, filename, st) {
        return Some(x);
    }
    let (msg, at) = br?;
    Some(err(
        lines,
        filename,
        CompileErrorKind::SyntaxError,
        msg,
        at,
        at + 1,
    ))
}

fn unterminated_string(
    lines: &LineIndex,
    filename: &str,
    st: Option<(usize, bool)>,
) -> Option<CompileError> {
    let (at, triple) = st?;
    let msg = if triple {
        let last = lines.line_col(lines.source.len()).0;
        format!("unterminated triple-quoted string literal (detected at line {last})")
    } else {
        let (l, _) = lines.line_col(at);
        format!("unterminated string literal (detected at line {l})")
    };
    Some(err(
        lines,
        filename,
        CompileErrorKind::SyntaxError,
        msg,
        at,
        at + 1,
    ))
}

fn skip_ws(lines: &LineIndex, off: usize) -> usize {
    let rest = lines.source.get(off..).unwrap_or("");
    off + (rest.len() - rest.trim_start_matches([' ', '\t', ',']).len())
}

fn lexical(lines: &LineIndex, filename: &str, lex: &LexicalErrorType, off: usize) -> CompileError {
    let syn = CompileErrorKind::SyntaxError;
    match lex {
        LexicalErrorType::IndentationError => {
            // CPython points just past the end of the offending line.
            let (l, _) = lines.line_col(off);
            let text = lines.line_text(l).unwrap_or("");
            let start = off - lines.line_col(off).1 as usize;
            let end = start + text.len();
            err(
                lines,
                filename,
                CompileErrorKind::IndentationError,
                "unindent does not match any outer indentation level",
                end,
                end,
            )
        }
        LexicalErrorType::TabError | LexicalErrorType::TabsAfterSpaces => err(
            lines,
            filename,
            CompileErrorKind::TabError,
            "inconsistent use of tabs and spaces in indentation",
            off,
            off,
        ),
        LexicalErrorType::DefaultArgumentError => err(
            lines,
            filename,
            syn,
            "parameter without a default follows parameter with a default",
            off,
            off,
        ),
        LexicalErrorType::DuplicateArgumentError(name) => err(
            lines,
            filename,
            syn,
            format!("duplicate argument '{name}' in function definition"),
            off,
            off,
        ),
        LexicalErrorType::PositionalArgumentError => {
            let o = skip_ws(lines, off);
            let o = o + token_len(lines, o);
            err(
                lines,
                filename,
                syn,
                "positional argument follows keyword argument",
                o,
                o,
            )
        }
        LexicalErrorType::UnpackedArgumentError => err(
            lines,
            filename,
            syn,
            "iterable argument unpacking follows keyword argument unpacking",
            off,
            off,
        ),
        LexicalErrorType::DuplicateKeywordArgumentError(name) => err(
            lines,
            filename,
            syn,
            format!("keyword argument repeated: {name}"),
            off,
            off,
        ),
        LexicalErrorType::NestingError => {
            if let Some(x) = unclosed_bracket(lines, filename) {
                return x;
            }
            err(lines, filename, syn, "unmatched ')'", off, off)
        }
        LexicalErrorType::Eof => {
            if let Some(x) = unclosed_bracket(lines, filename) {
                return x;
            }
            err(
                lines,
                filename,
                syn,
                "unexpected EOF while parsing",
                off,
                off,
            )
        }
        LexicalErrorType::StringError | LexicalErrorType::UnicodeError => {
            if let Some(x) = unterminated_string(lines, filename, scan(lines.source).1) {
                return x;
            }
            err(lines, filename, syn, "invalid string literal", off, off)
        }
        LexicalErrorType::UnrecognizedToken { tok } => {
            let msg = if *tok == '$' || *tok == '?' || *tok == '`' {
                "invalid syntax".to_string()
            } else if !tok.is_ascii() {
                format!("invalid character '{tok}' (U+{:04X})", *tok as u32)
            } else {
                "invalid syntax".to_string()
            };
            err(lines, filename, syn, msg, off, off + tok.len_utf8())
        }
        LexicalErrorType::FStringError(fe) => {
            if matches!(fe, rustpython_parser::FStringErrorType::EmptyExpression) {
                let at = off.saturating_sub(1);
                return err(
                    lines,
                    filename,
                    syn,
                    "f-string: valid expression required before '}'",
                    at,
                    at + 1,
                );
            }
            err(lines, filename, syn, format!("f-string: {fe}"), off, off)
        }
        LexicalErrorType::LineContinuationError => err(
            lines,
            filename,
            syn,
            "unexpected character after line continuation character",
            off,
            off,
        ),
        LexicalErrorType::OtherError(m) => {
            if let Some(x) = unterminated_string(lines, filename, scan(lines.source).1) {
                return x;
            }
            let msg = if m.contains("unterminated string") || m.starts_with("EOL") {
                let (line, _) = lines.line_col(off);
                format!("unterminated string literal (detected at line {line})")
            } else {
                m.clone()
            };
            err(lines, filename, syn, msg, off, off)
        }
    }
}

// ---------------------------------------------------------------- target checks

fn bad_target(
    lines: &LineIndex,
    filename: &str,
    e: &Expr,
    what: &str,
    suffix: &str,
) -> CompileError {
    let (a, b) = span(e);
    err(
        lines,
        filename,
        CompileErrorKind::SyntaxError,
        format!("cannot {what} {}{suffix}", expr_kind_name(e)),
        a,
        b,
    )
}

/// Finds the first invalid node in an assignment target.
fn invalid_target(e: &Expr, del: bool) -> Option<&Expr> {
    match e {
        Expr::Name(_) | Expr::Attribute(_) | Expr::Subscript(_) => None,
        Expr::Tuple(t) => t.elts.iter().find_map(|x| invalid_target(x, del)),
        Expr::List(t) => t.elts.iter().find_map(|x| invalid_target(x, del)),
        Expr::Starred(s) if !del => invalid_target(&s.value, del),
        _ => Some(e),
    }
}

pub(crate) fn check_targets(
    body: &[Stmt],
    _expr: Option<&Expr>,
    lines: &LineIndex,
    filename: &str,
) -> Result<(), CompileError> {
    for s in body {
        check_stmt(s, lines, filename)?;
    }
    Ok(())
}

fn check_stmt(s: &Stmt, lines: &LineIndex, filename: &str) -> Result<(), CompileError> {
    match s {
        Stmt::Assign(a) => {
            for t in &a.targets {
                if let Some(bad) = invalid_target(t, false) {
                    // CPython's `invalid_named_expression`: a single target that is not a
                    // list/tuple/genexp/True/None/False, followed by a bitwise_or value
                    let top = std::ptr::eq(bad, t) && a.targets.len() == 1;
                    let excluded = matches!(
                        bad,
                        Expr::Lambda(_)
                            | Expr::NamedExpr(_)
                            | Expr::GeneratorExp(_)
                            | Expr::Tuple(_)
                            | Expr::List(_)
                    ) || matches!(bad, Expr::Constant(c) if matches!(
                        c.value,
                        ast::Constant::None | ast::Constant::Bool(_)
                    ));
                    let value_ok = !matches!(
                        &*a.value,
                        Expr::Yield(_) | Expr::YieldFrom(_) | Expr::Lambda(_) | Expr::Starred(_)
                    ) && !matches!(&*a.value, Expr::UnaryOp(u) if u.op == ast::UnaryOp::Not);
                    let suffix = if top && !excluded && value_ok {
                        " here. Maybe you meant '==' instead of '='?"
                    } else {
                        ""
                    };
                    return Err(bad_target(lines, filename, bad, "assign to", suffix));
                }
            }
        }
        Stmt::AugAssign(a)
            if !matches!(
                &*a.target,
                Expr::Name(_) | Expr::Attribute(_) | Expr::Subscript(_)
            ) =>
        {
            let (x, y) = span(&*a.target);
            return Err(err(
                lines,
                filename,
                CompileErrorKind::SyntaxError,
                format!(
                    "'{}' is an illegal expression for augmented assignment",
                    expr_kind_name(&a.target)
                ),
                x,
                y,
            ));
        }
        Stmt::Delete(d) => {
            for t in &d.targets {
                if let Some(bad) = invalid_target(t, true) {
                    return Err(bad_target(lines, filename, bad, "delete", ""));
                }
            }
        }
        Stmt::For(f) => {
            if let Some(bad) = invalid_target(&f.target, false) {
                return Err(bad_target(lines, filename, bad, "assign to", ""));
            }
            check_body(&f.body, lines, filename)?;
            check_body(&f.orelse, lines, filename)?;
        }
        Stmt::AsyncFor(f) => {
            if let Some(bad) = invalid_target(&f.target, false) {
                return Err(bad_target(lines, filename, bad, "assign to", ""));
            }
            check_body(&f.body, lines, filename)?;
            check_body(&f.orelse, lines, filename)?;
        }
        Stmt::With(w) => {
            for it in &w.items {
                if let Some(v) = &it.optional_vars {
                    if let Some(bad) = invalid_target(v, false) {
                        return Err(bad_target(lines, filename, bad, "assign to", ""));
                    }
                }
            }
            check_body(&w.body, lines, filename)?;
        }
        Stmt::AsyncWith(w) => check_body(&w.body, lines, filename)?,
        Stmt::FunctionDef(f) => check_body(&f.body, lines, filename)?,
        Stmt::AsyncFunctionDef(f) => check_body(&f.body, lines, filename)?,
        Stmt::ClassDef(c) => check_body(&c.body, lines, filename)?,
        Stmt::While(w) => {
            check_body(&w.body, lines, filename)?;
            check_body(&w.orelse, lines, filename)?;
        }
        Stmt::If(w) => {
            check_body(&w.body, lines, filename)?;
            check_body(&w.orelse, lines, filename)?;
        }
        Stmt::Try(t) => {
            check_body(&t.body, lines, filename)?;
            for h in &t.handlers {
                let ast::ExceptHandler::ExceptHandler(h) = h;
                check_body(&h.body, lines, filename)?;
            }
            check_body(&t.orelse, lines, filename)?;
            check_body(&t.finalbody, lines, filename)?;
        }
        Stmt::TryStar(t) => {
            check_body(&t.body, lines, filename)?;
            for h in &t.handlers {
                let ast::ExceptHandler::ExceptHandler(h) = h;
                check_body(&h.body, lines, filename)?;
            }
            check_body(&t.orelse, lines, filename)?;
            check_body(&t.finalbody, lines, filename)?;
        }
        Stmt::Match(m) => {
            for c in &m.cases {
                check_body(&c.body, lines, filename)?;
            }
        }
        _ => {}
    }
    Ok(())
}

fn check_body(b: &[Stmt], lines: &LineIndex, filename: &str) -> Result<(), CompileError> {
    for s in b {
        check_stmt(s, lines, filename)?;
    }
    Ok(())
}

/// The start (byte column) and kind name of an invalid assignment-expression target that ends
/// `before` (the line text up to `:=`).
fn walrus_target(before: &str) -> Option<(usize, &'static str)> {
    let t = before.trim_end();
    let b = t.as_bytes();
    let mut i = b.len();
    let mut depth = 0i32;
    while i > 0 {
        let c = b[i - 1];
        match c {
            b')' | b']' => depth += 1,
            b'(' | b'[' => {
                if depth == 0 {
                    break;
                }
                depth -= 1;
            }
            _ if depth > 0 => {}
            _ if c.is_ascii_alphanumeric() || c == b'_' || c == b'.' || c >= 0x80 => {}
            _ => break,
        }
        i -= 1;
    }
    let target = &t[i..];
    if target.is_empty() {
        return None;
    }
    let what = if target.ends_with(']') {
        "subscript"
    } else if target.ends_with(')') {
        "function call"
    } else if target.contains('.') {
        "attribute"
    } else {
        return None;
    };
    Some((i, what))
}

/// Whether the block that ends at `off` is a `try:` body without handlers.
/// Some(true) for an `except*` clause line, Some(false) for `except`, None otherwise.
fn except_kind(line: &str) -> Option<bool> {
    let rest = line.trim_start().strip_prefix("except")?;
    if rest.starts_with(|c: char| c.is_alphanumeric() || c == '_') {
        return None;
    }
    Some(rest.trim_start().starts_with('*'))
}

fn try_without_handler(lines: &LineIndex, off: usize) -> bool {
    let (l, _) = lines.line_col(off);
    let mut body_indent: Option<usize> = None;
    let mut line = l;
    while line >= 1 {
        let text = lines.line_text(line).unwrap_or("");
        let t = text.trim_start();
        if !t.is_empty() && !t.starts_with('#') {
            let ind = text.len() - t.len();
            match body_indent {
                None => body_indent = Some(ind),
                Some(bi) if ind < bi => {
                    let kw: String = t
                        .chars()
                        .take_while(|c| c.is_alphanumeric() || *c == '_')
                        .collect();
                    return kw == "try" && t.trim_end().ends_with(':');
                }
                Some(bi) if ind > bi => {}
                Some(_) => {}
            }
        }
        line -= 1;
    }
    false
}

/// A malformed number literal at or before `off` (the tokenizer's errors, which CPython
/// reports before any parser error that follows them).
fn bad_number(lines: &LineIndex, filename: &str, off: usize) -> Option<CompileError> {
    let src = lines.source.as_bytes();
    let syn = CompileErrorKind::SyntaxError;
    let mut i = 0;
    let end = (off + 1).min(src.len());
    while i < end {
        let c = src[i];
        if c == b'#' {
            while i < src.len() && src[i] != b'\n' {
                i += 1;
            }
            continue;
        }
        if c == b'\'' || c == b'"' {
            // skip a string literal (triple-quoted or not)
            let q = c;
            let triple = i + 2 < src.len() && src[i + 1] == q && src[i + 2] == q;
            i += if triple { 3 } else { 1 };
            while i < src.len() {
                if src[i] == b'\\' {
                    i += 2;
                    continue;
                }
                if triple {
                    if i + 2 < src.len() && src[i] == q && src[i + 1] == q && src[i + 2] == q {
                        i += 3;
                        break;
                    }
                } else if src[i] == q || src[i] == b'\n' {
                    i += 1;
                    break;
                }
                i += 1;
            }
            continue;
        }
        if c.is_ascii_alphabetic() || c == b'_' || c >= 0x80 {
            while i < src.len()
                && (src[i].is_ascii_alphanumeric() || src[i] == b'_' || src[i] >= 0x80)
            {
                i += 1;
            }
            continue;
        }
        if c.is_ascii_digit() || (c == b'.' && i + 1 < src.len() && src[i + 1].is_ascii_digit()) {
            let start = i;
            if c == b'0' && i + 1 < src.len() && matches!(src[i + 1] | 0x20, b'x' | b'o' | b'b') {
                let kind = match src[i + 1] | 0x20 {
                    b'x' => "hexadecimal",
                    b'o' => "octal",
                    _ => "binary",
                };
                let ok = |d: u8| match kind {
                    "hexadecimal" => d.is_ascii_hexdigit(),
                    "octal" => (b'0'..=b'7').contains(&d),
                    _ => d == b'0' || d == b'1',
                };
                i += 2;
                let mut ndig = 0;
                while i < src.len() && (ok(src[i]) || src[i] == b'_') {
                    if src[i] == b'_' && !(i + 1 < src.len() && ok(src[i + 1])) {
                        return Some(err(
                            lines,
                            filename,
                            syn,
                            format!("invalid {kind} literal"),
                            i,
                            i,
                        ));
                    }
                    ndig += 1;
                    i += 1;
                }
                if ndig == 0 {
                    return Some(err(
                        lines,
                        filename,
                        syn,
                        format!("invalid {kind} literal"),
                        i - 1,
                        i - 1,
                    ));
                }
                continue;
            }
            let mut j = i;
            while j < src.len() && (src[j].is_ascii_digit() || src[j] == b'_') {
                if src[j] == b'_' && !(j + 1 < src.len() && src[j + 1].is_ascii_digit()) {
                    return Some(err(lines, filename, syn, "invalid decimal literal", j, j));
                }
                j += 1;
            }
            let int_part = &src[start..j];
            let mut is_float = false;
            if j < src.len() && src[j] == b'.' {
                is_float = true;
                j += 1;
                while j < src.len() && (src[j].is_ascii_digit() || src[j] == b'_') {
                    j += 1;
                }
            }
            if j < src.len() && (src[j] | 0x20) == b'e' {
                let mut k = j + 1;
                if k < src.len() && (src[k] == b'+' || src[k] == b'-') {
                    k += 1;
                }
                if !(k < src.len() && src[k].is_ascii_digit()) {
                    return Some(err(
                        lines,
                        filename,
                        syn,
                        "invalid decimal literal",
                        start,
                        start,
                    ));
                }
                is_float = true;
                j = k;
                while j < src.len() && (src[j].is_ascii_digit() || src[j] == b'_') {
                    j += 1;
                }
            }
            if j < src.len() && (src[j] | 0x20) == b'j' {
                is_float = true;
                j += 1;
            }
            if !is_float
                && int_part.len() > 1
                && int_part[0] == b'0'
                && int_part.iter().any(|&d| d != b'0' && d != b'_')
            {
                return Some(err(
                    lines,
                    filename,
                    syn,
                    "leading zeros in decimal integer literals are not permitted; use an 0o prefix for octal integers",
                    start,
                    start + 1,
                ));
            }
            i = j.max(i + 1);
            continue;
        }
        i += 1;
    }
    None
}
