"""A Title-Case headline read as it would be in sentence case: "Police Arrest Opposition Leader in Dhaka".

The model, trained on body text, takes every capitalised word of such a line for a name, and the line parses as one
long name with no verb, so no trigger is found in it. ``read_title_case_headline`` runs the model's own components
(up to the named entities) on a copy of the line in which the capitalised common words are written small, and gives
the line of the doc that copy's tags, lemmas, parse and entities. The doc's text is unchanged: only the analysis of
the headline's tokens is.

A word is written small when it is a common word by what khabar knows: a function word, a lexicon word (a trigger)
or a noun naming a kind of party ("Police", "Rebels"); any other capitalised word may be a name and is kept.
"""
from __future__ import annotations

from collections.abc import Callable

from spacy.attrs import DEP, HEAD, LEMMA, MORPH, POS, TAG
from spacy.lang.en.stop_words import STOP_WORDS
from spacy.language import Language
from spacy.tokens import Doc, Span

from ..text import doc_text

_COPIED = [POS, TAG, DEP, HEAD, LEMMA, MORPH]
_LAST_COMPONENT = "ner"  # the copy is analysed as far as the named entities, as the doc is before khabar's parts
_MIN_WORDS = 3
_MAX_WORDS = 20  # a headline is short; a longer first line is a paragraph
_MIN_CAPITALISED = 2  # capitalised words after the first: a sentence-case headline has none or only names


def read_title_case_headline(doc: Doc, nlp: Language, common: Callable[[str], bool]) -> None:
    """``common`` tells whether a word (lower case) is a common word; the doc is changed in place."""
    line = title_case_line(doc)
    if line is None:
        return
    copy = _analysed_copy(line, nlp, common)
    if copy is not None:
        _take_analysis(doc, line, copy)


def title_case_line(doc: Doc) -> Span | None:
    """The doc's first line when it is a headline in Title Case: a few words with no full stop, and every word of four
    letters or more but function words capitalised, at least two of them after the first word."""
    text = doc_text(doc)
    end = text.find("\n")
    first = (text if end < 0 else text[:end]).rstrip()
    # read off the string first: most docs open with a sentence, and a Token per word of it costs more than this
    if not first or first[-1] in ".!?" or not _MIN_WORDS <= len(first.split()) <= _MAX_WORDS:
        return None
    line = doc.char_span(0, len(first), alignment_mode="expand")
    if line is None:
        return None
    words = [t for t in line if t.is_alpha]
    if all(t.is_upper for t in words):
        return None
    content = [t for t in words[1:] if len(t) >= 4 and t.lower_ not in STOP_WORDS]
    if len(content) < _MIN_CAPITALISED or not all(t.is_title or t.is_upper for t in content):
        return None
    return line


def _analysed_copy(line: Span, nlp: Language, common: Callable[[str], bool]) -> Doc | None:
    words = [t.text if t.i == line.start or not t.is_title or not _common(t.lower_, common) else t.lower_
             for t in line]
    copy = nlp.make_doc("".join(w + t.whitespace_ for w, t in zip(words, line)))
    if len(copy) != len(line):
        return None  # the small words tokenised otherwise: the rows would not line up
    for name, component in nlp.pipeline:
        copy = component(copy)
        if name == _LAST_COMPONENT:
            return copy
    return None


def _common(word: str, common: Callable[[str], bool]) -> bool:
    return word in STOP_WORDS or common(word)


def _take_analysis(doc: Doc, line: Span, copy: Doc) -> None:
    """The line's rows of the doc get the copy's (heads are offsets, so they carry over); its entities too."""
    rows = doc.to_array(_COPIED)
    rows[line.start:line.end] = copy.to_array(_COPIED)  # one vocab: the copy's strings are the doc's
    doc.from_array(_COPIED, rows)
    kept = [e for e in doc.ents if e.end <= line.start or e.start >= line.end]
    shifted = [Span(doc, e.start + line.start, e.end + line.start, label=e.label_) for e in copy.ents]
    doc.ents = sorted(kept + shifted, key=lambda e: e.start)
