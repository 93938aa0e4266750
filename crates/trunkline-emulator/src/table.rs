//! An insertion-ordered keyed collection with O(1) key lookups and O(log n) access by rank.
//!
//! Every vendor lists its resources in creation order and pages them by offset (Plivo,
//! Vobiz) or by an opaque cursor (Twilio's `PageToken`). [`Table`] serves both without
//! cloning or scanning the collection per page:
//!
//! - entries live in a `Vec` of slots in creation order; a delete leaves a tombstone;
//! - a `HashMap` maps each key to its slot;
//! - a Fenwick tree over the slots counts live entries, so "the n-th live entry" and "how many
//!   live entries come before sequence number s" are O(log n);
//! - tombstones are compacted away once they outnumber live entries.

use std::collections::HashMap;

struct Slot<T> {
    seq: u64,
    entry: Option<(String, T)>,
}

/// Creation-ordered map from string keys to values; see the module docs.
pub(crate) struct Table<T> {
    slots: Vec<Slot<T>>,
    index: HashMap<String, usize>,
    tree: Fenwick,
    live: usize,
    next_seq: u64,
}

impl<T> Default for Table<T> {
    fn default() -> Self {
        Self::new()
    }
}

impl<T> Table<T> {
    /// An empty table.
    pub(crate) fn new() -> Self {
        Self {
            slots: Vec::new(),
            index: HashMap::new(),
            tree: Fenwick::default(),
            live: 0,
            next_seq: 1,
        }
    }

    /// Number of live entries.
    pub(crate) fn len(&self) -> usize {
        self.live
    }

    /// Whether there are no live entries.
    pub(crate) fn is_empty(&self) -> bool {
        self.live == 0
    }

    /// Whether a live entry has this key.
    pub(crate) fn contains(&self, key: &str) -> bool {
        self.index.contains_key(key)
    }

    /// Appends an entry and returns its sequence number. An existing entry with the same key
    /// is replaced in place (it keeps its position).
    pub(crate) fn insert(&mut self, key: String, value: T) -> u64 {
        if let Some(&slot) = self.index.get(&key)
            && let Some(s) = self.slots.get_mut(slot)
        {
            s.entry = Some((key, value));
            return s.seq;
        }
        let seq = self.next_seq;
        self.next_seq += 1;
        self.index.insert(key.clone(), self.slots.len());
        self.slots.push(Slot {
            seq,
            entry: Some((key, value)),
        });
        self.tree.push(true);
        self.live += 1;
        seq
    }

    /// The value stored under `key`.
    pub(crate) fn get(&self, key: &str) -> Option<&T> {
        let slot = *self.index.get(key)?;
        self.slots.get(slot)?.entry.as_ref().map(|(_, v)| v)
    }

    /// The value stored under `key`, mutably.
    pub(crate) fn get_mut(&mut self, key: &str) -> Option<&mut T> {
        let slot = *self.index.get(key)?;
        self.slots.get_mut(slot)?.entry.as_mut().map(|(_, v)| v)
    }

    /// Removes and returns the value stored under `key`.
    pub(crate) fn remove(&mut self, key: &str) -> Option<T> {
        let slot = self.index.remove(key)?;
        let value = self.slots.get_mut(slot)?.entry.take().map(|(_, v)| v)?;
        self.tree.add(slot, -1);
        self.live -= 1;
        let tombstones = self.slots.len() - self.live;
        if tombstones > 64 && tombstones > self.live {
            self.compact();
        }
        Some(value)
    }

    /// Removes every entry.
    pub(crate) fn clear(&mut self) {
        self.slots.clear();
        self.index.clear();
        self.tree = Fenwick::default();
        self.live = 0;
    }

    /// Live values in creation order.
    pub(crate) fn values(&self) -> impl Iterator<Item = &T> {
        self.slots
            .iter()
            .filter_map(|s| s.entry.as_ref().map(|(_, v)| v))
    }

    /// Live values in creation order, mutably.
    pub(crate) fn values_mut(&mut self) -> impl Iterator<Item = &mut T> {
        self.slots
            .iter_mut()
            .filter_map(|s| s.entry.as_mut().map(|(_, v)| v))
    }

    /// Live `(sequence number, value)` pairs starting at the `rank`-th live entry (0-based).
    pub(crate) fn iter_from(&self, rank: usize) -> impl Iterator<Item = (u64, &T)> {
        let start = if rank >= self.live {
            self.slots.len()
        } else {
            self.tree.find_kth(rank)
        };
        self.slots
            .get(start..)
            .unwrap_or_default()
            .iter()
            .filter_map(|s| s.entry.as_ref().map(|(_, v)| (s.seq, v)))
    }

    /// Number of live entries whose sequence number is `<= seq`.
    pub(crate) fn rank_through(&self, seq: u64) -> usize {
        let slot = self.slots.partition_point(|s| s.seq <= seq);
        self.tree.prefix(slot)
    }

    /// Number of live entries whose sequence number is `< seq`.
    pub(crate) fn rank_before(&self, seq: u64) -> usize {
        let slot = self.slots.partition_point(|s| s.seq < seq);
        self.tree.prefix(slot)
    }

