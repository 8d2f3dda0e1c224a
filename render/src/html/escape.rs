//! Escaping for HTML text and double-quoted attribute values.

use std::fmt::{self, Write as _};

/// Text made safe for an HTML text node or a double-quoted attribute value: the five
/// significant characters become references and control characters (other than tab and line
/// breaks, which HTML allows) become U+FFFD, so nothing a profile says can open a tag, close an
/// attribute or start a script.
pub struct Esc<'a>(pub &'a str);

impl fmt::Display for Esc<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        for c in self.0.chars() {
            match c {
                '&' => f.write_str("&amp;")?,
                '<' => f.write_str("&lt;")?,
                '>' => f.write_str("&gt;")?,
                '"' => f.write_str("&quot;")?,
                '\'' => f.write_str("&#39;")?,
                '\t' | '\n' | '\r' => f.write_char(c)?,
                c if c.is_control() => f.write_char('\u{FFFD}')?,
                c => f.write_char(c)?,
            }
        }
        Ok(())
    }
}

/// [`Esc`] for a path or an expression, with a line-break opportunity (`<wbr>`) after each `.`
/// and `/`, so that long paths wrap between their steps rather than inside a name.
pub struct EscPath<'a>(pub &'a str);

impl fmt::Display for EscPath<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        for (i, step) in self.0.split_inclusive(['.', '/']).enumerate() {
            if i > 0 {
                f.write_str("<wbr>")?;
            }
            write!(f, "{}", Esc(step))?;
        }
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::{Esc, EscPath};

    #[test]
    fn markup_and_quotes_become_references() {
        let hostile = r#"<script>alert("x")</script> & 'y' <img src=x onerror=alert(1)>"#;
        assert_eq!(
            Esc(hostile).to_string(),
            "&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; &#39;y&#39; \
             &lt;img src=x onerror=alert(1)&gt;"
        );
    }

    #[test]
    fn references_are_not_decoded_twice_and_controls_are_replaced() {
        assert_eq!(Esc("&lt;b&gt;").to_string(), "&amp;lt;b&amp;gt;");
        assert_eq!(
            Esc("a\u{0}b\u{1b}c\r\nd").to_string(),
            "a\u{FFFD}b\u{FFFD}c\r\nd"
        );
        assert_eq!(Esc("Œuvre — ½ ✓").to_string(), "Œuvre — ½ ✓");
    }

    #[test]
    fn paths_may_wrap_between_steps_only() {
        assert_eq!(EscPath("/a/b<c>").to_string(), "/<wbr>a/<wbr>b&lt;c&gt;");
        assert_eq!(
            EscPath("x.y == \"z\"").to_string(),
            "x.<wbr>y == &quot;z&quot;"
        );
    }
}
