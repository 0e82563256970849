"""The model's attribute rules, applied by lookup instead of spaCy's ``Matcher``.

The English model's ``attribute_ruler`` maps each fine tag to its part of speech and morphology, and
fixes a few dozen words ("ai n't", "gon na", "it" as a subject). spaCy runs its 179 rules through the
general ``Matcher``, which tries every rule at every token and calls Python for the regular-expression
rules: about 15% of the model's CPU on news text, as much as the parser. The rules only ever test a
token's tag, lower-case form, dependency label and whether it is a space, so ``IndexedAttributeRuler``
indexes them by those values and tests at each token only the rules that can match there. It reads the
rules from the loaded model and applies them in the model's order (a later rule overwrites an earlier
one), so the annotations are those of the stock component; a rule of any other shape keeps the stock
component in place.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

import numpy

from spacy.attrs import DEP, IS_SPACE, LEMMA, LOWER, MORPH, POS, TAG
from spacy.language import Language
from spacy.pipeline import AttributeRuler
from spacy.strings import get_string_id
from spacy.tokens import Doc
from spacy.vocab import Vocab

# The token values a rule may test, in the column order of ``Doc.to_array``; the most selective first,
# since a rule is looked up by the first value it requires.
TESTED = ("LOWER", "DEP", "TAG", "IS_SPACE")
_TESTED_IDS = [LOWER, DEP, TAG, IS_SPACE]
_TAG_COLUMN = TESTED.index("TAG")
# The token attributes a rule may set, in the column order of ``Doc.to_array`` and ``Doc.from_array``.
_SET_IDS = [POS, TAG, LEMMA, MORPH, DEP]

# A test of one token: (column, kind, operand); kinds are "is", "in", "not_in" and "regex".
Test = tuple[int, str, object]
# What a rule sets: (column of ``_SET_IDS``, value).
Setting = tuple[int, int]
_MEMO_SIZE = 50_000


class UnsupportedRule(ValueError):
    """A rule tests something other than the token values ``TESTED`` with ``IN``, ``NOT_IN`` or ``REGEX``,
    or sets something other than part of speech, tags, lemmas, morphology and dependency labels."""


@dataclass(frozen=True, slots=True)
class Rule:
    """One pattern of the model's ruler: the tests of each of its tokens, and what it sets on which."""

    order: int
    tokens: tuple[tuple[Test, ...], ...]
    target: int
    settings: tuple[Setting, ...]

    @property
    def tag_only(self) -> bool:
        """Tests one token's tag for one value and nothing else, as most of the model's rules do."""
        return len(self.tokens) == 1 and len(self.tokens[0]) == 1 and self.tokens[0][0][:2] == (_TAG_COLUMN, "is")


