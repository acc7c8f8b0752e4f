"""The curated knowledge file: well formed, self-consistent, and used only as a helper."""

from __future__ import annotations

from importlib import resources
from pathlib import Path

import yaml

from negoreader.clean import clean_article
from negoreader.extract.knowledge import load_knowledge, parse_knowledge
from negoreader.extract.names import fold, name_key, split_handle, tokenize, word_key
from negoreader.extract.people import extract_people_and_places
from negoreader.records import Article, Paragraph


def raw() -> tuple[str, dict]:
    text = resources.files("negoreader").joinpath("data", "knowledge.yaml").read_text("utf-8")
    return text, yaml.safe_load(text)


def test_the_file_documents_its_format_at_the_top() -> None:
    text, data = raw()
    header = text.split("\npeople:", 1)[0]
    for section in data:
        assert f"#   {section}:" in header, section


def test_every_entry_is_complete_and_countries_are_known_places() -> None:
    knowledge = load_knowledge()
    assert knowledge.people and knowledge.places
    for person in knowledge.people:
        assert len(person.name.split()) >= 2, person.name
        assert person.role, person.name
        if person.country:
            assert knowledge.place(person.country) is not None, person.country
    for place in knowledge.places:
        assert place.kind in {"city", "region", "district", "country", "continent", "venue"}
    for country in knowledge.demonym_country.values():
        assert knowledge.place(country) is not None, country


def test_no_spelling_names_two_entries() -> None:
    knowledge = load_knowledge()
    seen: dict[str, str] = {}
    for entry in (*knowledge.people, *knowledge.places):
        for spelling in (entry.name, *entry.aliases):
            owner = seen.setdefault(fold(spelling), entry.name)
            assert owner == entry.name, f"{spelling}: {owner} and {entry.name}"


def test_lookups_ignore_case_accents_and_transliteration() -> None:
    knowledge = load_knowledge()
    assert knowledge.place("KYIV").name == "Kiev"
    assert knowledge.place("genève").name == "Ginevra"
    assert knowledge.place("Usa").name == "Stati Uniti"
    assert knowledge.person("Andrij Hnatov").name == "Andriy Hnatov"
    assert knowledge.person("Volodymyr Zelenskyi").name == "Volodymyr Zelensky"
    assert knowledge.country_of_demonym("Ucraini") == "Ucraina"
    assert knowledge.person("Zelensky") is None  # a surname alone is resolved in context


def test_name_keys_meet_across_transliterations() -> None:
    assert word_key("Zelensky") == word_key("Zelenskyy") == word_key("Zelenskyi")
    assert word_key("Andriy") == word_key("Andrii") == word_key("Andrij")
    assert word_key("Yermak") == word_key("Jermak")
    assert word_key("Serhiy") == word_key("Sergiy")
    assert name_key("Володимир Зеленський") == name_key("Volodymyr Zelensky")
    assert word_key("Rubio") != word_key("Rutte")
    assert split_handle("@SteveWitkoff") == "Steve Witkoff"
    assert split_handle("@rustem_umerov") == "rustem umerov"


def test_tokens_split_elisions_but_keep_names_with_apostrophes() -> None:
    words = [t.text for t in tokenize("dell’Ucraina, L'incontro con D'Alema e Mar-a-Lago")]
    assert words == ["dell’", "Ucraina", ",", "L'", "incontro", "con", "D'Alema", "e", "Mar-a-Lago"]


def test_a_knowledge_file_can_be_supplied_and_extends_what_is_known() -> None:
    _, data = raw()
    data = dict(data)
    data["places"] = [
        *data["places"],
        {"name": "Tampere", "aliases": ["Tammerfors"], "kind": "city"},
    ]
    knowledge = parse_knowledge(data)
    texts = [
        Article(
            id="a",
            file="a.txt",
            title="",
            paragraphs=(Paragraph("paragraph", "Incontro a Tammerfors."),),
        )
    ]
    [found], _, places = extract_people_and_places(texts, knowledge)
    assert [r.name for r in found.places] == ["Tampere"]
    assert places[0].aliases == ("Tammerfors",)


def test_an_empty_knowledge_file_still_finds_cued_places() -> None:
    knowledge = parse_knowledge({})
    texts = [
        Article(
            id="a",
            file="a.txt",
            title="",
            paragraphs=(Paragraph("paragraph", "I colloqui si sono tenuti a Tampere."),),
        )
    ]
    [found], _, _ = extract_people_and_places(texts, knowledge)
    assert [r.name for r in found.places] == ["Tampere"]


def test_the_seed_venues_are_found_by_cues_without_a_knowledge_entry() -> None:
    """The Miami round's hotel and district need no entry: venue word and district noun find them."""
    _, data = raw()
    venues = {"Hotel Biltmore": "venue", "Coral Gables": "district"}
    data = dict(data)
    data["places"] = [p for p in data["places"] if p["name"] not in venues]
    knowledge = parse_knowledge(data)
    assert all(knowledge.place(name) is None for name in venues)
    seeds = Path(__file__).resolve().parents[1] / "seeds"
    articles = [clean_article(f.read_text("utf-8"), f.name) for f in sorted(seeds.glob("*.txt"))]
    found, _, places = extract_people_and_places(articles, knowledge)
    kinds = {p.name: p.kind for p in places}
    assert {name: kinds.get(name) for name in venues} == venues
    for name in venues:
        texts = [
            article.paragraphs[m.paragraph].text[m.start : m.end]
            for article in found
            for ref in article.places
            if ref.name == name
            for m in ref.mentions
        ]
        assert texts and set(texts) == {name}