    fn compact(&mut self) {
        let old = std::mem::take(&mut self.slots);
        self.index.clear();
        self.tree = Fenwick::default();
        for slot in old.into_iter().filter(|s| s.entry.is_some()) {
            if let Some((key, _)) = &slot.entry {
                self.index.insert(key.clone(), self.slots.len());
            }
            self.slots.push(slot);
            self.tree.push(true);
        }
    }
}

/// Binary indexed tree of 0/1 "live" flags, growable at the end.
#[derive(Default)]
struct Fenwick {
    /// 1-based: `tree[i - 1]` holds the sum of the flags in `(i - lowbit(i), i]`.
    tree: Vec<usize>,
}

impl Fenwick {
    fn len(&self) -> usize {
        self.tree.len()
    }

    /// Appends one flag.
    fn push(&mut self, live: bool) {
        let i = self.tree.len() + 1;
        let low = i & i.wrapping_neg();
        // Node i covers (i - low, i]: the new flag plus the already-present i - low + 1 ..= i - 1.
        let covered = self.prefix(i - 1) - self.prefix(i - low);
        self.tree.push(covered + usize::from(live));
    }

    /// Adds `delta` to the flag at 0-based `slot`.
    fn add(&mut self, slot: usize, delta: isize) {
        let mut i = slot + 1;
        while i <= self.tree.len() {
            if let Some(node) = self.tree.get_mut(i - 1) {
                *node = node.saturating_add_signed(delta);
            }
            i += i & i.wrapping_neg();
        }
    }

    /// Sum of the first `count` flags.
    fn prefix(&self, count: usize) -> usize {
        let mut i = count.min(self.tree.len());
        let mut sum = 0;
        while i > 0 {
            sum += self.tree.get(i - 1).copied().unwrap_or(0);
            i -= i & i.wrapping_neg();
        }
        sum
    }

    /// 0-based slot of the `k`-th (0-based) set flag; `len()` if there are not that many.
    fn find_kth(&self, k: usize) -> usize {
        let n = self.len();
        let mut pos = 0;
        let mut remaining = k + 1;
        let mut step = if n == 0 {
            0
        } else {
            1 << (usize::BITS - 1 - n.leading_zeros())
        };
        while step > 0 {
            let next = pos + step;
            if next <= n {
                let value = self.tree.get(next - 1).copied().unwrap_or(0);
                if value < remaining {
                    pos = next;
                    remaining -= value;
                }
            }
            step >>= 1;
        }
        pos
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    #[derive(Debug, Clone)]
    enum Op {
        Insert(u8),
        Remove(u8),
    }

    fn op() -> impl Strategy<Value = Op> {
        prop_oneof![
            3 => any::<u8>().prop_map(Op::Insert),
            2 => any::<u8>().prop_map(Op::Remove),
        ]
    }

    proptest! {
        /// The table behaves like a Vec of (seq, key) kept in creation order.
        #[test]
        fn matches_a_vec_model(ops in proptest::collection::vec(op(), 0..600)) {
            let mut table = Table::new();
            let mut model: Vec<(u64, String)> = Vec::new();
            for op in ops {
                match op {
                    Op::Insert(k) => {
                        let key = format!("k{k}");
                        let seq = table.insert(key.clone(), key.clone());
                        if !model.iter().any(|(_, m)| *m == key) {
                            model.push((seq, key));
                        }
                    }
                    Op::Remove(k) => {
                        let key = format!("k{k}");
                        let removed = table.remove(&key);
                        let pos = model.iter().position(|(_, m)| *m == key);
                        prop_assert_eq!(removed.is_some(), pos.is_some());
                        if let Some(p) = pos {
                            model.remove(p);
                        }
                    }
                }
                prop_assert_eq!(table.len(), model.len());
            }
            let values: Vec<&String> = table.values().collect();
            let expected: Vec<&String> = model.iter().map(|(_, k)| k).collect();
            prop_assert_eq!(values, expected);
            for rank in 0..=model.len() + 1 {
                let got: Vec<u64> = table.iter_from(rank).map(|(s, _)| s).collect();
                let want: Vec<u64> = model.iter().skip(rank).map(|(s, _)| *s).collect();
                prop_assert_eq!(got, want);
            }
            for (seq, _) in &model {
                prop_assert_eq!(table.rank_through(*seq), model.iter().filter(|(s, _)| s <= seq).count());
                prop_assert_eq!(table.rank_before(*seq), model.iter().filter(|(s, _)| s < seq).count());
            }
            for (_, key) in &model {
                prop_assert_eq!(table.get(key), Some(key));
            }
        }
    }

    #[test]
    fn compaction_keeps_order_and_ranks() {
        let mut table = Table::new();
        for i in 0..1000 {
            table.insert(format!("{i}"), i);
        }
        for i in 0..900 {
            assert_eq!(table.remove(&format!("{i}")), Some(i));
        }
        assert_eq!(table.len(), 100);
        let first: Vec<i32> = table.iter_from(0).take(3).map(|(_, v)| *v).collect();
        assert_eq!(first, [900, 901, 902]);
        let at_50: Vec<i32> = table.iter_from(50).take(1).map(|(_, v)| *v).collect();
        assert_eq!(at_50, [950]);
        assert_eq!(table.get("999"), Some(&999));
        assert!(table.get("5").is_none());
    }
}