class IndexedAttributeRuler:
    """A drop-in for a loaded ``AttributeRuler`` whose rules all have the shapes described above.

    A token whose tag is all that any rule asks of it (most tokens) takes its tag's settings, merged once
    in the model's order; every other rule is looked up by a value it requires and tested in full."""

    def __init__(self, rules: list[Rule]):
        self.rules = rules
        self._tag_rules: dict[int, list[Rule]] = {}
        self._by_value: list[dict[int, list[Rule]]] = [{} for _ in TESTED]
        self._searched: list[Rule] = []
        self._everywhere: list[Rule] = []
        self._longest = max((len(rule.tokens) for rule in rules), default=1)  # tokens of the longest pattern
        for rule in rules:
            self._index(rule)
        self._tag_settings = {tag: _merged(found) for tag, found in self._tag_rules.items()}
        # Settings of the rule lists that matched at a token (few distinct lists), the answers of the
        # regular-expression tests by expression and value, and the rules that may start at a token by its
        # values (see ``_rules_at``): all kept across docs, within a fixed size.
        self._merged: dict[tuple[int, tuple[int, ...]], tuple[Setting, ...]] = {}
        self._searched_answers: dict[re.Pattern, dict[int, bool]] = {}
        self._by_row: dict[tuple[int, ...], tuple[tuple[Rule, ...], tuple[Rule, ...]]] = {}

    @classmethod
    def from_ruler(cls, ruler: AttributeRuler) -> IndexedAttributeRuler:
        rules = []
        for order, (attrs, index) in enumerate(zip(ruler.attrs, ruler.indices)):
            for pattern in ruler.matcher.get(str(order))[1]:
                rules.append(_rule(order, pattern, index, attrs))
        return cls(rules)

    def __call__(self, doc: Doc) -> Doc:
        if not len(doc):
            return doc
        tested = doc.to_array(_TESTED_IDS)
        unmatched = doc.to_array(_SET_IDS)
        token_tags = tested[:, _TAG_COLUMN]
        values = self._by_tag(token_tags, unmatched)
        for settings, tokens in self._other_settings(tested, token_tags, doc.vocab).items():
            values[tokens] = unmatched[tokens]  # these tokens' rules, tag rules included, apply from the start
            for column, value in settings:
                values[tokens, column] = value
        doc.from_array(_SET_IDS, values)
        return doc

    def _by_tag(self, token_tags: numpy.ndarray, unmatched: numpy.ndarray) -> numpy.ndarray:
        """Every token's values after its tag's settings: a table of the doc's distinct tags (what each sets,
        and where) read at every token at once."""
        tags, tag_of_token = numpy.unique(token_tags, return_inverse=True)
        table = numpy.zeros((len(tags), len(_SET_IDS)), dtype=unmatched.dtype)
        sets = numpy.zeros((len(tags), len(_SET_IDS)), dtype=bool)
        for k, tag in enumerate(tags.tolist()):
            for column, value in self._tag_settings.get(tag, ()):
                table[k, column] = value
                sets[k, column] = True
        return numpy.where(sets[tag_of_token], table[tag_of_token], unmatched)

    def _other_settings(self, tested: numpy.ndarray, token_tags: numpy.ndarray,
                        vocab: Vocab) -> dict[tuple[Setting, ...], list[int]]:
        """The tokens where rules other than tag-only ones match, by the settings of all their rules."""
        tokens: dict[tuple[Setting, ...], list[int]] = {}
        for i, rules in self._other_matches(tested, vocab).items():
            tag = int(token_tags[i])
            key = (tag, tuple(map(id, rules)))
            if key not in self._merged:
                _bounded(self._merged)
                self._merged[key] = _merged(self._tag_rules.get(tag, []) + rules)
            tokens.setdefault(self._merged[key], []).append(i)
        return tokens

    def _index(self, rule: Rule) -> None:
        if rule.tag_only:
            self._tag_rules.setdefault(rule.tokens[0][0][2], []).append(rule)
            return
        anchors = [test for test in rule.tokens[0] if test[1] in ("is", "in")]
        if not anchors:
            searched = any(kind == "regex" for _, kind, _ in rule.tokens[0])
            (self._searched if searched else self._everywhere).append(rule)
            return
        column, kind, operand = min(anchors)
        for value in (operand,) if kind == "is" else operand:
            self._by_value[column].setdefault(value, []).append(rule)

    def _other_matches(self, tested: numpy.ndarray, vocab: Vocab) -> dict[int, list[Rule]]:
        """The rules other than tag-only ones that match, by the token each sets. Only the tokens holding a
        value some rule requires (few) are tried, in text order."""
        found: dict[int, list[Rule]] = {}
        searched = self._searched_answers
        if sum(map(len, searched.values())) >= _MEMO_SIZE:
            searched.clear()
        _bounded(self._by_row)
        indexes = self._by_value_in(tested, vocab, searched)
        starts = self._starts(tested, indexes)
        rows = self._rows_from(tested, starts)
        for start in starts:
            matched, longer = self._rules_at(rows[start], indexes, vocab, searched)
            for rule in matched:
                found.setdefault(start, []).append(rule)
            for rule in longer:
                if _matches(rule, rows, len(tested), start, vocab, searched):
                    found.setdefault(start + rule.target, []).append(rule)
        return found

    def _rules_at(self, row: list[int], indexes: list[dict[int, list[Rule]]], vocab: Vocab,
                  searched: dict[re.Pattern, dict[int, bool]]) -> tuple[tuple[Rule, ...], tuple[Rule, ...]]:
        """The one-token rules that match a token with the values ``row``, and the longer rules that may start
        there. Both depend on nothing but those values (a regular expression's answer too), and a doc's tokens
        repeat few rows ("the" as a determiner ...), so they are kept by row. A rule that matches at a token
        sets that token (``Rule.target`` is 0), in the index's order as before (the settings are merged in the
        model's order whatever the order they are found in)."""
        key = tuple(row)
        found = self._by_row.get(key)
        if found is None:
            candidates = _candidates(row, indexes, self._everywhere)
            alone = {0: row}  # the token's row, as the only one a one-token rule reads
            matched = tuple(r for r in candidates if len(r.tokens) == 1 and _matches(r, alone, 1, 0, vocab, searched))
            found = self._by_row[key] = (matched, tuple(r for r in candidates if len(r.tokens) > 1))
        return found

    def _rows_from(self, tested: numpy.ndarray, starts: list[int]) -> dict[int, list[int]]:
        """The rows of the tokens a rule starting at ``starts`` may test, as lists by token: converting only
        those (few) costs far less than converting the whole array."""
        if len(starts) == len(tested):
            return dict(enumerate(tested.tolist()))
        end = len(tested)
        wanted = sorted({i for start in starts for i in range(start, min(start + self._longest, end))})
        return dict(zip(wanted, tested[wanted].tolist()))

    def _starts(self, tested: numpy.ndarray, indexes: list[dict[int, list[Rule]]]) -> list[int]:
        """The tokens at which some rule may start: all of them if a rule requires no value."""
        if self._everywhere:
            return list(range(len(tested)))
        hits = numpy.zeros(len(tested), dtype=bool)
        for column, index in enumerate(indexes):
            if index:
                hits |= numpy.isin(tested[:, column], numpy.fromiter(index, dtype="uint64", count=len(index)))
        return numpy.flatnonzero(hits).tolist()

    def _by_value_in(self, tested: numpy.ndarray, vocab: Vocab,
                     searched: dict[re.Pattern, dict[int, bool]]) -> list[dict[int, list[Rule]]]:
        """The rule index, with the rules that require no plain value added under the values of this doc
        that their first regular expression accepts: an expression is tried once per distinct value."""
        if not self._searched:
            return self._by_value
        indexes = [dict(index) for index in self._by_value]
        distinct: dict[int, list[int]] = {}  # a column's distinct values in the doc, read once for all rules
        for rule in self._searched:
            column, _, pattern = next(test for test in rule.tokens[0] if test[1] == "regex")
            if column not in distinct:
                distinct[column] = numpy.unique(tested[:, column]).tolist()
            for value in distinct[column]:
                if _search_answer(pattern, value, vocab, searched):
                    indexes[column][value] = indexes[column].get(value, []) + [rule]
        return indexes


