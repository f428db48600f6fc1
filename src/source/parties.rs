//! The parties of a note's responsibility model: the built-in ones from
//! `vocab::PARTIES` and those the note's front matter names. "You" in a
//! note is its reader, written the way the note names that party ("The
//! customer" in notes about the cloud model), so no card answers "You".

use super::vocab::{PARTIES, PARTY_FOLLOWERS};

#[derive(Debug, Clone)]
struct Party {
    /// How notes write the party, lower case.
    phrase: String,
    /// How a card names it.
    answer: String,
    plural: bool,
}

#[derive(Debug, Clone, Default)]
pub struct Parties {
    /// Longest phrase first, so "the customer" wins over "customer".
    list: Vec<Party>,
}

impl Parties {
    /// A heading, lead or column header that names a party and its duties:
    /// "AWS manages", "Customer responsibilities", "What AWS is responsible
    /// for (examples)" → (party, verb in the third person).
    pub fn heading(&self, h: &str) -> Option<(String, String)> {
        let mut t = h.trim().trim_end_matches([':', '.']).trim();
        if let Some(open) = t.rfind(" (").filter(|_| t.ends_with(')')) {
            t = t[..open].trim();
        }
        for lead in ["What ", "Things ", "What's "] {
            t = t.strip_prefix(lead).unwrap_or(t);
        }
        if let Some(p) = self.name(t) {
            return Some((p.to_string(), "is responsible for".into()));
        }
        let (p, _, rest) = self.prefix(t)?;
        let rest = rest.to_lowercase();
        let verb = match rest.as_str() {
            "manages" | "manage" => "manages",
            "handles" | "handle" => "handles",
            "secures" | "secure" => "secures",
            "responsibilities"
            | "responsibility"
            | "is responsible for"
            | "are responsible for"
            | "responsible"
            | "duty"
            | "duties"
            | "tasks"
            | "task"
            | "role" => "is responsible for",
            "owns" | "own" => "owns",
            "does" | "do" => "does",
            _ => return None,
        };
        Some((p.to_string(), verb.into()))
    }

    /// `extra`: parties named by the front matter; `reader`: how to name
    /// "you" (else "The customer" when the note speaks of a customer).
    pub fn new(extra: &[String], reader: Option<&str>, customer_named: bool) -> Self {
        let reader = match reader {
            Some(r) if !r.trim().is_empty() => super::text::capitalise(r.trim()),
            _ if customer_named => "The customer".to_string(),
            _ => "You".to_string(),
        };
        let mut list: Vec<Party> = PARTIES
            .iter()
            .map(|(phrase, answer, plural)| Party {
                phrase: phrase.to_string(),
                answer: if *answer == "You" {
                    reader.clone()
                } else {
                    answer.to_string()
                },
                plural: *plural,
            })
            .collect();
        for name in extra {
            let name = name.trim();
            if name.is_empty() {
                continue;
            }
            let answer = super::text::capitalise(name);
            let bare = name.strip_prefix("the ").unwrap_or(name);
            for phrase in [name, bare] {
                list.push(Party {
                    phrase: phrase.to_lowercase(),
                    answer: answer.clone(),
                    plural: false,
                });
            }
        }
        list.sort_by_key(|p| std::cmp::Reverse(p.phrase.len()));
        list.dedup_by(|a, b| a.phrase == b.phrase);
        Parties { list }
    }

    /// The parties without the reader: in notes that are not about who is
    /// responsible for what, "you" is whoever reads them, and a card that
    /// answers "You" teaches nothing.
    pub fn without_reader(mut self) -> Self {
        self.list.retain(|p| p.phrase != "you");
        self
    }

