//! The five crontab fields: their ranges and names, and the parsed form of one field
//! (a bitset for evaluation plus the items as written, for `explain` and `warnings`).

/// Static description of one of the five fields.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct FieldSpec {
    /// Name used in error messages and warnings (`minute`, `day of month`, …).
    pub name: &'static str,
    /// Smallest accepted value.
    pub min: u32,
    /// Largest accepted value (7 for day of week: 0 and 7 are both Sunday).
    pub max: u32,
    /// Three-letter names, the first one standing for `name_base`.
    pub names: &'static [&'static str],
    /// Value of `names[0]`.
    pub name_base: u32,
}

const MONTH_NAMES: [&str; 12] = [
    "jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec",
];
const DOW_NAMES: [&str; 7] = ["sun", "mon", "tue", "wed", "thu", "fri", "sat"];

/// Minute of the hour, 0-59.
pub(crate) const MINUTE: FieldSpec = FieldSpec {
    name: "minute",
    min: 0,
    max: 59,
    names: &[],
    name_base: 0,
};
/// Hour of the day, 0-23.
pub(crate) const HOUR: FieldSpec = FieldSpec {
    name: "hour",
    min: 0,
    max: 23,
    names: &[],
    name_base: 0,
};
/// Day of the month, 1-31.
pub(crate) const DOM: FieldSpec = FieldSpec {
    name: "day of month",
    min: 1,
    max: 31,
    names: &[],
    name_base: 0,
};
/// Month, 1-12 or `jan`-`dec`.
pub(crate) const MONTH: FieldSpec = FieldSpec {
    name: "month",
    min: 1,
    max: 12,
    names: &MONTH_NAMES,
    name_base: 1,
};
/// Day of the week, 0-7 (0 and 7 are Sunday) or `sun`-`sat`.
pub(crate) const DOW: FieldSpec = FieldSpec {
    name: "day of week",
    min: 0,
    max: 7,
    names: &DOW_NAMES,
    name_base: 0,
};

/// How an item of a comma list was written.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum ItemKind {
    /// `*` or `*/S`.
    Star,
    /// `N`.
    Single,
    /// `A-B` or `A-B/S`.
    Range,
    /// `N/S`, meaning `N-max/S`.
    OpenStep,
}

/// One item of a field's comma list, resolved to numbers.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct Item {
    pub kind: ItemKind,
    pub lo: u32,
    pub hi: u32,
    /// 1 when no step was written.
    pub step: u32,
}

impl Item {
    /// The values this item selects, in increasing order.
    pub fn values(&self) -> impl Iterator<Item = u32> + '_ {
        // `step` is at least 1 by construction; `max(1)` keeps `step_by` total anyway.
        (self.lo..=self.hi).step_by(self.step.max(1) as usize)
    }
}

/// A parsed field.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct Field {
    /// Bit `v` set when value `v` matches. For day of week, 7 is folded into 0.
    pub bits: u64,
    /// The field as written starts with `*` (cron(8)'s `*_STAR` flags).
    pub star: bool,
    /// The items as written, in order.
    pub items: Vec<Item>,
    /// The field's text as written.
    pub text: String,
}

impl Field {
    /// Does value `v` match?
    #[inline]
    pub fn contains(&self, v: u32) -> bool {
        v < 64 && self.bits & (1u64 << v) != 0
    }

    /// Smallest matching value `>= v`, if any.
    #[inline]
    pub fn next_from(&self, v: u32) -> Option<u32> {
        if v >= 64 {
            return None;
        }
        let rest = self.bits >> v;
        if rest == 0 {
            None
        } else {
            Some(v + rest.trailing_zeros())
        }
    }

    /// Matching values in increasing order.
    pub fn values(&self) -> impl Iterator<Item = u32> + '_ {
        (0u32..64).filter(|v| self.contains(*v))
    }

    /// Number of matching values.
    pub fn count(&self) -> u32 {
        self.bits.count_ones()
    }

    /// The field is exactly `*` (every value, no step).
    pub fn is_every(&self) -> bool {
        matches!(
            self.items.as_slice(),
            [Item {
                kind: ItemKind::Star,
                step: 1,
                ..
            }]
        )
    }
}

/// Bitset with the values `lo..=hi` stepping by `step` (day of week: 7 folded into 0).
pub(crate) fn item_bits(item: &Item, fold_seven: bool) -> u64 {
    let mut bits = 0u64;
    for v in item.values() {
        let v = if fold_seven && v == 7 { 0 } else { v };
        if v < 64 {
            bits |= 1u64 << v;
        }
    }
    bits
}