def _bounded(memo: dict) -> None:
    """Start a memo afresh when full, so a long run keeps flat memory."""
    if len(memo) >= _MEMO_SIZE:
        memo.clear()


def _candidates(row: list[int], indexes: list[dict[int, list[Rule]]], everywhere: list[Rule]) -> list[Rule]:
    found = everywhere
    for index, value in zip(indexes, row):
        if value in index:
            found = found + index[value]
    return found


def _search_answer(pattern: re.Pattern, value: int, vocab: Vocab, searched: dict[re.Pattern, dict[int, bool]]) -> bool:
    """Whether the expression finds a match in the string ``value`` stands for, kept by expression and value."""
    answers = searched.get(pattern)
    if answers is None:
        answers = searched[pattern] = {}
    found = answers.get(value)
    if found is None:
        found = answers[value] = bool(pattern.search(vocab.strings[value]))
    return found


def _matches(rule: Rule, rows: dict[int, list[int]], length: int, start: int, vocab: Vocab,
             searched: dict[re.Pattern, dict[int, bool]]) -> bool:
    """Whether the rule matches from token ``start`` (``rows``: the doc's rows from there on, ``length``:
    its number of tokens); ``searched`` keeps the regular-expression answers by value, since a rule that
    requires no plain value may be tried at many tokens."""
    if start + len(rule.tokens) > length:
        return False
    for offset, tests in enumerate(rule.tokens):
        row = rows[start + offset]
        for column, kind, operand in tests:
            value = row[column]
            if kind == "is":
                passed = value == operand
            elif kind == "in":
                passed = value in operand
            elif kind == "not_in":
                passed = value not in operand
            else:
                passed = _search_answer(operand, value, vocab, searched)
            if not passed:
                return False
    return True