    /// A party named at the start of `s`: (answer, plural, rest of `s`).
    pub fn prefix<'a>(&'a self, s: &'a str) -> Option<(&'a str, bool, &'a str)> {
        for p in &self.list {
            let Some(head) = s.get(..p.phrase.len()) else {
                continue;
            };
            if !head.eq_ignore_ascii_case(&p.phrase) {
                continue;
            }
            let rest = &s[p.phrase.len()..];
            let boundary = rest.is_empty()
                || rest.starts_with(|c: char| {
                    !c.is_alphanumeric() && c != '\'' && c != '’' && c != '-'
                });
            if !boundary {
                continue;
            }
            let rest = rest.trim_start();
            if names_a_product(rest) {
                continue;
            }
            return Some((p.answer.as_str(), p.plural, rest));
        }
        None
    }

    /// The party a whole phrase names ("AWS", "Customer", "You"), if any.
    pub fn name<'a>(&'a self, s: &'a str) -> Option<&'a str> {
        let t = s.trim().trim_end_matches(['.', ':', '!']);
        self.prefix(t)
            .filter(|(_, _, rest)| rest.is_empty())
            .map(|(a, _, _)| a)
    }

    /// A party in the possessive at the start of `s` ("the customer's …"):
    /// (answer, what follows the possessive).
    pub fn possessive<'a>(&'a self, s: &'a str) -> Option<(&'a str, &'a str)> {
        for p in &self.list {
            let Some(head) = s.get(..p.phrase.len()) else {
                continue;
            };
            if !head.eq_ignore_ascii_case(&p.phrase) {
                continue;
            }
            let rest = &s[p.phrase.len()..];
            for poss in ["'s", "’s", "'", "’"] {
                if let Some(r) = rest.strip_prefix(poss) {
                    return Some((p.answer.as_str(), r.trim_start()));
                }
            }
        }
        None
    }

    /// "AWS-managed …" at the start of `s`: (answer, what follows).
    pub fn managed<'a>(&'a self, s: &'a str) -> Option<(&'a str, &'a str)> {
        self.list.iter().find_map(|p| {
            let head = s.get(..p.phrase.len())?;
            if !head.eq_ignore_ascii_case(&p.phrase) {
                return None;
            }
            let rest = s[p.phrase.len()..].strip_prefix("-managed")?;
            Some((p.answer.as_str(), rest))
        })
    }

    /// Whether answers naming this party take a plural verb.
    pub fn plural(&self, answer: &str) -> bool {
        answer == "You" || answer.starts_with("Both")
    }
}

/// How a party is named inside a question ("what does the customer manage?").
pub fn in_question(answer: &str) -> String {
    match answer {
        "You" => "you".into(),
        a if a.starts_with("The ") || a.starts_with("Both") => {
            let mut c = a.chars();
            c.next()
                .map(|f| f.to_lowercase().collect::<String>() + c.as_str())
                .unwrap_or_default()
        }
        other => other.to_string(),
    }
}

/// Whether the words after a party name make it part of a product name
/// ("AWS Lambda", "Amazon EC2") rather than the party itself.
fn names_a_product(rest: &str) -> bool {
    let next = rest
        .split(|c: char| !c.is_alphanumeric())
        .next()
        .unwrap_or("");
    next.chars()
        .next()
        .is_some_and(|c| c.is_uppercase() || c.is_ascii_digit())
        && !PARTY_FOLLOWERS.contains(&next.to_ascii_lowercase().as_str())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn you_is_the_customer_when_the_note_names_one() {
        let p = Parties::new(&[], None, true);
        assert_eq!(p.name("You"), Some("The customer"));
        assert_eq!(Parties::new(&[], None, false).name("you"), Some("You"));
        assert_eq!(
            Parties::new(&[], Some("the developer"), true).name("YOU"),
            Some("The developer")
        );
    }

    #[test]
    fn front_matter_adds_parties() {
        let p = Parties::new(&["the tenant".into(), "Microsoft".into()], None, false);
        assert_eq!(p.name("Tenant"), Some("The tenant"));
        assert_eq!(
            p.prefix("Microsoft patches the host").unwrap().2,
            "patches the host"
        );
        // A product name is not the party.
        assert!(p.prefix("AWS Lambda runs code").is_none());
        assert_eq!(p.prefix("AWS Manages").unwrap().0, "AWS");
    }
}