def _merged(rules: list[Rule]) -> tuple[Setting, ...]:
    """The settings of rules matched at one token, applied in the model's order so a later rule's stands."""
    final: dict[int, int] = {}
    for rule in sorted(rules, key=lambda r: r.order):
        final.update(rule.settings)
    return tuple(final.items())


@Language.factory("khabar_attribute_rules_v1", assigns=["token.pos", "token.tag", "token.lemma", "token.morph"])
def make_attribute_rules(nlp: Language, name: str, stock: str = "attribute_ruler") -> IndexedAttributeRuler:
    """Built from the pipeline's ``stock`` ruler, which must still be in the pipeline."""
    return IndexedAttributeRuler.from_ruler(nlp.get_pipe(stock))


def index_attribute_rules(nlp: Language, stock: str = "attribute_ruler") -> None:
    """Put an ``IndexedAttributeRuler`` in the place of the pipeline's ruler, unless one of its rules has
    a shape the index cannot apply."""
    try:
        nlp.add_pipe("khabar_attribute_rules_v1", name="khabar_attribute_rules", before=stock,
                     config={"stock": stock})
    except UnsupportedRule:
        return
    nlp.remove_pipe(stock)


def _rule(order: int, pattern: list[dict], index: int, attrs: dict) -> Rule:
    target = index if index >= 0 else len(pattern) + index
    if not 0 <= target < len(pattern):
        raise UnsupportedRule(f"rule {order} sets token {index} of a {len(pattern)}-token pattern")
    if any(attr not in _SET_IDS for attr in attrs):
        raise UnsupportedRule(f"rule {order} sets attributes this component does not set: {attrs}")
    tokens = tuple(tuple(_test(name, spec, order) for name, spec in token.items()) for token in pattern)
    settings = tuple((_SET_IDS.index(attr), value) for attr, value in attrs.items())
    return Rule(order=order, tokens=tokens, target=target, settings=settings)


def _test(name: str, spec: object, order: int) -> Test:
    if name not in TESTED:
        raise UnsupportedRule(f"rule {order} tests {name}")
    column = TESTED.index(name)
    if isinstance(spec, bool):
        return (column, "is", int(spec))
    if isinstance(spec, str):
        return (column, "is", get_string_id(spec))
    if isinstance(spec, dict) and len(spec) == 1:
        (kind, operand), = spec.items()
        if kind in ("IN", "NOT_IN") and all(isinstance(v, str) for v in operand):
            return (column, kind.lower(), frozenset(get_string_id(v) for v in operand))
        if kind == "REGEX" and isinstance(operand, str):
            return (column, "regex", re.compile(operand))
    raise UnsupportedRule(f"rule {order} tests {name} with {spec!r}")
